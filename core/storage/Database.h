#pragma once

#include "TransactionObserver.h"
#include "common/Environment.h"

#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <memory>
#include <type_traits>
#include <vector>

struct sqlite3;

namespace casebook {

// One open Casebook database file: the SQLite connection (shared by QtSql and
// the native handle) and the installation's identity. What sync keeps beside
// it (the clock, the synced tables) is an attachment of sync's own.
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
    // The attachment of type T, made with T(Database &) on first use and
    // destroyed, after every observer is told, as the database closes.
    template<typename T>
    T &attachment()
    {
        static_assert(std::is_base_of_v<DatabaseAttachment, T>);
        for (const auto &attached : m_attachments)
            if (auto *found = dynamic_cast<T *>(attached.get()))
                return *found;
        auto made = std::make_unique<T>(*this);
        T &result = *made;
        m_attachments.push_back(std::move(made));
        return result;
    }

    void addTransactionObserver(TransactionObserver *observer);
    void removeTransactionObserver(TransactionObserver *observer);
    // Called by Transaction on the outermost one.
    void transactionBegun();
    void transactionCommitting();
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
    std::vector<TransactionObserver *> m_observers;
    std::vector<std::unique_ptr<DatabaseAttachment>> m_attachments;
};

} // namespace casebook
