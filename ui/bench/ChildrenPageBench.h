#pragma once

class QTextStream;

namespace casebook {
class Database;
}

namespace casebook::ui {

// `casebook bench`: the time from asking for the Children page to its first
// screen painted (model, first page of children, layout, rendering).
void benchChildrenPage(QTextStream &out, Database &db);

} // namespace casebook::ui
