#pragma once

class QTextStream;

namespace casebook {
class Database;
}

namespace casebook::ui {

// The link-teacher allocation tab on a whole county's year (every district),
// read, laid out and painted.
void benchLinkPage(QTextStream &out, Database &db);

} // namespace casebook::ui
