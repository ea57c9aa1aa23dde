#include "ChildCasework.h"

#include "CaseDialog.h"
#include "casework/Caseload.h"
#include "casework/CaseworkRecords.h"
#include "commands/EditSession.h"
#include "common/DisplayDate.h"
#include "common/MessageBox.h"
#include "common/RecordTableView.h"
#include "records/RecordDialog.h"
#include "records/RecordForm.h"
#include "records/RowTableModel.h"
#include "storage/Database.h"
#include "sync/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

ChildCasework::ChildCasework(EditSession &session, QWidget *parent)
    : QGroupBox(tr("Casework"), parent)
    , m_session(session)
{
    m_involvements = new RowTableModel({tr("Opened"), tr("Service line"), tr("Status"),
                                        tr("Teacher"), tr("Last contact"), tr("Next review")},
                                       this);
    m_involvementView =
        makeRecordTableView(m_involvements, QStringLiteral("involvementList"), tr("Involvements"));
    m_involvementView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_involvementView->setMaximumHeight(120);
    connect(m_involvementView, &QTableView::activated, this, &ChildCasework::editInvolvement);

    m_timeline =
        new RowTableModel({tr("Date"), tr("Type"), tr("Staff"), tr("Minutes"), tr("Advice")}, this);
    m_timelineView =
        makeRecordTableView(m_timeline, QStringLiteral("contactTimeline"), tr("Contacts"));
    m_timelineView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    // At least six contacts in view, whatever the font.
    m_timelineView->setMinimumHeight(m_timelineView->verticalHeader()->defaultSectionSize() * 6 +
                                     m_timelineView->horizontalHeader()->sizeHint().height() + 4);

    auto *open = new QPushButton(tr("&Open a case…"));
    open->setObjectName(QStringLiteral("openCase"));
    connect(open, &QPushButton::clicked, this, &ChildCasework::openCase);
    auto *edit = new QPushButton(tr("Case &details…"));
    connect(edit, &QPushButton::clicked, this, &ChildCasework::editInvolvement);
    auto *log = new QPushButton(tr("&Log a contact…"));
    log->setObjectName(QStringLiteral("logContact"));
    log->setToolTip(tr("Ctrl+L"));
    connect(log, &QPushButton::clicked, this, &ChildCasework::logContact);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(edit);
    buttons->addWidget(log);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_involvementView);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Contacts, newest first")));
    layout->addWidget(m_timelineView);

    connect(&session.store(), &Store::rowChanged, this, [this](const QString &table) {
        if (!m_child.isNull() && (table == u"involvement" || table == u"contact_log" ||
                                  table == u"outcome" || table == u"outcome_review"))
            refresh();
    });
    connect(&session.store(), &Store::outsideChanges, this, &ChildCasework::refresh);
}

void ChildCasework::showChild(QUuid child)
{
    m_child = child;
    refresh();
}

void ChildCasework::refresh()
{
    if (m_child.isNull())
        return;
    Database &db = m_session.database();
    const FieldSpec &status = involvementKind().type().requireField(u"status");
    QList<QUuid> ids;
    QList<QVariantList> rows;
    const QDate today = db.environment().today();
    for (const CaseSummary &c : listCases(db, {std::nullopt, m_child, false}, today)) {
        ids.append(c.id);
        rows.append({dateText(c.openedOn), c.serviceLine, status.choiceLabel(c.status),
                     c.teacherName, dateText(c.lastContact),
                     c.reviewOverdue ? tr("%1 (overdue)").arg(dateText(c.nextReview))
                                     : dateText(c.nextReview)});
    }
    const QUuid selected = chosenInvolvement();
    m_involvements->setRows(ids, rows);
    const int row = m_involvements->rowOf(selected);
    if (m_involvements->rowCount() > 0)
        m_involvementView->setCurrentIndex(m_involvements->index(std::max(row, 0), 0));

    const FieldSpec &type = contactLogKind().type().requireField(u"contact_type");
    ids.clear();
    rows.clear();
    for (const ContactSummary &c : contactsForChild(db, m_child)) {
        ids.append(c.id);
        rows.append({dateText(c.date), type.choiceLabel(c.type), c.staffName,
                     c.minutes > 0 ? QVariant(c.minutes) : QVariant(),
                     c.advice.section(u'\n', 0, 0)});
    }
    m_timeline->setRows(ids, rows);
}

QUuid ChildCasework::chosenInvolvement() const
{
    const QModelIndex current = m_involvementView->currentIndex();
    return current.isValid() ? m_involvements->idAt(current.row()) : QUuid();
}

void ChildCasework::openCase()
{
    auto *dialog = new RecordDialog(m_session, involvementKind(), tr("Open a case"), this);
    dialog->form()->setFixedValue(QStringLiteral("child_id"), m_child.toRfc4122());
    dialog->form()->hideField(QStringLiteral("closed_on"));
    dialog->form()->hideField(QStringLiteral("closure_reason"));
    QVariantMap values{{QStringLiteral("service_line_code"), QStringLiteral("district")},
                       {QStringLiteral("route"), QStringLiteral("lift")},
                       {QStringLiteral("opened_on"),
                        m_session.database().environment().today().toString(Qt::ISODate)}};
    if (const auto me = contactDefaults(m_session.database()).value(QStringLiteral("staff_id"));
        !me.isNull())
        values.insert(QStringLiteral("teacher_id"), me.toUuid().toRfc4122());
    dialog->form()->setValues(values);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ChildCasework::editInvolvement()
{
    const QUuid id = chosenInvolvement();
    if (id.isNull())
        return;
    auto *dialog = new CaseDialog(m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ChildCasework::logContact()
{
    const QUuid involvement = chosenInvolvement();
    if (involvement.isNull()) {
        MessageBox::information(this, tr("Log a contact"),
                                tr("Open a case for the child first (Open a case…): contacts "
                                   "belong to a case."));
        return;
    }
    openContactDialog(m_session, involvement, this);
}

} // namespace casebook::ui
