#pragma once

#include "TransactionObserver.h"
#include "common/Environment.h"
#include "sync/HybridClock.h"

#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <memory>
#include <vector>

struct sqlite3;

namespace casebook {

class SyncSchema;

// One open Casebook database file: the SQLite connection (shared by QtSql and
// the native handle), the installation's identity and its hybrid clock.
//
// open() refuses, with a message naming the file and the reason, an empty
// file, a file that is not SQLite, another application's SQLite file and a
// database from a newer Casebook; in each case the file is left unchanged.
class Database
{
public:
    static constexpr quint32 ApplicationId = 0x53544C53; // "STLS"

    static std::unique_ptr<Database> open(const QString &path,
                                          Environment environment = Environment::system());
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static int latestSchemaVersion();
    // The per-user data location used when no --db is given.
    static QString defaultPath();

    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_handle; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    QUuid installationId() const { return m_installationId; }
    const Environment &environment() const { return m_environment; }
    HybridClock &clock() { return m_clock; }
    const SyncSchema &syncSchema() const { return *m_syncSchema; }

    // Takes in a high-water mark another connection persisted (an import by
    // the command line or a worker); called as each write transaction begins.
    void catchUpClock();
    // Persists the clock's high-water mark; called inside each write transaction.
    void persistClock();

    void addTransactionObserver(TransactionObserver *observer);
    void removeTransactionObserver(TransactionObserver *observer);
    // Called by Transaction as the outermost one commits or rolls back.
    void transactionEnded(bool committed);

private:
    Database(QString path, Environment environment);
    void connect(bool creating);
    void runMigrations();
    void loadIdentity();

    QString m_path;
    QString m_connectionName;
    Environment m_environment;
    sqlite3 *m_handle = nullptr;
    QUuid m_installationId;
    HybridClock m_clock;
    quint64 m_persistedClock = 0;
    std::unique_ptr<SyncSchema> m_syncSchema;
    std::vector<TransactionObserver *> m_observers;
};

} // namespace casebook
