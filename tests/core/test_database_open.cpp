#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace casebook;
using casebook::test::sha256OfFile;
using casebook::test::TestDatabase;

namespace {

Error::Kind refusalKind(const QString &path, QString *message = nullptr)
{
    try {
        Database::open(path);
    } catch (const Error &error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    FAIL("the file was opened");
    return Error::Kind::Storage;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Files in the folder, so a refusal can be shown to leave no -wal or -shm.
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("A new database is created with WAL, foreign keys and every migration", "[storage]")
{
    TestDatabase t;
    CHECK(t->schemaVersion() == Database::latestSchemaVersion());
    Statement mode(t->handle(), QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(mode.step());
    CHECK(mode.text(0) == QStringLiteral("wal"));
    Statement keys(t->handle(), QStringLiteral("PRAGMA foreign_keys"));
    REQUIRE(keys.step());
    CHECK(keys.int64(0) == 1);
    Statement appId(t->handle(), QStringLiteral("PRAGMA application_id"));
    REQUIRE(appId.step());
    CHECK(quint32(appId.int64(0)) == Database::ApplicationId);
    CHECK(sqlite3_busy_timeout(t->handle(), 5000) == SQLITE_OK);
}

TEST_CASE("The installation id is made once, at creation", "[storage]")
{
    TestDatabase t;
    const QUuid id = t->installationId();
    CHECK_FALSE(id.isNull());
    t.reopen();
    CHECK(t->installationId() == id);
    TestDatabase other;
    CHECK(other->installationId() != id);
}

TEST_CASE("Reopening runs no migration twice", "[storage]")
{
    TestDatabase t;
    Statement count(t->handle(), QStringLiteral("SELECT count(*) FROM district"));
    REQUIRE(count.step());
    CHECK(count.int64(0) == 12);
    t.reopen();
    Statement again(t->handle(), QStringLiteral("SELECT count(*) FROM district"));
    REQUIRE(again.step());
    CHECK(again.int64(0) == 12);
}

TEST_CASE("A database from a newer Casebook is refused and left unchanged", "[storage]")
{
    TestDatabase t;
    const int newer = Database::latestSchemaVersion() + 5;
    executeScript(t->handle(), QStringLiteral("PRAGMA user_version = %1").arg(newer));
    t.close();
    const QByteArray before = sha256OfFile(t.path());
    const QStringList filesBefore = filesIn(t.folder());

    QString message;
    CHECK(refusalKind(t.path(), &message) == Error::Kind::TooNew);
    CHECK(message.contains(QString::number(newer)));
    CHECK(message.contains(QString::number(Database::latestSchemaVersion())));
    CHECK(message.contains(QLatin1String("test.sqlite")));
    CHECK(sha256OfFile(t.path()) == before);
    CHECK(filesIn(t.folder()) == filesBefore);
}

TEST_CASE("A newer version still in the write-ahead log is refused too", "[storage]")
{
    TestDatabase t;
    const QByteArray headerBefore = sha256OfFile(t.path());
    // Keep the change in the WAL: a second connection holds it open so the
    // first close cannot checkpoint, and we copy the files while it does.
    sqlite3 *other = nullptr;
    REQUIRE(sqlite3_open(t.path().toUtf8().constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = 99", nullptr,
                         nullptr, nullptr) == SQLITE_OK);
    QTemporaryDir copy;
    const QString copied = copy.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(QFile::copy(t.path(), copied));
    REQUIRE(QFile::copy(t.path() + QStringLiteral("-wal"), copied + QStringLiteral("-wal")));
    sqlite3_close(other);

    const QByteArray before = sha256OfFile(copied);
    const QByteArray walBefore = sha256OfFile(copied + QStringLiteral("-wal"));
    QString message;
    CHECK(refusalKind(copied, &message) == Error::Kind::TooNew);
    CHECK(message.contains(QLatin1String("99")));
    CHECK(sha256OfFile(copied) == before);
    CHECK(sha256OfFile(copied + QStringLiteral("-wal")) == walBefore);
    CHECK_FALSE(headerBefore.isEmpty());
}

TEST_CASE("Files that are not Casebook databases are refused and left unchanged", "[storage]")
{
    QTemporaryDir folder;
    SECTION("an empty file")
    {
        const QString path = folder.filePath(QStringLiteral("empty.sqlite"));
        writeFile(path, {});
        QString message;
        CHECK(refusalKind(path, &message) == Error::Kind::NotCasebook);
        CHECK(message.contains(QLatin1String("empty")));
        CHECK(QFileInfo(path).size() == 0);
        CHECK(filesIn(folder.path()) == QStringList{QStringLiteral("empty.sqlite")});
    }
    SECTION("random bytes")
    {
        const QString path = folder.filePath(QStringLiteral("random.sqlite"));
        QByteArray bytes(8192, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8192 / 4);
        writeFile(path, bytes);
        const QByteArray before = sha256OfFile(path);
        QString message;
        CHECK(refusalKind(path, &message) == Error::Kind::NotCasebook);
        CHECK(message.contains(QLatin1String("not an SQLite database")));
        CHECK(sha256OfFile(path) == before);
        CHECK(filesIn(folder.path()) == QStringList{QStringLiteral("random.sqlite")});
    }
    SECTION("another application's SQLite file")
    {
        const QString path = folder.filePath(QStringLiteral("other.db"));
        sqlite3 *other = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &other) == SQLITE_OK);
        REQUIRE(sqlite3_exec(other,
                             "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES "
                             "('hello');",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(other);
        const QByteArray before = sha256OfFile(path);
        QString message;
        CHECK(refusalKind(path, &message) == Error::Kind::NotCasebook);
        CHECK(message.contains(QLatin1String("another application")));
        CHECK(sha256OfFile(path) == before);
        CHECK(filesIn(folder.path()) == QStringList{QStringLiteral("other.db")});
    }
    SECTION("a folder")
    {
        QString message;
        CHECK(refusalKind(folder.path(), &message) == Error::Kind::Storage);
        CHECK(message.contains(QLatin1String("folder")));
    }
}
