#include "ChildPage.h"

#include "casework/ChildCasework.h"
#include "children/ChildRecords.h"
#include "children/ChildSearch.h"
#include "commands/EditSession.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/RecordTableView.h"
#include "domain/AcademicYear.h"
#include "dropin/DropinConsultationsBox.h"
#include "lift/ChildLiftReferrals.h"
#include "records/RecordDialog.h"
#include "records/RecordForm.h"
#include "records/RowTableModel.h"
#include "storage/Database.h"
#include "sync/Store.h"

#include <QAction>
#include <QDate>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QTableView *smallTable(RowTableModel *model, const QString &name)
{
    QTableView *view = makeRecordTableView(model, QString(), name);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->setMaximumHeight(140);
    view->setMinimumWidth(200);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the columns share the width
    return view;
}

QString dateText(const QVariant &iso)
{
    return QDate::fromString(iso.toString(), Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

ChildPage::ChildPage(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *back = new QPushButton(tr("← &Back to the list"));
    back->setObjectName(QStringLiteral("backButton"));
    back->setToolTip(tr("Esc or Alt+Left"));
    connect(back, &QPushButton::clicked, this, &ChildPage::closed);
    auto *backAction = new QAction(tr("Back to the list"), this);
    backAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Back});
    backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(backAction, &QAction::triggered, this, &ChildPage::closed);
    addAction(backAction);

    auto *deleteButton = new QPushButton(tr("Delete &record…"));
    connect(deleteButton, &QPushButton::clicked, this, &ChildPage::deleteChild);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("childTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("childSubtitle"));

    m_form = new RecordForm(session, childKind());
    connect(m_form, &RecordForm::openExistingAsked, this, &ChildPage::showChild);
    auto *details = new QGroupBox(tr("Details"));
    (new QVBoxLayout(details))->addWidget(m_form);

    m_contacts = new RowTableModel(
        {tr("Name"), tr("Relationship"), tr("Phone"), tr("Email"), tr("Parental resp.")}, this);
    m_contactView = smallTable(m_contacts, tr("Parent and carer contacts"));
    m_consents = new RowTableModel(
        {tr("Given by"), tr("Given on"), tr("Scope"), tr("Withdrawn on"), tr("Withdrawn by")},
        this);
    m_consentView = smallTable(m_consents, tr("Agreements to engage"));

    const auto listBox = [this](const QString &title, QTableView *view, RowTableModel *model,
                                const QString &addText, bool consent) {
        auto *box = new QGroupBox(title);
        auto *add = new QPushButton(addText);
        auto *edit = new QPushButton(tr("Edit…"));
        auto *remove = new QPushButton(tr("Remove"));
        connect(add, &QPushButton::clicked, this,
                consent ? &ChildPage::addConsent : &ChildPage::addContact);
        connect(edit, &QPushButton::clicked, this,
                [=, this] { editSelected(view, model, consent); });
        connect(view, &QTableView::activated, this,
                [=, this] { editSelected(view, model, consent); });
        connect(remove, &QPushButton::clicked, this,
                [=, this] { removeSelected(view, model, consent); });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(edit);
        buttons->addWidget(remove);
        buttons->addStretch();
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(view);
        layout->addLayout(buttons);
        return box;
    };

    m_casework = new ChildCasework(session);
    m_lift = new ChildLiftReferrals(session);
    connect(m_lift, &ChildLiftReferrals::openMeeting, this,
            [this](const QUuid &meeting) { emit openRecordAsked(u"lift_meeting"_qs, meeting); });
    m_dropin = new DropinConsultationsBox(session, DropinConsultationsBox::Of::Child);
    connect(m_dropin, &DropinConsultationsBox::openSession, this,
            [this](const QUuid &dropin) { emit openRecordAsked(u"dropin_session"_qs, dropin); });
    auto *logAction = new QAction(tr("Log a contact on the chosen case"), this);
    logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    logAction->setShortcutContext(Qt::WindowShortcut); // while the page shows, focus anywhere
    connect(logAction, &QAction::triggered, m_casework, &ChildCasework::logContact);
    addAction(logAction);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch();
    top->addWidget(deleteButton);

    setAccessibleName(tr("A child's record"));
    auto *content = new QWidget;
    content->setAccessibleName(tr("A child's record"));
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(details);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(listBox(tr("Parent and carer contacts"), m_contactView, m_contacts,
                             tr("Add &contact…"), false));
    right->addWidget(listBox(tr("Agreement to engage"), m_consentView, m_consents,
                             tr("Record a&greement…"), true));
    right->addWidget(m_lift);
    right->addWidget(m_dropin);
    right->addStretch();
    columns->addLayout(left, 3);
    columns->addLayout(right, 4);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_subtitle);
    contentLayout->addLayout(columns);
    // The casework across the whole width: its contact log has the room.
    contentLayout->addWidget(m_casework);

    auto *scroll = new QScrollArea;
    scroll->setAccessibleName(tr("A child's record"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    // Vertical scrolling only; no word-wrapped labels in the content, whose
    // height-for-width makes QScrollArea show both bars for nothing.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&session.store(), &Store::rowChanged, this,
            [this](const QString &table, const QUuid &id, Store::Operation operation) {
                if (m_id.isNull())
                    return;
                if (table == u"child" && id == m_id) {
                    if (operation == Store::Operation::Delete)
                        emit closed();
                    else
                        refreshHeading();
                } else if (table == u"child_contact" || table == u"consent") {
                    refreshLists();
                }
            });
    connect(&session.store(), &Store::outsideChanges, this, &ChildPage::followOutsideChanges);
}

void ChildPage::followOutsideChanges()
{
    if (m_id.isNull())
        return;
    if (!m_session.store().exists(u"child", m_id)) {
        emit closed(); // deleted on another laptop
        return;
    }
    refreshHeading();
    refreshLists();
}

void ChildPage::showChild(QUuid id)
{
    m_id = id;
    m_form->showRecord(id);
    m_casework->showChild(id);
    m_lift->showChild(id);
    m_dropin->showRecord(id);
    refreshHeading();
    refreshLists();
    if (QWidget *first = m_form->editor(QStringLiteral("first_name")))
        first->setFocus();
}

void ChildPage::refreshHeading()
{
    const auto child = m_session.store().read(u"child", m_id);
    if (!child)
        return;
    const auto value = [&](const char *field) {
        return child->value(QString::fromLatin1(field)).toString();
    };
    m_title->setText(tr("%1 %2").arg(value("first_name"), value("last_name")));
    ChildSummary summary;
    summary.dateOfBirth = QDate::fromString(value("date_of_birth"), Qt::ISODate);
    if (!child->value(QStringLiteral("year_group_override")).isNull())
        summary.yearGroupOverride =
            int(child->value(QStringLiteral("year_group_override")).toLongLong());
    QStringList parts{
        tr("Born %1").arg(dateText(value("date_of_birth"))),
        AcademicYear::label(summary.yearGroup(m_session.database().environment().today()))};
    if (!value("upn").isEmpty())
        parts.append(tr("UPN %1").arg(value("upn")));
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
}

void ChildPage::refreshLists()
{
    Database &db = m_session.database();
    QList<QUuid> ids;
    QList<QVariantList> rows;
    for (const auto &[id, c] : readRecordsWhere(db, childContactKind().type(), u"child_id", m_id)) {
        ids.append(id);
        rows.append({c.value(QStringLiteral("name")), c.value(QStringLiteral("relationship")),
                     c.value(QStringLiteral("phone")), c.value(QStringLiteral("email")),
                     c.value(QStringLiteral("parental_responsibility")).toLongLong() ? tr("Yes")
                                                                                     : tr("No")});
    }
    m_contacts->setRows(ids, rows);
    ids.clear();
    rows.clear();
    for (const auto &[id, c] : readRecordsWhere(db, consentKind().type(), u"child_id", m_id)) {
        ids.append(id);
        rows.append(
            {c.value(QStringLiteral("given_by")), dateText(c.value(QStringLiteral("given_on"))),
             c.value(QStringLiteral("scope")), dateText(c.value(QStringLiteral("withdrawn_on"))),
             c.value(QStringLiteral("withdrawn_by"))});
    }
    m_consents->setRows(ids, rows);
}

void ChildPage::addContact()
{
    auto *dialog = new RecordDialog(m_session, childContactKind(), tr("Add a contact"), this);
    dialog->form()->setFixedValue(QStringLiteral("child_id"), m_id.toRfc4122());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ChildPage::addConsent()
{
    auto *dialog =
        new RecordDialog(m_session, consentKind(), tr("Record an agreement to engage"), this);
    dialog->form()->setFixedValue(QStringLiteral("child_id"), m_id.toRfc4122());
    dialog->form()->setValues({{QStringLiteral("given_on"),
                                m_session.database().environment().today().toString(Qt::ISODate)}});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ChildPage::editSelected(QTableView *view, RowTableModel *model, bool consent)
{
    const QUuid id = model->idAt(view->currentIndex().row());
    if (id.isNull())
        return;
    auto *dialog = new RecordDialog(
        m_session, consent ? static_cast<const RecordKind &>(consentKind()) : childContactKind(),
        id, consent ? tr("Agreement to engage") : tr("Contact"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ChildPage::removeSelected(QTableView *view, RowTableModel *model, bool consent)
{
    const QUuid id = model->idAt(view->currentIndex().row());
    if (id.isNull())
        return;
    try {
        deleteRecord(m_session,
                     consent ? static_cast<const RecordKind &>(consentKind()) : childContactKind(),
                     id);
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Cannot remove"), error.message());
    }
}

void ChildPage::deleteChild()
{
    if (MessageBox::question(this, tr("Delete this child's record?"),
                             tr("%1's record will be deleted on this laptop and, once synced, "
                                "everywhere, with their cases, outcomes, contact log, parent and "
                                "carer contacts and agreements to engage. Edit ▸ Undo brings it "
                                "all back.")
                                 .arg(m_title->text())) != QMessageBox::Yes)
        return;
    try {
        casebook::deleteChild(m_session, m_id);
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Cannot delete"), error.message());
    }
}

} // namespace casebook::ui
