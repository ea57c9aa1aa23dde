#pragma once

#include "storage/IntegrityCheck.h"

namespace casebook {

class Database;

// What `casebook check` verifies of sync's own invariants: this installation
// among its peers, every synced row's field clocks, the change journal.
QList<CheckResult> checkSyncState(Database &db);

} // namespace casebook
