#include "PayloadCodec.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QSet>
#include <QtEndian>

#include <cstring>

namespace casebook::payload {

namespace {

constexpr char Magic[4] = {'C', 'B', 'P', 'L'};

enum ValueType : quint8 { Null = 0, Integer = 1, Real = 2, Text = 3, Blob = 4 };

[[noreturn]] void damaged(const char *what)
{
    throw Error(Error::Kind::Invalid,
                QCoreApplication::translate("casebook::PayloadCodec",
                                            "The package's content cannot be read (%1).")
                    .arg(QString::fromLatin1(what)));
}

class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_data(data)
    {}
    template<typename T>
    T number()
    {
        need(sizeof(T));
        const T value = qFromLittleEndian<T>(m_data.constData() + m_pos);
        m_pos += sizeof(T);
        return value;
    }
    QByteArray bytes()
    {
        const quint32 size = number<quint32>();
        need(size);
        const QByteArray out = m_data.mid(m_pos, size);
        m_pos += size;
        return out;
    }
    QUuid uuid()
    {
        need(16);
        const QUuid id = QUuid::fromRfc4122(QByteArrayView(m_data.constData() + m_pos, 16));
        m_pos += 16;
        return id;
    }
    // A count of items each at least `minimumSize` bytes long: no more than
    // the bytes left could hold, so a damaged count cannot ask for memory.
    quint32 count(qsizetype minimumSize)
    {
        const quint32 n = number<quint32>();
        if (qsizetype(n) * minimumSize > m_data.size() - m_pos)
            damaged("a count runs past the end");
        return n;
    }
    bool atEnd() const { return m_pos == m_data.size(); }

private:
    void need(qsizetype n)
    {
        if (n < 0 || n > m_data.size() - m_pos)
            damaged("it ends too soon");
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

QVariant readValue(Reader &r)
{
    switch (r.number<quint8>()) {
    case Null:
        return {};
    case Integer:
        return r.number<qint64>();
    case Real: {
        const quint64 bits = r.number<quint64>();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    case Text:
        return QString::fromUtf8(r.bytes());
    case Blob:
        return r.bytes();
    default:
        damaged("a value of unknown type");
    }
}

} // namespace

Encoder::Encoder(const QList<QUuid> &origins, QUuid sender, const QMap<QUuid, Stamp> &senderSeen,
                 const QMap<QUuid, Stamp> &base)
{
    if (origins.size() >= NoOrigin)
        throw Error(Error::Kind::Invalid, QStringLiteral("too many installations in one package"));
    put(Magic, 4);
    number<quint32>(FormatVersion);
    number<quint32>(quint32(origins.size()));
    for (const QUuid &id : origins) {
        m_origins.insert(id, quint16(m_origins.size()));
        uuid(id);
    }
    number<quint16>(origin(sender));
    number<quint32>(quint32(senderSeen.size()));
    for (auto it = senderSeen.cbegin(); it != senderSeen.cend(); ++it) {
        number<quint16>(origin(it.key()));
        number<quint64>(it.value().value);
    }
    number<quint32>(quint32(base.size()));
    for (auto it = base.cbegin(); it != base.cend(); ++it) {
        number<quint16>(origin(it.key()));
        number<quint64>(it.value().value);
    }
    m_countAt = m_used;
    number<quint32>(0); // the change count, written in by finish()
}

quint16 Encoder::origin(QUuid id) const
{
    return id.isNull() ? NoOrigin : m_origins.value(id, NoOrigin);
}

// QByteArray::append is slow for a few bytes at a time: the buffer grows by
// doubling and is cut to size by finish().
void Encoder::put(const char *data, qsizetype size)
{
    if (m_used + size > m_out.size())
        m_out.resize(std::max(2 * m_out.size(), m_used + size + 4096));
    std::memcpy(m_out.data() + m_used, data, size_t(size));
    m_used += size;
}

// As QUuid::toRfc4122(), without a QByteArray for each.
void Encoder::uuid(QUuid id)
{
    char bytes[16];
    qToBigEndian<quint32>(id.data1, bytes);
    qToBigEndian<quint16>(id.data2, bytes + 4);
    qToBigEndian<quint16>(id.data3, bytes + 6);
    std::memcpy(bytes + 8, id.data4, 8);
    put(bytes, 16);
}

template<typename T>
void Encoder::number(T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian<T>(value, bytes);
    put(bytes, sizeof(T));
}

void Encoder::bytes(QByteArrayView data)
{
    number<quint32>(quint32(data.size()));
    if (!data.isEmpty())
        put(data.data(), data.size());
}

void Encoder::beginChange(int tableId, QUuid row, Store::Operation operation, Stamp stamp,
                          quint16 origin)
{
    ++m_changes;
    number<quint16>(quint16(tableId));
    uuid(row);
    number<quint8>(quint8(operation));
    number<quint64>(stamp.value);
    number<quint16>(origin);
}

void Encoder::versionCount(qsizetype count)
{
    number<quint32>(quint32(count));
}

void Encoder::version(Stamp stamp, quint16 origin)
{
    number<quint64>(stamp.value);
    number<quint16>(origin);
}

void Encoder::fieldCount(qsizetype count)
{
    number<quint32>(quint32(count));
}

void Encoder::beginField(int field)
{
    number<quint16>(quint16(field));
}

void Encoder::noValue()
{
    number<quint8>(0);
}

void Encoder::nullValue()
{
    number<quint8>(1);
    number<quint8>(Null);
}

void Encoder::integerValue(qint64 value)
{
    number<quint8>(1);
    number<quint8>(Integer);
    number<qint64>(value);
}

void Encoder::realValue(double value)
{
    quint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    number<quint8>(1);
    number<quint8>(Real);
    number<quint64>(bits);
}

void Encoder::textValue(QByteArrayView utf8)
{
    number<quint8>(1);
    number<quint8>(Text);
    bytes(utf8);
}

void Encoder::blobValue(QByteArrayView data)
{
    number<quint8>(1);
    number<quint8>(Blob);
    bytes(data);
}

void Encoder::value(const QVariant &value)
{
    if (value.isNull())
        return nullValue();
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return integerValue(value.toLongLong());
    case QMetaType::Double:
        return realValue(value.toDouble());
    case QMetaType::QByteArray:
        return blobValue(value.toByteArray());
    default:
        return textValue(value.toString().toUtf8());
    }
}

QByteArray Encoder::finish()
{
    if (m_changes > std::numeric_limits<quint32>::max())
        throw Error(Error::Kind::Invalid, QStringLiteral("too many changes in one package"));
    qToLittleEndian<quint32>(quint32(m_changes), m_out.data() + m_countAt);
    m_out.truncate(m_used);
    return std::move(m_out);
}

QByteArray encode(const ChangeSet &set)
{
    QList<QUuid> origins;
    QSet<QUuid> listed;
    const auto list = [&](QUuid id) {
        if (!id.isNull() && !listed.contains(id)) {
            listed.insert(id);
            origins.append(id);
        }
    };
    list(set.sender);
    for (auto it = set.senderSeen.cbegin(); it != set.senderSeen.cend(); ++it)
        list(it.key());
    for (auto it = set.base.cbegin(); it != set.base.cend(); ++it)
        list(it.key());
    for (const Change &change : set.changes) {
        list(change.version.origin);
        for (const auto &p : change.parents)
            list(p.origin);
        for (const auto &f : change.fields)
            for (const auto &p : f.parents)
                list(p.origin);
    }

    Encoder encoder(origins, set.sender, set.senderSeen, set.base);
    const auto writeVersions = [&](const QList<Version> &versions) {
        encoder.versionCount(versions.size());
        for (const auto &v : versions)
            encoder.version(v.stamp, encoder.origin(v.origin));
    };
    for (const Change &change : set.changes) {
        encoder.beginChange(change.tableId, change.row, change.operation, change.version.stamp,
                            encoder.origin(change.version.origin));
        writeVersions(change.parents);
        encoder.fieldCount(change.fields.size());
        for (const FieldChange &field : change.fields) {
            encoder.beginField(field.field);
            writeVersions(field.parents);
            if (field.hasValue)
                encoder.value(field.value);
            else
                encoder.noValue();
        }
    }
    return encoder.finish();
}

ChangeSet decode(const QByteArray &bytes)
{
    if (bytes.size() < 8 || std::memcmp(bytes.constData(), Magic, 4) != 0)
        damaged("it does not start as a change set");
    Reader r(bytes);
    r.number<quint32>(); // the magic, checked above
    const quint32 version = r.number<quint32>();
    if (version < FormatVersion)
        throw Error(Error::Kind::Invalid, QCoreApplication::translate(
                                              "casebook::PayloadCodec",
                                              "The package was made by an earlier Casebook that "
                                              "did not record what it was made against, so it "
                                              "cannot be imported safely. Ask for a new package."));
    if (version != FormatVersion)
        damaged("a content version this program does not know");
    QList<QUuid> origins;
    const quint32 originCount = r.count(16);
    for (quint32 i = 0; i < originCount; ++i)
        origins.append(r.uuid());
    const auto origin = [&]() -> QUuid {
        const quint16 index = r.number<quint16>();
        if (index == NoOrigin)
            return {};
        if (index >= origins.size())
            damaged("an installation that is not listed");
        return origins[index];
    };
    const auto readVersions = [&] {
        QList<Version> list;
        const quint32 n = r.count(10);
        for (quint32 i = 0; i < n; ++i) {
            const Stamp stamp{r.number<quint64>()};
            list.append({stamp, origin()});
        }
        return list;
    };

    ChangeSet set;
    set.sender = origin();
    const quint32 seenCount = r.count(10);
    for (quint32 i = 0; i < seenCount; ++i) {
        const QUuid who = origin();
        set.senderSeen.insert(who, Stamp{r.number<quint64>()});
    }
    const quint32 baseCount = r.count(10);
    for (quint32 i = 0; i < baseCount; ++i) {
        const QUuid who = origin();
        if (who.isNull())
            damaged("a base for no installation");
        set.base.insert(who, Stamp{r.number<quint64>()});
    }
    const quint32 changeCount = r.count(39);
    set.changes.reserve(changeCount);
    for (quint32 i = 0; i < changeCount; ++i) {
        Change change;
        change.tableId = r.number<quint16>();
        change.row = r.uuid();
        const quint8 op = r.number<quint8>();
        if (op > quint8(Store::Operation::Delete))
            damaged("an unknown kind of change");
        change.operation = Store::Operation(op);
        change.version.stamp = Stamp{r.number<quint64>()};
        change.version.origin = origin();
        if (change.version.origin.isNull())
            damaged("a change from no installation");
        change.parents = readVersions();
        const quint32 fieldCount = r.count(7);
        for (quint32 f = 0; f < fieldCount; ++f) {
            FieldChange field;
            field.field = r.number<quint16>();
            field.parents = readVersions();
            field.hasValue = r.number<quint8>() != 0;
            if (field.hasValue)
                field.value = readValue(r);
            change.fields.append(field);
        }
        set.changes.append(change);
    }
    if (!r.atEnd())
        damaged("bytes after the last change");
    return set;
}

} // namespace casebook::payload
