// `casebook support …`: intensive specialist support episodes, started on a
// child's involvement, ended with their outcome, and the follow-up check,
// through the same rules as the window (core/support). Every record also has
// the generic verbs (`support episode show`, `support capacity add`).
#include "casework/CaseworkRecords.h"
#include "commands/EditSession.h"
#include "common/Command.h"
#include "common/Commands.h"
#include "common/Error.h"
#include "records/CommandArguments.h"
#include "records/RecordOutput.h"
#include "records/RecordVerbs.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/SupportEpisodes.h"
#include "support/SupportRecords.h"

#include <QCoreApplication>
#include <QTextStream>

namespace casebook {

namespace {

struct SupportCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::SupportCommands)
};

class SupportListCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("support list"); }
    QString summary() const override
    {
        return SupportCommandsText::tr("List intensive support episodes: those past their "
                                       "planned end first, then checks overdue.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        parser.addOption(
            QCommandLineOption(QStringList{QStringLiteral("open")},
                               SupportCommandsText::tr("Only the open ones (no outcome yet).")));
        parser.addOption(valueOption(
            "teacher", SupportCommandsText::tr("Only this teacher's cases (an id, or me)."),
            "STAFF"));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        const OutputFormat format = outputFormat(parser);
        SupportFilter filter;
        filter.openOnly = parser.isSet(QStringLiteral("open"));
        if (parser.isSet(QStringLiteral("teacher")))
            filter.teacher = staffArgument(db, parser.value(QStringLiteral("teacher")));
        const bool forPeople = format == OutputFormat::Table;
        const RecordType &type = supportEpisodeKind().type();
        const FieldSpec &risk = type.requireField(u"risk");
        const FieldSpec &outcome = type.requireField(u"outcome");
        const FieldSpec &check = type.requireField(u"check_result");
        OutputTable table{
            {QStringLiteral("id"), QStringLiteral("child"), QStringLiteral("setting"),
             QStringLiteral("teacher"), QStringLiteral("starts_on"),
             QStringLiteral("planned_end_on"), QStringLiteral("risk"), QStringLiteral("sessions"),
             QStringLiteral("outcome"), QStringLiteral("ended_on"), QStringLiteral("check_due_on"),
             QStringLiteral("check_result"), QStringLiteral("flag")},
            {SupportCommandsText::tr("Id"), SupportCommandsText::tr("Child"),
             SupportCommandsText::tr("Setting"), SupportCommandsText::tr("Teacher"),
             SupportCommandsText::tr("Started"), SupportCommandsText::tr("Planned end"),
             SupportCommandsText::tr("Risk"), SupportCommandsText::tr("Sessions"),
             SupportCommandsText::tr("Outcome"), SupportCommandsText::tr("Ended"),
             SupportCommandsText::tr("Check due"), SupportCommandsText::tr("At the check"),
             SupportCommandsText::tr("Flag")},
            {},
            {}};
        for (const SupportEpisodeSummary &e :
             listSupportEpisodes(db, filter, db.environment().today())) {
            QString flag;
            if (e.pastPlannedEnd)
                flag = forPeople ? SupportCommandsText::tr("PAST ITS PLANNED END")
                                 : QStringLiteral("past_planned_end");
            else if (e.checkOverdue)
                flag = forPeople ? SupportCommandsText::tr("CHECK OVERDUE")
                                 : QStringLiteral("check_overdue");
            table.rows.append({idText(e.id), e.childName, e.settingName, e.teacherName,
                               dateText(e.startsOn, format), dateText(e.plannedEndOn, format),
                               forPeople ? risk.choiceLabel(e.risk) : e.risk, e.sessions,
                               forPeople ? outcome.choiceLabel(e.outcome) : e.outcome,
                               dateText(e.endedOn, format), dateText(e.checkDueOn, format),
                               forPeople ? check.choiceLabel(e.checkResult) : e.checkResult, flag});
        }
        writeTable(context.out, table, format);
        return ExitSuccess;
    }
};

class SupportStartCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("support start"); }
    QString summary() const override
    {
        return SupportCommandsText::tr("Start intensive support on a child's involvement; "
                                       "prints the episode's id.");
    }
    QString description() const override
    {
        return SupportCommandsText::tr(
            "Start intensive support on a child's involvement; prints the episode's id. It needs "
            "planned_end_on and risk (exclusion, reduced_timetable, specialist_provision, or "
            "other with risk_detail); it starts today unless starts_on says otherwise.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("involvement"),
                                     SupportCommandsText::tr("The involvement's id."),
                                     QStringLiteral("INVOLVEMENT"));
        addSetOption(parser);
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        QVariantMap values =
            parseAssignments(supportEpisodeKind().type(), parser.values(QStringLiteral("set")));
        values.insert(
            QStringLiteral("involvement_id"),
            recordArgument(session.database(), involvementKind(),
                           onePositional(parser, SupportCommandsText::tr("involvement"))));
        context.out << idText(addRecord(session, supportEpisodeKind(), values)) << '\n';
        return ExitSuccess;
    }
};

class SupportEndCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("support end"); }
    QString summary() const override
    {
        return SupportCommandsText::tr("End an episode with its outcome; the follow-up check "
                                       "falls six weeks later unless given.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("episode"),
                                     SupportCommandsText::tr("The episode's id."),
                                     QStringLiteral("EPISODE"));
        parser.addOption(
            valueOption("outcome",
                        SupportCommandsText::tr("kept, kept_reduced_timetable, moved (with --set "
                                                "outcome_detail=WHERE) or ended_other."),
                        "CODE"));
        addSetOption(parser);
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const RecordType &type = supportEpisodeKind().type();
        QVariantMap values = parseAssignments(type, parser.values(QStringLiteral("set")));
        if (!parser.isSet(QStringLiteral("outcome")))
            throw Error(Error::Kind::Usage, SupportCommandsText::tr("Give --outcome."));
        values.insert(
            QStringLiteral("outcome"),
            parseFieldText(type.requireField(u"outcome"), parser.value(QStringLiteral("outcome"))));
        const QUuid id = recordArgument(session.database(), supportEpisodeKind(),
                                        onePositional(parser, SupportCommandsText::tr("episode")));
        editRecord(session, supportEpisodeKind(), id, values);
        const QDate check = storedDate(
            recordValue(session.database(), type.table, QStringLiteral("check_due_on"), id));
        context.out << SupportCommandsText::tr("Ended; the follow-up check is due on %1.")
                           .arg(dateText(check, OutputFormat::Table))
                    << '\n';
        return ExitSuccess;
    }
};

} // namespace

CommandList supportCommands()
{
    CommandList commands =
        makeCommands<SupportListCommand, SupportStartCommand, SupportEndCommand>();
    addRecordVerbs(commands, recordKind<&supportEpisodeKind>, QStringLiteral("support episode"));
    addRecordVerbs(commands, recordKind<&supportCapacityKind>, QStringLiteral("support capacity"));
    return commands;
}

} // namespace casebook
