// `casebook lift …`: LIFT groups and meetings, referrals tabled with Kent's
// intake rules, attendance and actions, through the same rules as the window
// (core/lift). Every record also has the generic verbs (`lift meeting list`).
#include "LiftMeetingShow.h"
#include "LiftReportCommands.h"
#include "children/ChildRecords.h"
#include "commands/EditSession.h"
#include "common/Command.h"
#include "common/Commands.h"
#include "common/Error.h"
#include "lift/LiftDecisions.h"
#include "lift/LiftMeetings.h"
#include "lift/LiftRecords.h"
#include "records/CommandArguments.h"
#include "records/RecordOutput.h"
#include "records/RecordVerbs.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

namespace casebook {

namespace {

struct LiftCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::LiftCommands)
};

// The codes a choice field takes, for --help: "present, apologies, absent".
QString codesOf(const RecordKind &kind, QStringView field)
{
    return kind.type().requireField(field).choices.join(QStringLiteral(", "));
}

QCommandLineOption districtOption()
{
    return valueOption("district", LiftCommandsText::tr("Only this district's (its code)."),
                       "CODE");
}

class LiftGroupsCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("lift groups"); }
    QString summary() const override
    {
        return LiftCommandsText::tr("List the LIFT groups with their settings and next meeting.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        parser.addOption(districtOption());
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const OutputFormat format = outputFormat(parser);
        Database &db = session.database();
        OutputTable table{{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("district"),
                           QStringLiteral("settings"), QStringLiteral("next_meeting")},
                          {LiftCommandsText::tr("Id"), LiftCommandsText::tr("Group"),
                           LiftCommandsText::tr("District"), LiftCommandsText::tr("Settings"),
                           LiftCommandsText::tr("Next meeting")},
                          {},
                          {}};
        for (const LiftGroupSummary &g :
             listLiftGroups(db, parser.value(QStringLiteral("district")), db.environment().today()))
            table.rows.append({idText(g.id), g.name,
                               format == OutputFormat::Table ? g.districtName : g.districtCode,
                               g.settings, dateText(g.nextMeeting, format)});
        writeTable(context.out, table, format);
        return ExitSuccess;
    }
};

class LiftMeetingsCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("lift meetings"); }
    QString summary() const override
    {
        return LiftCommandsText::tr("List LIFT meetings by date, with their referral deadlines.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        parser.addOption(QCommandLineOption(QStringList{QStringLiteral("upcoming")},
                                            LiftCommandsText::tr("Only those from today on.")));
        parser.addOption(districtOption());
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const OutputFormat format = outputFormat(parser);
        Database &db = session.database();
        LiftMeetingFilter filter;
        filter.districtCode = parser.value(QStringLiteral("district"));
        if (parser.isSet(QStringLiteral("upcoming")))
            filter.from = db.environment().today();
        const FieldSpec &status = liftMeetingKind().type().requireField(u"status");
        OutputTable table{
            {QStringLiteral("id"), QStringLiteral("group"), QStringLiteral("district"),
             QStringLiteral("meets_on"), QStringLiteral("starts_at"), QStringLiteral("place"),
             QStringLiteral("status"), QStringLiteral("referrals"),
             QStringLiteral("school_deadline"), QStringLiteral("early_years_deadline")},
            {LiftCommandsText::tr("Id"), LiftCommandsText::tr("Group"),
             LiftCommandsText::tr("District"), LiftCommandsText::tr("Date"),
             LiftCommandsText::tr("Starts"), LiftCommandsText::tr("Place"),
             LiftCommandsText::tr("Status"), LiftCommandsText::tr("Referrals"),
             LiftCommandsText::tr("Schools' deadline"),
             LiftCommandsText::tr("Early years' deadline")},
            {},
            {}};
        const bool forPeople = format == OutputFormat::Table;
        for (const LiftMeetingSummary &m : listLiftMeetings(db, filter))
            table.rows.append(
                {idText(m.id), m.groupName, forPeople ? m.districtName : m.districtCode,
                 dateText(m.meetsOn, format), m.startsAt,
                 m.online && forPeople ? LiftCommandsText::tr("Online: %1").arg(m.place) : m.place,
                 forPeople ? status.choiceLabel(m.status) : m.status, m.referrals,
                 dateText(m.schoolDeadline, format), dateText(m.earlyYearsDeadline, format)});
        writeTable(context.out, table, format);
        return ExitSuccess;
    }
};

// A verb that adds one record and prints its id alone, for scripts.
class LiftAddCommand : public DatabaseCommand
{
protected:
    int printAdded(CommandContext &context, QUuid id)
    {
        context.out << idText(id) << '\n';
        return ExitSuccess;
    }
};

class LiftMeetingNewCommand : public LiftAddCommand
{
public:
    QString name() const override { return QStringLiteral("lift meeting new"); }
    QString summary() const override
    {
        return LiftCommandsText::tr("Plan a LIFT meeting of a group; prints the new meeting's id.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addOption(valueOption("group", LiftCommandsText::tr("The LIFT group's id."), "ID"));
        parser.addOption(
            valueOption("date", LiftCommandsText::tr("The day it meets, as YYYY-MM-DD."), "DATE"));
        addSetOption(parser);
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        QVariantMap values =
            parseAssignments(liftMeetingKind().type(), parser.values(QStringLiteral("set")));
        if (parser.isSet(QStringLiteral("group")))
            values.insert(
                QStringLiteral("group_id"),
                recordArgument(db, liftGroupKind(), parser.value(QStringLiteral("group"))));
        if (parser.isSet(QStringLiteral("date")))
            values.insert(QStringLiteral("meets_on"),
                          parseFieldText(liftMeetingKind().type().requireField(u"meets_on"),
                                         parser.value(QStringLiteral("date"))));
        return printAdded(context, addRecord(session, liftMeetingKind(), values));
    }
};

class LiftReferCommand : public LiftAddCommand
{
public:
    QString name() const override { return QStringLiteral("lift refer"); }
    QString summary() const override
    {
        return LiftCommandsText::tr("Table a referral at a meeting, by Kent's intake rules; prints "
                                    "the new referral's id.");
    }
    QString description() const override
    {
        return LiftCommandsText::tr(
            "Table a referral at a meeting; prints the new referral's id. A child's referral "
            "needs an agreement to engage in force (or --set agreement_override=WHY); a setting "
            "brings three referrals to a meeting (a fourth needs --approved-by, the chair who "
            "agreed); one received after the deadline (the Wednesday before the meeting, seven "
            "days before for early years) needs --urgent with the reason.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("meeting"),
                                     LiftCommandsText::tr("The meeting's id."),
                                     QStringLiteral("MEETING"));
        parser.addOption(
            valueOption("child", LiftCommandsText::tr("The child's id or UPN."), "ID|UPN"));
        parser.addOption(
            valueOption("received",
                        LiftCommandsText::tr("The day the referral came, as YYYY-MM-DD (today "
                                             "unless given)."),
                        "DATE"));
        parser.addOption(valueOption(
            "urgent", LiftCommandsText::tr("Why it is urgent: it is tabled after the deadline."),
            "REASON"));
        parser.addOption(valueOption(
            "approved-by",
            LiftCommandsText::tr("The chair who agreed to a fourth referral from the setting."),
            "STAFF"));
        addSetOption(parser);
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        const RecordType &type = liftReferralKind().type();
        QVariantMap values = parseAssignments(type, parser.values(QStringLiteral("set")));
        values.insert(QStringLiteral("meeting_id"),
                      recordArgument(db, liftMeetingKind(),
                                     onePositional(parser, LiftCommandsText::tr("meeting"))));
        if (parser.isSet(QStringLiteral("child")))
            values.insert(QStringLiteral("child_id"),
                          findChild(db, parser.value(QStringLiteral("child"))));
        if (parser.isSet(QStringLiteral("received")))
            values.insert(QStringLiteral("received_on"),
                          parseFieldText(type.requireField(u"received_on"),
                                         parser.value(QStringLiteral("received"))));
        if (parser.isSet(QStringLiteral("urgent")))
            values.insert(QStringLiteral("urgent_reason"), parser.value(QStringLiteral("urgent")));
        if (parser.isSet(QStringLiteral("approved-by")))
            values.insert(QStringLiteral("quota_approved_by"),
                          staffArgument(db, parser.value(QStringLiteral("approved-by"))));
        return printAdded(context, addRecord(session, liftReferralKind(), values));
    }
};

class LiftAttendCommand : public LiftAddCommand
{
public:
    QString name() const override { return QStringLiteral("lift attend"); }
    QString summary() const override
    {
        return LiftCommandsText::tr("Record who came to a meeting, for which agency.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("meeting"),
                                     LiftCommandsText::tr("The meeting's id."),
                                     QStringLiteral("MEETING"));
        parser.addOption(valueOption("name", LiftCommandsText::tr("Their name."), "NAME"));
        parser.addOption(valueOption("agency",
                                     LiftCommandsText::tr("Their agency: %1.")
                                         .arg(codesOf(liftAttendanceKind(), u"agency_code")),
                                     "CODE"));
        parser.addOption(valueOption("status",
                                     LiftCommandsText::tr("%1 (present unless given).")
                                         .arg(codesOf(liftAttendanceKind(), u"status")),
                                     "STATUS"));
        addSetOption(parser);
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        QVariantMap values =
            parseAssignments(liftAttendanceKind().type(), parser.values(QStringLiteral("set")));
        values.insert(QStringLiteral("meeting_id"),
                      recordArgument(db, liftMeetingKind(),
                                     onePositional(parser, LiftCommandsText::tr("meeting"))));
        for (const auto &[option, field] :
             {std::pair("name", "name"), std::pair("agency", "agency_code"),
              std::pair("status", "status")})
            if (parser.isSet(QString::fromLatin1(option)))
                values.insert(QString::fromLatin1(field),
                              parser.value(QString::fromLatin1(option)));
        return printAdded(context, addRecord(session, liftAttendanceKind(), values));
    }
};

class LiftActionAddCommand : public LiftAddCommand
{
public:
    QString name() const override { return QStringLiteral("lift action add"); }
    QString summary() const override
    {
        return LiftCommandsText::tr("Record an action agreed on a referral; prints its id.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("referral"),
                                     LiftCommandsText::tr("The referral's id."),
                                     QStringLiteral("REFERRAL"));
        parser.addOption(valueOption(
            "owner",
            LiftCommandsText::tr("Whose it is: a staff member's id, or “me”, or the name and "
                                 "agency of anyone else."),
            "NAME"));
        parser.addOption(valueOption("due", LiftCommandsText::tr("When, as YYYY-MM-DD."), "DATE"));
        parser.addOption(valueOption("text", LiftCommandsText::tr("What is to be done."), "TEXT"));
        addSetOption(parser);
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        const RecordType &type = liftActionKind().type();
        QVariantMap values = parseAssignments(type, parser.values(QStringLiteral("set")));
        const QUuid referral = recordArgument(
            db, liftReferralKind(), onePositional(parser, LiftCommandsText::tr("referral")));
        values.insert(QStringLiteral("referral_id"), referral);
        values.insert(QStringLiteral("meeting_id"),
                      recordValue(db, liftReferralKind().type().table, QStringLiteral("meeting_id"),
                                  referral));
        if (parser.isSet(QStringLiteral("owner"))) {
            const QString owner = parser.value(QStringLiteral("owner"));
            try {
                values.insert(QStringLiteral("owner_id"), staffArgument(db, owner));
            } catch (const Error &) { // not one of the service's own: a named person
                values.insert(QStringLiteral("owner_name"), owner);
            }
        }
        if (parser.isSet(QStringLiteral("due")))
            values.insert(
                QStringLiteral("due_on"),
                parseFieldText(type.requireField(u"due_on"), parser.value(QStringLiteral("due"))));
        if (parser.isSet(QStringLiteral("text")))
            values.insert(QStringLiteral("text"), parser.value(QStringLiteral("text")));
        return printAdded(context, addRecord(session, liftActionKind(), values));
    }
};

class LiftDecideCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("lift decide"); }
    QString summary() const override
    {
        return LiftCommandsText::tr("Record the panel's decision on a referral.");
    }
    QString description() const override
    {
        return LiftCommandsText::tr(
            "Record the panel's decision on a referral, as one undo step. Specialist involvement "
            "also opens the involvement (route LIFT, with --teacher allocated); deferred carries "
            "the referral to the group's next meeting. Prints what it made.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("referral"),
                                     LiftCommandsText::tr("The referral's id."),
                                     QStringLiteral("REFERRAL"));
        parser.addOption(valueOption("outcome",
                                     LiftCommandsText::tr("The decision: %1.")
                                         .arg(codesOf(liftReferralKind(), u"decision_code")),
                                     "CODE"));
        parser.addOption(valueOption(
            "teacher", LiftCommandsText::tr("The teacher allocated (an id, or “me”)."), "STAFF"));
        parser.addOption(
            valueOption("note", LiftCommandsText::tr("The discussion, for the minutes."), "TEXT"));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        const QUuid referral = recordArgument(
            db, liftReferralKind(), onePositional(parser, LiftCommandsText::tr("referral")));
        LiftDecision decision;
        decision.outcome = parseFieldText(liftReferralKind().type().requireField(u"decision_code"),
                                          parser.value(QStringLiteral("outcome")))
                               .toString();
        if (decision.outcome.isEmpty())
            throw Error(Error::Kind::Usage,
                        LiftCommandsText::tr("Give the decision with --outcome: %1.")
                            .arg(codesOf(liftReferralKind(), u"decision_code")));
        decision.discussion = parser.value(QStringLiteral("note"));
        if (parser.isSet(QStringLiteral("teacher")))
            decision.teacher = staffArgument(db, parser.value(QStringLiteral("teacher")));
        const LiftDecisionResult made = decideLiftReferral(session, referral, decision);
        context.out << LiftCommandsText::tr("Decided on referral %1.").arg(idText(referral))
                    << '\n';
        if (!made.involvement.isNull())
            context.out
                << LiftCommandsText::tr("Opened involvement %1.").arg(idText(made.involvement))
                << '\n';
        if (!made.carriedTo.isNull())
            context.out << LiftCommandsText::tr("Carried to the next meeting as referral %1.")
                               .arg(idText(made.carriedTo))
                        << '\n';
        return ExitSuccess;
    }
};

// A verb that moves one record to a status: `lift action done`, `lift approve`.
class LiftStatusCommand : public DatabaseCommand
{
public:
    LiftStatusCommand(QString name, QString summary, const RecordKind &(*kind)(), QString status,
                      QString done)
        : m_name(std::move(name))
        , m_summary(std::move(summary))
        , m_kind(kind)
        , m_status(std::move(status))
        , m_done(std::move(done))
    {}
    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("id"), LiftCommandsText::tr("Its id."),
                                     QStringLiteral("ID"));
        addSetOption(parser);
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        const RecordKind &kind = m_kind();
        const QUuid id = recordArgument(db, kind, onePositional(parser, kind.noun()));
        QVariantMap changes = parseAssignments(kind.type(), parser.values(QStringLiteral("set")));
        changes.insert(QStringLiteral("status"), m_status);
        if (&kind == &liftMeetingKind() && !changes.contains(QStringLiteral("approved_by")))
            if (const auto me = whoAmI(db))
                changes.insert(QStringLiteral("approved_by"), *me);
        editRecord(session, kind, id, changes);
        context.out << m_done.arg(idText(id)) << '\n';
        return ExitSuccess;
    }

private:
    QString m_name, m_summary;
    const RecordKind &(*m_kind)();
    QString m_status, m_done;
};

} // namespace

CommandList liftCommands()
{
    CommandList commands = makeCommands<LiftGroupsCommand, LiftMeetingsCommand,
                                        LiftMeetingNewCommand, LiftReferCommand, LiftAttendCommand,
                                        LiftDecideCommand, LiftActionAddCommand>();
    commands.push_back(std::make_unique<LiftStatusCommand>(
        QStringLiteral("lift action done"), LiftCommandsText::tr("Mark an action done (today)."),
        recordKind<&liftActionKind>, QStringLiteral("done"),
        LiftCommandsText::tr("Action %1 is done.")));
    commands.push_back(std::make_unique<LiftStatusCommand>(
        QStringLiteral("lift approve"),
        LiftCommandsText::tr("Approve a held meeting's minutes (as you, the chair, unless "
                             "--set approved_by=ID)."),
        recordKind<&liftMeetingKind>, QStringLiteral("minutes_approved"),
        LiftCommandsText::tr("The minutes of meeting %1 are approved.")));
    commands.push_back(liftMeetingShowCommand());
    addLiftReportCommands(commands);
    addRecordVerbs(commands, recordKind<&liftGroupKind>, QStringLiteral("lift group"));
    addRecordVerbs(commands, recordKind<&liftGroupSettingKind>, QStringLiteral("lift member"));
    addRecordVerbs(commands, recordKind<&liftMeetingKind>, QStringLiteral("lift meeting"));
    addRecordVerbs(commands, recordKind<&liftReferralKind>, QStringLiteral("lift referral"));
    addRecordVerbs(commands, recordKind<&liftAttendanceKind>, QStringLiteral("lift attendance"));
    addRecordVerbs(commands, recordKind<&liftActionKind>, QStringLiteral("lift action"));
    return commands;
}

} // namespace casebook
