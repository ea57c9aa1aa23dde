#pragma once

#include "common/Environment.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <memory>

namespace casebook::test {

// A clock the test moves by hand and an id source that counts, so that
// stamps and ids are the same on every run.
struct ManualTime
{
    qint64 ms = 1'767'225'600'000; // 2026-01-01T00:00:00Z
    quint64 ids = 0;

    Environment environment();
};

// A fresh database in its own temporary folder.
class TestDatabase
{
public:
    TestDatabase();
    Database &db() { return *m_db; }
    Database *operator->() { return m_db.get(); }
    QString path() const;
    QString folder() const { return m_folder.path(); }
    void reopen();
    void close() { m_db.reset(); }
    ManualTime &time() { return *m_time; }

private:
    QTemporaryDir m_folder;
    std::shared_ptr<ManualTime> m_time = std::make_shared<ManualTime>();
    std::unique_ptr<Database> m_db;
};

QByteArray sha256OfFile(const QString &path);

} // namespace casebook::test
