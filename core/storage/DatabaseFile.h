#pragma once

#include <QString>

#include <optional>

namespace casebook {

// What the first 100 bytes of a file say, read without opening it in SQLite,
// so that a file we refuse is never touched.
struct DatabaseFileHeader
{
    enum class Verdict { Missing, Empty, NotSqlite, Unreadable, Sqlite };
    Verdict verdict = Verdict::Missing;
    quint32 applicationId = 0;
    qint32 userVersion = 0;
    QString error;

    static DatabaseFileHeader read(const QString &path);
};

} // namespace casebook
