#pragma once

#include "common/Environment.h"

#include <QStringList>

class QTextStream;

namespace casebook {

// True when the arguments ask for the command line (a subcommand, --help or
// --version) rather than the window.
bool wantsCommandLine(const QStringList &arguments);
// What the command the arguments name needs of the application object: a
// QCoreApplication unless it lays out documents or times the window.
enum class ApplicationNeeds;
ApplicationNeeds applicationNeeds(const QStringList &arguments);

// Runs `casebook …` headless. `arguments` starts with the program name, as
// QCoreApplication::arguments() does. Returns the process exit status.
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   Environment environment = Environment::system());

} // namespace casebook
