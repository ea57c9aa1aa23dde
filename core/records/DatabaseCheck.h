#pragma once

#include "storage/IntegrityCheck.h"

namespace casebook {

class Database;

// Every check `casebook check` makes, layer by layer: storage's, sync's, then
// the references between records that the record kinds declare.
QList<CheckResult> checkEverything(Database &db);

} // namespace casebook
