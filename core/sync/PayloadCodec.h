#pragma once

#include "ChangeSet.h"

#include <QByteArray>
#include <QHash>

namespace casebook {

// A change set as bytes: the decrypted content of a sync package. Versioned;
// integers little-endian; installations listed once and named by number;
// values typed (null, integer, real as its 64 bits, UTF-8 text, blob), so
// every value comes back exactly as it went.
namespace payload {

// 2 added the base (ChangeSet::base); a format 1 payload did not say what it
// was computed against, so it cannot be imported safely.
constexpr quint32 FormatVersion = 2;
constexpr quint16 NoOrigin = 0xFFFF;

// Writes a payload one change at a time, so that an export of a whole county
// never holds its changes as objects. Installations are named by their
// position in the list given at the start (NoOrigin for none).
//
// For each change, in order: beginChange, its versions (versionCount, then
// each version), fieldCount, then for each field: beginField, its versions,
// and noValue or one value call.
class Encoder
{
public:
    Encoder(const QList<QUuid> &origins, QUuid sender, const QMap<QUuid, Stamp> &senderSeen,
            const QMap<QUuid, Stamp> &base);

    // The position of `origin` in the list; NoOrigin for the null id.
    quint16 origin(QUuid origin) const;

    void beginChange(int tableId, QUuid row, Store::Operation operation, Stamp stamp,
                     quint16 origin);
    void versionCount(qsizetype count);
    void version(Stamp stamp, quint16 origin);
    void fieldCount(qsizetype count);
    void beginField(int field);
    void noValue();
    void value(const QVariant &value);
    void nullValue();
    void integerValue(qint64 value);
    void realValue(double value);
    void textValue(QByteArrayView utf8);
    void blobValue(QByteArrayView bytes);

    qsizetype changeCount() const { return m_changes; }
    // The payload, with the count of changes written in.
    QByteArray finish();

private:
    void put(const char *data, qsizetype size);
    void uuid(QUuid id);
    template<typename T>
    void number(T value);
    void bytes(QByteArrayView data);

    QByteArray m_out;
    QHash<QUuid, quint16> m_origins;
    qsizetype m_used = 0;
    qsizetype m_countAt = 0;
    qsizetype m_changes = 0;
};

QByteArray encode(const ChangeSet &set);
// Throws Error::Kind::Invalid when the bytes are not a payload this program
// can read; never reads outside them.
ChangeSet decode(const QByteArray &bytes);

} // namespace payload
} // namespace casebook
