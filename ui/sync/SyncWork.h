#pragma once

#include "common/Progress.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace casebook {
class Database;
class Error;
} // namespace casebook

namespace casebook::ui {

// Runs one long piece of sync work (an export or an import) on a worker
// thread with its own connection to the database file, behind a window-modal
// progress dialog that names each step; its Stop button asks the work to stop,
// which then changes nothing. `done` runs on the GUI thread afterwards with
// the work's error, if any (Error::Kind::Cancelled when stopped).
//
// The window's own connection stays free for reading meanwhile; the dialog
// keeps a person from writing until the work ends.
void runSyncWork(QWidget *parent, Database &db, const QString &title,
                 std::function<void(Database &, const ProgressReport &)> work,
                 std::function<void(const std::optional<Error> &)> done);

} // namespace casebook::ui
