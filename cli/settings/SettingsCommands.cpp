#include "commands/EditSession.h"
#include "common/Command.h"
#include "common/Commands.h"
#include "common/Error.h"
#include "records/CommandArguments.h"
#include "records/RecordOutput.h"
#include "records/RecordVerbs.h"
#include "settings/GiasImport.h"
#include "settings/SettingRecords.h"
#include "storage/Database.h"
#include "sync/Store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct SettingsCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::SettingsCommands)
};

QString number(int n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n);
}

QString singleArgument(const QCommandLineParser &parser, const QString &what)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        throw Error(Error::Kind::Usage, SettingsCommandsText::tr("Give one %1.").arg(what));
    return positional.first();
}

void writeReport(QTextStream &out, const GiasImportReport &report, bool dryRun)
{
    const int otherAuthority = report.skippedOtherAuthority();
    out << (dryRun ? SettingsCommandsText::tr(
                         "%1 would import: %2 added, %3 updated, %4 unchanged, %5 skipped.")
                   : SettingsCommandsText::tr(
                         "Imported %1: %2 added, %3 updated, %4 unchanged, %5 skipped."))
               .arg(report.fileName, number(report.added), number(report.updated),
                    number(report.unchanged), number(int(report.skipped.size()) - otherAuthority))
        << '\n';
    if (otherAuthority > 0)
        out << SettingsCommandsText::tr(
                   "%n row(s) belong to other local authorities and were left out.", nullptr,
                   otherAuthority)
            << '\n';
    bool heading = false;
    for (const auto &skip : report.skipped) {
        if (skip.otherAuthority)
            continue;
        if (!heading)
            out << SettingsCommandsText::tr("Skipped:") << '\n';
        heading = true;
        out << "  " << SettingsCommandsText::tr("line %1").arg(skip.line) << ": "
            << (skip.name.isEmpty() ? skip.urn : skip.name) << " — " << skip.reason << '\n';
    }
    if (!report.withoutDistrict.isEmpty()) {
        out << SettingsCommandsText::tr("Imported without an STLS district (set it by hand):")
            << '\n';
        for (const auto &line : report.withoutDistrict)
            out << "  " << line << '\n';
    }
}

class SettingsImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("settings import"); }
    QString summary() const override
    {
        return SettingsCommandsText::tr("Import or update settings from a GIAS establishment CSV.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("file"),
                                     SettingsCommandsText::tr("The GIAS CSV file."),
                                     QStringLiteral("FILE"));
        parser.addOption(QCommandLineOption(
            QStringList{QStringLiteral("la")},
            SettingsCommandsText::tr("Keep this local authority (default: 886, Kent)."),
            QStringLiteral("CODE"), QString::fromLatin1(GiasImport::KentLaCode)));
        parser.addOption(QCommandLineOption(
            QStringList{QStringLiteral("dry-run")},
            SettingsCommandsText::tr("Report what would change; change nothing.")));
    }
    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        const QString file = singleArgument(parser, SettingsCommandsText::tr("GIAS CSV file"));
        const auto db = context.openDatabase();
        const GiasImportPlan plan =
            GiasImport::plan(*db, file, parser.value(QStringLiteral("la")).trimmed());
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        if (!dryRun) {
            EditSession session(*db);
            GiasImport::apply(session, plan);
        }
        writeReport(context.out, plan.report, dryRun);
        return ExitSuccess;
    }
};

class SettingsListCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("settings list"); }
    QString summary() const override
    {
        return SettingsCommandsText::tr("List settings and schools.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        parser.addOption(QCommandLineOption(
            QStringList{QStringLiteral("search")},
            SettingsCommandsText::tr("Only those whose name, URN or postcode holds TEXT."),
            QStringLiteral("TEXT")));
        parser.addOption(
            QCommandLineOption(QStringList{QStringLiteral("district")},
                               SettingsCommandsText::tr("Only this district (code, as in “casebook "
                                                        "reference districts”)."),
                               QStringLiteral("CODE")));
        parser.addOption(
            QCommandLineOption(QStringList{QStringLiteral("status")},
                               SettingsCommandsText::tr("Only open or only closed settings."),
                               QStringLiteral("open|closed")));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const OutputFormat format = outputFormat(parser);
        Database &db = session.database();
        const SettingFilter filter{parser.value(QStringLiteral("search")),
                                   parser.value(QStringLiteral("district")),
                                   parser.value(QStringLiteral("status"))};
        // The type of establishment makes a terminal table too wide; files get it.
        const bool withType = format != OutputFormat::Table;
        OutputTable table{{QStringLiteral("id"), QStringLiteral("urn"), QStringLiteral("name"),
                           QStringLiteral("phase")},
                          {SettingsCommandsText::tr("Id"), SettingsCommandsText::tr("URN"),
                           SettingsCommandsText::tr("Name"), SettingsCommandsText::tr("Phase")},
                          {},
                          {}};
        if (withType) {
            table.keys.append(QStringLiteral("establishment_type"));
            table.headings.append(SettingsCommandsText::tr("Type"));
        }
        table.keys.append(
            {QStringLiteral("district"), QStringLiteral("postcode"), QStringLiteral("status")});
        table.headings.append({SettingsCommandsText::tr("District"),
                               SettingsCommandsText::tr("Postcode"),
                               SettingsCommandsText::tr("Status")});
        for (const auto &s : listSettings(db, filter)) {
            QVariantList row{s.id.toString(QUuid::WithoutBraces), s.urn, s.name, s.phase};
            if (withType)
                row.append(s.establishmentType);
            row.append({s.districtName, s.postcode, s.status});
            table.rows.append(row);
        }
        writeTable(context.out, table, format);
        return ExitSuccess;
    }
};

} // namespace

CommandList settingsCommands()
{
    CommandList commands = makeCommands<SettingsImportCommand, SettingsListCommand>();
    addRecordVerbs(commands, recordKind<&settingKind>, QStringLiteral("settings"),
                   {settingArgument, QStringLiteral("URN|ID"),
                    SettingsCommandsText::tr("The setting's URN or id.")});
    return commands;
}

} // namespace casebook
