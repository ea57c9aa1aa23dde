// `casebook dropin …`: drop-in clinic sessions with their slots, the staff
// running them, and consultations with their follow-ups, through the same
// rules as the window (core/dropin). Every record also has the generic verbs
// (`dropin session show`).
#include "children/ChildRecords.h"
#include "commands/EditSession.h"
#include "common/Command.h"
#include "common/Commands.h"
#include "common/DisplayDate.h"
#include "common/Error.h"
#include "dropin/DropinFollowUp.h"
#include "dropin/DropinRecords.h"
#include "dropin/DropinSessions.h"
#include "records/CommandArguments.h"
#include "records/RecordOutput.h"
#include "records/RecordVerbs.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QSet>
#include <QTextStream>

namespace casebook {

namespace {

struct DropinCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::DropinCommands)
};

class DropinSessionsCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("dropin sessions"); }
    QString summary() const override
    {
        return DropinCommandsText::tr("List drop-in sessions by date, with their booked and free "
                                      "slots.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        parser.addOption(valueOption(
            "district", DropinCommandsText::tr("Only this district's (its code)."), "CODE"));
        parser.addOption(valueOption(
            "from", DropinCommandsText::tr("Only those on or after this day (YYYY-MM-DD)."),
            "DATE"));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const OutputFormat format = outputFormat(parser);
        DropinSessionFilter filter;
        filter.districtCode = parser.value(QStringLiteral("district"));
        if (parser.isSet(QStringLiteral("from")))
            filter.from =
                storedDate(parseFieldText(dropinSessionKind().type().requireField(u"held_on"),
                                          parser.value(QStringLiteral("from"))));
        const bool forPeople = format == OutputFormat::Table;
        OutputTable table{{QStringLiteral("id"), QStringLiteral("held_on"),
                           QStringLiteral("starts_at"), QStringLiteral("district"),
                           QStringLiteral("dimension"), QStringLiteral("place"),
                           QStringLiteral("staff"), QStringLiteral("slots"),
                           QStringLiteral("booked"), QStringLiteral("free")},
                          {DropinCommandsText::tr("Id"), DropinCommandsText::tr("Date"),
                           DropinCommandsText::tr("Starts"), DropinCommandsText::tr("District"),
                           DropinCommandsText::tr("Led by"), DropinCommandsText::tr("Place"),
                           DropinCommandsText::tr("Staff"), DropinCommandsText::tr("Slots"),
                           DropinCommandsText::tr("Booked"), DropinCommandsText::tr("Free")},
                          {},
                          {}};
        for (const DropinSessionSummary &s : listDropinSessions(session.database(), filter))
            table.rows.append({idText(s.id), dateText(s.heldOn, format), timeText(s.startsAt),
                               forPeople ? s.districtName : s.districtCode,
                               forPeople ? s.dimensionName : s.dimensionCode,
                               s.online && forPeople
                                   ? DropinCommandsText::tr("Online: %1").arg(s.place)
                                   : s.place,
                               s.staffNames, s.slotCount, s.booked, s.free()});
        writeTable(context.out, table, format);
        return ExitSuccess;
    }
};

class DropinSessionNewCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("dropin session new"); }
    QString summary() const override
    {
        return DropinCommandsText::tr("Plan a drop-in session; prints the new session's id.");
    }
    QString description() const override
    {
        return DropinCommandsText::tr(
            "Plan a drop-in session; prints the new session's id. It needs district_code, "
            "held_on, starts_at, dimension_code (cl, ci, semh, ps) and a place (or online=yes); "
            "its slots are 6 of 30 minutes unless slot_count and slot_minutes say otherwise. "
            "--staff (repeated) names who runs it.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addSetOption(parser);
        parser.addOption(valueOption(
            "staff",
            DropinCommandsText::tr("A member of staff who runs it (id, or me); may be repeated."),
            "STAFF"));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        const QVariantMap values =
            parseAssignments(dropinSessionKind().type(), parser.values(QStringLiteral("set")));
        RecordBatch batch(session, DropinCommandsText::tr("Plan a drop-in session"));
        const QUuid id = batch.add(dropinSessionKind(), values);
        QSet<QUuid> running;
        for (const QString &staff : parser.values(QStringLiteral("staff")))
            if (const QUuid member = staffArgument(db, staff); !running.contains(member)) {
                running.insert(member);
                batch.add(dropinStaffKind(), {{QStringLiteral("session_id"), id},
                                              {QStringLiteral("staff_id"), member}});
            }
        batch.commit();
        context.out << idText(id) << '\n';
        return ExitSuccess;
    }
};

class DropinConsultCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("dropin consult"); }
    QString summary() const override
    {
        return DropinCommandsText::tr("Book a slot of a session for a consultation, or record "
                                      "one; prints its id.");
    }
    QString description() const override
    {
        return DropinCommandsText::tr(
            "Book the first free slot of a session (or --set slot=N) for a consultation; prints "
            "its id. It needs asker_name, and a child (--child, or --set child_initials=J.S. for "
            "one the service does not know) or a cohort (--set cohort=… --set cohort_size=N). "
            "--set follow_up=lift_referral makes a referral for the next meeting of the "
            "setting's LIFT group that takes it; follow_up=involvement opens an involvement; "
            "follow_up=signpost needs signpost_to (early_help, health, local_offer, "
            "other_service).");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("session"),
                                     DropinCommandsText::tr("The session's id."),
                                     QStringLiteral("SESSION"));
        parser.addOption(valueOption(
            "setting",
            DropinCommandsText::tr("The setting's URN or id (the child's unless given)."), "URN"));
        parser.addOption(
            valueOption("child", DropinCommandsText::tr("The child's id or UPN."), "ID|UPN"));
        addSetOption(parser);
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        QVariantMap values =
            parseAssignments(dropinConsultationKind().type(), parser.values(QStringLiteral("set")));
        values.insert(QStringLiteral("session_id"),
                      recordArgument(db, dropinSessionKind(),
                                     onePositional(parser, DropinCommandsText::tr("session"))));
        if (parser.isSet(QStringLiteral("setting")))
            values.insert(QStringLiteral("setting_id"),
                          settingArgument(db, parser.value(QStringLiteral("setting"))));
        if (parser.isSet(QStringLiteral("child")))
            values.insert(QStringLiteral("child_id"),
                          findChild(db, parser.value(QStringLiteral("child"))));
        context.out << idText(saveDropinConsultation(session, QUuid(), values)) << '\n';
        return ExitSuccess;
    }
};

// The generic edit, through the follow-up rules.
class DropinConsultationEditCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("dropin consultation edit"); }
    QString summary() const override
    {
        return DropinCommandsText::tr("Change a consultation's fields; a LIFT referral or an "
                                      "involvement as its follow-up is made with it.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("consultation"),
                                     DropinCommandsText::tr("The consultation's id."),
                                     QStringLiteral("ID"));
        addSetOption(parser);
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const QUuid id =
            recordArgument(session.database(), dropinConsultationKind(),
                           onePositional(parser, DropinCommandsText::tr("consultation")));
        saveDropinConsultation(session, id,
                               parseAssignments(dropinConsultationKind().type(),
                                                parser.values(QStringLiteral("set"))));
        context.out << DropinCommandsText::tr("Saved.") << '\n';
        return ExitSuccess;
    }
};

class DropinConsultationsCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("dropin consultations"); }
    QString summary() const override
    {
        return DropinCommandsText::tr("List the consultations of a session, a setting or a "
                                      "child.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        parser.addOption(valueOption("session", DropinCommandsText::tr("The session's id."), "ID"));
        parser.addOption(
            valueOption("setting", DropinCommandsText::tr("The setting's URN or id."), "URN"));
        parser.addOption(
            valueOption("child", DropinCommandsText::tr("The child's id or UPN."), "ID|UPN"));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        const OutputFormat format = outputFormat(parser);
        DropinConsultationFilter filter;
        if (parser.isSet(QStringLiteral("session")))
            filter.session =
                recordArgument(db, dropinSessionKind(), parser.value(QStringLiteral("session")));
        else if (parser.isSet(QStringLiteral("setting")))
            filter.setting = settingArgument(db, parser.value(QStringLiteral("setting")));
        else if (parser.isSet(QStringLiteral("child")))
            filter.child = findChild(db, parser.value(QStringLiteral("child")));
        else
            throw Error(Error::Kind::Usage,
                        DropinCommandsText::tr("Give --session, --setting or --child."));
        const bool forPeople = format == OutputFormat::Table;
        const FieldSpec &followUp = dropinConsultationKind().type().requireField(u"follow_up");
        const FieldSpec &signpost = dropinConsultationKind().type().requireField(u"signpost_to");
        OutputTable table{
            {QStringLiteral("id"), QStringLiteral("held_on"), QStringLiteral("slot"),
             QStringLiteral("time"), QStringLiteral("setting"), QStringLiteral("asked_by"),
             QStringLiteral("about"), QStringLiteral("follow_up"), QStringLiteral("signpost_to"),
             QStringLiteral("lift_referral_id"), QStringLiteral("involvement_id")},
            {DropinCommandsText::tr("Id"), DropinCommandsText::tr("Date"),
             DropinCommandsText::tr("Slot"), DropinCommandsText::tr("Time"),
             DropinCommandsText::tr("Setting"), DropinCommandsText::tr("Asked by"),
             DropinCommandsText::tr("About"), DropinCommandsText::tr("Follow-up"),
             DropinCommandsText::tr("Signposted to"), DropinCommandsText::tr("LIFT referral"),
             DropinCommandsText::tr("Involvement")},
            {},
            {}};
        for (const DropinConsultationSummary &c : listDropinConsultations(db, filter)) {
            const QString asked =
                c.askerRole.isEmpty() || !forPeople
                    ? c.askerName
                    : DropinCommandsText::tr("%1 (%2)").arg(c.askerName, c.askerRole);
            table.rows.append({idText(c.id), dateText(c.heldOn, format), c.slot,
                               timeText(c.slotTime), c.settingName, asked, c.about,
                               forPeople ? followUp.choiceLabel(c.followUp) : c.followUp,
                               forPeople ? signpost.choiceLabel(c.signpostTo) : c.signpostTo,
                               idText(c.liftReferral), idText(c.involvement)});
        }
        writeTable(context.out, table, format);
        return ExitSuccess;
    }
};

} // namespace

CommandList dropinCommands()
{
    CommandList commands =
        makeCommands<DropinSessionsCommand, DropinSessionNewCommand, DropinConsultCommand,
                     DropinConsultationsCommand, DropinConsultationEditCommand>();
    addRecordVerbs(commands, recordKind<&dropinSessionKind>, QStringLiteral("dropin session"));
    addRecordVerbs(commands, recordKind<&dropinStaffKind>, QStringLiteral("dropin staff"));
    addRecordVerbs(commands, recordKind<&dropinConsultationKind>,
                   QStringLiteral("dropin consultation"));
    return commands;
}

} // namespace casebook
