#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class RowTableModel;

// One drop-in session: when, where and who runs it, and every slot, booked
// or free. Enter on a free slot books it; on a booked one it opens the
// consultation to record what was said; Delete cancels a booking.
class DropinSessionView : public QWidget
{
    Q_OBJECT
public:
    explicit DropinSessionView(EditSession &session, QWidget *parent = nullptr);

    void showSession(QUuid session);
    QUuid sessionId() const { return m_id; }
    void refresh();

    // Books the chosen slot when it is free, else the first free one.
    void book();
    void openSlot(int row);
    void cancelBooking();
    void editSession();
    void addStaff();
    void removeStaff();

    RowTableModel *slotList() const { return m_slots; }
    QTableView *slotView() const { return m_slotView; }
    RowTableModel *staff() const { return m_staff; }
    QLabel *heading() const { return m_heading; }

signals:
    void openChild(const QUuid &child);

private:
    EditSession &m_session;
    QUuid m_id;
    QLabel *m_heading = nullptr;
    QLabel *m_details = nullptr;
    RowTableModel *m_slots = nullptr;
    QTableView *m_slotView = nullptr;
    QList<int> m_slotNumbers; // per row of m_slots
    QList<QUuid> m_children;  // per row: the child on record, if any
    QList<bool> m_booked;     // per row
    RowTableModel *m_staff = nullptr;
    QTableView *m_staffView = nullptr;
    QList<QPushButton *> m_sessionButtons; // disabled while no session is shown
};

} // namespace casebook::ui
