#include "CommandLine.h"

#include "Command.h"
#include "Commands.h"
#include "commands/EditSession.h"
#include "common/Error.h"
#include "common/Registry.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::CommandLine)
};

const QCommandLineOption &databaseOption()
{
    static const QCommandLineOption option(
        QStringList{QStringLiteral("db")},
        QCoreApplication::translate("casebook::CommandLine", "The database file (default: %1).")
            .arg(Database::defaultPath()),
        QStringLiteral("FILE"));
    return option;
}

// The index of the subcommand in `arguments`, or -1.
qsizetype commandIndex(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--db")) {
            ++i; // skip its value
            continue;
        }
        if (!argument.startsWith(u'-'))
            return i;
    }
    return -1;
}

// The command the arguments from `index` name, and how many words its name
// has. A name is one word ("init"), a group and a verb ("children add"), or a
// group, a subgroup and a verb ("casework outcome add"): the longest name the
// arguments spell.
std::pair<Command *, qsizetype> findCommand(const CommandList &commands,
                                            const QStringList &arguments, qsizetype index)
{
    for (qsizetype n = 3; n >= 1; --n) {
        if (index + n > arguments.size())
            continue;
        const QString candidate = arguments.mid(index, n).join(u' ');
        for (const auto &command : commands)
            if (command->name() == candidate)
                return {command.get(), n};
    }
    return {nullptr, 0};
}

void writeGeneralHelp(QTextStream &out)
{
    out << CommandLineText::tr("Usage: casebook [--db FILE] [COMMAND [OPTIONS]]") << "\n\n"
        << CommandLineText::tr(
               "STLS Casebook keeps the casework of a Specialist Teaching and Learning Service.\n"
               "With no command it opens the window; with a command it works on the same\n"
               "database without one.")
        << "\n\n"
        << CommandLineText::tr("Options:") << '\n'
        << "  --db FILE      "
        << CommandLineText::tr("The database file (default: %1).").arg(Database::defaultPath())
        << '\n'
        << "  -h, --help     "
        << CommandLineText::tr("Show this help, or a command's help after its name.") << '\n'
        << "  -v, --version  " << CommandLineText::tr("Show the version.") << "\n\n"
        << CommandLineText::tr("Commands:") << '\n';
    // Each group's verbs together, the groups in the order they first come.
    const CommandList commands = allCommands();
    QStringList groups;
    qsizetype width = 0;
    for (const auto &command : commands) {
        const QString group = command->name().section(u' ', 0, 0);
        if (!groups.contains(group))
            groups.append(group);
        width = std::max(width, command->name().size());
    }
    for (const QString &group : groups)
        for (const auto &command : commands)
            if (command->name().section(u' ', 0, 0) == group)
                out << "  " << command->name().leftJustified(width) << "  " << command->summary()
                    << '\n';
    out << '\n'
        << CommandLineText::tr("Run “casebook COMMAND --help” for a command's options.") << '\n';
}

} // namespace

std::unique_ptr<Database> CommandContext::openDatabase() const
{
    return Database::open(databasePath, environment);
}

int DatabaseCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    // A wrong --format is refused before the file is opened (or made).
    if (parser.optionNames().contains(QLatin1String("format")))
        outputFormat(parser);
    const auto db = context.openDatabase();
    EditSession session(*db);
    return runOn(context, parser, session);
}

OutputFormat Command::outputFormat(const QCommandLineParser &parser)
{
    const QString text = parser.value(QStringLiteral("format"));
    if (const auto format = parseOutputFormat(text))
        return *format;
    throw Error(
        Error::Kind::Usage,
        CommandLineText::tr("Unknown output format “%1”: use table, csv or json.").arg(text));
}

void Command::addFormatOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("format")},
                                        CommandLineText::tr("Output format: table, csv or json."),
                                        QStringLiteral("FORMAT"), QStringLiteral("table")));
}

ApplicationNeeds applicationNeeds(const QStringList &arguments)
{
    const qsizetype index = commandIndex(arguments);
    if (index < 0)
        return ApplicationNeeds::Core;
    const CommandList commands = allCommands();
    const Command *command = findCommand(commands, arguments, index).first;
    return command ? command->needs() : ApplicationNeeds::Core;
}

bool wantsCommandLine(const QStringList &arguments)
{
    return commandIndex(arguments) >= 0 || arguments.contains(QLatin1String("--help")) ||
           arguments.contains(QLatin1String("-h")) ||
           arguments.contains(QLatin1String("--version")) ||
           arguments.contains(QLatin1String("-v"));
}

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   Environment environment)
{
    const qsizetype index = commandIndex(arguments);
    if (index < 0) {
        if (arguments.contains(QLatin1String("--version")) ||
            arguments.contains(QLatin1String("-v"))) {
            out << "casebook " << QStringLiteral(CASEBOOK_VERSION) << '\n';
            return ExitSuccess;
        }
        writeGeneralHelp(out);
        return arguments.contains(QLatin1String("--help")) ||
                       arguments.contains(QLatin1String("-h"))
                   ? ExitSuccess
                   : ExitUsage;
    }

    const CommandList commands = allCommands();
    const auto [found, words] = findCommand(commands, arguments, index);
    if (!found) {
        const QString name = arguments[index];
        QStringList verbs;
        for (const auto &command : commands)
            if (command->name().startsWith(name + u' '))
                verbs.append(command->name());
        if (!verbs.isEmpty())
            err << CommandLineText::tr("casebook %1: say what to do: %2.")
                       .arg(name, verbs.join(QLatin1String(", ")))
                << '\n';
        else
            err << CommandLineText::tr(
                       "casebook: unknown command “%1”. Run “casebook --help” for the list.")
                       .arg(name)
                << '\n';
        return ExitUsage;
    }
    Command &command = *found;
    const QString name = command.name();

    QCommandLineParser parser;
    parser.setApplicationDescription(command.description());
    parser.addOption(databaseOption());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLineText::tr("Show this help."));
    parser.addOption(help);
    command.configure(parser);

    QStringList commandArguments = arguments;
    commandArguments.remove(index, words);
    commandArguments[0] = QStringLiteral("casebook ") + name;
    if (!parser.parse(commandArguments)) {
        err << "casebook " << name << ": " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitSuccess;
    }

    CommandContext context{out, err,
                           parser.isSet(databaseOption()) ? parser.value(databaseOption())
                                                          : Database::defaultPath(),
                           std::move(environment)};
    try {
        return command.run(context, parser);
    } catch (const Error &error) {
        err << "casebook " << name << ": " << error.commandLineMessage() << '\n';
        return error.kind() == Error::Kind::Usage ? ExitUsage : ExitFailure;
    }
}

void installFeatureCommands(QList<CommandsFactory> features)
{
    registry<CommandsFactory>() = std::move(features);
}

CommandList allCommands()
{
    CommandList commands;
    for (CommandsFactory make : {databaseCommands, demoCommands, benchCommands})
        for (auto &command : make())
            commands.push_back(std::move(command));
    for (CommandsFactory make : registry<CommandsFactory>())
        for (auto &command : make())
            commands.push_back(std::move(command));
    for (auto &command : syncCommands())
        commands.push_back(std::move(command));
    return commands;
}

} // namespace casebook
