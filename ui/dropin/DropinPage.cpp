#include "DropinPage.h"

#include "DropinSessionView.h"
#include "commands/EditSession.h"
#include "common/DatedList.h"
#include "common/DisplayDate.h"
#include "common/DistrictChoice.h"
#include "common/Pages.h"
#include "common/RecordTableView.h"
#include "common/RefreshOnChange.h"
#include "dropin/DropinRecords.h"
#include "dropin/DropinSessions.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordDialog.h"
#include "records/RecordForm.h"
#include "records/RowTableModel.h"
#include "storage/Database.h"
#include "sync/Store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

// Sessions this far back stay in the list: their consultations are still
// being written up.
constexpr int RecentDays = 28;

} // namespace

DropinPage::DropinPage(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    QHBoxLayout *controls = makeDatedListChoices(
        m_choices, session.database(), QStringLiteral("dropin"), tr("Which sessions"),
        tr("Upcoming and the last four weeks"), tr("Every session"));
    auto *newSession = new QPushButton(tr("&New session…"));
    newSession->setObjectName(QStringLiteral("dropinNewSession"));
    newSession->setToolTip(tr("Ctrl+N"));
    connect(newSession, &QPushButton::clicked, this, &DropinPage::addNew);
    controls->addStretch();
    controls->addWidget(newSession);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("dropinSummary"));
    m_summary->setWordWrap(true);
    m_sessions = new RowTableModel({tr("Date"), tr("Time"), tr("Led by"), tr("Free")}, this);
    m_sessionView =
        makeRecordTableView(m_sessions, QStringLiteral("dropinSessions"), tr("Sessions"));
    // The dimension takes what the date, the time and the free slots leave.
    QHeaderView *header = m_sessionView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_sessionView->setColumnWidth(0, 78);
    m_sessionView->setColumnWidth(1, 44);
    m_sessionView->setColumnWidth(3, 48);
    m_sessionView->setToolTip(tr("Enter goes to the session's slots"));
    m_sessionView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_summary);
    listLayout->addWidget(m_sessionView, 1);

    m_workspace = new DropinSessionView(session);
    m_workspace->setObjectName(QStringLiteral("dropinWorkspace"));
    auto *splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(m_workspace);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 700});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    connect(m_sessionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_workspace->showSession(chosenSession()); });
    connect(m_sessionView, &QTableView::activated, this,
            [this] { m_workspace->slotView()->setFocus(); });
    connect(m_choices.district, &QComboBox::activated, this, &DropinPage::refresh);
    connect(m_choices.which, &QComboBox::activated, this, &DropinPage::refresh);

    refreshOnChange(this, session.store(), {QStringLiteral("dropin_")}, [this] { refresh(); });

    refresh();
    setFocusProxy(m_sessionView);
}

void DropinPage::whoAmIChanged()
{
    fillDistrictChoice(m_choices.district, m_session.database());
    refresh();
}

QUuid DropinPage::chosenSession() const
{
    const QModelIndex current = m_sessionView->currentIndex();
    return current.isValid() ? m_sessions->idAt(current.row()) : QUuid();
}

void DropinPage::refresh()
{
    Database &db = m_session.database();
    const QDate today = db.environment().today();
    DropinSessionFilter filter;
    filter.districtCode = m_choices.districtCode();
    if (!m_choices.everyOne())
        filter.from = today.addDays(-RecentDays);
    const QUuid chosen = chosenSession();
    QList<QUuid> ids;
    QList<QVariantList> rows;
    int next = -1; // the first session from today
    int free = 0;
    for (const DropinSessionSummary &s : listDropinSessions(db, filter)) {
        if (next < 0 && s.heldOn >= today)
            next = int(ids.size());
        if (s.heldOn >= today)
            free += s.free();
        ids.append(s.id);
        // The district is said when every district is listed.
        const QString led = filter.districtCode.isEmpty()
                                ? tr("%1, %2").arg(s.dimensionName, s.districtName)
                                : s.dimensionName;
        rows.append({dateText(s.heldOn), timeText(s.startsAt), led,
                     s.free() > 0 ? QVariant(s.free()) : RowTableModel::warning(tr("full"))});
    }
    m_sessions->setRows(ids, rows);
    m_summary->setText(ids.isEmpty() ? tr("No drop-in sessions to show. Plan one with New session "
                                          "(Ctrl+N).")
                                     : tr("%1; %2 free from today")
                                           .arg(tr("%n session(s)", nullptr, int(ids.size())),
                                                tr("%n slot(s)", nullptr, free)));
    if (!chooseListRow(m_sessionView, m_sessions, chosen, next))
        m_workspace->showSession({});
}

void DropinPage::showSession(QUuid session)
{
    showInDatedList(m_choices, m_sessionView, m_sessions, session, [this] { refresh(); });
}

bool DropinPage::openRecord(const QString &table, const QUuid &id)
{
    if (table != u"dropin_session")
        return false;
    showSession(id);
    m_workspace->slotView()->setFocus();
    return true;
}

void DropinPage::focusSearch()
{
    m_sessionView->setFocus();
}

void DropinPage::addNew()
{
    Database &db = m_session.database();
    auto *dialog =
        new RecordDialog(m_session, dropinSessionKind(), tr("Plan a drop-in session"), this);
    dialog->setObjectName(QStringLiteral("dropinSessionDialog"));
    QVariantMap values = dropinSessionKind().defaults();
    if (const QString district = m_choices.districtCode(); !district.isEmpty())
        values.insert(QStringLiteral("district_code"), district);
    values.insert(QStringLiteral("held_on"), db.environment().today().toString(Qt::ISODate));
    values.insert(QStringLiteral("starts_at"), QStringLiteral("15:30"));
    dialog->form()->setValues(values);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::added, this, [this](const QUuid &id) {
        refresh();
        showSession(id);
    });
    dialog->open();
}

QList<PageDeclaration> dropinPages()
{
    return {{MainWindow::DropIn, [](EditSession &session, PageHost &host) -> QWidget * {
                 auto *page = new DropinPage(session);
                 host.onWhoAmIChanged([page] { page->whoAmIChanged(); });
                 return page;
             }}};
}

} // namespace casebook::ui
