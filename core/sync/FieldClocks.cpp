#include "FieldClocks.h"

#include <QtEndian>

namespace casebook {

FieldClocks::FieldClocks(int fieldCount, FieldClock all)
    : m_fields(size_t(fieldCount), all)
{}

bool FieldClocks::isWellFormed(const QByteArray &blob, int fieldCount)
{
    return blob.size() % BytesPerField == 0 && blob.size() / BytesPerField <= fieldCount;
}

FieldClocks FieldClocks::decode(const QByteArray &blob, int fieldCount)
{
    FieldClocks clocks(fieldCount);
    const int stored = std::min(fieldCount, int(blob.size() / BytesPerField));
    const char *p = blob.constData();
    for (int i = 0; i < stored; ++i, p += BytesPerField) {
        clocks.m_fields[size_t(i)] = {Stamp{qFromBigEndian<quint64>(p)},
                                      qFromBigEndian<quint32>(p + 8)};
    }
    return clocks;
}

FieldClock FieldClocks::read(QByteArrayView blob, int field)
{
    const qsizetype at = qsizetype(field) * BytesPerField;
    if (field < 0 || at + BytesPerField > blob.size())
        return {};
    return {Stamp{qFromBigEndian<quint64>(blob.data() + at)},
            qFromBigEndian<quint32>(blob.data() + at + 8)};
}

QByteArray FieldClocks::encode() const
{
    QByteArray blob(qsizetype(m_fields.size()) * BytesPerField, Qt::Uninitialized);
    char *p = blob.data();
    for (const auto &field : m_fields) {
        qToBigEndian<quint64>(field.stamp.value, p);
        qToBigEndian<quint32>(field.origin, p + 8);
        p += BytesPerField;
    }
    return blob;
}

Stamp FieldClocks::latest() const
{
    Stamp latest;
    for (const auto &field : m_fields)
        latest = std::max(latest, field.stamp);
    return latest;
}

} // namespace casebook
