// Collecting the changes a recipient has not seen (see docs/sync.md).
#include "ChangeSet.h"
#include "PayloadCodec.h"
#include "PeerIndex.h"
#include "Replica.h"
#include "SyncSchema.h"
#include "Versions.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QtEndian>

#include <algorithm>
#include <memory>
#include <vector>

namespace casebook {

namespace {

void writeColumn(payload::Encoder &encoder, const Statement &row, int column)
{
    switch (row.type(column)) {
    case Statement::Type::Integer:
        return encoder.integerValue(row.int64(column));
    case Statement::Type::Real:
        return encoder.realValue(row.real(column));
    case Statement::Type::Text:
        return encoder.textValue(row.bytes(column));
    case Statement::Type::Blob:
        return encoder.blobValue(row.bytes(column));
    case Statement::Type::Null:
        return encoder.nullValue();
    }
}

// Where the value of a change still lives, if anywhere: the row, while the
// field's clock is still that change's, or a value that lost a conflict.
// Values go from SQLite's own buffers into the payload.
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

    // Writes the value `version` gave field `field` of `row`, or that it is
    // no longer held.
    void write(payload::Encoder &encoder, const SyncedTable &table, QUuid row, int field,
               const FieldClock &version)
    {
        if (Statement *current = locate(table, row)) {
            const int fieldCount = int(table.fields.size());
            if (FieldClocks::read(current->bytes(fieldCount), field) == version)
                return writeColumn(encoder, *current, field);
        }
        m_conflict.bindInt64(1, table.id);
        m_conflict.bindBlob(2, row.toRfc4122());
        m_conflict.bindInt64(3, field);
        m_conflict.bindInt64(4, qint64(version.stamp.value));
        m_conflict.bindInt64(5, version.origin);
        if (m_conflict.step())
            writeColumn(encoder, m_conflict, 0);
        else
            encoder.noValue();
        m_conflict.reset();
    }

private:
    // The row's statement, stepped onto it; null when the row is gone.
    Statement *locate(const SyncedTable &table, QUuid id)
    {
        if (m_located && m_locatedTable == table.id && m_locatedRow == id)
            return m_found ? m_located : nullptr;
        if (m_located)
            m_located->reset();
        auto &select = m_selects[table.id];
        if (!select) {
            QStringList columns;
            for (const auto &field : table.fields)
                columns.append(quoteIdentifier(field));
            select = std::make_shared<Statement>(
                m_db.handle(), QStringLiteral("SELECT %1, _clock FROM %2 WHERE id = ?")
                                   .arg(columns.join(u", "), quoteIdentifier(table.name)));
        }
        select->bindBlob(1, id.toRfc4122());
        m_found = select->step();
        m_located = select.get();
        m_locatedTable = table.id;
        m_locatedRow = id;
        return m_found ? m_located : nullptr;
    }

    Database &m_db;
    Statement m_conflict;
    QHash<int, std::shared_ptr<Statement>> m_selects;
    Statement *m_located = nullptr;
    bool m_found = false;
    int m_locatedTable = -1;
    QUuid m_locatedRow;
};

// One installation's journal past what the recipient has seen, in stamp order.
struct OriginCursor
{
    std::unique_ptr<Statement> journal;
    quint32 localIndex = 0;
    QByteArray uuid; // for the order of equal stamps, as Version orders them
    bool atRow = false;

    Stamp stamp() const { return Stamp{quint64(journal->int64(3))}; }
    bool before(const OriginCursor &other) const
    {
        const Stamp mine = stamp();
        const Stamp theirs = other.stamp();
        return mine != theirs ? mine < theirs : uuid < other.uuid;
    }
};

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

std::optional<MissingBase> missingBase(const ChangeSet &set, const QMap<QUuid, Stamp> &seen)
{
    for (auto it = set.base.cbegin(); it != set.base.cend(); ++it)
        if (seen.value(it.key()) < it.value())
            return MissingBase{it.key(), it.value(), seen.value(it.key())};
    return std::nullopt;
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

EncodedChanges encodeChanges(Database &db, const QMap<QUuid, Stamp> &recipientSeen,
                             const ProgressReport &progress)
{
    const PeerIndex peers(db);
    // This installation first, then every peer: versions name them by position.
    QList<QUuid> origins{db.installationId()};
    QHash<quint32, quint16> positions;
    for (const auto &[index, uuid] : peers.all()) {
        if (uuid != db.installationId())
            origins.append(uuid);
        positions.insert(index, quint16(origins.indexOf(uuid)));
    }
    // What the recipient must hold already: what it is known to have seen of
    // each installation, but no more than this one holds (past that there is
    // nothing to send, and nothing sent can count on it).
    const QMap<QUuid, Stamp> seen = seenHere(db);
    QMap<QUuid, Stamp> recipientBase;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        if (const Stamp from = std::min(recipientSeen.value(it.key()), it.value()); from.value)
            recipientBase.insert(it.key(), from);
    payload::Encoder encoder(origins, db.installationId(), seen, recipientBase);
    const auto position = [&](quint32 localIndex) {
        return positions.value(localIndex, payload::NoOrigin);
    };
    const auto writeVersions = [&](const QList<FieldClock> &list) {
        encoder.versionCount(list.size());
        for (const auto &v : list)
            encoder.version(v.stamp, position(v.origin));
    };
    // Journal format 1 (before migration 5) kept stamps only, 8 bytes each.
    const auto writeStamps = [&](const QByteArray &base, qsizetype first, qsizetype count) {
        count = std::clamp<qsizetype>((base.size() - 8 * first) / 8, 0, count);
        encoder.versionCount(count);
        for (qsizetype i = first; i < first + count; ++i)
            encoder.version(Stamp{qFromBigEndian<quint64>(base.constData() + 8 * i)},
                            payload::NoOrigin);
    };

    std::vector<OriginCursor> cursors;
    qint64 total = 0;
    Statement count(db.handle(), QStringLiteral("SELECT count(*) FROM sync_journal WHERE "
                                                "origin = ? AND stamp > ?"));
    for (const auto &[index, uuid] : peers.all()) {
        count.bindInt64(1, index);
        count.bindInt64(2, qint64(recipientBase.value(uuid).value));
        if (count.step())
            total += count.int64(0);
        count.reset();
        OriginCursor cursor;
        cursor.journal = std::make_unique<Statement>(
            db.handle(), QStringLiteral("SELECT table_id, row_id, op, stamp, fields, base, format "
                                        "FROM sync_journal WHERE origin = ? AND stamp > ? "
                                        "ORDER BY stamp, seq"));
        cursor.journal->bindInt64(1, index);
        cursor.journal->bindInt64(2, qint64(recipientBase.value(uuid).value));
        cursor.localIndex = index;
        cursor.uuid = uuid.toRfc4122();
        cursor.atRow = cursor.journal->step();
        cursors.push_back(std::move(cursor));
    }

    ValueSource values(db);
    const QString step =
        QCoreApplication::translate("casebook::ChangeExport", "Collecting changes");
    qint64 done = 0;
    // A change comes after the changes it replaced (their stamps are lower):
    // merge the installations' journals by version.
    for (;;) {
        OriginCursor *next = nullptr;
        for (auto &cursor : cursors)
            if (cursor.atRow && (!next || cursor.before(*next)))
                next = &cursor;
        if (!next)
            break;
        if (done++ % ProgressInterval == 0)
            reportProgress(progress, step, done - 1, total);
        Statement &journal = *next->journal;
        const SyncedTable *table = Replica::of(db).schema().findById(int(journal.int64(0)));
        if (table) {
            const QUuid row = QUuid::fromRfc4122(journal.bytes(1));
            const auto operation = Store::Operation(journal.int64(2));
            const FieldClock version{next->stamp(), next->localIndex};
            const quint64 mask = quint64(journal.int64(4));
            const QByteArray base = journal.blob(5);
            const bool withOrigins = journal.int64(6) >= versions::JournalFormat;
            encoder.beginChange(table->id, row, operation, version.stamp, position(version.origin));
            if (operation == Store::Operation::Update)
                encoder.versionCount(0);
            else if (withOrigins)
                writeVersions(versions::decodeList(base));
            else
                writeStamps(base, 0, base.size() / 8);

            const int changedCount = qPopulationCount(mask);
            const auto fieldParents = withOrigins && operation == Store::Operation::Update
                                          ? versions::decodeFieldParents(base, changedCount)
                                          : QList<QList<FieldClock>>();
            encoder.fieldCount(changedCount);
            int changed = 0;
            for (int f = 0; f < table->fields.size(); ++f) {
                if (!(mask & (quint64(1) << f)))
                    continue;
                encoder.beginField(f);
                if (operation != Store::Operation::Update)
                    encoder.versionCount(0);
                else if (withOrigins)
                    writeVersions(fieldParents.value(changed));
                else
                    writeStamps(base, changed, 1);
                values.write(encoder, *table, row, f, version);
                ++changed;
            }
        }
        next->atRow = journal.step();
    }
    EncodedChanges encoded;
    encoded.changes = encoder.changeCount();
    encoded.payload = encoder.finish();
    return encoded;
}

ChangeSet collectChanges(Database &db, const QMap<QUuid, Stamp> &recipientSeen)
{
    return payload::decode(encodeChanges(db, recipientSeen).payload);
}

} // namespace casebook
