#pragma once

#include <QByteArray>

namespace casebook {

class Database;

// Every synced row, tombstone and conflict, with stamps and the installations
// that wrote them, in an order and form that depend only on the data: two
// installations that have seen the same changes give the same bytes.
// (Local peer indexes and the journal's order are left out: they differ.)
QByteArray canonicalDump(Database &db);

} // namespace casebook
