#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class RowTableModel;

// Sync: the installations this one has exchanged with and what each has
// seen, export and import of encrypted packages, and the conflicts waiting
// for a person, each settled with a choice.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(EditSession &session, QWidget *parent = nullptr);

    void exportPackage();
    void importPackage();
    void settleCurrent(bool keepWaiting);
    void refresh();

    RowTableModel *conflicts() const { return m_conflicts; }
    QTableView *conflictView() const { return m_conflictView; }

signals:
    void conflictCountChanged(int count);

private:
    EditSession &m_session;
    QLabel *m_group = nullptr;
    RowTableModel *m_peers = nullptr;
    RowTableModel *m_conflicts = nullptr;
    QTableView *m_conflictView = nullptr;
    QStringList m_conflictIds;
};

} // namespace casebook::ui
