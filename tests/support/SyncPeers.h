#pragma once

#include "TestDatabase.h"
#include "sync/ChangeSet.h"
#include "sync/Store.h"

#include <memory>

namespace casebook::test {

// One installation for sync tests: its own database, clock and store.
class Installation
{
public:
    Installation();
    Database &db() { return m_database.db(); }
    Store &store() { return *m_store; }
    ManualTime &time() { return m_database.time(); }

private:
    TestDatabase m_database;
    std::unique_ptr<Store> m_store;
};

// What `from` would export for `to` (all `to` has not told `from` it has
// seen), applied to `to`.
ImportSummary send(Installation &from, Installation &to);

} // namespace casebook::test
