#include "Versions.h"

#include <QtEndian>

namespace casebook::versions {

void append(QByteArray &out, const FieldClock &version)
{
    char bytes[Bytes];
    qToBigEndian<quint64>(version.stamp.value, bytes);
    qToBigEndian<quint32>(version.origin, bytes + 8);
    out.append(bytes, Bytes);
}

QByteArray encodeList(const QList<FieldClock> &list)
{
    QByteArray out;
    out.reserve(list.size() * Bytes);
    for (const auto &version : list)
        append(out, version);
    return out;
}

bool read(const QByteArray &blob, qsizetype &offset, int count, QList<FieldClock> &out)
{
    if (count < 0 || offset + qsizetype(count) * Bytes > blob.size())
        return false;
    for (int i = 0; i < count; ++i) {
        const char *at = blob.constData() + offset;
        out.append({Stamp{qFromBigEndian<quint64>(at)}, qFromBigEndian<quint32>(at + 8)});
        offset += Bytes;
    }
    return true;
}

QList<FieldClock> decodeList(const QByteArray &blob)
{
    QList<FieldClock> list;
    qsizetype offset = 0;
    read(blob, offset, int(blob.size() / Bytes), list);
    return list;
}

QByteArray encodeFieldParents(const QList<QList<FieldClock>> &perField)
{
    QByteArray out;
    for (const auto &parents : perField) {
        out.append(char(quint8(std::min<qsizetype>(parents.size(), 255))));
        for (qsizetype i = 0; i < std::min<qsizetype>(parents.size(), 255); ++i)
            append(out, parents[i]);
    }
    return out;
}

QList<QList<FieldClock>> decodeFieldParents(const QByteArray &blob, int fieldCount)
{
    QList<QList<FieldClock>> perField;
    qsizetype offset = 0;
    for (int f = 0; f < fieldCount; ++f) {
        if (offset >= blob.size())
            return {};
        const int count = quint8(blob[offset++]);
        QList<FieldClock> parents;
        if (!read(blob, offset, count, parents))
            return {};
        perField.append(parents);
    }
    return offset == blob.size() ? perField : QList<QList<FieldClock>>{};
}

} // namespace casebook::versions
