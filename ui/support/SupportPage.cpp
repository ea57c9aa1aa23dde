#include "SupportPage.h"

#include "SupportEpisodeDialog.h"
#include "casework/Caseload.h"
#include "commands/EditSession.h"
#include "common/DisplayDate.h"
#include "common/Pages.h"
#include "common/RecordTableView.h"
#include "common/RefreshOnChange.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordForm.h"
#include "records/RowTableModel.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"
#include "support/SupportEpisodes.h"
#include "support/SupportRecords.h"
#include "sync/Store.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

SupportPage::SupportPage(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setWindowTitle(tr("Intensive support"));
    m_everyone = new QCheckBox(tr("Everyone's &cases"));
    m_everyone->setObjectName(QStringLiteral("supportEveryone"));
    m_endedToo = new QCheckBox(tr("&Ended too"));
    m_endedToo->setObjectName(QStringLiteral("supportEndedToo"));
    auto *start = new QPushButton(tr("&Start on a case…"));
    start->setObjectName(QStringLiteral("supportStart"));
    start->setToolTip(tr("Ctrl+N"));
    connect(start, &QPushButton::clicked, this, &SupportPage::addNew);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_everyone);
    controls->addWidget(m_endedToo);
    controls->addStretch();
    controls->addWidget(start);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("supportSummary"));
    m_summary->setWordWrap(true);
    m_episodes = new RowTableModel({tr("Child"), tr("Setting"), tr("Teacher"), tr("Started"),
                                    tr("Planned end"), tr("Sessions"), tr("Outcome"), tr("Check")},
                                   this);
    m_view = makeRecordTableView(m_episodes, QStringLiteral("supportEpisodes"),
                                 tr("Intensive support episodes"));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    const int widths[] = {150, 0, 110, 80, 130, 64, 120, 120};
    for (int column = 0; column < int(std::size(widths)); ++column)
        if (widths[column] > 0)
            m_view->setColumnWidth(column, widths[column]);
    m_view->setToolTip(tr("Enter opens the episode"));
    connect(m_view, &QTableView::activated, this, &SupportPage::openCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    for (QCheckBox *box : {m_everyone, m_endedToo})
        connect(box, &QCheckBox::toggled, this, &SupportPage::refresh);
    refreshOnChange(this, session.store(),
                    {QStringLiteral("support_episode"), QStringLiteral("contact_log"),
                     QStringLiteral("involvement")},
                    [this] { refresh(); });
    refresh();
    setFocusProxy(m_view);
}

void SupportPage::refresh()
{
    Database &db = m_session.database();
    const QDate today = db.environment().today();
    SupportFilter filter;
    filter.openOnly = !m_endedToo->isChecked();
    const auto me = whoAmI(db);
    if (me && !m_everyone->isChecked())
        filter.teacher = *me;
    const RecordType &type = supportEpisodeKind().type();
    const FieldSpec &outcome = type.requireField(u"outcome");
    const FieldSpec &check = type.requireField(u"check_result");
    const QUuid chosen =
        m_view->currentIndex().isValid() ? m_episodes->idAt(m_view->currentIndex().row()) : QUuid();
    QList<QUuid> ids;
    QList<QVariantList> rows;
    m_involvements.clear();
    int past = 0, checks = 0;
    for (const SupportEpisodeSummary &e : listSupportEpisodes(db, filter, today)) {
        ids.append(e.id);
        m_involvements.append(e.involvement);
        past += e.pastPlannedEnd ? 1 : 0;
        checks += e.checkOverdue ? 1 : 0;
        QVariant checkText =
            e.checkResult.isEmpty()
                ? QVariant(e.checkDueOn.isValid() ? tr("due %1").arg(dateText(e.checkDueOn))
                                                  : QString())
                : QVariant(check.choiceLabel(e.checkResult));
        if (e.checkOverdue)
            checkText = RowTableModel::warning(tr("overdue since %1").arg(dateText(e.checkDueOn)));
        rows.append({e.childName, e.settingName, e.teacherName, dateText(e.startsOn),
                     e.pastPlannedEnd
                         ? RowTableModel::warning(tr("%1, passed").arg(dateText(e.plannedEndOn)))
                         : QVariant(dateText(e.plannedEndOn)),
                     e.sessions, e.outcome.isEmpty() ? tr("open") : outcome.choiceLabel(e.outcome),
                     checkText});
    }
    m_episodes->setRows(ids, rows);
    QStringList said{tr("%n episode(s)", nullptr, int(ids.size()))};
    if (past > 0)
        said.append(tr("%n past the planned end without an outcome", nullptr, past));
    if (checks > 0)
        said.append(tr("%n follow-up check(s) overdue", nullptr, checks));
    m_summary->setText(ids.isEmpty() ? tr("No intensive support episodes here. Start one on a "
                                          "child's case with Start on a case (Ctrl+N).")
                                     : said.join(QStringLiteral("; ")));
    const int row = m_episodes->rowOf(chosen);
    if (row >= 0)
        m_view->setCurrentIndex(m_episodes->index(row, 0));
}

void SupportPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    auto *dialog = new SupportEpisodeDialog(m_session, m_episodes->idAt(current.row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SupportPage::focusSearch()
{
    m_view->setFocus();
}

void SupportPage::addNew()
{
    // A case of mine (everyone's, for a lead) for a child, open.
    Database &db = m_session.database();
    CaseFilter filter;
    if (const auto me = whoAmI(db); me && !m_everyone->isChecked())
        filter.teacher = *me;
    QList<QPair<QString, QUuid>> cases;
    for (const CaseSummary &c : listCases(db, filter, db.environment().today()))
        if (!c.child.isNull())
            cases.append({tr("%1, %2").arg(c.subject, c.settingName), c.id});
    auto *dialog =
        new RecordDialog(m_session, supportEpisodeKind(), tr("Start intensive support"), this);
    dialog->setObjectName(QStringLiteral("supportStartDialog"));
    dialog->form()->offerRecords(QStringLiteral("involvement_id"), cases);
    for (const char *field :
         {"child_id", "setting_id", "lift_referral_id", "outcome", "outcome_detail", "ended_on",
          "check_due_on", "check_result", "checked_on"})
        dialog->form()->hideField(QString::fromLatin1(field));
    const QDate today = db.environment().today();
    dialog->form()->setValues(
        {{QStringLiteral("starts_on"), today.toString(Qt::ISODate)},
         {QStringLiteral("planned_end_on"), today.addDays(42).toString(Qt::ISODate)}});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool SupportPage::openRecord(const QString &table, const QUuid &id)
{
    if (table != u"support_episode")
        return false;
    m_endedToo->setChecked(true);
    m_everyone->setChecked(true);
    refresh();
    const int row = m_episodes->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_episodes->index(row, 0));
    return row >= 0;
}

QList<PageDeclaration> supportPages()
{
    return {{MainWindow::Casework, [](EditSession &session, PageHost &host) -> QWidget * {
                 auto *page = new SupportPage(session);
                 host.onWhoAmIChanged([page] { page->refresh(); });
                 return page;
             }}};
}

} // namespace casebook::ui
