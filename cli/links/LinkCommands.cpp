// `casebook link …`: each setting's named link teacher by academic year and
// service line, the history kept as they change, and a year copied forward,
// through the same rules as the window (core/links). The allocations also
// have the generic verbs (`link allocation list --where …`).
#include "commands/EditSession.h"
#include "common/Command.h"
#include "common/Commands.h"
#include "common/Error.h"
#include "links/LinkAllocation.h"
#include "links/LinkRecords.h"
#include "records/CommandArguments.h"
#include "records/RecordOutput.h"
#include "records/RecordVerbs.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

namespace casebook {

namespace {

struct LinkCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::LinkCommands)
};

// --year, --from, --to: "2026/27"; refused, naming the option, when not one.
QString yearOption(const QCommandLineParser &parser, const char *option)
{
    const QString name = QString::fromLatin1(option);
    if (!parser.isSet(name))
        throw Error(Error::Kind::Usage, LinkCommandsText::tr("Give --%1, as 2026/27.").arg(name));
    const int start = parseAcademicYear(parser.value(name));
    if (start < 0)
        throw Error(Error::Kind::Usage,
                    LinkCommandsText::tr("--%1: “%2” is not an academic year; write it as 2026/27.")
                        .arg(name, parser.value(name)));
    return academicYearText(start);
}

QCommandLineOption serviceLineOption()
{
    return valueOption("service-line",
                       LinkCommandsText::tr("The service line (district, pd, sensory; district "
                                            "unless given)."),
                       "CODE");
}

QString serviceLine(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("service-line"))
               ? parser.value(QStringLiteral("service-line")).toLower()
               : QStringLiteral("district");
}

class LinkListCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("link list"); }
    QString summary() const override
    {
        return LinkCommandsText::tr("List a year's open settings with their link teacher.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        parser.addOption(
            valueOption("year", LinkCommandsText::tr("The academic year: 2026/27."), "YEAR"));
        parser.addOption(valueOption(
            "district", LinkCommandsText::tr("Only this district's (its code)."), "CODE"));
        parser.addOption(serviceLineOption());
        parser.addOption(
            QCommandLineOption(QStringList{QStringLiteral("unallocated")},
                               LinkCommandsText::tr("Only the settings without a link teacher.")));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const OutputFormat format = outputFormat(parser);
        LinkFilter filter;
        filter.year = yearOption(parser, "year");
        filter.districtCode = parser.value(QStringLiteral("district"));
        filter.serviceLine = serviceLine(parser);
        filter.unallocatedOnly = parser.isSet(QStringLiteral("unallocated"));
        const bool forPeople = format == OutputFormat::Table;
        OutputTable table{
            {QStringLiteral("setting_id"), QStringLiteral("urn"), QStringLiteral("setting"),
             QStringLiteral("district"), QStringLiteral("pupils"), QStringLiteral("teacher_id"),
             QStringLiteral("teacher"), QStringLiteral("email"), QStringLiteral("last_year")},
            {LinkCommandsText::tr("Setting id"), LinkCommandsText::tr("URN"),
             LinkCommandsText::tr("Setting"), LinkCommandsText::tr("District"),
             LinkCommandsText::tr("Pupils"), LinkCommandsText::tr("Teacher id"),
             LinkCommandsText::tr("Link teacher"), LinkCommandsText::tr("Email"),
             LinkCommandsText::tr("Last year")},
            {},
            {}};
        for (const LinkRow &r : listLinkAllocation(session.database(), filter))
            table.rows.append({idText(r.setting), r.urn, r.name,
                               forPeople ? r.districtName : r.districtCode,
                               r.pupils < 0 ? QVariant() : QVariant(r.pupils), idText(r.teacher),
                               r.teacherName, r.teacherEmail, r.lastYearTeacherName});
        writeTable(context.out, table, format);
        return ExitSuccess;
    }
};

class LinkAssignCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("link assign"); }
    QString summary() const override
    {
        return LinkCommandsText::tr("Make a teacher a setting's link teacher for a year; the one "
                                    "replaced stays in the history.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addOption(
            valueOption("setting", LinkCommandsText::tr("The setting's URN or id."), "URN"));
        parser.addOption(valueOption(
            "teacher", LinkCommandsText::tr("The teacher's id (or its start), or me."), "STAFF"));
        parser.addOption(
            valueOption("year", LinkCommandsText::tr("The academic year: 2026/27."), "YEAR"));
        parser.addOption(serviceLineOption());
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        for (const char *needed : {"setting", "teacher"})
            if (!parser.isSet(QString::fromLatin1(needed)))
                throw Error(Error::Kind::Usage,
                            LinkCommandsText::tr("Give --%1.").arg(QLatin1String(needed)));
        const QUuid id =
            assignLinkTeacher(session, settingArgument(db, parser.value(QStringLiteral("setting"))),
                              staffArgument(db, parser.value(QStringLiteral("teacher"))),
                              yearOption(parser, "year"), serviceLine(parser));
        context.out << idText(id) << '\n';
        return ExitSuccess;
    }
};

class LinkCopyForwardCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("link copy-forward"); }
    QString summary() const override
    {
        return LinkCommandsText::tr("Give each setting the link teacher it had the year before; "
                                    "says what it skipped.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addOption(
            valueOption("from", LinkCommandsText::tr("The year to copy: 2025/26."), "YEAR"));
        parser.addOption(
            valueOption("to", LinkCommandsText::tr("The year to fill: 2026/27."), "YEAR"));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const QString from = yearOption(parser, "from"), to = yearOption(parser, "to");
        const LinkCopyReport report = copyLinkTeachersForward(session, from, to);
        context.out << LinkCommandsText::tr("Copied %1 link teachers from %2 to %3; %4 settings "
                                            "had one for %3 already; %5 skipped.")
                           .arg(report.copied)
                           .arg(from, to)
                           .arg(report.alreadyAllocated)
                           .arg(report.skipped.size())
                    << '\n';
        for (const LinkCopyReport::Skipped &skip : report.skipped)
            context.out << LinkCommandsText::tr("  skipped %1 (%2): %3")
                               .arg(skip.name, skip.urn, skip.reason)
                        << '\n';
        return ExitSuccess;
    }
};

} // namespace

CommandList linksCommands()
{
    CommandList commands =
        makeCommands<LinkListCommand, LinkAssignCommand, LinkCopyForwardCommand>();
    addRecordVerbs(commands, recordKind<&linkTeacherKind>, QStringLiteral("link allocation"));
    return commands;
}

} // namespace casebook
