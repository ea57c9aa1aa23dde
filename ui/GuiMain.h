#pragma once

namespace casebook::ui {

// Opens the window on the database named by --db (or the default one) and
// runs until it closes. Returns the process exit status.
int runWindow(int &argc, char **argv);

} // namespace casebook::ui
