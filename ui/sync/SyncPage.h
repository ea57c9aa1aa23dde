#pragma once

#include "common/Progress.h"
#include "sync/Conflicts.h"

#include <QUuid>
#include <QWidget>

#include <functional>
#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace casebook {
class Database;
class EditSession;
class Error;
struct PackageImport;
} // namespace casebook

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

    // Each runs on a worker thread behind a progress dialog (SyncWork);
    // workFinished() follows the summary.
    void exportPackage();
    void importPackage();
    // Settles the selected conflict; SetValue asks for the value first.
    void settleCurrent(ConflictChoice choice);
    void refresh();

    RowTableModel *conflicts() const { return m_conflicts; }
    QTableView *conflictView() const { return m_conflictView; }

    // What a package holds and what an import did, as the messages say it.
    static QString changesText(qint64 changes);
    static QString importText(const PackageImport &result);

signals:
    void conflictCountChanged(int count);
    // An export or import has ended and its outcome has been shown.
    void workFinished();
    // This installation had no group and joined one with an import.
    void joinedGroup();

private:
    std::optional<QString> askValue(const Conflict &conflict);
    // Who an export is for: a peer, null for everything; nothing when cancelled.
    std::optional<QUuid> askRecipient();
    void runWork(const QString &title, std::function<void(Database &, const ProgressReport &)> work,
                 std::function<void(const std::optional<Error> &)> report);

    EditSession &m_session;
    QLabel *m_group = nullptr;
    QGroupBox *m_joinBox = nullptr;
    RowTableModel *m_peers = nullptr;
    RowTableModel *m_conflicts = nullptr;
    QTableView *m_conflictView = nullptr;
    QStringList m_conflictIds;
    QList<QPushButton *> m_settleButtons;
    QLabel *m_noConflicts = nullptr;
};

} // namespace casebook::ui
