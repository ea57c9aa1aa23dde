#pragma once

class QTextStream;

namespace casebook {

class Database;

// Casework figures on the demo data: the busiest teacher's caseload, and
// adding a contact-log entry as the window does (checked, one durable
// transaction, undoable).
void runCaseworkBench(QTextStream &out, Database &db);

} // namespace casebook
