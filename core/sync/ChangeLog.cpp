#include "ChangeLog.h"

#include "FieldClocks.h"
#include "PeerIndex.h"
#include "Replica.h"
#include "SyncSchema.h"
#include "Versions.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>
#include <QtEndian>

namespace casebook {

ChangeLog::ChangeLog(Database &db)
    : m_db(db)
{}

qint64 ChangeLog::lastSequence() const
{
    Statement last(m_db.handle(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_journal"));
    last.step();
    return last.int64(0);
}

QList<ChangeEntry> ChangeLog::entries(qint64 afterSequence) const
{
    return query(QStringLiteral("j.seq > ?"), {afterSequence});
}

QList<ChangeEntry> ChangeLog::entriesFor(QStringView table, QUuid rowId) const
{
    return query(QStringLiteral("j.table_id = ? AND j.row_id = ?"),
                 {Replica::of(m_db).schema().table(table).id, rowId.toRfc4122()});
}

QList<ChangeEntry> ChangeLog::query(const QString &where, const QVariantList &binds) const
{
    const PeerIndex peers(m_db);

    Statement journal(m_db.handle(),
                      QStringLiteral("SELECT j.seq, j.table_id, j.row_id, j.op, j.stamp, j.origin, "
                                     "j.fields, j.base, j.format FROM sync_journal j WHERE %1 "
                                     "ORDER BY j.seq")
                          .arg(where));
    for (int i = 0; i < binds.size(); ++i)
        journal.bind(i + 1, binds[i]);

    QList<ChangeEntry> result;
    while (journal.step()) {
        const SyncedTable *table = Replica::of(m_db).schema().findById(int(journal.int64(1)));
        if (!table)
            continue;
        ChangeEntry entry;
        entry.sequence = journal.int64(0);
        entry.table = table->name;
        entry.rowId = QUuid::fromRfc4122(journal.blob(2));
        entry.operation = Store::Operation(journal.int64(3));
        entry.stamp = Stamp{quint64(journal.int64(4))};
        const quint32 origin = quint32(journal.int64(5));
        entry.origin = peers.uuid(origin);
        const quint64 fields = quint64(journal.int64(6));
        const QByteArray bases = journal.blob(7);
        const bool withOrigins = journal.int64(8) >= versions::JournalFormat;

        if (entry.operation == Store::Operation::Delete) {
            // The latest version the delete superseded.
            if (withOrigins) {
                for (const FieldClock &parent : versions::decodeList(bases))
                    entry.replaced = std::max(entry.replaced, parent.stamp);
            } else if (bases.size() >= 8) {
                entry.replaced = Stamp{qFromBigEndian<quint64>(bases.constData())};
            }
            entry.valueKnown = true; // a tombstone has no value to lose
            result.append(entry);
            continue;
        }

        // The row as it is now, to read the values this write still holds.
        QStringList columns;
        for (const auto &field : table->fields)
            columns.append(u'"' + field + u'"');
        Statement row(m_db.handle(), QStringLiteral("SELECT %1, _clock FROM \"%2\" WHERE id = ?")
                                         .arg(columns.join(u", "), table->name));
        row.bindBlob(1, entry.rowId.toRfc4122());
        const bool alive = row.step();
        const int fieldCount = int(table->fields.size());
        const FieldClocks clocks =
            alive ? FieldClocks::decode(row.blob(fieldCount), fieldCount) : FieldClocks();

        const auto parents = withOrigins && entry.operation == Store::Operation::Update
                                 ? versions::decodeFieldParents(bases, qPopulationCount(fields))
                                 : QList<QList<FieldClock>>();
        int baseIndex = 0;
        for (int i = 0; i < fieldCount; ++i) {
            if (!(fields & (quint64(1) << i)))
                continue;
            ChangeEntry fieldEntry = entry;
            fieldEntry.field = table->fields[i];
            if (entry.operation == Store::Operation::Update) {
                if (withOrigins && baseIndex < parents.size()) {
                    for (const FieldClock &parent : parents[baseIndex])
                        fieldEntry.replaced = std::max(fieldEntry.replaced, parent.stamp);
                } else if (!withOrigins && bases.size() >= 8 * (baseIndex + 1)) {
                    fieldEntry.replaced =
                        Stamp{qFromBigEndian<quint64>(bases.constData() + 8 * baseIndex)};
                }
            }
            ++baseIndex;
            if (alive && clocks.at(i) == FieldClock{entry.stamp, origin}) {
                fieldEntry.value = row.value(i);
                fieldEntry.valueKnown = true;
            }
            result.append(fieldEntry);
        }
    }
    return result;
}

} // namespace casebook
