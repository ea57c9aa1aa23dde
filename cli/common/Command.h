#pragma once

#include "Output.h"
#include "common/Environment.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>

class QTextStream;

namespace casebook {

class Database;
class EditSession;

// What every subcommand is given: where to write, which database, and the
// time and randomness seams.
struct CommandContext
{
    QTextStream &out;
    QTextStream &err;
    QString databasePath;
    Environment environment;

    std::unique_ptr<Database> openDatabase() const;
};

enum class ApplicationNeeds {
    Core,    // a QCoreApplication
    Gui,     // a QGuiApplication: documents lay out text, which needs fonts
    Widgets, // a QApplication, shown nowhere (the bench times the window's pages)
};

enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the work could not be done, or a check found problems
    ExitUsage = 2,   // the command line was wrong
};

// One `casebook` subcommand. `configure` adds its options and arguments; the
// global --db and --help are already there.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // What --help says above the options; the summary unless there is more to say.
    virtual QString description() const { return summary(); }
    virtual void configure(QCommandLineParser &) {}
    // What the command needs of the application object (main makes it).
    virtual ApplicationNeeds needs() const { return ApplicationNeeds::Core; }
    virtual int run(CommandContext &context, const QCommandLineParser &parser) = 0;

protected:
    // Reads --format (table unless given); throws Error::Kind::Usage when unknown.
    static OutputFormat outputFormat(const QCommandLineParser &parser);
    static void addFormatOption(QCommandLineParser &parser);
};

// A subcommand that works on the database: the base opens it, with an edit
// session for its changes, before the verb runs.
class DatabaseCommand : public Command
{
public:
    int run(CommandContext &context, const QCommandLineParser &parser) final;

protected:
    virtual int runOn(CommandContext &context, const QCommandLineParser &parser,
                      EditSession &session) = 0;
};

} // namespace casebook
