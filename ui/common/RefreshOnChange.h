#pragma once

#include <QStringList>

#include <functional>

class QObject;

namespace casebook {
class Store;
}

namespace casebook::ui {

// Calls `refresh` once, when the event loop is next free, after any change
// to a table that `tables` names (a prefix ending in '_' names every table
// that starts with it) or any change that came from a sync; however many
// come in a row. Stops with `owner`.
void refreshOnChange(QObject *owner, Store &store, const QStringList &tables,
                     std::function<void()> refresh);

} // namespace casebook::ui
