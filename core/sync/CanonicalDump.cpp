#include "CanonicalDump.h"

#include "FieldClocks.h"
#include "PeerIndex.h"
#include "Replica.h"
#include "SyncSchema.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <cstring>

namespace casebook {

namespace {

QByteArray valueText(const QVariant &value)
{
    if (value.isNull())
        return "null";
    switch (value.typeId()) {
    case QMetaType::LongLong:
        return "i:" + QByteArray::number(value.toLongLong());
    case QMetaType::Double: {
        const double d = value.toDouble();
        quint64 bits;
        std::memcpy(&bits, &d, sizeof bits);
        return "r:" + QByteArray::number(bits, 16);
    }
    case QMetaType::QByteArray:
        return "b:" + value.toByteArray().toHex();
    default:
        return "t:" + value.toString().toUtf8().toHex();
    }
}

QByteArray versionText(const PeerIndex &peers, quint64 stamp, quint32 origin)
{
    return QByteArray::number(stamp) + '@' + peers.uuid(origin).toRfc4122().toHex();
}

} // namespace

QByteArray canonicalDump(Database &db)
{
    const PeerIndex peers(db);
    QByteArray out;
    for (const SyncedTable &table : Replica::of(db).schema().tables()) {
        const int fieldCount = int(table.fields.size());
        QStringList columns;
        for (const auto &field : table.fields)
            columns.append(u'"' + field + u'"');
        Statement rows(db.handle(), QStringLiteral("SELECT id, %1, _clock FROM \"%2\" ORDER BY id")
                                        .arg(columns.join(u", "), table.name));
        while (rows.step()) {
            out += "row " + table.name.toUtf8() + ' ' + rows.blob(0).toHex();
            const FieldClocks clocks = FieldClocks::decode(rows.blob(fieldCount + 1), fieldCount);
            for (int f = 0; f < fieldCount; ++f)
                out += ' ' + valueText(rows.value(f + 1)) + '/' +
                       versionText(peers, clocks.at(f).stamp.value, clocks.at(f).origin);
            out += '\n';
        }
    }
    QList<QByteArray> lines;
    Statement tombstones(
        db.handle(), QStringLiteral("SELECT table_id, row_id, stamp, origin FROM sync_tombstone"));
    while (tombstones.step())
        lines.append(
            "tombstone " + QByteArray::number(tombstones.int64(0)) + ' ' +
            tombstones.blob(1).toHex() + ' ' +
            versionText(peers, quint64(tombstones.int64(2)), quint32(tombstones.int64(3))));
    Statement conflicts(db.handle(),
                        QStringLiteral("SELECT table_id, row_id, field, stamp, origin, "
                                       "value, has_value FROM sync_conflict"));
    while (conflicts.step())
        lines.append("conflict " + QByteArray::number(conflicts.int64(0)) + ' ' +
                     conflicts.blob(1).toHex() + ' ' + QByteArray::number(conflicts.int64(2)) +
                     ' ' +
                     versionText(peers, quint64(conflicts.int64(3)), quint32(conflicts.int64(4))) +
                     ' ' + (conflicts.int64(6) ? valueText(conflicts.value(5)) : "unknown"));
    std::sort(lines.begin(), lines.end());
    for (const auto &line : lines)
        out += line + '\n';
    return out;
}

} // namespace casebook
