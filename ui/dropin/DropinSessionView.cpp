#include "DropinSessionView.h"

#include "DropinConsultationDialog.h"
#include "commands/EditSession.h"
#include "common/DisplayDate.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/RecordTableView.h"
#include "dropin/DropinRecords.h"
#include "dropin/DropinSessions.h"
#include "records/RecordDialog.h"
#include "records/RecordForm.h"
#include "records/RecordKind.h"
#include "records/RowTableModel.h"
#include "storage/Database.h"
#include "sync/Store.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

// A free slot's row id: the same for the same slot each time the list is read.
QUuid freeSlotId(QUuid session, int slot)
{
    return QUuid::createUuidV5(session, QStringLiteral("free slot %1").arg(slot));
}

} // namespace

DropinSessionView::DropinSessionView(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("dropinSessionHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("dropinSessionDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);

    m_slots = new RowTableModel(
        {tr("Slot"), tr("Time"), tr("Setting"), tr("Asked by"), tr("About"), tr("Follow-up")},
        this);
    m_slotView = makeRecordTableView(m_slots, QStringLiteral("dropinSlots"), tr("Slots"));
    m_slotView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_slotView->horizontalHeader()->setStretchLastSection(true);
    m_slotView->setColumnWidth(0, 44);
    m_slotView->setColumnWidth(1, 56);
    m_slotView->setColumnWidth(2, 150);
    m_slotView->setColumnWidth(3, 130);
    m_slotView->setColumnWidth(4, 100);
    m_slotView->setToolTip(tr("Enter books a free slot or opens a consultation; Delete cancels "
                              "a booking"));
    connect(m_slotView, &QTableView::activated, this,
            [this](const QModelIndex &index) { openSlot(index.row()); });
    auto *cancel = new QAction(m_slotView);
    cancel->setShortcut(QKeySequence::Delete);
    cancel->setShortcutContext(Qt::WidgetShortcut);
    connect(cancel, &QAction::triggered, this, &DropinSessionView::cancelBooking);
    m_slotView->addAction(cancel);

    auto *book = new QPushButton(tr("&Book a slot…"));
    book->setObjectName(QStringLiteral("dropinBook"));
    book->setToolTip(tr("Ctrl+B"));
    connect(book, &QPushButton::clicked, this, &DropinSessionView::book);
    auto *bookShortcut = new QAction(this);
    bookShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    bookShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(bookShortcut, &QAction::triggered, this, &DropinSessionView::book);
    addAction(bookShortcut);
    auto *cancelButton = new QPushButton(tr("&Cancel booking"));
    cancelButton->setObjectName(QStringLiteral("dropinCancel"));
    cancelButton->setToolTip(tr("Delete"));
    connect(cancelButton, &QPushButton::clicked, this, &DropinSessionView::cancelBooking);
    auto *edit = new QPushButton(tr("Edit &session…"));
    edit->setObjectName(QStringLiteral("dropinEditSession"));
    connect(edit, &QPushButton::clicked, this, &DropinSessionView::editSession);
    auto *slotButtons = new QHBoxLayout;
    slotButtons->addWidget(book);
    slotButtons->addWidget(cancelButton);
    slotButtons->addStretch();
    slotButtons->addWidget(edit);

    m_staff = new RowTableModel({tr("Staff running it")}, this);
    m_staffView =
        makeRecordTableView(m_staff, QStringLiteral("dropinStaff"), tr("Staff running it"));
    m_staffView->horizontalHeader()->setStretchLastSection(true);
    m_staffView->setMaximumHeight(96);
    auto *addStaffButton = new QPushButton(tr("Add s&taff…"));
    addStaffButton->setObjectName(QStringLiteral("dropinAddStaff"));
    connect(addStaffButton, &QPushButton::clicked, this, &DropinSessionView::addStaff);
    auto *removeStaffButton = new QPushButton(tr("&Remove staff"));
    removeStaffButton->setObjectName(QStringLiteral("dropinRemoveStaff"));
    connect(removeStaffButton, &QPushButton::clicked, this, &DropinSessionView::removeStaff);
    auto *staffButtons = new QVBoxLayout;
    staffButtons->addWidget(addStaffButton);
    staffButtons->addWidget(removeStaffButton);
    staffButtons->addStretch();
    auto *staffRow = new QHBoxLayout;
    staffRow->addWidget(m_staffView, 1);
    staffRow->addLayout(staffButtons);

    m_sessionButtons = {book, cancelButton, edit, addStaffButton, removeStaffButton};

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(m_slotView, 1);
    layout->addLayout(slotButtons);
    layout->addLayout(staffRow);

    connect(&session.store(), &Store::rowChanged, this, [this](const QString &table) {
        if (table.startsWith(QLatin1String("dropin_")))
            refresh();
    });
    connect(&session.store(), &Store::outsideChanges, this, &DropinSessionView::refresh);
    setFocusProxy(m_slotView);
    refresh();
}

void DropinSessionView::showSession(QUuid session)
{
    if (session == m_id)
        return;
    m_id = session;
    refresh();
    if (m_slots->rowCount() > 0)
        m_slotView->setCurrentIndex(m_slots->index(0, 0));
}

void DropinSessionView::refresh()
{
    Database &db = m_session.database();
    const QList<DropinSessionSummary> found =
        m_id.isNull() ? QList<DropinSessionSummary>{}
                      : listDropinSessions(db, DropinSessionFilter{{}, {}, {}, m_id});
    for (QPushButton *button : m_sessionButtons)
        button->setEnabled(!found.isEmpty());
    m_slotNumbers.clear();
    m_children.clear();
    m_booked.clear();
    if (found.isEmpty()) {
        m_heading->setText(tr("No session chosen"));
        m_details->setText(tr("Choose a session in the list, or plan one with New session "
                              "(Ctrl+N)."));
        m_slots->setRows({}, {});
        m_staff->setRows({}, {});
        return;
    }
    const DropinSessionSummary &s = found.first();
    m_heading->setText(
        tr("%1 at %2: %3").arg(dateText(s.heldOn), timeText(s.startsAt), s.dimensionName));
    const QString place = s.online ? tr("Online: %1").arg(s.place) : s.place;
    m_details->setText(tr("%1, %2. %3 of %4 minutes; %5 booked, %6 free.")
                           .arg(s.districtName, place, tr("%n slot(s)", nullptr, s.slotCount))
                           .arg(s.slotMinutes)
                           .arg(s.booked)
                           .arg(s.free()));

    const FieldSpec &followUp = dropinConsultationKind().type().requireField(u"follow_up");
    const FieldSpec &signpost = dropinConsultationKind().type().requireField(u"signpost_to");
    QList<DropinConsultationSummary> booked =
        listDropinConsultations(db, DropinConsultationFilter{m_id, {}, {}});
    QList<QUuid> ids;
    QList<QVariantList> rows;
    const auto add = [&](QUuid id, int slot, QUuid child, bool isBooked, QVariantList row) {
        ids.append(id);
        m_slotNumbers.append(slot);
        m_children.append(child);
        m_booked.append(isBooked);
        rows.append(row);
    };
    qsizetype next = 0;
    for (int slot = 1; slot <= s.slotCount || next < booked.size(); ++slot) {
        bool any = false;
        for (; next < booked.size() && booked.at(next).slot <= slot; ++next) {
            const DropinConsultationSummary &c = booked.at(next);
            any = true;
            QString followed = followUp.choiceLabel(c.followUp);
            if (c.followUp == u"signpost" && !c.signpostTo.isEmpty())
                followed = tr("%1: %2").arg(followed, signpost.choiceLabel(c.signpostTo));
            add(c.id, c.slot, c.child, true,
                {c.slot, timeText(c.slotTime), c.settingName,
                 c.askerRole.isEmpty() ? c.askerName : tr("%1 (%2)").arg(c.askerName, c.askerRole),
                 c.about, followed});
        }
        if (!any && slot <= s.slotCount)
            add(freeSlotId(m_id, slot), slot, {}, false,
                {slot, timeText(dropinSlotTime(s.startsAt, s.slotMinutes, slot)), tr("free"),
                 QString(), QString(), QString()});
    }
    m_slots->setRows(ids, rows);

    QList<QUuid> staffIds;
    QList<QVariantList> staffRows;
    for (const DropinSessionStaff &member : listDropinSessionStaff(db, m_id)) {
        staffIds.append(member.id);
        staffRows.append({member.name});
    }
    m_staff->setRows(staffIds, staffRows);
}

void DropinSessionView::book()
{
    if (m_id.isNull())
        return;
    const int row = m_slotView->currentIndex().row();
    const int slot = row >= 0 && !m_booked.value(row, true) ? m_slotNumbers.value(row) : 0;
    auto *dialog = new DropinConsultationDialog(m_session, m_id, slot, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DropinConsultationDialog::saved, this, [this](const QUuid &id) {
        refresh();
        if (const int at = m_slots->rowOf(id); at >= 0)
            m_slotView->setCurrentIndex(m_slots->index(at, 0));
    });
    dialog->open();
}

void DropinSessionView::openSlot(int row)
{
    if (row < 0 || row >= m_booked.size())
        return;
    if (!m_booked.at(row)) {
        book();
        return;
    }
    auto *dialog = new DropinConsultationDialog(m_session, m_slots->idAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DropinSessionView::cancelBooking()
{
    const int row = m_slotView->currentIndex().row();
    if (row < 0 || !m_booked.value(row))
        return;
    const QString setting = m_slots->index(row, 2).data().toString();
    if (MessageBox::question(this, tr("Cancel the booking?"),
                             tr("Cancel the booking of slot %1 by %2? Edit ▸ Undo brings it "
                                "back.")
                                 .arg(m_slotNumbers.at(row))
                                 .arg(setting),
                             QMessageBox::Ok | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Ok)
        return;
    try {
        deleteRecord(m_session, dropinConsultationKind(), m_slots->idAt(row));
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Cannot cancel the booking"), error.message());
    }
}

void DropinSessionView::editSession()
{
    if (m_id.isNull())
        return;
    auto *dialog =
        new RecordDialog(m_session, dropinSessionKind(), m_id, tr("Drop-in session"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DropinSessionView::addStaff()
{
    if (m_id.isNull())
        return;
    auto *dialog = new RecordDialog(m_session, dropinStaffKind(),
                                    tr("Add a member of staff running the session"), this);
    dialog->form()->setFixedValue(QStringLiteral("session_id"), m_id.toRfc4122());
    dialog->form()->hideField(QStringLiteral("session_id"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DropinSessionView::removeStaff()
{
    const QModelIndex current = m_staffView->currentIndex();
    if (!current.isValid())
        return;
    try {
        deleteRecord(m_session, dropinStaffKind(), m_staff->idAt(current.row()));
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Cannot remove them"), error.message());
    }
}

} // namespace casebook::ui
