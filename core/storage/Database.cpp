#include "Database.h"

#include "DatabaseFile.h"
#include "Migrations.h"
#include "Statement.h"
#include "common/Error.h"
#include "common/PrivateFiles.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>

#include <sqlite3.h>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::Database)
};

[[noreturn]] void refuseNotCasebook(const QString &path, const QString &reason)
{
    throw Error(Error::Kind::NotCasebook,
                DatabaseText::tr("“%1” is not a Casebook database: %2. Nothing was changed.")
                    .arg(QDir::toNativeSeparators(path), reason));
}

[[noreturn]] void refuseTooNew(const QString &path, int found)
{
    throw Error(Error::Kind::TooNew,
                DatabaseText::tr(
                    "“%1” was written by a newer version of Casebook (database schema version %2; "
                    "this program knows versions up to %3). Nothing was changed: open it with the "
                    "newer version.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(found)
                    .arg(Database::latestSchemaVersion()));
}

// SQLite cannot even read a database in write-ahead log mode that it may
// not write to (nor one whose folder takes no -wal and -shm files), and says
// only that it cannot open it: name the cause before it tries.
void refuseReadOnly(const QFileInfo &file)
{
    const QString path = QDir::toNativeSeparators(file.filePath());
    if (!file.isWritable())
        throw Error(Error::Kind::Storage,
                    DatabaseText::tr(
                        "“%1” is read-only: this user may not write to it, or its disk is mounted "
                        "read-only. Casebook needs to write to its database; nothing was changed.")
                        .arg(path));
    const QFileInfo folder(file.absolutePath());
    if (!folder.isWritable())
        throw Error(Error::Kind::Storage,
                    DatabaseText::tr(
                        "The folder of “%1” is read-only for this user, or its disk is. Casebook "
                        "keeps its write-ahead log beside the database, so it cannot work there; "
                        "nothing was changed. Move the database to a folder you can write to.")
                        .arg(path));
}

qint64 pragmaInt(sqlite3 *db, const char *pragma)
{
    Statement query(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma)));
    return query.step() ? query.int64(0) : 0;
}

} // namespace

int Database::latestSchemaVersion()
{
    return migrations().back().version;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/casebook.sqlite");
}

Database::Database(QString path, Environment environment)
    : m_path(std::move(path))
    , m_environment(std::move(environment))
{
    static QAtomicInteger<int> serial;
    m_connectionName = QStringLiteral("casebook-%1").arg(serial.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    for (TransactionObserver *observer : std::exchange(m_observers, {}))
        observer->databaseClosing();
    m_attachments.clear();
    m_handle = nullptr;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return int(pragmaInt(m_handle, "user_version"));
}

std::unique_ptr<Database> Database::open(const QString &path, Environment environment)
{
    // Look at the file before SQLite does, so that a file we refuse is never
    // written to (not even a journal or a checkpoint).
    const DatabaseFileHeader header = DatabaseFileHeader::read(path);
    switch (header.verdict) {
    case DatabaseFileHeader::Verdict::Empty:
        refuseNotCasebook(path, DatabaseText::tr("the file is empty"));
    case DatabaseFileHeader::Verdict::NotSqlite:
        refuseNotCasebook(path, DatabaseText::tr("it is not an SQLite database"));
    case DatabaseFileHeader::Verdict::Unreadable:
        throw Error(Error::Kind::Storage, DatabaseText::tr("Cannot read “%1”: %2.")
                                              .arg(QDir::toNativeSeparators(path), header.error));
    case DatabaseFileHeader::Verdict::Sqlite:
        if (header.applicationId != ApplicationId)
            refuseNotCasebook(path,
                              DatabaseText::tr("it is another application’s SQLite database"));
        if (header.userVersion > latestSchemaVersion())
            refuseTooNew(path, header.userVersion);
        break;
    case DatabaseFileHeader::Verdict::Missing:
        break;
    }

    const bool creating = header.verdict == DatabaseFileHeader::Verdict::Missing;
    const QFileInfo info(path);
    if (creating) {
        // Owner-only from the start: SQLite gives the -wal and -shm files the
        // database file's own permissions.
        if (!makePrivateFolders(info.absolutePath()))
            throw Error(Error::Kind::Storage,
                        DatabaseText::tr("Cannot create the folder “%1”.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        if (!QFileInfo(info.absolutePath()).isWritable() || !createOwnerOnly(path))
            throw Error(Error::Kind::Storage,
                        DatabaseText::tr(
                            "Cannot create “%1”: the folder is read-only for this user, or its "
                            "disk is.")
                            .arg(QDir::toNativeSeparators(path)));
    } else {
        refuseReadOnly(info);
    }

    std::unique_ptr<Database> db(new Database(path, std::move(environment)));
    db->connect(creating);
    for (const char *suffix : {"", "-wal", "-shm"})
        makeOwnerOnly(path + QLatin1String(suffix));
    db->runMigrations();
    db->loadIdentity();
    return db;
}

void Database::connect(bool creating)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        throw Error(Error::Kind::Storage,
                    DatabaseText::tr("Qt's SQLite driver (QSQLITE) is not installed."));
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        throw Error(Error::Kind::Storage,
                    DatabaseText::tr("Cannot open “%1”: %2.")
                        .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    const QVariant handle = db.driver()->handle();
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());

    if (!creating) {
        // The header may lag behind a write-ahead log: ask SQLite too, and
        // while we do, make sure closing cannot checkpoint into the file.
        sqlite3_db_config(m_handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        qint64 applicationId = 0;
        qint64 version = 0;
        try {
            applicationId = pragmaInt(m_handle, "application_id");
            version = pragmaInt(m_handle, "user_version");
        } catch (const Error &) {
            refuseNotCasebook(m_path, DatabaseText::tr("SQLite cannot read it"));
        }
        if (quint32(applicationId) != ApplicationId)
            refuseNotCasebook(m_path,
                              DatabaseText::tr("it is another application’s SQLite database"));
        if (version > latestSchemaVersion())
            refuseTooNew(m_path, int(version));
        sqlite3_db_config(m_handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    } else {
        // Written before WAL mode, so that the file's own header carries it.
        executeScript(m_handle, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    }

    executeScript(m_handle, QStringLiteral("PRAGMA journal_mode = WAL;"
                                           "PRAGMA synchronous = FULL;"
                                           "PRAGMA foreign_keys = ON;"
                                           "PRAGMA temp_store = MEMORY;"
                                           "PRAGMA cache_size = -32768;"
                                           // Reads a county's data without a copy per page.
                                           "PRAGMA mmap_size = 268435456;"));
    // Another connection (the command line, or the window's sync worker) may
    // hold the write lock for a few seconds.
    sqlite3_busy_timeout(m_handle, 10000);
}

void Database::runMigrations()
{
    const int current = schemaVersion();
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        QFile script(migration.script);
        if (!script.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Storage,
                        DatabaseText::tr("Migration %1 is missing from the program.")
                            .arg(migration.version));
        const QString sql = QString::fromUtf8(script.readAll());
        executeScript(m_handle, QStringLiteral("BEGIN IMMEDIATE"));
        try {
            executeScript(m_handle, sql);
            if (migration.version == 1) {
                const QUuid id = m_environment.newId();
                Statement install(m_handle, QStringLiteral("INSERT INTO installation (singleton, "
                                                           "id, created_at) VALUES (1, ?, ?)"));
                install.bindBlob(1, id.toRfc4122());
                install.bindText(
                    2, QDateTime::fromMSecsSinceEpoch(m_environment.wallClockMs(), Qt::UTC)
                           .toString(Qt::ISODateWithMs));
                install.execute();
            }
            if (!migration.seed.isEmpty())
                executeScript(m_handle, migration.seed);
            executeScript(m_handle,
                          QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            executeScript(m_handle, QStringLiteral("COMMIT"));
        } catch (const Error &error) {
            sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
            throw Error(Error::Kind::Storage,
                        DatabaseText::tr("Upgrading “%1” to schema version %2 failed: %3")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(migration.version)
                            .arg(error.message()));
        }
    }
}

void Database::loadIdentity()
{
    Statement identity(m_handle, QStringLiteral("SELECT id FROM installation"));
    if (!identity.step())
        throw Error(Error::Kind::Storage, DatabaseText::tr("“%1” has no installation identity.")
                                              .arg(QDir::toNativeSeparators(m_path)));
    m_installationId = QUuid::fromRfc4122(identity.blob(0));
}

void Database::addTransactionObserver(TransactionObserver *observer)
{
    m_observers.push_back(observer);
}

void Database::removeTransactionObserver(TransactionObserver *observer)
{
    std::erase(m_observers, observer);
}

void Database::transactionBegun()
{
    const auto observers = m_observers; // one may go while told
    for (TransactionObserver *observer : observers)
        observer->transactionBegun();
}

void Database::transactionCommitting()
{
    const auto observers = m_observers;
    for (TransactionObserver *observer : observers)
        observer->transactionCommitting();
}

void Database::transactionEnded(bool committed)
{
    const auto observers = m_observers;
    for (TransactionObserver *observer : observers)
        observer->transactionEnded(committed);
}

} // namespace casebook
