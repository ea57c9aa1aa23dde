#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QUuid>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace casebook {

// A prepared SQLite statement, finalized on destruction. Used on the hot write
// paths (the store, sync) where QSqlQuery's per-call overhead would dominate.
// Bind indexes are 1-based, column indexes 0-based, as in SQLite.
class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    void bind(int index, const QVariant &value);
    void bindInt64(int index, qint64 value);
    void bindBlob(int index, const QByteArray &value);
    void bindText(int index, const QString &value);
    void bindNull(int index);

    // Steps once; true when a row is available. Throws on failure.
    bool step();
    // Steps to completion (for writes), then resets for reuse.
    void execute();
    void reset();

    enum class Type { Integer, Real, Text, Blob, Null };

    int columnCount() const;
    Type type(int column) const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // An ISO 8601 date column; invalid when empty or not a date.
    QDate date(int column) const;
    QByteArray blob(int column) const;
    // A text column's UTF-8 or a blob's bytes, without a copy: valid until the
    // next step or reset.
    QByteArrayView bytes(int column) const;
    // The value in its SQLite storage class: integer, real, text, blob or null.
    QVariant value(int column) const;

private:
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
};

// A value as SQLite stores it: qint64, double, QString, QByteArray or null.
// QUuid becomes its 16 bytes, QDate and QDateTime ISO 8601 text (UTC), bool
// an integer. What bind() writes and value() reads back compare equal.
QVariant toStorageValue(const QVariant &value);
// A stored ISO 8601 date as a date; invalid when null or not a date.
QDate storedDate(const QVariant &stored);
// A stored record id (16 bytes) as an id; null when null.
QUuid storedId(const QVariant &stored);

// A table or column name as an SQL identifier: in double quotes, inner ones doubled.
QString quoteIdentifier(const QString &identifier);

// Runs one or more SQL statements with no results; throws on failure.
void executeScript(sqlite3 *db, const QString &sql);

} // namespace casebook
