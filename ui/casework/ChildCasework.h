#pragma once

#include <QGroupBox>
#include <QUuid>

class QTableView;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class RowTableModel;

// A child's casework on their page: their involvements (Enter edits one,
// moving it through its life cycle), and the timeline of every contact,
// newest first. Opens a case and logs a contact on the chosen one.
class ChildCasework : public QGroupBox
{
    Q_OBJECT
public:
    explicit ChildCasework(EditSession &session, QWidget *parent = nullptr);

    void showChild(QUuid child);
    void refresh();

    void openCase();
    // Logs a contact on the selected involvement (or the only open one).
    void logContact();
    // Opens the selected involvement's case dialog.
    void editInvolvement();

    RowTableModel *involvements() const { return m_involvements; }
    RowTableModel *timeline() const { return m_timeline; }
    QTableView *involvementView() const { return m_involvementView; }

private:
    QUuid chosenInvolvement() const;

    EditSession &m_session;
    QUuid m_child;
    RowTableModel *m_involvements = nullptr;
    RowTableModel *m_timeline = nullptr;
    QTableView *m_involvementView = nullptr;
    QTableView *m_timelineView = nullptr;
};

} // namespace casebook::ui
