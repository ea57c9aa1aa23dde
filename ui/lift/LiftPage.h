#pragma once

#include "common/DatedList.h"
#include "common/PageActions.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class LiftMeetingView;
class RowTableModel;

// LIFT meetings: the meetings of my district (or any), upcoming first or all
// of them, beside the chosen meeting's workspace (LiftMeetingView). New
// (Ctrl+N) plans a meeting; Enter in the list goes into the workspace.
class LiftPage : public QWidget, public PageActions
{
    Q_OBJECT
public:
    explicit LiftPage(EditSession &session, QWidget *parent = nullptr);

    void refresh();
    void whoAmIChanged();
    void focusSearch() override;
    void addNew() override;
    bool openRecord(const QString &table, const QUuid &id) override;

    // Shows `meeting` in the workspace, choosing it in the list.
    void showMeeting(QUuid meeting);
    void addGroup();
    void editGroup();

    RowTableModel *meetings() const { return m_meetings; }
    QTableView *meetingView() const { return m_meetingView; }
    LiftMeetingView *workspace() const { return m_workspace; }

signals:
    void openChild(const QUuid &child);

private:
    QUuid chosenMeeting() const;
    QUuid chosenGroup() const;

    EditSession &m_session;
    DatedListChoices m_choices;
    QLabel *m_summary = nullptr;
    RowTableModel *m_meetings = nullptr;
    QTableView *m_meetingView = nullptr;
    QList<QUuid> m_groups; // per row of m_meetings
    LiftMeetingView *m_workspace = nullptr;
};

} // namespace casebook::ui
