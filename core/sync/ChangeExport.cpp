// Collecting the changes a recipient has not seen (see docs/sync.md).
#include "ChangeSet.h"
#include "PeerIndex.h"
#include "SyncSchema.h"
#include "Versions.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>
#include <QtEndian>

namespace casebook {

namespace {

// The current values and clocks of rows, and values that lost a conflict:
// where the value of a change still lives, if anywhere.
class ValueSource
{
public:
    explicit ValueSource(Database &db)
        : m_db(db)
        , m_conflict(db.handle(),
                     QStringLiteral("SELECT value FROM sync_conflict WHERE table_id = ? AND "
                                    "row_id = ? AND field = ? AND stamp = ? AND origin = ? AND "
                                    "has_value"))
    {}

    // The value `version` gave field `field`, when it is still held.
    std::optional<QVariant> value(const SyncedTable &table, QUuid row, int field,
                                  const FieldClock &version)
    {
        const Row &current = rowOf(table, row);
        if (current.alive && field < current.clocks.size() && current.clocks.at(field) == version)
            return current.values.value(field);
        m_conflict.bindInt64(1, table.id);
        m_conflict.bindBlob(2, row.toRfc4122());
        m_conflict.bindInt64(3, field);
        m_conflict.bindInt64(4, qint64(version.stamp.value));
        m_conflict.bindInt64(5, version.origin);
        std::optional<QVariant> found;
        if (m_conflict.step())
            found = m_conflict.value(0);
        m_conflict.reset();
        return found;
    }

private:
    struct Row
    {
        bool alive = false;
        QVariantList values;
        FieldClocks clocks;
    };

    const Row &rowOf(const SyncedTable &table, QUuid id)
    {
        if (m_cachedTable == table.id && m_cachedRow == id)
            return m_row;
        auto &select = m_selects[table.id];
        if (!select) {
            QStringList columns;
            for (const auto &field : table.fields)
                columns.append(quoteIdentifier(field));
            select = std::make_shared<Statement>(
                m_db.handle(), QStringLiteral("SELECT %1, _clock FROM %2 WHERE id = ?")
                                   .arg(columns.join(u", "), quoteIdentifier(table.name)));
        }
        const int fieldCount = int(table.fields.size());
        select->bindBlob(1, id.toRfc4122());
        m_row = {};
        if (select->step()) {
            m_row.alive = true;
            for (int i = 0; i < fieldCount; ++i)
                m_row.values.append(select->value(i));
            m_row.clocks = FieldClocks::decode(select->blob(fieldCount), fieldCount);
        }
        select->reset();
        m_cachedTable = table.id;
        m_cachedRow = id;
        return m_row;
    }

    Database &m_db;
    Statement m_conflict;
    QHash<int, std::shared_ptr<Statement>> m_selects;
    int m_cachedTable = -1;
    QUuid m_cachedRow;
    Row m_row;
};

QList<Version> toVersions(const QList<FieldClock> &list, const PeerIndex &peers)
{
    QList<Version> out;
    out.reserve(list.size());
    for (const auto &v : list)
        out.append(peers.version(v));
    return out;
}

QList<Version> stampsOnly(const QByteArray &blob, qsizetype offset, int count)
{
    QList<Version> out;
    for (int i = 0; i < count && offset + 8 * (i + 1) <= blob.size(); ++i)
        out.append({Stamp{qFromBigEndian<quint64>(blob.constData() + offset + 8 * i)}, QUuid()});
    return out;
}

} // namespace

QMap<QUuid, Stamp> seenHere(Database &db)
{
    const PeerIndex peers(db);
    QMap<QUuid, Stamp> seen;
    Statement query(db.handle(),
                    QStringLiteral("SELECT origin, max(stamp) FROM sync_journal GROUP BY origin"));
    while (query.step())
        seen.insert(peers.uuid(quint32(query.int64(0))), Stamp{quint64(query.int64(1))});
    return seen;
}

QMap<QUuid, Stamp> seenByPeer(Database &db, QUuid peer)
{
    const PeerIndex peers(db);
    QMap<QUuid, Stamp> seen;
    const auto index = peers.find(peer);
    if (!index)
        return seen;
    Statement query(db.handle(),
                    QStringLiteral("SELECT origin, stamp FROM sync_peer_seen WHERE peer = ?"));
    query.bindInt64(1, *index);
    while (query.step())
        seen.insert(peers.uuid(quint32(query.int64(0))), Stamp{quint64(query.int64(1))});
    return seen;
}

ChangeSet collectChanges(Database &db, const QMap<QUuid, Stamp> &recipientSeen)
{
    const PeerIndex peers(db);
    ChangeSet set;
    set.sender = db.installationId();
    set.senderSeen = seenHere(db);
    ValueSource values(db);
    Statement journal(db.handle(),
                      QStringLiteral("SELECT table_id, row_id, op, stamp, fields, base, format "
                                     "FROM sync_journal WHERE origin = ? AND stamp > ? "
                                     "ORDER BY stamp"));
    for (const auto &[index, uuid] : peers.all()) {
        journal.bindInt64(1, index);
        journal.bindInt64(2, qint64(recipientSeen.value(uuid).value));
        while (journal.step()) {
            const SyncedTable *table = db.syncSchema().findById(int(journal.int64(0)));
            if (!table)
                continue;
            Change change;
            change.tableId = table->id;
            change.row = QUuid::fromRfc4122(journal.blob(1));
            change.operation = Store::Operation(journal.int64(2));
            const FieldClock local{Stamp{quint64(journal.int64(3))}, index};
            change.version = {local.stamp, uuid};
            const quint64 mask = quint64(journal.int64(4));
            const QByteArray base = journal.blob(5);
            const bool withOrigins = journal.int64(6) >= versions::JournalFormat;

            if (change.operation != Store::Operation::Update)
                change.parents = withOrigins ? toVersions(versions::decodeList(base), peers)
                                             : stampsOnly(base, 0, int(base.size() / 8));
            const int changedCount = qPopulationCount(mask);
            const auto fieldParents = withOrigins && change.operation == Store::Operation::Update
                                          ? versions::decodeFieldParents(base, changedCount)
                                          : QList<QList<FieldClock>>();
            int changed = 0;
            change.fields.reserve(changedCount);
            for (int f = 0; f < table->fields.size(); ++f) {
                if (!(mask & (quint64(1) << f)))
                    continue;
                FieldChange field;
                field.field = f;
                if (change.operation == Store::Operation::Update) {
                    field.parents = withOrigins ? toVersions(fieldParents.value(changed), peers)
                                                : stampsOnly(base, 8 * changed, 1);
                }
                if (const auto value = values.value(*table, change.row, f, local)) {
                    field.hasValue = true;
                    field.value = *value;
                }
                change.fields.append(std::move(field));
                ++changed;
            }
            set.changes.append(std::move(change));
        }
        journal.reset();
    }
    // A change comes after the changes it replaced: their stamps are lower.
    std::stable_sort(set.changes.begin(), set.changes.end(),
                     [](const Change &a, const Change &b) { return a.version < b.version; });
    return set;
}

} // namespace casebook
