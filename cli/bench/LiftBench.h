#pragma once

class QTextStream;

namespace casebook {

class Database;

// LIFT figures on the demo data: opening a meeting with 25 referrals as the
// workspace does, and writing its minutes as PDF.
void runLiftBench(QTextStream &out, Database &db);

} // namespace casebook
