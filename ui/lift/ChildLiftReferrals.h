#pragma once

#include <QGroupBox>
#include <QUuid>

class QTableView;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class RowTableModel;

// A child's LIFT referrals on their page, the newest meeting first, with the
// decision on each. Enter opens the meeting; Refer to LIFT tables a referral
// at the next meeting of their setting's group.
class ChildLiftReferrals : public QGroupBox
{
    Q_OBJECT
public:
    explicit ChildLiftReferrals(EditSession &session, QWidget *parent = nullptr);

    void showChild(QUuid child);
    void refresh();
    void refer();

    RowTableModel *referrals() const { return m_referrals; }
    QTableView *view() const { return m_view; }

signals:
    void openMeeting(const QUuid &meeting);

private:
    EditSession &m_session;
    QUuid m_child;
    QList<QUuid> m_meetings; // per row
    RowTableModel *m_referrals = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace casebook::ui
