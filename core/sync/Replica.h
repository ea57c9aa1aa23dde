#pragma once

#include "HybridClock.h"
#include "SyncSchema.h"
#include "storage/TransactionObserver.h"

namespace casebook {

class Database;

// What makes a database one member of a sync group: its hybrid clock, whose
// high-water mark the file keeps (`installation.clock_high`), and the synced
// tables. Attached to the database on first use; every write transaction on
// it first catches the clock up with what another connection persisted (the
// command line, the window's sync worker) and persists it before committing.
class Replica final : public DatabaseAttachment, private TransactionObserver
{
public:
    explicit Replica(Database &db);
    ~Replica() override;

    static Replica &of(Database &db);

    HybridClock &clock() { return m_clock; }
    const SyncSchema &schema() const { return m_schema; }

private:
    void transactionBegun() override;
    void transactionCommitting() override;
    void databaseClosing() override { m_databaseOpen = false; }
    quint64 storedClock() const;

    Database &m_db;
    HybridClock m_clock;
    quint64 m_persistedClock = 0;
    SyncSchema m_schema;
    bool m_databaseOpen = true;
};

} // namespace casebook
