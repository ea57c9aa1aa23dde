// init, info and check: the commands about the database file itself.
#include "common/Command.h"
#include "common/Commands.h"
#include "common/PrivateFiles.h"
#include "records/DatabaseCheck.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct DatabaseCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::DatabaseCommands)
};

class InitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override
    {
        return DatabaseCommandsText::tr(
            "Create the database (or bring an existing one up to date).");
    }

    int run(CommandContext &context, const QCommandLineParser &) override
    {
        const bool existed = QFileInfo::exists(context.databasePath);
        const auto db = context.openDatabase();
        const QString path = QDir::toNativeSeparators(db->path());
        context.out << (existed
                            ? DatabaseCommandsText::tr("Database %1 is ready (schema version %2).")
                            : DatabaseCommandsText::tr("Created database %1 (schema version %2)."))
                           .arg(path)
                           .arg(db->schemaVersion())
                    << '\n'
                    << DatabaseCommandsText::tr("Installation: %1")
                           .arg(db->installationId().toString(QUuid::WithoutBraces))
                    << '\n';
        return ExitSuccess;
    }
};

class InfoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override
    {
        return DatabaseCommandsText::tr(
            "Show the schema version, installation and rows per table.");
    }
    void configure(QCommandLineParser &parser) override { addFormatOption(parser); }

    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        const OutputFormat format = outputFormat(parser);
        const auto db = context.openDatabase();
        OutputTable counts{{QStringLiteral("table"), QStringLiteral("rows")},
                           {DatabaseCommandsText::tr("Table"), DatabaseCommandsText::tr("Rows")},
                           {},
                           {}};
        Statement tables(db->handle(),
                         // Plain tables only: not search indexes and their shadow tables.
                         QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' "
                                        "AND type = 'table' AND name NOT LIKE 'sqlite_%' "
                                        "ORDER BY name"));
        while (tables.step()) {
            const QString table = tables.text(0);
            Statement count(db->handle(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
            count.step();
            counts.rows.append({table, count.int64(0)});
        }
        const QString id = db->installationId().toString(QUuid::WithoutBraces);
        switch (format) {
        case OutputFormat::Json: {
            QJsonArray array;
            for (const auto &row : counts.rows)
                array.append(QJsonObject{{QStringLiteral("table"), row[0].toString()},
                                         {QStringLiteral("rows"), row[1].toLongLong()}});
            const QJsonObject object{
                {QStringLiteral("path"), db->path()},
                {QStringLiteral("schema_version"), db->schemaVersion()},
                {QStringLiteral("latest_schema_version"), Database::latestSchemaVersion()},
                {QStringLiteral("installation_id"), id},
                {QStringLiteral("core_dumps"),
                 coreDumpsOff() ? QStringLiteral("off") : QStringLiteral("on")},
                {QStringLiteral("tables"), array}};
            context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
            break;
        }
        case OutputFormat::Csv:
            writeTable(context.out, counts, format);
            break;
        case OutputFormat::Table:
            context.out << DatabaseCommandsText::tr("Database:       %1")
                               .arg(QDir::toNativeSeparators(db->path()))
                        << '\n'
                        << DatabaseCommandsText::tr(
                               "Schema version: %1 (this program knows up to %2)")
                               .arg(db->schemaVersion())
                               .arg(Database::latestSchemaVersion())
                        << '\n'
                        << DatabaseCommandsText::tr("Installation:   %1").arg(id) << '\n'
                        << (coreDumpsOff() ? DatabaseCommandsText::tr("Core dumps:     off")
                                           : DatabaseCommandsText::tr(
                                                 "Core dumps:     on (a crash would write the "
                                                 "records in memory to disk)"))
                        << "\n\n";
            writeTable(context.out, counts, format);
            break;
        }
        return ExitSuccess;
    }
};

class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return DatabaseCommandsText::tr(
            "Check the database's integrity and the program's own rules.");
    }

    int run(CommandContext &context, const QCommandLineParser &) override
    {
        const auto db = context.openDatabase();
        bool allPassed = true;
        const QList<CheckResult> results = checkEverything(*db);
        for (const CheckResult &result : results) {
            context.out << (result.passed ? DatabaseCommandsText::tr("ok      ")
                                          : DatabaseCommandsText::tr("FAILED  "))
                        << result.name << '\n';
            for (const QString &problem : result.problems)
                context.out << "        - " << problem << '\n';
            allPassed = allPassed && result.passed;
        }
        if (!allPassed) {
            context.err << DatabaseCommandsText::tr("casebook check: problems found in %1.")
                               .arg(QDir::toNativeSeparators(db->path()))
                        << '\n';
            return ExitFailure;
        }
        context.out << DatabaseCommandsText::tr("All checks passed.") << '\n';
        return ExitSuccess;
    }
};

} // namespace

CommandList databaseCommands()
{
    return makeCommands<InitCommand, InfoCommand, CheckCommand>();
}

} // namespace casebook
