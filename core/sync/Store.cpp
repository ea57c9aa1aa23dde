#include "Store.h"

#include "Replica.h"
#include "SyncSchema.h"
#include "Versions.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QtEndian>

namespace casebook {

struct Store::TableStatements
{
    std::unique_ptr<Statement> insert;
    std::unique_ptr<Statement> select;
    std::unique_ptr<Statement> remove;
    QHash<quint64, std::shared_ptr<Statement>> updates;
};

namespace {

// The context under which translators find this file's texts.
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::Store)
};

[[noreturn]] void throwNotFound(const SyncedTable &table, QUuid id)
{
    throw Error(Error::Kind::NotFound, StoreText::tr("There is no %1 record with id %2.")
                                           .arg(table.name, id.toString(QUuid::WithoutBraces)));
}

} // namespace

Store::Store(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_replica(Replica::of(db))
{
    Statement origin(db.handle(),
                     QStringLiteral("SELECT idx FROM sync_peer WHERE installation_id = ?"));
    origin.bindBlob(1, db.installationId().toRfc4122());
    if (!origin.step())
        throw Error(Error::Kind::Storage,
                    StoreText::tr("This installation is missing from its own peers."));
    m_localOrigin = quint32(origin.int64(0));

    m_journalInsert = std::make_unique<Statement>(
        db.handle(),
        QStringLiteral("INSERT INTO sync_journal (table_id, row_id, op, stamp, origin, "
                       "fields, base, format) VALUES (?, ?, ?, ?, ?, ?, ?, %1)")
            .arg(versions::JournalFormat));
    m_tombstoneInsert = std::make_unique<Statement>(
        db.handle(), QStringLiteral("INSERT OR REPLACE INTO sync_tombstone (table_id, row_id, "
                                    "stamp, origin) VALUES (?, ?, ?, ?)"));
    m_tombstoneSelect = std::make_unique<Statement>(
        db.handle(),
        QStringLiteral(
            "SELECT stamp, origin FROM sync_tombstone WHERE table_id = ? AND row_id = ?"));
    m_conflictSelect = std::make_unique<Statement>(
        db.handle(), QStringLiteral("SELECT stamp, origin FROM sync_conflict WHERE table_id = ? "
                                    "AND row_id = ?"));
    m_conflictDelete = std::make_unique<Statement>(
        db.handle(), QStringLiteral("DELETE FROM sync_conflict WHERE table_id = ? AND row_id = ?"));
    m_tombstoneDelete = std::make_unique<Statement>(
        db.handle(),
        QStringLiteral("DELETE FROM sync_tombstone WHERE table_id = ? AND row_id = ?"));
    db.addTransactionObserver(this); // last: nothing after it may throw
}

Store::~Store()
{
    if (m_databaseOpen)
        m_db.removeTransactionObserver(this);
}

void Store::noteChange(const QString &table, QUuid id, Operation operation)
{
    m_pending.append({table, id, operation});
}

void Store::transactionEnded(bool committed)
{
    if (m_pending.isEmpty())
        return;
    const QList<RowChange> changes = std::exchange(m_pending, {});
    if (!committed)
        return;
    for (const RowChange &change : changes)
        emit rowChanged(change.table, change.id, change.operation);
    emit changesCommitted(changes);
}

QVariant Store::storageValue(const QVariant &value)
{
    return toStorageValue(value);
}

void Store::checkFields(const SyncedTable &table, const QVariantMap &values) const
{
    for (auto it = values.keyBegin(); it != values.keyEnd(); ++it) {
        if (table.fieldIndex(*it) < 0)
            throw Error(Error::Kind::Invalid,
                        StoreText::tr("The %1 record has no field “%2”.").arg(table.name, *it));
    }
}

Store::TableStatements &Store::statementsFor(const SyncedTable &table)
{
    auto &slot = m_statements[table.id];
    if (slot)
        return *slot;
    slot = std::make_shared<TableStatements>();
    QStringList columns;
    for (const auto &field : table.fields)
        columns.append(quoteIdentifier(field));
    const QString name = quoteIdentifier(table.name);
    QStringList marks(table.fields.size() + 2, QStringLiteral("?"));
    slot->insert = std::make_unique<Statement>(
        m_db.handle(), QStringLiteral("INSERT INTO %1 (id, %2, _clock) VALUES (%3)")
                           .arg(name, columns.join(u", "), marks.join(u", ")));
    slot->select = std::make_unique<Statement>(
        m_db.handle(),
        QStringLiteral("SELECT %2, _clock FROM %1 WHERE id = ?").arg(name, columns.join(u", ")));
    slot->remove = std::make_unique<Statement>(
        m_db.handle(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(name));
    return *slot;
}

Statement &Store::updateStatement(const SyncedTable &table, quint64 mask)
{
    auto &statements = statementsFor(table);
    auto &slot = statements.updates[mask];
    if (!slot) {
        QStringList assignments;
        for (int i = 0; i < table.fields.size(); ++i)
            if (mask & (quint64(1) << i))
                assignments.append(quoteIdentifier(table.fields[i]) + QStringLiteral(" = ?"));
        assignments.append(QStringLiteral("_clock = ?"));
        slot = std::make_shared<Statement>(
            m_db.handle(), QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                               .arg(quoteIdentifier(table.name), assignments.join(u", ")));
    }
    return *slot;
}

Statement &Store::selectExisting(const SyncedTable &table, QUuid id)
{
    Statement &select = *statementsFor(table).select;
    select.bindBlob(1, id.toRfc4122());
    if (!select.step()) {
        select.reset();
        throwNotFound(table, id);
    }
    return select;
}

void Store::addTombstone(const SyncedTable &table, QUuid id, FieldClock clock)
{
    m_tombstoneInsert->bindInt64(1, table.id);
    m_tombstoneInsert->bindBlob(2, id.toRfc4122());
    m_tombstoneInsert->bindInt64(3, qint64(clock.stamp.value));
    m_tombstoneInsert->bindInt64(4, clock.origin);
    m_tombstoneInsert->execute();
}

void Store::appendJournal(const SyncedTable &table, QUuid id, Operation op, FieldClock clock,
                          quint64 fields, const QByteArray &bases)
{
    Statement &journal = *m_journalInsert;
    journal.bindInt64(1, table.id);
    journal.bindBlob(2, id.toRfc4122());
    journal.bindInt64(3, qint64(op));
    journal.bindInt64(4, qint64(clock.stamp.value));
    journal.bindInt64(5, clock.origin);
    journal.bindInt64(6, qint64(fields));
    journal.bindBlob(7, bases);
    journal.execute();
}

QUuid Store::insert(QStringView tableName, const QVariantMap &values, QUuid id)
{
    const SyncedTable &table = m_replica.schema().table(tableName);
    checkFields(table, values);
    const bool resurrecting = !id.isNull();
    if (!resurrecting)
        id = m_db.environment().newId();

    Transaction transaction(m_db);
    QList<FieldClock> tombstones; // brought back: the insert supersedes them
    if (resurrecting) {
        if (exists(tableName, id))
            throw Error(Error::Kind::Invalid,
                        StoreText::tr("A %1 record with id %2 exists already.")
                            .arg(table.name, id.toString(QUuid::WithoutBraces)));
        tombstones = versionsOf(*m_tombstoneSelect, table.id, id);
        m_tombstoneDelete->bindInt64(1, table.id);
        m_tombstoneDelete->bindBlob(2, id.toRfc4122());
        m_tombstoneDelete->execute();
    }
    const FieldClock clock{m_replica.clock().now(), m_localOrigin};
    Statement &insert = *statementsFor(table).insert;
    insert.bindBlob(1, id.toRfc4122());
    for (int i = 0; i < table.fields.size(); ++i)
        insert.bind(i + 2, values.value(table.fields[i]));
    insert.bindBlob(int(table.fields.size()) + 2,
                    FieldClocks(int(table.fields.size()), clock).encode());
    insert.execute();
    const quint64 all =
        table.fields.size() == 64 ? ~quint64(0) : (quint64(1) << table.fields.size()) - 1;
    appendJournal(table, id, Operation::Insert, clock, all, versions::encodeList(tombstones));
    noteChange(table.name, id, Operation::Insert);
    transaction.commit();
    return id;
}

int Store::update(QStringView tableName, QUuid id, const QVariantMap &changes)
{
    const SyncedTable &table = m_replica.schema().table(tableName);
    checkFields(table, changes);
    Transaction transaction(m_db);

    Statement &select = selectExisting(table, id);
    const int fieldCount = int(table.fields.size());
    FieldClocks clocks = FieldClocks::decode(select.blob(fieldCount), fieldCount);
    quint64 mask = 0;
    for (int i = 0; i < fieldCount; ++i) {
        const auto change = changes.constFind(table.fields[i]);
        if (change != changes.constEnd() && storageValue(*change) != select.value(i))
            mask |= quint64(1) << i;
    }
    select.reset();
    if (mask == 0)
        return 0;

    const FieldClock clock{m_replica.clock().now(), m_localOrigin};
    Statement &update = updateStatement(table, mask);
    QByteArray parents; // for each changed field: the one version it replaced
    parents.reserve(13 * qPopulationCount(mask));
    int bind = 1;
    int changed = 0;
    for (int i = 0; i < fieldCount; ++i) {
        if (!(mask & (quint64(1) << i)))
            continue;
        update.bind(bind++, changes.value(table.fields[i]));
        const bool stamped = clocks.at(i).stamp.value != 0;
        parents.append(char(stamped ? 1 : 0));
        if (stamped)
            versions::append(parents, clocks.at(i));
        clocks.set(i, clock);
        ++changed;
    }
    update.bindBlob(bind++, clocks.encode());
    update.bindBlob(bind, id.toRfc4122());
    update.execute();
    appendJournal(table, id, Operation::Update, clock, mask, parents);
    noteChange(table.name, id, Operation::Update);
    transaction.commit();
    return changed;
}

void Store::remove(QStringView tableName, QUuid id)
{
    const SyncedTable &table = m_replica.schema().table(tableName);
    Transaction transaction(m_db);
    auto &statements = statementsFor(table);
    Statement &select = selectExisting(table, id);
    // The delete supersedes every version the row holds: each field's value
    // and any conflicting values waiting for a person.
    const int fieldCount = int(table.fields.size());
    const FieldClocks clocks = FieldClocks::decode(select.blob(fieldCount), fieldCount);
    select.reset();
    QList<FieldClock> parents = versionsOf(*m_conflictSelect, table.id, id);
    for (int i = 0; i < clocks.size(); ++i)
        if (clocks.at(i).stamp.value != 0 && !parents.contains(clocks.at(i)))
            parents.append(clocks.at(i));
    std::sort(parents.begin(), parents.end(), [](const FieldClock &a, const FieldClock &b) {
        return std::pair(a.stamp, a.origin) < std::pair(b.stamp, b.origin);
    });
    m_conflictDelete->bindInt64(1, table.id);
    m_conflictDelete->bindBlob(2, id.toRfc4122());
    m_conflictDelete->execute();

    const FieldClock clock{m_replica.clock().now(), m_localOrigin};
    statements.remove->bindBlob(1, id.toRfc4122());
    statements.remove->execute();
    addTombstone(table, id, clock);
    appendJournal(table, id, Operation::Delete, clock, 0, versions::encodeList(parents));
    noteChange(table.name, id, Operation::Delete);
    transaction.commit();
}

void Store::settle(QStringView tableName, QUuid id, const QString &field, const QVariant &value)
{
    const SyncedTable &table = m_replica.schema().table(tableName);
    checkFields(table, {{field, value}});
    const int index = table.fieldIndex(field);
    Transaction transaction(m_db);
    Statement &select = selectExisting(table, id);
    const int fieldCount = int(table.fields.size());
    FieldClocks clocks = FieldClocks::decode(select.blob(fieldCount), fieldCount);
    select.reset();

    QList<FieldClock> parents;
    if (clocks.at(index).stamp.value != 0)
        parents.append(clocks.at(index));
    Statement waiting(m_db.handle(),
                      QStringLiteral("DELETE FROM sync_conflict WHERE table_id = ? AND row_id = ? "
                                     "AND field = ? RETURNING stamp, origin"));
    waiting.bindInt64(1, table.id);
    waiting.bindBlob(2, id.toRfc4122());
    waiting.bindInt64(3, index);
    while (waiting.step())
        parents.append({Stamp{quint64(waiting.int64(0))}, quint32(waiting.int64(1))});
    waiting.reset();

    const FieldClock clock{m_replica.clock().now(), m_localOrigin};
    clocks.set(index, clock);
    Statement &update = updateStatement(table, quint64(1) << index);
    update.bind(1, value);
    update.bindBlob(2, clocks.encode());
    update.bindBlob(3, id.toRfc4122());
    update.execute();
    appendJournal(table, id, Operation::Update, clock, quint64(1) << index,
                  versions::encodeFieldParents({parents}));
    noteChange(table.name, id, Operation::Update);
    transaction.commit();
}

void Store::dismiss(QStringView tableName, QUuid id, const QList<FieldClock> &waiting)
{
    const SyncedTable &table = m_replica.schema().table(tableName);
    if (exists(tableName, id))
        throw Error(Error::Kind::Invalid,
                    StoreText::tr("The %1 record %2 exists: settle its fields instead.")
                        .arg(table.name, id.toString(QUuid::WithoutBraces)));
    Transaction transaction(m_db);
    Statement drop(m_db.handle(), QStringLiteral("DELETE FROM sync_conflict WHERE table_id = ? AND "
                                                 "row_id = ? AND stamp = ? AND origin = ?"));
    for (const FieldClock &version : waiting) {
        drop.bindInt64(1, table.id);
        drop.bindBlob(2, id.toRfc4122());
        drop.bindInt64(3, qint64(version.stamp.value));
        drop.bindInt64(4, version.origin);
        drop.execute();
    }
    const FieldClock clock{m_replica.clock().now(), m_localOrigin};
    addTombstone(table, id, clock);
    appendJournal(table, id, Operation::Delete, clock, 0, versions::encodeList(waiting));
    transaction.commit();
}

QList<FieldClock> Store::versionsOf(Statement &query, int tableId, QUuid id)
{
    query.bindInt64(1, tableId);
    query.bindBlob(2, id.toRfc4122());
    QList<FieldClock> list;
    while (query.step())
        list.append({Stamp{quint64(query.int64(0))}, quint32(query.int64(1))});
    query.reset();
    return list;
}

std::optional<QVariantMap> Store::read(QStringView tableName, QUuid id)
{
    const SyncedTable &table = m_replica.schema().table(tableName);
    Statement &select = *statementsFor(table).select;
    select.bindBlob(1, id.toRfc4122());
    if (!select.step()) {
        select.reset();
        return std::nullopt;
    }
    QVariantMap values;
    for (int i = 0; i < table.fields.size(); ++i)
        values.insert(table.fields[i], select.value(i));
    select.reset();
    return values;
}

bool Store::exists(QStringView table, QUuid id)
{
    return read(table, id).has_value();
}

} // namespace casebook
