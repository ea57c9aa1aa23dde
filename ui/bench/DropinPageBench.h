#pragma once

class QTextStream;

namespace casebook {
class Database;
}

namespace casebook::ui {

// The Drop-in page as a person opens it on each district's sessions (every
// one of five years), with the chosen session's slots, laid out and painted.
void benchDropinPage(QTextStream &out, Database &db);

} // namespace casebook::ui
