#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace casebook {
class EditSession;
struct LiftMeetingDetail;
} // namespace casebook

namespace casebook::ui {

class RowTableModel;

// One LIFT meeting's workspace, all of it usable from the keyboard: the
// meeting's facts and its next step (close the agenda, held, approve,
// circulate); the agenda of referrals (Enter records the decision, Alt+Up
// and Alt+Down move one, Delete removes one); attendance by agency with the
// agencies nobody came for; the actions agreed and those carried from
// earlier meetings; and the papers to preview, print or save. Every change
// is one undo step.
class LiftMeetingView : public QWidget
{
    Q_OBJECT
public:
    explicit LiftMeetingView(EditSession &session, QWidget *parent = nullptr);
    ~LiftMeetingView() override;

    void showMeeting(QUuid meeting);
    QUuid meeting() const { return m_meeting; }
    void refresh();

    void addReferral();
    void editReferral();
    void decide();
    void moveReferral(int by);
    void removeReferral();
    void addAction(bool forReferral);
    void markActionDone();
    void editAction();
    void addAttendee();
    void editAttendee();
    void setAttendance(const QString &status);
    void editMeeting();
    void nextStep();
    void reopenAgenda();
    enum class Paper { Agenda, FullMinutes, CirculatedMinutes };
    void previewPaper(Paper paper);

    RowTableModel *agenda() const { return m_agenda; }
    RowTableModel *attendance() const { return m_attendance; }
    RowTableModel *actions() const { return m_actions; }
    QTableView *agendaView() const { return m_agendaView; }
    QTableView *attendanceView() const { return m_attendanceView; }
    QTableView *actionView() const { return m_actionView; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void openChild(const QUuid &child);

private:
    QWidget *buildAgendaTab();
    QWidget *buildAttendanceTab();
    QWidget *buildActionsTab();
    QWidget *buildPapersTab();
    void fillHeader();
    void fillAgenda();
    void fillAttendance();
    void fillActions();
    QUuid currentId(QTableView *view, RowTableModel *model) const;
    void reportError(const QString &title, const QString &message);

    EditSession &m_session;
    QUuid m_meeting;
    std::unique_ptr<LiftMeetingDetail> m_detail;
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_missing = nullptr;
    QPushButton *m_step = nullptr;
    QPushButton *m_reopen = nullptr;
    QTabWidget *m_tabs = nullptr;
    RowTableModel *m_agenda = nullptr;
    RowTableModel *m_attendance = nullptr;
    RowTableModel *m_actions = nullptr;
    QTableView *m_agendaView = nullptr;
    QTableView *m_attendanceView = nullptr;
    QTableView *m_actionView = nullptr;
};

} // namespace casebook::ui
