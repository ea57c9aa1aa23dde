#include "PayloadCodec.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QtEndian>

#include <cstring>

namespace casebook::payload {

namespace {

constexpr char Magic[4] = {'C', 'B', 'P', 'L'};
constexpr quint16 NoOrigin = 0xFFFF;

enum ValueType : quint8 { Null = 0, Integer = 1, Real = 2, Text = 3, Blob = 4 };

class Writer
{
public:
    template<typename T>
    void number(T value)
    {
        char bytes[sizeof(T)];
        qToLittleEndian<T>(value, bytes);
        m_out.append(bytes, sizeof(T));
    }
    void bytes(const QByteArray &data)
    {
        number<quint32>(quint32(data.size()));
        m_out.append(data);
    }
    void uuid(QUuid id) { m_out.append(id.toRfc4122()); }
    QByteArray &out() { return m_out; }

private:
    QByteArray m_out;
};

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

class Origins
{
public:
    quint16 index(QUuid origin)
    {
        if (origin.isNull())
            return NoOrigin;
        const auto it = m_indexes.constFind(origin);
        if (it != m_indexes.constEnd())
            return *it;
        const auto i = quint16(m_list.size());
        m_list.append(origin);
        m_indexes.insert(origin, i);
        return i;
    }
    const QList<QUuid> &list() const { return m_list; }

private:
    QList<QUuid> m_list;
    QHash<QUuid, quint16> m_indexes;
};

void writeValue(Writer &w, const QVariant &value)
{
    if (value.isNull()) {
        w.number<quint8>(Null);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        w.number<quint8>(Integer);
        w.number<qint64>(value.toLongLong());
        return;
    case QMetaType::Double: {
        const double d = value.toDouble();
        quint64 bits;
        std::memcpy(&bits, &d, sizeof bits);
        w.number<quint8>(Real);
        w.number<quint64>(bits);
        return;
    }
    case QMetaType::QByteArray:
        w.number<quint8>(Blob);
        w.bytes(value.toByteArray());
        return;
    default:
        w.number<quint8>(Text);
        w.bytes(value.toString().toUtf8());
    }
}

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

QByteArray encode(const ChangeSet &set)
{
    Origins origins;
    origins.index(set.sender);
    for (auto it = set.senderSeen.cbegin(); it != set.senderSeen.cend(); ++it)
        origins.index(it.key());
    for (const Change &change : set.changes) {
        origins.index(change.version.origin);
        for (const auto &p : change.parents)
            origins.index(p.origin);
        for (const auto &f : change.fields)
            for (const auto &p : f.parents)
                origins.index(p.origin);
    }
    if (origins.list().size() >= NoOrigin)
        throw Error(Error::Kind::Invalid, QStringLiteral("too many installations in one package"));

    Writer w;
    w.out().reserve(64 + set.changes.size() * 64); // grows less often
    w.out().append(Magic, 4);
    w.number<quint32>(FormatVersion);
    w.number<quint32>(quint32(origins.list().size()));
    for (const QUuid &origin : origins.list())
        w.uuid(origin);
    w.number<quint16>(origins.index(set.sender));
    w.number<quint32>(quint32(set.senderSeen.size()));
    for (auto it = set.senderSeen.cbegin(); it != set.senderSeen.cend(); ++it) {
        w.number<quint16>(origins.index(it.key()));
        w.number<quint64>(it.value().value);
    }
    const auto writeVersions = [&](const QList<Version> &list) {
        w.number<quint32>(quint32(list.size()));
        for (const auto &v : list) {
            w.number<quint64>(v.stamp.value);
            w.number<quint16>(origins.index(v.origin));
        }
    };
    w.number<quint32>(quint32(set.changes.size()));
    for (const Change &change : set.changes) {
        w.number<quint16>(quint16(change.tableId));
        w.uuid(change.row);
        w.number<quint8>(quint8(change.operation));
        w.number<quint64>(change.version.stamp.value);
        w.number<quint16>(origins.index(change.version.origin));
        writeVersions(change.parents);
        w.number<quint32>(quint32(change.fields.size()));
        for (const FieldChange &field : change.fields) {
            w.number<quint16>(quint16(field.field));
            writeVersions(field.parents);
            w.number<quint8>(field.hasValue ? 1 : 0);
            if (field.hasValue)
                writeValue(w, field.value);
        }
    }
    return w.out();
}

ChangeSet decode(const QByteArray &bytes)
{
    if (bytes.size() < 8 || std::memcmp(bytes.constData(), Magic, 4) != 0)
        damaged("it does not start as a change set");
    Reader r(bytes);
    r.number<quint32>(); // the magic, checked above
    if (r.number<quint32>() != FormatVersion)
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
