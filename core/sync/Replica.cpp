#include "Replica.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace casebook {

Replica::Replica(Database &db)
    : m_db(db)
    , m_clock(db.environment().wallClockMs)
    , m_persistedClock(storedClock())
    , m_schema(SyncSchema::load(db.handle()))
{
    m_clock.setLast(Stamp{m_persistedClock});
    db.addTransactionObserver(this);
}

Replica::~Replica()
{
    if (m_databaseOpen)
        m_db.removeTransactionObserver(this);
}

Replica &Replica::of(Database &db)
{
    return db.attachment<Replica>();
}

quint64 Replica::storedClock() const
{
    Statement query(m_db.handle(), QStringLiteral("SELECT clock_high FROM installation"));
    return query.step() ? quint64(query.int64(0)) : 0;
}

void Replica::transactionBegun()
{
    const quint64 stored = storedClock();
    if (stored <= m_persistedClock)
        return;
    m_persistedClock = stored;
    m_clock.setLast(std::max(m_clock.last(), Stamp{stored}));
}

void Replica::transactionCommitting()
{
    const quint64 last = m_clock.last().value;
    if (last == m_persistedClock)
        return;
    Statement update(m_db.handle(), QStringLiteral("UPDATE installation SET clock_high = ?"));
    update.bindInt64(1, qint64(last));
    update.execute();
    m_persistedClock = last;
}

} // namespace casebook
