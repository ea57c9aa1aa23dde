#include "Statement.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

#include <sqlite3.h>

namespace casebook {

namespace {
QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}
} // namespace

Statement::Statement(sqlite3 *db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr) != SQLITE_OK)
        fail("prepare");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::fail(const char *what) const
{
    throw Error(Error::Kind::Storage,
                QCoreApplication::translate("casebook::Statement", "Database error (%1): %2")
                    .arg(QString::fromLatin1(what), sqliteMessage(m_db)));
}

void Statement::bindInt64(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail("bind");
}

void Statement::bindBlob(int index, const QByteArray &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    if (sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()),
                            SQLITE_TRANSIENT) != SQLITE_OK)
        fail("bind");
}

void Statement::bindText(int index, const QString &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK)
        fail("bind");
}

void Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail("bind");
}

QVariant toStorageValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    case QMetaType::QByteArray:
        return value;
    case QMetaType::QUuid:
        return value.toUuid().toRfc4122();
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    default: {
        const QString text = value.toString();
        return text.isNull() ? QVariant() : QVariant(text);
    }
    }
}

void Statement::bind(int index, const QVariant &value)
{
    const QVariant stored = toStorageValue(value);
    switch (stored.typeId()) {
    case QMetaType::LongLong:
        bindInt64(index, stored.toLongLong());
        return;
    case QMetaType::Double:
        if (sqlite3_bind_double(m_stmt, index, stored.toDouble()) != SQLITE_OK)
            fail("bind");
        return;
    case QMetaType::QByteArray:
        bindBlob(index, stored.toByteArray());
        return;
    case QMetaType::QString:
        bindText(index, stored.toString());
        return;
    default:
        bindNull(index);
    }
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = sqliteMessage(m_db);
    sqlite3_reset(m_stmt);
    throw Error(
        Error::Kind::Storage,
        QCoreApplication::translate("casebook::Statement", "Database error: %1").arg(message));
}

void Statement::execute()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

Statement::Type Statement::type(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

QByteArrayView Statement::bytes(int column) const
{
    // Text first: sqlite3_column_bytes after sqlite3_column_text counts UTF-8 bytes.
    const void *data = type(column) == Type::Text
                           ? static_cast<const void *>(sqlite3_column_text(m_stmt, column))
                           : sqlite3_column_blob(m_stmt, column);
    return {static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column)};
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QDate Statement::date(int column) const
{
    return QDate::fromString(text(column), Qt::ISODate);
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return isNull(column) ? QByteArray() : QByteArray("");
    return QByteArray(data, size);
}

QVariant Statement::value(int column) const
{
    switch (type(column)) {
    case Type::Integer:
        return QVariant(int64(column));
    case Type::Real:
        return QVariant(real(column));
    case Type::Text:
        return QVariant(text(column));
    case Type::Blob:
        return QVariant(blob(column));
    case Type::Null:
        break;
    }
    return QVariant();
}

QUuid storedId(const QVariant &stored)
{
    return QUuid::fromRfc4122(stored.toByteArray());
}

QDate storedDate(const QVariant &stored)
{
    return QDate::fromString(stored.toString(), Qt::ISODate);
}

QString quoteIdentifier(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QLatin1String("\"\"")) + u'"';
}

void executeScript(sqlite3 *db, const QString &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errmsg(db));
        sqlite3_free(error);
        throw Error(
            Error::Kind::Storage,
            QCoreApplication::translate("casebook::Statement", "Database error: %1").arg(message));
    }
}

} // namespace casebook
