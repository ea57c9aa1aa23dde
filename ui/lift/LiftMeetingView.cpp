#include "LiftMeetingView.h"

#include "commands/EditSession.h"
#include "common/DisplayDate.h"
#include "common/Error.h"
#include "common/RecordTableView.h"
#include "lift/LiftMeetingDetail.h"
#include "lift/LiftRecords.h"
#include "records/RowTableModel.h"
#include "storage/Database.h"
#include "sync/Store.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QPushButton *button(const QString &text, const QString &objectName, QWidget *receiver,
                    std::function<void()> slot)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    QObject::connect(b, &QPushButton::clicked, receiver, std::move(slot));
    return b;
}

// An action on a view, for a key pressed while the view has the focus.
void addKey(QTableView *view, const QKeySequence &key, std::function<void()> slot)
{
    auto *action = new QAction(view);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(action, &QAction::triggered, view, std::move(slot));
    view->addAction(action);
}

QWidget *tabOf(QTableView *view, QHBoxLayout *buttons)
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(view, 1);
    buttons->addStretch();
    layout->addLayout(buttons);
    return tab;
}

} // namespace

LiftMeetingView::LiftMeetingView(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("liftMeetingTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_facts = new QLabel;
    m_facts->setObjectName(QStringLiteral("liftMeetingFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_missing = new QLabel;
    m_missing->setObjectName(QStringLiteral("liftAgenciesMissing"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold;"));

    m_step = button(tr("Next step"), QStringLiteral("liftNextStep"), this, [this] { nextStep(); });
    m_reopen = button(tr("&Reopen the agenda"), QStringLiteral("liftReopen"), this,
                      [this] { reopenAgenda(); });
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(button(tr("Meeting &info…"), QStringLiteral("liftMeetingInfo"), this,
                                    [this] { editMeeting(); }));
    headerButtons->addWidget(m_step);
    headerButtons->addWidget(m_reopen);
    headerButtons->addStretch();

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("liftTabs"));
    m_tabs->setAccessibleName(tr("The meeting's agenda, attendance, actions and papers"));
    m_tabs->addTab(buildAgendaTab(), tr("Agenda"));
    m_tabs->addTab(buildAttendanceTab(), tr("Attendance"));
    m_tabs->addTab(buildActionsTab(), tr("Actions"));
    m_tabs->addTab(buildPapersTab(), tr("Papers"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_missing);
    layout->addLayout(headerButtons);
    layout->addWidget(m_tabs, 1);

    // Read again after edits here or from a sync, once for a burst of them.
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &LiftMeetingView::refresh);
    connect(&session.store(), &Store::rowChanged, this, [later](const QString &table) {
        if (table.startsWith(u"lift_") || table == u"child" || table == u"staff")
            later->start();
    });
    connect(&session.store(), &Store::outsideChanges, later, qOverload<>(&QTimer::start));
    setFocusProxy(m_agendaView);
    setEnabled(false);
}

LiftMeetingView::~LiftMeetingView() = default;

QWidget *LiftMeetingView::buildAgendaTab()
{
    m_agenda = new RowTableModel({tr("No."), tr("Child or setting"), tr("Setting"), tr("Needs"),
                                  tr("Received"), tr("Decision")},
                                 this);
    m_agendaView = makeRecordTableView(m_agenda, QStringLiteral("liftAgenda"), tr("Agenda"));
    m_agendaView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_agendaView->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {32, 125, 125, 60, 100};
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_agendaView->setColumnWidth(column, widths[column]);
    m_agendaView->setToolTip(tr("Enter records the decision; Alt+Up and Alt+Down move the "
                                "referral; Delete takes it off the agenda"));
    connect(m_agendaView, &QTableView::activated, this, &LiftMeetingView::decide);
    addKey(m_agendaView, QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveReferral(-1); });
    addKey(m_agendaView, QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveReferral(1); });
    addKey(m_agendaView, QKeySequence::Delete, [this] { removeReferral(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("&Add a referral…"), QStringLiteral("liftAddReferral"), this,
                              [this] { addReferral(); }));
    buttons->addWidget(
        button(tr("Deci&sion…"), QStringLiteral("liftDecide"), this, [this] { decide(); }));
    buttons->addWidget(
        button(tr("Edi&t…"), QStringLiteral("liftEditReferral"), this, [this] { editReferral(); }));
    buttons->addWidget(button(tr("Acti&on…"), QStringLiteral("liftReferralAction"), this,
                              [this] { addAction(true); }));
    // Arrows: the row of buttons fits a laptop's width.
    for (const auto &[arrow, by, name, text] :
         {std::tuple(Qt::UpArrow, -1, "liftMoveUp", QT_TR_NOOP("Move up the agenda (Alt+Up)")),
          std::tuple(Qt::DownArrow, 1, "liftMoveDown",
                     QT_TR_NOOP("Move down the agenda (Alt+Down)"))}) {
        auto *move = new QToolButton;
        move->setObjectName(QString::fromLatin1(name));
        move->setArrowType(arrow);
        move->setAccessibleName(tr(text));
        move->setToolTip(tr(text));
        move->setFocusPolicy(Qt::StrongFocus);
        connect(move, &QToolButton::clicked, this, [this, by = by] { moveReferral(by); });
        buttons->addWidget(move);
    }
    return tabOf(m_agendaView, buttons);
}

QWidget *LiftMeetingView::buildAttendanceTab()
{
    m_attendance = new RowTableModel({tr("Agency"), tr("Name"), tr("Attendance")}, this);
    m_attendanceView =
        makeRecordTableView(m_attendance, QStringLiteral("liftAttendance"), tr("Attendance"));
    m_attendanceView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_attendanceView, &QTableView::activated, this, &LiftMeetingView::editAttendee);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("Add &someone…"), QStringLiteral("liftAddAttendee"), this,
                              [this] { addAttendee(); }));
    buttons->addWidget(
        button(tr("Edi&t…"), QStringLiteral("liftEditAttendee"), this, [this] { editAttendee(); }));
    const FieldSpec &status = liftAttendanceKind().type().requireField(u"status");
    for (const QString &code : status.choices)
        buttons->addWidget(button(status.choiceLabel(code), u"liftAttendance_"_qs + code, this,
                                  [this, code] { setAttendance(code); }));
    return tabOf(m_attendanceView, buttons);
}

QWidget *LiftMeetingView::buildActionsTab()
{
    m_actions = new RowTableModel(
        {tr("Action"), tr("For"), tr("Owner"), tr("Due"), tr("Status"), tr("Agreed")}, this);
    m_actionView = makeRecordTableView(m_actions, QStringLiteral("liftActions"), tr("Actions"));
    m_actionView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_actionView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actionView->horizontalHeader()->setStretchLastSection(false);
    const int widths[] = {0, 130, 150, 85, 110, 85};
    for (int column = 1; column < int(std::size(widths)); ++column)
        m_actionView->setColumnWidth(column, widths[column]);
    connect(m_actionView, &QTableView::activated, this, &LiftMeetingView::editAction);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("Add an acti&on…"), QStringLiteral("liftAddAction"), this,
                              [this] { addAction(false); }));
    buttons->addWidget(button(tr("Mar&k done"), QStringLiteral("liftActionDone"), this,
                              [this] { markActionDone(); }));
    buttons->addWidget(
        button(tr("Edi&t…"), QStringLiteral("liftEditAction"), this, [this] { editAction(); }));
    return tabOf(m_actionView, buttons);
}

QWidget *LiftMeetingView::buildPapersTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *note = new QLabel(
        tr("The agenda and the minutes for schools show each child by their initials only "
           "(J.S., or J.S.-1 and J.S.-2 where two share them), with no date of birth, UPN, "
           "address or parent's name. The full minutes are for the panel and the service."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(button(tr("Preview the &agenda…"), QStringLiteral("liftPreviewAgenda"), this,
                             [this] { previewPaper(Paper::Agenda); }));
    layout->addWidget(button(tr("Preview the full &minutes…"),
                             QStringLiteral("liftPreviewFullMinutes"), this,
                             [this] { previewPaper(Paper::FullMinutes); }));
    layout->addWidget(button(tr("Preview the minutes for &schools…"),
                             QStringLiteral("liftPreviewCirculatedMinutes"), this,
                             [this] { previewPaper(Paper::CirculatedMinutes); }));
    layout->addStretch();
    return tab;
}

void LiftMeetingView::showMeeting(QUuid meeting)
{
    m_meeting = meeting;
    refresh();
}

void LiftMeetingView::refresh()
{
    m_detail.reset();
    if (!m_meeting.isNull()) {
        try {
            m_detail = std::make_unique<LiftMeetingDetail>(loadLiftMeeting(
                m_session.database(), m_meeting, m_session.database().environment().today()));
        } catch (const Error &) {
            m_meeting = QUuid(); // deleted, here or by a sync
        }
    }
    setEnabled(bool(m_detail));
    fillHeader();
    fillAgenda();
    fillAttendance();
    fillActions();
}

void LiftMeetingView::fillHeader()
{
    if (!m_detail) {
        m_title->setText(tr("No meeting chosen"));
        m_facts->setText(tr("Choose a meeting from the list, or plan one with New meeting "
                            "(Ctrl+N)."));
        m_missing->hide();
        m_step->hide();
        m_reopen->hide();
        return;
    }
    const LiftMeetingDetail &d = *m_detail;
    QString when = dateText(d.meetsOn);
    if (!d.text(u"starts_at").isEmpty())
        when = tr("%1 at %2").arg(when, d.text(u"starts_at"));
    QString place = d.text(u"place");
    if (d.record.value(QStringLiteral("online")).toBool())
        place = tr("online %1").arg(place).trimmed();
    m_title->setText(place.isEmpty() ? tr("%1, %2").arg(d.groupName, when)
                                     : tr("%1, %2, %3").arg(d.groupName, when, place));
    const QString status = d.text(u"status");
    QStringList facts{
        tr("Status: %1").arg(liftMeetingKind().type().requireField(u"status").choiceLabel(status))};
    facts.append(tr("Chair: %1").arg(d.chairName.isEmpty() ? tr("not set") : d.chairName));
    facts.append(tr("Referrals due by %1 (schools), %2 (early years)")
                     .arg(dateText(d.schoolDeadline), dateText(d.earlyYearsDeadline)));
    if (!d.approvedByName.isEmpty())
        facts.append(tr("Minutes approved by %1 on %2")
                         .arg(d.approvedByName, dateText(d.date(u"approved_on"))));
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    const FieldSpec &agency = liftAttendanceKind().type().requireField(u"agency_code");
    QStringList missing;
    for (const QString &code : d.missingAgencies)
        missing.append(agency.choiceLabel(code));
    m_missing->setText(tr("No one present for: %1").arg(missing.join(QStringLiteral(", "))));
    m_missing->setVisible(!d.attendance.isEmpty() && !missing.isEmpty());

    static const std::pair<const char16_t *, const char *> steps[] = {
        {u"planned", QT_TR_NOOP("&Close the agenda")},
        {u"agenda_closed", QT_TR_NOOP("Mark as he&ld")},
        {u"held", QT_TR_NOOP("A&pprove the minutes")},
        {u"minutes_approved", QT_TR_NOOP("Mark as circ&ulated")},
    };
    m_step->hide();
    for (const auto &[from, text] : steps)
        if (status == from) {
            m_step->setText(tr(text));
            m_step->show();
        }
    m_reopen->setVisible(status == u"agenda_closed");
}

void LiftMeetingView::fillAgenda()
{
    const QUuid current = currentId(m_agendaView, m_agenda);
    QList<QUuid> ids;
    QList<QVariantList> rows;
    if (m_detail) {
        const FieldSpec &decision = liftReferralKind().type().requireField(u"decision_code");
        for (const LiftReferralItem &r : m_detail->referrals) {
            ids.append(r.id);
            const QString subject = r.child.isNull()
                                        ? tr("%1 (setting)")
                                              .arg(r.text(u"cohort").isEmpty() ? tr("whole setting")
                                                                               : r.text(u"cohort"))
                                        : r.childName();
            QStringList needs;
            for (const char16_t *field : {u"primary_need", u"secondary_need"})
                if (!r.text(field).isEmpty())
                    needs.append(r.text(field));
            rows.append({r.number, subject, r.settingName, needs.join(QStringLiteral(", ")),
                         r.urgent() ? RowTableModel::warning(
                                          tr("%1 urgent").arg(dateText(r.date(u"received_on"))))
                                    : QVariant(dateText(r.date(u"received_on"))),
                         decision.choiceLabel(r.text(u"decision_code"))});
        }
    }
    m_agenda->setRows(ids, rows);
    m_tabs->setTabText(0, tr("Agenda (%1)").arg(ids.size()));
    if (const int row = m_agenda->rowOf(current); row >= 0)
        m_agendaView->setCurrentIndex(m_agenda->index(row, 0));
}

void LiftMeetingView::fillAttendance()
{
    const QUuid current = currentId(m_attendanceView, m_attendance);
    QList<QUuid> ids;
    QList<QVariantList> rows;
    if (m_detail) {
        const RecordType &type = liftAttendanceKind().type();
        for (const auto &[id, person] : m_detail->attendance) {
            ids.append(id);
            const QString code = person.value(QStringLiteral("agency_code")).toString();
            const QString named = person.value(QStringLiteral("agency_name")).toString();
            rows.append({code == u"other" && !named.isEmpty()
                             ? named
                             : type.requireField(u"agency_code").choiceLabel(code),
                         person.value(QStringLiteral("name")),
                         type.requireField(u"status").choiceLabel(
                             person.value(QStringLiteral("status")).toString())});
        }
    }
    m_attendance->setRows(ids, rows);
    m_tabs->setTabText(1, tr("Attendance (%1)").arg(ids.size()));
    if (const int row = m_attendance->rowOf(current); row >= 0)
        m_attendanceView->setCurrentIndex(m_attendance->index(row, 0));
}

void LiftMeetingView::fillActions()
{
    const QUuid current = currentId(m_actionView, m_actions);
    QList<QUuid> ids;
    QList<QVariantList> rows;
    int overdue = 0;
    if (m_detail) {
        const FieldSpec &status = liftActionKind().type().requireField(u"status");
        const auto add = [&](const LiftActionItem &a, bool carried) {
            ids.append(a.id);
            QString about = a.childName;
            if (const LiftReferralItem *r = m_detail->referral(a.referral); r && about.isEmpty())
                about = r->child.isNull() ? r->settingName : r->childName();
            overdue += a.overdue ? 1 : 0;
            rows.append({a.record.value(QStringLiteral("text")), about, a.owner, dateText(a.due),
                         a.overdue ? RowTableModel::warning(tr("Overdue"))
                                   : QVariant(status.choiceLabel(
                                         a.record.value(QStringLiteral("status")).toString())),
                         carried ? dateText(a.agreedAt) : tr("this meeting")});
        };
        for (const LiftActionItem &a : m_detail->actions)
            add(a, false);
        for (const LiftActionItem &a : m_detail->carriedActions)
            add(a, true);
    }
    m_actions->setRows(ids, rows);
    m_tabs->setTabText(2, overdue > 0 ? tr("Actions (%1, %2 overdue)").arg(ids.size()).arg(overdue)
                                      : tr("Actions (%1)").arg(ids.size()));
    if (const int row = m_actions->rowOf(current); row >= 0)
        m_actionView->setCurrentIndex(m_actions->index(row, 0));
}

QUuid LiftMeetingView::currentId(QTableView *view, RowTableModel *model) const
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? model->idAt(current.row()) : QUuid();
}

} // namespace casebook::ui
