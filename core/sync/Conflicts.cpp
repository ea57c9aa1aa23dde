#include "Conflicts.h"

#include "PeerIndex.h"
#include "Replica.h"
#include "Store.h"
#include "SyncSchema.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace casebook {

namespace {

QString conflictId(const QString &table, QUuid row, const QString &field, const Version &version)
{
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    hash.addData(table.toUtf8());
    hash.addData(row.toRfc4122());
    hash.addData(field.toUtf8());
    hash.addData(QByteArray::number(version.stamp.value));
    hash.addData(version.origin.toRfc4122());
    return QString::fromLatin1(hash.result().left(6).toHex());
}

} // namespace

QList<Conflict> listConflicts(Database &db)
{
    const PeerIndex peers(db);
    QList<Conflict> conflicts;
    Statement query(db.handle(), QStringLiteral("SELECT table_id, row_id, field, stamp, origin, "
                                                "value, has_value FROM sync_conflict ORDER BY "
                                                "table_id, row_id, field, stamp"));
    while (query.step()) {
        const SyncedTable *table = Replica::of(db).schema().findById(int(query.int64(0)));
        const int field = int(query.int64(2));
        if (!table || field < 0 || field >= table->fields.size())
            continue;
        Conflict c;
        c.table = table->name;
        c.row = QUuid::fromRfc4122(query.blob(1));
        c.field = table->fields[field];
        c.waitingVersion = peers.version({Stamp{quint64(query.int64(3))}, quint32(query.int64(4))});
        c.waiting = query.value(5);
        c.waitingKnown = query.int64(6) != 0;
        c.id = conflictId(c.table, c.row, c.field, c.waitingVersion);
        Statement current(db.handle(),
                          QStringLiteral("SELECT \"%1\", _clock FROM \"%2\" WHERE id = ?")
                              .arg(c.field, table->name));
        current.bindBlob(1, c.row.toRfc4122());
        if (current.step()) {
            c.current = current.value(0);
            const int fieldCount = int(table->fields.size());
            c.currentVersion =
                peers.version(FieldClocks::decode(current.blob(1), fieldCount).at(field));
        } else {
            c.rowDeleted = true;
        }
        conflicts.append(c);
    }
    return conflicts;
}

int conflictCount(Database &db)
{
    Statement count(db.handle(), QStringLiteral("SELECT count(*) FROM sync_conflict"));
    return count.step() ? int(count.int64(0)) : 0;
}

Conflict findConflict(Database &db, const QString &id)
{
    const QList<Conflict> all = listConflicts(db);
    const auto found = std::find_if(all.begin(), all.end(),
                                    [&](const Conflict &c) { return c.id == id.toLower(); });
    if (found == all.end())
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("casebook::Conflicts",
                                                "There is no conflict %1; see “casebook sync "
                                                "conflicts”.")
                        .arg(id));
    return *found;
}

void resolveConflict(Store &store, const QString &id, ConflictChoice choice, const QVariant &value)
{
    Database &db = store.database();
    const QList<Conflict> all = listConflicts(db);
    const Conflict conflict = findConflict(db, id);
    Transaction transaction(db);
    if (!conflict.rowDeleted) {
        const QVariant chosen = choice == ConflictChoice::KeepCurrent   ? conflict.current
                                : choice == ConflictChoice::KeepWaiting ? conflict.waiting
                                                                        : value;
        store.settle(conflict.table, conflict.row, conflict.field, chosen);
        transaction.commit();
        return;
    }

    // A record deleted elsewhere, with values made to it waiting.
    PeerIndex peers(db);
    QList<FieldClock> waiting;
    QVariantMap values;
    for (const Conflict &c : all)
        if (c.table == conflict.table && c.row == conflict.row) {
            waiting.append(peers.local(c.waitingVersion));
            values.insert(c.field, c.waiting);
        }
    if (choice == ConflictChoice::KeepCurrent) {
        store.dismiss(conflict.table, conflict.row, waiting);
    } else {
        if (choice == ConflictChoice::SetValue)
            values.insert(conflict.field, value);
        store.insert(conflict.table, values, conflict.row); // lifts the tombstones
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            store.settle(conflict.table, conflict.row, it.key(), it.value());
    }
    transaction.commit();
}

} // namespace casebook
