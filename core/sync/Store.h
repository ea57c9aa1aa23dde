#pragma once

#include "FieldClocks.h"
#include "storage/TransactionObserver.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUuid>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace casebook {

class Database;
class Replica;
class Statement;
struct SyncedTable;

// The one write path for synced data. Every insert, update and delete runs in
// one transaction that also stamps the changed fields with the hybrid clock
// and appends one journal entry naming them (see ChangeLog for how that reads
// as one change entry per field). A delete leaves a tombstone.
//
// Values are QVariants: integers, reals, text, byte arrays, QUuid (stored as
// 16 bytes), QDate and QDateTime (stored as ISO 8601 text), or null.
class Store : public QObject, private TransactionObserver
{
    Q_OBJECT
public:
    enum class Operation { Insert = 0, Update = 1, Delete = 2 };
    Q_ENUM(Operation)

    // One row written, as announced after its transaction committed.
    struct RowChange
    {
        QString table;
        QUuid id;
        Operation operation = Operation::Update;
    };

    explicit Store(Database &db, QObject *parent = nullptr);
    ~Store() override;

    Database &database() const { return m_db; }

    // Inserts a row with a new id, or with `id` (which may be that of a
    // deleted row: undoing a delete brings the row back under its own id).
    QUuid insert(QStringView table, const QVariantMap &values, QUuid id = {});
    // Changes the given fields; fields whose value is already the same are
    // not stamped. Returns the number of fields changed.
    int update(QStringView table, QUuid id, const QVariantMap &changes);
    void remove(QStringView table, QUuid id);

    // Settles a field's conflict: writes `value` as the version that replaces
    // all the field's versions (its value and every one waiting), which then
    // stop being conflicts here and, once synced, everywhere.
    void settle(QStringView table, QUuid id, const QString &field, const QVariant &value);
    // For a deleted row: the deletion stands over these waiting versions,
    // which are dropped here and, once synced, everywhere.
    void dismiss(QStringView table, QUuid id, const QList<FieldClock> &waiting);

    std::optional<QVariantMap> read(QStringView table, QUuid id);
    bool exists(QStringView table, QUuid id);

    // A value as SQLite stores it (integer, real, text, blob or null), so
    // that a value read back compares equal to the value written.
    static QVariant storageValue(const QVariant &value);

    // Says that rows changed without passing through this store (a sync
    // import), so that lists and forms read them again.
    void announceOutsideChanges() { emit outsideChanges(); }

signals:
    // After the outermost transaction commits (a batch of edits, say), each
    // row written through this store, then the whole batch once. A rolled
    // back transaction announces nothing.
    void rowChanged(const QString &table, const QUuid &id, casebook::Store::Operation operation);
    void changesCommitted(const QList<casebook::Store::RowChange> &changes);
    void outsideChanges();

private:
    void transactionEnded(bool committed) override;
    void databaseClosing() override { m_databaseOpen = false; }
    // Noted inside the write's transaction; announced when it commits.
    void noteChange(const QString &table, QUuid id, Operation operation);

    struct TableStatements;
    TableStatements &statementsFor(const SyncedTable &table);
    Statement &updateStatement(const SyncedTable &table, quint64 mask);
    // The row's select, stepped onto the row (the caller resets it); throws
    // Error::Kind::NotFound when there is no such row.
    Statement &selectExisting(const SyncedTable &table, QUuid id);
    void addTombstone(const SyncedTable &table, QUuid id, FieldClock clock);
    void appendJournal(const SyncedTable &table, QUuid id, Operation op, FieldClock clock,
                       quint64 fields, const QByteArray &bases);
    void checkFields(const SyncedTable &table, const QVariantMap &values) const;
    static QList<FieldClock> versionsOf(Statement &query, int tableId, QUuid id);

    Database &m_db;
    Replica &m_replica;
    quint32 m_localOrigin = 0;
    std::unique_ptr<Statement> m_journalInsert;
    std::unique_ptr<Statement> m_tombstoneInsert;
    std::unique_ptr<Statement> m_tombstoneDelete;
    std::unique_ptr<Statement> m_tombstoneSelect;
    std::unique_ptr<Statement> m_conflictSelect;
    std::unique_ptr<Statement> m_conflictDelete;
    QHash<int, std::shared_ptr<TableStatements>> m_statements;
    QList<RowChange> m_pending;
    bool m_databaseOpen = true; // a store may outlive its database, unused
};

} // namespace casebook
