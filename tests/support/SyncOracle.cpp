#include "SyncOracle.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Conflicts.h"
#include "sync/PeerIndex.h"
#include "sync/Replica.h"
#include "sync/SyncSchema.h"

namespace casebook::test {

QByteArray SyncOracle::key(const Version &version)
{
    return QByteArray::number(version.stamp.value) + version.origin.toRfc4122();
}

void SyncOracle::learned(int p, const ChangeSet &set)
{
    for (const Change &change : set.changes)
        knows(p, change.version);
}

void SyncOracle::edited(int p, const Write &write)
{
    m_writes.append(write);
    knows(p, write.version);
    valueWritten(write.row, write.field, write.version);
}

void SyncOracle::valueWritten(QUuid row, const QString &field, const Version &version)
{
    m_values.append({row, field, version});
}

QString SyncOracle::line(QUuid row, const QString &field, const Version &version)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(row.toString(), field)
        .arg(version.stamp.value)
        .arg(version.origin.toString());
}

QList<const SyncOracle::Write *> SyncOracle::headsOf(const QList<const Write *> &writes)
{
    QSet<QByteArray> replaced;
    for (const Write *w : writes)
        replaced.insert(w->replaced);
    QList<const Write *> heads;
    for (const Write *w : writes)
        if (!replaced.contains(key(w->version)))
            heads.append(w);
    std::sort(heads.begin(), heads.end(),
              [](const Write *a, const Write *b) { return a->version < b->version; });
    return heads;
}

QByteArray SyncOracle::shownOn(int p, QUuid row, const QString &field) const
{
    QList<const Write *> known;
    for (const Write &w : m_writes)
        if (w.row == row && w.field == field && m_knows[size_t(p)].contains(key(w.version)))
            known.append(&w);
    const QList<const Write *> heads = headsOf(known);
    return heads.isEmpty() ? QByteArray() : key(heads.last()->version);
}

QSet<QString> SyncOracle::expectedConflicts() const
{
    QHash<std::pair<QUuid, QString>, QList<const Write *>> byField;
    for (const Write &w : m_writes)
        if (!m_untracked.contains(w.row))
            byField[{w.row, w.field}].append(&w);
    QSet<QString> expected;
    for (const QList<const Write *> &writes : byField) {
        const QList<const Write *> heads = headsOf(writes);
        for (const Write *head : heads)
            if (head != heads.last())
                expected.insert(line(head->row, head->field, head->version));
    }
    return expected;
}

QSet<QString> SyncOracle::conflictsOn(Database &db) const
{
    QSet<QString> found;
    for (const Conflict &c : listConflicts(db))
        if (!m_untracked.contains(c.row))
            found.insert(line(c.row, c.field, c.waitingVersion));
    return found;
}

QStringList SyncOracle::lostOn(Database &db) const
{
    // Everything the installation holds, from its own journal.
    const ChangeSet all = collectChanges(db, {});
    QSet<QByteArray> known, replacedField, replacedRow;
    const SyncedTable &table = Replica::of(db).schema().table(u"setting");
    const auto fieldKey = [](QUuid row, const QString &field, const Version &v) -> QByteArray {
        return row.toRfc4122() + field.toUtf8() + '/' + key(v);
    };
    for (const Change &change : all.changes) {
        known.insert(key(change.version));
        if (change.operation == Store::Operation::Delete)
            for (const Version &parent : change.parents)
                replacedRow.insert(change.row.toRfc4122() + key(parent));
        for (const FieldChange &field : change.fields)
            for (const Version &parent : field.parents)
                replacedField.insert(fieldKey(change.row, table.fields.value(field.field), parent));
    }
    QSet<QByteArray> held;
    const PeerIndex peers(db);
    Statement rows(db.handle(), QStringLiteral("SELECT id, _clock FROM setting"));
    const int fieldCount = int(table.fields.size());
    while (rows.step()) {
        const QUuid row = QUuid::fromRfc4122(rows.blob(0));
        const FieldClocks clocks = FieldClocks::decode(rows.blob(1), fieldCount);
        for (int f = 0; f < fieldCount; ++f)
            held.insert(fieldKey(row, table.fields[f], peers.version(clocks.at(f))));
    }
    for (const Conflict &c : listConflicts(db))
        held.insert(fieldKey(c.row, c.field, c.waitingVersion));

    QStringList lost;
    for (const Value &v : m_values) {
        const QByteArray k = fieldKey(v.row, v.field, v.version);
        if (!known.contains(key(v.version)))
            lost.append(QStringLiteral("never arrived: ") + line(v.row, v.field, v.version));
        else if (!held.contains(k) && !replacedField.contains(k) &&
                 !replacedRow.contains(v.row.toRfc4122() + key(v.version)))
            lost.append(QStringLiteral("gone: ") + line(v.row, v.field, v.version));
    }
    return lost;
}

} // namespace casebook::test
