// Merging a change set (see docs/sync.md for the rules).
#include "ChangeSet.h"
#include "PeerIndex.h"
#include "Replica.h"
#include "SyncSchema.h"
#include "Versions.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <vector>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct ChangeImportText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::ChangeImport)
};

// One version of a field that no later change has replaced: the row's value,
// or a value waiting in sync_conflict.
struct Head
{
    FieldClock version;
    QVariant value;
    bool hasValue = true;
};

bool supersedes(const QList<FieldClock> &parents, const FieldClock &version)
{
    for (const FieldClock &parent : parents)
        if (parent.stamp == version.stamp &&
            (parent.origin == 0 || parent.origin == version.origin))
            return true;
    return false;
}

class Merger
{
public:
    explicit Merger(Database &db)
        : m_db(db)
        , m_peers(db)
        , m_conflicts(db.handle(), QStringLiteral("SELECT field, stamp, origin, value, has_value "
                                                  "FROM sync_conflict WHERE table_id = ? AND "
                                                  "row_id = ?"))
        , m_conflictInsert(db.handle(),
                           QStringLiteral("INSERT OR REPLACE INTO sync_conflict (table_id, row_id, "
                                          "field, stamp, origin, value, has_value) VALUES (?, ?, "
                                          "?, ?, ?, ?, ?)"))
        , m_conflictDelete(db.handle(), QStringLiteral("DELETE FROM sync_conflict WHERE table_id "
                                                       "= ? AND row_id = ? AND field = ? AND "
                                                       "stamp = ? AND origin = ?"))
        , m_tombstones(db.handle(), QStringLiteral("SELECT stamp, origin FROM sync_tombstone "
                                                   "WHERE table_id = ? AND row_id = ?"))
        , m_tombstoneInsert(db.handle(),
                            QStringLiteral("INSERT OR IGNORE INTO sync_tombstone (table_id, "
                                           "row_id, stamp, origin) VALUES (?, ?, ?, ?)"))
        , m_tombstoneDelete(db.handle(), QStringLiteral("DELETE FROM sync_tombstone WHERE "
                                                        "table_id = ? AND row_id = ? AND stamp = "
                                                        "? AND origin = ?"))
        , m_journal(db.handle(), QStringLiteral("INSERT INTO sync_journal (table_id, row_id, op, "
                                                "stamp, origin, fields, base, format) VALUES (?, "
                                                "?, ?, ?, ?, ?, ?, %1)")
                                     .arg(versions::JournalFormat))
    {}

    PeerIndex &peers() { return m_peers; }
    ImportSummary &summary() { return m_summary; }

    void apply(const Change &change)
    {
        const SyncedTable *table = Replica::of(m_db).schema().findById(change.tableId);
        if (!table)
            throw Error(
                Error::Kind::Invalid,
                ChangeImportText::tr("The package names a table (%1) this program does not have.")
                    .arg(change.tableId));
        for (const auto &field : change.fields)
            if (field.field < 0 || field.field >= table->fields.size())
                throw Error(
                    Error::Kind::Invalid,
                    ChangeImportText::tr("The package names a field this program does not have."));
        m_table = table;
        m_row = change.row;
        m_version = m_peers.local(change.version);
        loadRow();
        switch (change.operation) {
        case Store::Operation::Delete:
            applyDelete(localList(change.parents));
            break;
        case Store::Operation::Insert:
            applyInsert(change);
            break;
        case Store::Operation::Update:
            applyUpdate(change);
            break;
        }
        appendJournal(change);
        ++m_summary.changesApplied;
    }

private:
    QList<FieldClock> localList(const QList<Version> &list)
    {
        QList<FieldClock> out;
        for (const auto &v : list)
            out.append(m_peers.local(v));
        return out;
    }

    // Last writer wins: the later stamp, then the greater installation id, so
    // that every installation picks the same.
    bool later(const FieldClock &a, const FieldClock &b) const
    {
        return Version{b.stamp, m_peers.uuid(b.origin)} < Version{a.stamp, m_peers.uuid(a.origin)};
    }

    void loadRow()
    {
        const int fieldCount = int(m_table->fields.size());
        Statement &select = statements().select;
        select.bindBlob(1, m_row.toRfc4122());
        m_alive = select.step();
        m_values.clear();
        if (m_alive) {
            for (int i = 0; i < fieldCount; ++i)
                m_values.append(select.value(i));
            m_clocks = FieldClocks::decode(select.blob(fieldCount), fieldCount);
        } else {
            m_values = QVariantList(fieldCount);
            m_clocks = FieldClocks(fieldCount);
        }
        select.reset();
        m_waiting.clear();
        m_conflicts.bindInt64(1, m_table->id);
        m_conflicts.bindBlob(2, m_row.toRfc4122());
        while (m_conflicts.step())
            m_waiting.append(
                {int(m_conflicts.int64(0)),
                 {{Stamp{quint64(m_conflicts.int64(1))}, quint32(m_conflicts.int64(2))},
                  m_conflicts.value(3),
                  m_conflicts.int64(4) != 0}});
        m_conflicts.reset();
        m_tombstoneList.clear();
        m_tombstones.bindInt64(1, m_table->id);
        m_tombstones.bindBlob(2, m_row.toRfc4122());
        while (m_tombstones.step())
            m_tombstoneList.append(
                {Stamp{quint64(m_tombstones.int64(0))}, quint32(m_tombstones.int64(1))});
        m_tombstones.reset();
    }

    QList<Head> waitingFor(int field) const
    {
        QList<Head> heads;
        for (const auto &[f, head] : m_waiting)
            if (f == field)
                heads.append(head);
        return heads;
    }

    void addConflict(int field, const Head &head)
    {
        m_conflictInsert.bindInt64(1, m_table->id);
        m_conflictInsert.bindBlob(2, m_row.toRfc4122());
        m_conflictInsert.bindInt64(3, field);
        m_conflictInsert.bindInt64(4, qint64(head.version.stamp.value));
        m_conflictInsert.bindInt64(5, head.version.origin);
        m_conflictInsert.bind(6, head.value);
        m_conflictInsert.bindInt64(7, head.hasValue ? 1 : 0);
        m_conflictInsert.execute();
        ++m_summary.conflicts;
    }

    void dropConflict(int field, const FieldClock &version)
    {
        m_conflictDelete.bindInt64(1, m_table->id);
        m_conflictDelete.bindBlob(2, m_row.toRfc4122());
        m_conflictDelete.bindInt64(3, field);
        m_conflictDelete.bindInt64(4, qint64(version.stamp.value));
        m_conflictDelete.bindInt64(5, version.origin);
        m_conflictDelete.execute();
    }

    // The row is deleted (a tombstone stands): a change to it waits as a
    // conflict, replacing the waiting versions it descends from.
    void keepWhileDeleted(const FieldChange &field, const QList<FieldClock> &parents)
    {
        for (const Head &head : waitingFor(field.field))
            if (supersedes(parents, head.version))
                dropConflict(field.field, head.version);
        addConflict(field.field, {m_version, field.value, field.hasValue});
    }

    // Merges one field: the heads it replaced go, it joins the rest, and the
    // latest head is the row's value; the others wait as conflicts.
    void mergeField(const FieldChange &field, const QList<FieldClock> &parents)
    {
        const int f = field.field;
        QList<Head> heads;
        const bool hadValue = m_alive && m_clocks.at(f).stamp.value != 0;
        if (hadValue)
            heads.append({m_clocks.at(f), m_values[f], true});
        const QList<Head> waiting = waitingFor(f);
        heads += waiting;
        heads.removeIf([&](const Head &h) { return supersedes(parents, h.version); });
        heads.append({m_version, field.value, field.hasValue});
        qsizetype winner = 0;
        for (qsizetype i = 1; i < heads.size(); ++i)
            if (later(heads[i].version, heads[winner].version))
                winner = i;
        for (const Head &old : waiting)
            dropConflict(f, old.version);
        for (qsizetype i = 0; i < heads.size(); ++i) {
            if (i == winner)
                continue;
            const bool wasWaiting = std::any_of(waiting.begin(), waiting.end(), [&](const Head &w) {
                return w.version == heads[i].version;
            });
            addConflict(f, heads[i]);
            if (wasWaiting)
                --m_summary.conflicts; // it was a conflict already
        }
        if (!hadValue || !(m_clocks.at(f) == heads[winner].version)) {
            m_values[f] = heads[winner].value;
            m_clocks.set(f, heads[winner].version);
            m_rowChanged = true;
        }
    }

    void applyUpdate(const Change &change)
    {
        if (!m_tombstoneList.isEmpty()) {
            for (const auto &field : change.fields)
                keepWhileDeleted(field, localList(field.parents));
            return;
        }
        m_rowChanged = false;
        for (const auto &field : change.fields)
            mergeField(field, localList(field.parents));
        saveRow();
    }

    void applyInsert(const Change &change)
    {
        const QList<FieldClock> lifted = localList(change.parents);
        bool stillDeleted = false;
        for (const FieldClock &tombstone : m_tombstoneList) {
            if (supersedes(lifted, tombstone)) {
                m_tombstoneDelete.bindInt64(1, m_table->id);
                m_tombstoneDelete.bindBlob(2, m_row.toRfc4122());
                m_tombstoneDelete.bindInt64(3, qint64(tombstone.stamp.value));
                m_tombstoneDelete.bindInt64(4, tombstone.origin);
                m_tombstoneDelete.execute();
            } else {
                stillDeleted = true; // deleted again, concurrently: the delete stands
            }
        }
        if (stillDeleted) {
            for (const auto &field : change.fields)
                keepWhileDeleted(field, {});
            return;
        }
        m_rowChanged = false;
        for (const auto &field : change.fields)
            mergeField(field, {});
        saveRow();
    }

    void applyDelete(const QList<FieldClock> &parents)
    {
        if (m_alive) {
            // Values the deleting installation had not seen are kept.
            for (int f = 0; f < m_clocks.size(); ++f) {
                const FieldClock version = m_clocks.at(f);
                if (version.stamp.value != 0 && !supersedes(parents, version))
                    addConflict(f, {version, m_values[f], true});
            }
            Statement &remove = statements().remove;
            remove.bindBlob(1, m_row.toRfc4122());
            remove.execute();
            m_deleted.insert(m_row);
        }
        for (const auto &[f, head] : m_waiting)
            if (supersedes(parents, head.version))
                dropConflict(f, head.version);
        m_tombstoneInsert.bindInt64(1, m_table->id);
        m_tombstoneInsert.bindBlob(2, m_row.toRfc4122());
        m_tombstoneInsert.bindInt64(3, qint64(m_version.stamp.value));
        m_tombstoneInsert.bindInt64(4, m_version.origin);
        m_tombstoneInsert.execute();
    }

    void saveRow()
    {
        if (!m_rowChanged)
            return;
        Statement &write = m_alive ? statements().update : statements().insert;
        const int fieldCount = int(m_table->fields.size());
        int bind = 1;
        if (!m_alive)
            write.bindBlob(bind++, m_row.toRfc4122());
        for (int i = 0; i < fieldCount; ++i)
            write.bind(bind++, m_values[i]);
        write.bindBlob(bind++, m_clocks.encode());
        if (m_alive)
            write.bindBlob(bind, m_row.toRfc4122());
        write.execute();
        (m_alive ? m_changed : m_added).insert(m_row);
        m_alive = true;
    }

    void appendJournal(const Change &change)
    {
        quint64 mask = 0;
        QList<QList<FieldClock>> perField(m_table->fields.size());
        for (const auto &field : change.fields) {
            mask |= quint64(1) << field.field;
            perField[field.field] = localList(field.parents);
        }
        QByteArray base;
        if (change.operation == Store::Operation::Update) {
            QList<QList<FieldClock>> changed;
            for (int f = 0; f < perField.size(); ++f)
                if (mask & (quint64(1) << f))
                    changed.append(perField[f]);
            base = versions::encodeFieldParents(changed);
        } else {
            base = versions::encodeList(localList(change.parents));
        }
        m_journal.bindInt64(1, m_table->id);
        m_journal.bindBlob(2, m_row.toRfc4122());
        m_journal.bindInt64(3, qint64(change.operation));
        m_journal.bindInt64(4, qint64(m_version.stamp.value));
        m_journal.bindInt64(5, m_version.origin);
        m_journal.bindInt64(6, qint64(mask));
        m_journal.bindBlob(7, base);
        m_journal.execute();
    }

    struct TableStatements
    {
        TableStatements(sqlite3 *h, const SyncedTable &table)
            : select(h, QStringLiteral("SELECT %1, _clock FROM %2 WHERE id = ?")
                            .arg(columns(table), quoteIdentifier(table.name)))
            , insert(h, QStringLiteral("INSERT INTO %1 (id, %2, _clock) VALUES (?, %3, ?)")
                            .arg(quoteIdentifier(table.name), columns(table),
                                 QStringList(table.fields.size(), QStringLiteral("?")).join(u", ")))
            , update(h,
                     QStringLiteral("UPDATE %1 SET %2 = ?, _clock = ? WHERE id = ?")
                         .arg(quoteIdentifier(table.name),
                              columns(table).replace(QLatin1String(", "), QLatin1String(" = ?, "))))
            , remove(h,
                     QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quoteIdentifier(table.name)))
        {}
        static QString columns(const SyncedTable &table)
        {
            QStringList names;
            for (const auto &field : table.fields)
                names.append(quoteIdentifier(field));
            return names.join(u", ");
        }
        Statement select, insert, update, remove;
    };

    TableStatements &statements()
    {
        auto &slot = m_statements[m_table->id];
        if (!slot)
            slot = std::make_shared<TableStatements>(m_db.handle(), *m_table);
        return *slot;
    }

public:
    void finish()
    {
        m_summary.rowsAdded = int(m_added.size());
        m_summary.rowsChanged = int((m_changed - m_added).size());
        m_summary.rowsDeleted = int(m_deleted.size());
    }

private:
    Database &m_db;
    PeerIndex m_peers;
    Statement m_conflicts, m_conflictInsert, m_conflictDelete;
    Statement m_tombstones, m_tombstoneInsert, m_tombstoneDelete;
    Statement m_journal;
    QHash<int, std::shared_ptr<TableStatements>> m_statements;
    ImportSummary m_summary;

    const SyncedTable *m_table = nullptr;
    QUuid m_row;
    FieldClock m_version;
    bool m_alive = false;
    bool m_rowChanged = false;
    QVariantList m_values;
    FieldClocks m_clocks;
    QList<std::pair<int, Head>> m_waiting;
    QList<FieldClock> m_tombstoneList;
    QSet<QUuid> m_added, m_changed, m_deleted;
};

// Remembers what the sender has seen, to send it only what it lacks. A
// package made later (the sender's own latest change is later) replaces what
// an earlier one said, so that an installation restored from a backup is not
// thought to hold what it lost; a stale package arriving late changes nothing.
void rememberPeerSeen(Database &db, PeerIndex &peers, const ChangeSet &set)
{
    const quint32 sender = peers.indexFor(set.sender);
    const Stamp ownLatest = set.senderSeen.value(set.sender);
    const Stamp stored = seenByPeer(db, set.sender).value(set.sender);
    if (ownLatest < stored)
        return;
    const bool replace = stored < ownLatest;
    if (replace) {
        Statement forget(db.handle(), QStringLiteral("DELETE FROM sync_peer_seen WHERE peer = ?"));
        forget.bindInt64(1, sender);
        forget.execute();
    }
    Statement remember(db.handle(),
                       QStringLiteral("INSERT INTO sync_peer_seen (peer, origin, stamp) "
                                      "VALUES (?, ?, ?) ON CONFLICT (peer, origin) DO UPDATE "
                                      "SET stamp = max(stamp, excluded.stamp)"));
    for (auto it = set.senderSeen.cbegin(); it != set.senderSeen.cend(); ++it) {
        remember.bindInt64(1, sender);
        remember.bindInt64(2, peers.indexFor(it.key()));
        remember.bindInt64(3, qint64(it.value().value));
        remember.execute();
    }
}

} // namespace

void requireBase(Database &db, const ChangeSet &set)
{
    const QMap<QUuid, Stamp> seen = seenHere(db);
    const std::optional<MissingBase> missing = missingBase(set, seen);
    if (!missing)
        return;
    const auto shortId = [](QUuid id) {
        return id.toString(QUuid::WithoutBraces).right(8);
    };
    const QString sender = shortId(set.sender);
    const QString here = db.installationId().toString(QUuid::WithoutBraces);
    // Nothing of the group here yet: a laptop joining.
    const bool joining = std::none_of(seen.keyBegin(), seen.keyEnd(),
                                      [&](QUuid origin) { return origin != db.installationId(); });
    if (joining)
        throw Error(Error::Kind::MissingBase,
                    ChangeImportText::tr(
                        "This package holds only what another laptop lacked, and this one has none "
                        "of the group's records yet. Nothing was imported. Ask whoever made it "
                        "(installation …%1) for a package for a new laptop, which holds "
                        "everything, or for a package for this laptop (installation %2).")
                        .arg(sender, here));
    throw Error(Error::Kind::MissingBase,
                ChangeImportText::tr(
                    "This package was made for a laptop that had more of the group's work than "
                    "this one: it counts on changes from installation …%1 up to %2 that this one "
                    "has not had. Nothing was imported. Ask whoever made it (installation …%3) for "
                    "a new package for this laptop (installation %4).")
                    .arg(shortId(missing->origin),
                         QDateTime::fromMSecsSinceEpoch(missing->needed.milliseconds())
                             .toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                         sender, here));
}

ImportSummary applyChanges(Database &db, const ChangeSet &set, const ProgressReport &progress)
{
    requireBase(db, set);
    // Refuse a stamp too far ahead before anything changes.
    Stamp latest;
    QUuid latestOrigin;
    for (const Change &change : set.changes)
        if (change.version.stamp > latest) {
            latest = change.version.stamp;
            latestOrigin = change.version.origin;
        }
    if (const qint64 ahead = Replica::of(db).clock().excessAhead(latest); ahead > 0)
        throw Error(Error::Kind::Clock,
                    ChangeImportText::tr(
                        "The package holds changes stamped %1, ahead of this computer's clock by "
                        "more than a day, from installation %2. Check that computer's date and "
                        "time; nothing was imported.")
                        .arg(QDateTime::fromMSecsSinceEpoch(latest.milliseconds(), Qt::UTC)
                                 .toString(Qt::ISODate),
                             latestOrigin.toString(QUuid::WithoutBraces)));

    Transaction transaction(db);
    Merger merger(db);
    QMap<QUuid, Stamp> seen = seenHere(db);
    // In version order, without copying the changes themselves.
    std::vector<const Change *> ordered;
    ordered.reserve(size_t(set.changes.size()));
    for (const Change &change : set.changes)
        ordered.push_back(&change);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Change *a, const Change *b) { return a->version < b->version; });
    const QString step = ChangeImportText::tr("Merging changes");
    qint64 done = 0;
    for (const Change *next : ordered) {
        const Change &change = *next;
        if (done++ % ProgressInterval == 0)
            reportProgress(progress, step, done - 1, qint64(ordered.size()));
        Stamp &known = seen[change.version.origin];
        if (change.version.stamp <= known) {
            ++merger.summary().changesKnown;
            continue;
        }
        merger.apply(change);
        known = change.version.stamp;
    }
    merger.finish();

    if (!set.sender.isNull() && set.sender != db.installationId())
        rememberPeerSeen(db, merger.peers(), set);
    if (latest.value != 0)
        Replica::of(db).clock().receive(latest);
    transaction.commit();
    return merger.summary();
}

} // namespace casebook
