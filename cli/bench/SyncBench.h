#pragma once

#include "common/Environment.h"

class QTextStream;

namespace casebook {

// The sync figures of `casebook bench`: a whole county database and a week's
// work (about 2,000 changed rows) exported and imported as packages, beside
// sqlite3's own .dump and .read of the same database, with the ratios.
void runSyncBench(QTextStream &out, const QString &folder, const Environment &environment,
                  const QString &countyDatabase);

} // namespace casebook
