#pragma once

#include <QDialog>
#include <QUuid>

class QTableView;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class RowTableModel;

// A LIFT group: its name and district (each saved as it is left) and the
// settings in it. A setting is in one group at most.
class LiftGroupDialog : public QDialog
{
    Q_OBJECT
public:
    LiftGroupDialog(EditSession &session, QUuid group, QWidget *parent = nullptr);

    void addSetting();
    void removeSetting();
    RowTableModel *members() const { return m_members; }
    QTableView *memberView() const { return m_memberView; }

private:
    void refresh();

    EditSession &m_session;
    QUuid m_group;
    RowTableModel *m_members = nullptr;
    QTableView *m_memberView = nullptr;
};

} // namespace casebook::ui
