#include "LiftPage.h"

#include "LiftGroupDialog.h"
#include "LiftMeetingView.h"
#include "commands/EditSession.h"
#include "common/DatedList.h"
#include "common/DisplayDate.h"
#include "common/DistrictChoice.h"
#include "common/Pages.h"
#include "common/RecordTableView.h"
#include "common/RefreshOnChange.h"
#include "lift/LiftMeetings.h"
#include "lift/LiftRecords.h"
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

// Meetings this far back stay in the list: their minutes are still being
// written, approved and circulated.
constexpr int RecentDays = 42;

} // namespace

LiftPage::LiftPage(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    QHBoxLayout *controls = makeDatedListChoices(
        m_choices, session.database(), QStringLiteral("lift"), tr("Which meetings"),
        tr("Upcoming and the last six weeks"), tr("Every meeting"));
    auto *newMeeting = new QPushButton(tr("&New meeting…"));
    newMeeting->setObjectName(QStringLiteral("liftNewMeeting"));
    newMeeting->setToolTip(tr("Ctrl+N"));
    connect(newMeeting, &QPushButton::clicked, this, &LiftPage::addNew);
    auto *group = new QPushButton(tr("&Group…"));
    group->setObjectName(QStringLiteral("liftEditGroup"));
    group->setToolTip(tr("The chosen meeting's group: its name, district and settings"));
    connect(group, &QPushButton::clicked, this, &LiftPage::editGroup);
    auto *newGroup = new QPushButton(tr("New group…"));
    newGroup->setObjectName(QStringLiteral("liftNewGroup"));
    connect(newGroup, &QPushButton::clicked, this, &LiftPage::addGroup);

    controls->addStretch();
    controls->addWidget(newMeeting);
    auto *groupButtons = new QHBoxLayout;
    groupButtons->addWidget(group);
    groupButtons->addWidget(newGroup);
    groupButtons->addStretch();

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("liftSummary"));
    m_summary->setWordWrap(true);
    m_meetings = new RowTableModel({tr("Date"), tr("Group"), tr("Status")}, this);
    m_meetingView = makeRecordTableView(m_meetings, QStringLiteral("liftMeetings"), tr("Meetings"));
    m_meetingView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_meetingView->horizontalHeader()->setStretchLastSection(true);
    m_meetingView->setColumnWidth(0, 78);
    m_meetingView->setColumnWidth(1, 90); // the status keeps what is left, scroll bar or not
    m_meetingView->setToolTip(tr("Enter goes into the meeting's agenda"));
    m_meetingView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_summary);
    listLayout->addWidget(m_meetingView, 1);
    listLayout->addLayout(groupButtons);

    m_workspace = new LiftMeetingView(session);
    m_workspace->setObjectName(QStringLiteral("liftWorkspace"));
    connect(m_workspace, &LiftMeetingView::openChild, this, &LiftPage::openChild);
    auto *splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(m_workspace);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({290, 710});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    connect(m_meetingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_workspace->showMeeting(chosenMeeting()); });
    connect(m_meetingView, &QTableView::activated, this, [this] {
        m_workspace->tabs()->setCurrentIndex(0);
        m_workspace->agendaView()->setFocus();
    });
    connect(m_choices.district, &QComboBox::activated, this, &LiftPage::refresh);
    connect(m_choices.which, &QComboBox::activated, this, &LiftPage::refresh);

    refreshOnChange(this, session.store(),
                    {QStringLiteral("lift_meeting"), QStringLiteral("lift_group"),
                     QStringLiteral("lift_referral")},
                    [this] { refresh(); });

    refresh();
    setFocusProxy(m_meetingView);
}

void LiftPage::whoAmIChanged()
{
    fillDistrictChoice(m_choices.district, m_session.database());
    refresh();
}

QUuid LiftPage::chosenMeeting() const
{
    const QModelIndex current = m_meetingView->currentIndex();
    return current.isValid() ? m_meetings->idAt(current.row()) : QUuid();
}

QUuid LiftPage::chosenGroup() const
{
    const QModelIndex current = m_meetingView->currentIndex();
    return current.isValid() ? m_groups.value(current.row()) : QUuid();
}

void LiftPage::refresh()
{
    Database &db = m_session.database();
    const QDate today = db.environment().today();
    LiftMeetingFilter filter;
    filter.districtCode = m_choices.districtCode();
    if (!m_choices.everyOne())
        filter.from = today.addDays(-RecentDays);
    const FieldSpec &status = liftMeetingKind().type().requireField(u"status");
    const QUuid chosen = chosenMeeting();
    QList<QUuid> ids;
    QList<QVariantList> rows;
    m_groups.clear();
    int next = -1; // the first meeting from today
    for (const LiftMeetingSummary &m : listLiftMeetings(db, filter)) {
        if (next < 0 && m.meetsOn >= today)
            next = int(ids.size());
        ids.append(m.id);
        m_groups.append(m.group);
        rows.append({dateText(m.meetsOn), m.groupName, status.choiceLabel(m.status)});
    }
    m_meetings->setRows(ids, rows);
    const int groups = int(listLiftGroups(db, filter.districtCode, today).size());
    m_summary->setText(
        groups == 0 ? tr("No LIFT groups here yet. A group is a district's schools and settings "
                         "that meet together: make one with New group.")
        : ids.isEmpty() ? tr("No meetings to show. Plan one with New meeting (Ctrl+N).")
                        : tr("%1 of %2")
                              .arg(tr("%n meeting(s)", nullptr, int(ids.size())),
                                   tr("%n LIFT group(s)", nullptr, groups)));
    if (!chooseListRow(m_meetingView, m_meetings, chosen, next))
        m_workspace->showMeeting({});
}

void LiftPage::showMeeting(QUuid meeting)
{
    showInDatedList(m_choices, m_meetingView, m_meetings, meeting, [this] { refresh(); });
}

bool LiftPage::openRecord(const QString &table, const QUuid &id)
{
    if (table != u"lift_meeting")
        return false;
    showMeeting(id);
    return true;
}

void LiftPage::focusSearch()
{
    m_meetingView->setFocus();
}

void LiftPage::addNew()
{
    Database &db = m_session.database();
    QList<QPair<QString, QUuid>> groups;
    for (const LiftGroupSummary &g :
         listLiftGroups(db, m_choices.districtCode(), db.environment().today()))
        groups.append(
            {g.districtName.isEmpty() ? g.name : tr("%1 (%2)").arg(g.name, g.districtName), g.id});
    if (groups.isEmpty()) {
        addGroup();
        return;
    }
    auto *dialog = new RecordDialog(m_session, liftMeetingKind(), tr("Plan a LIFT meeting"), this);
    dialog->setObjectName(QStringLiteral("liftMeetingDialog"));
    dialog->form()->offerRecords(QStringLiteral("group_id"), groups);
    for (const char *field : {"status", "approved_by", "approved_on", "circulated_on"})
        dialog->form()->hideField(QString::fromLatin1(field));
    QVariantMap values = liftMeetingKind().defaults();
    if (const QUuid group = chosenGroup(); !group.isNull())
        values.insert(QStringLiteral("group_id"), group.toRfc4122());
    dialog->form()->setValues(values);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::added, this, [this](const QUuid &id) {
        refresh();
        showMeeting(id);
    });
    dialog->open();
}

void LiftPage::addGroup()
{
    auto *dialog = new RecordDialog(m_session, liftGroupKind(), tr("New LIFT group"), this);
    QVariantMap values;
    if (const QString district = m_choices.districtCode(); !district.isEmpty())
        values.insert(QStringLiteral("district_code"), district);
    dialog->form()->setValues(values);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::added, this, [this](const QUuid &id) {
        auto *group = new LiftGroupDialog(m_session, id, this);
        group->setAttribute(Qt::WA_DeleteOnClose);
        group->open();
    });
    dialog->open();
}

void LiftPage::editGroup()
{
    const QUuid group = chosenGroup();
    if (group.isNull())
        return;
    auto *dialog = new LiftGroupDialog(m_session, group, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QList<PageDeclaration> liftPages()
{
    return {{MainWindow::Lift, [](EditSession &session, PageHost &host) -> QWidget * {
                 auto *page = new LiftPage(session);
                 QObject::connect(page, &LiftPage::openChild, page,
                                  [&host](const QUuid &id) { host.openRecord(u"child"_qs, id); });
                 host.onWhoAmIChanged([page] { page->whoAmIChanged(); });
                 return page;
             }}};
}

} // namespace casebook::ui
