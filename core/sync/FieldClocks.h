#pragma once

#include "HybridClock.h"

#include <QByteArray>

#include <vector>

namespace casebook {

// The stamp and origin of each field of one synced row, kept in the row's
// `_clock` column: 12 bytes a field (8 for the stamp, 4 for the origin's local
// peer index), big-endian, in field order. A field the blob does not reach
// (one added by a later migration) has stamp 0.
struct FieldClock
{
    Stamp stamp;
    quint32 origin = 0;

    friend bool operator==(const FieldClock &, const FieldClock &) = default;
};

class FieldClocks
{
public:
    static constexpr int BytesPerField = 12;

    FieldClocks() = default;
    explicit FieldClocks(int fieldCount, FieldClock all = {});
    static FieldClocks decode(const QByteArray &blob, int fieldCount);
    // One field's clock read straight from the blob (stamp 0 past its end).
    static FieldClock read(QByteArrayView blob, int field);
    // True when the blob has a length this codec can read for that many fields.
    static bool isWellFormed(const QByteArray &blob, int fieldCount);

    QByteArray encode() const;
    int size() const { return int(m_fields.size()); }
    const FieldClock &at(int field) const { return m_fields[size_t(field)]; }
    void set(int field, FieldClock clock) { m_fields[size_t(field)] = clock; }
    Stamp latest() const;

private:
    std::vector<FieldClock> m_fields;
};

} // namespace casebook
