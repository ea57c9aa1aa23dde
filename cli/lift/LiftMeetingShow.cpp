#include "LiftMeetingShow.h"

#include "commands/EditSession.h"
#include "common/Command.h"
#include "common/JsonWriter.h"
#include "lift/LiftMeetingDetail.h"
#include "lift/LiftRecords.h"
#include "records/CommandArguments.h"
#include "records/RecordOutput.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

namespace casebook {

namespace {

struct LiftMeetingShowText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::LiftMeetingShow)
};

class LiftMeetingShowCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("lift meeting show"); }
    QString summary() const override
    {
        return LiftMeetingShowText::tr(
            "Show a meeting with its deadlines, referrals (with their "
            "decisions), attendance, the agencies missing, and actions.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        parser.addPositionalArgument(QStringLiteral("meeting"),
                                     LiftMeetingShowText::tr("The meeting's id."),
                                     QStringLiteral("MEETING"));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const OutputFormat format = outputFormat(parser);
        Database &db = session.database();
        const QUuid id = recordArgument(db, liftMeetingKind(),
                                        onePositional(parser, LiftMeetingShowText::tr("meeting")));
        const LiftMeetingDetail meeting = loadLiftMeeting(db, id, db.environment().today());
        const FieldSpec &agency = liftAttendanceKind().type().requireField(u"agency_code");
        QStringList missing = meeting.missingAgencies;
        if (format == OutputFormat::Table)
            for (QString &code : missing)
                code = agency.choiceLabel(code);
        const QList<ExtraValue> extras{
            {QStringLiteral("school_deadline"), LiftMeetingShowText::tr("Schools' deadline"),
             dateText(meeting.schoolDeadline, format)},
            {QStringLiteral("early_years_deadline"),
             LiftMeetingShowText::tr("Early years' deadline"),
             dateText(meeting.earlyYearsDeadline, format)},
            {QStringLiteral("agencies_missing"), LiftMeetingShowText::tr("Agencies missing"),
             missing.join(QStringLiteral(", "))}};
        writeRecord(context.out, format, liftMeetingKind().type(), id, meeting.record, extras,
                    [&](JsonWriter &json) { writeMeetingLists(json, meeting, format); });
        if (format == OutputFormat::Table)
            writeMeetingText(context.out, meeting);
        return ExitSuccess;
    }

private:
    static QList<ExtraValue> actionExtras(const LiftActionItem &action, OutputFormat format)
    {
        return {{QStringLiteral("owner"), {}, action.owner},
                {QStringLiteral("overdue"), {}, action.overdue},
                {QStringLiteral("agreed_at"), {}, dateText(action.agreedAt, format)}};
    }

    static void writeActions(JsonWriter &json, const QString &key,
                             const QList<LiftActionItem> &actions, OutputFormat format)
    {
        json.key(key);
        json.beginArray();
        for (const LiftActionItem &action : actions) {
            json.beginObject();
            writeRecordMembers(json, liftActionKind().type(), action.id, action.record,
                               actionExtras(action, format));
            json.endObject();
        }
        json.endArray();
    }

    static void writeMeetingLists(JsonWriter &json, const LiftMeetingDetail &meeting,
                                  OutputFormat format)
    {
        json.key(QStringLiteral("referrals"));
        json.beginArray();
        for (const LiftReferralItem &referral : meeting.referrals) {
            json.beginObject();
            writeRecordMembers(json, liftReferralKind().type(), referral.id, referral.record,
                               {{QStringLiteral("number"), {}, referral.number},
                                {QStringLiteral("child_name"), {}, referral.childName()},
                                {QStringLiteral("setting_name"), {}, referral.settingName}});
            json.endObject();
        }
        json.endArray();
        writeRecordList(json, QStringLiteral("attendance"), liftAttendanceKind().type(),
                        meeting.attendance);
        writeActions(json, QStringLiteral("actions"), meeting.actions, format);
        writeActions(json, QStringLiteral("carried_actions"), meeting.carriedActions, format);
    }

    // A referral or action on one line: what a person needs to follow the meeting.
    static QString referralLine(const LiftReferralItem &referral)
    {
        const RecordType &type = liftReferralKind().type();
        QStringList parts{referral.child.isNull()
                              ? LiftMeetingShowText::tr("%1, %2").arg(referral.settingName,
                                                                      referral.text(u"cohort"))
                              : LiftMeetingShowText::tr("%1, %2").arg(referral.childName(),
                                                                      referral.settingName)};
        if (referral.urgent())
            parts.append(
                LiftMeetingShowText::tr("urgent: %1").arg(referral.text(u"urgent_reason")));
        for (const char16_t *field : {u"question", u"decision_code", u"discussion"})
            if (const QString text = textForPeople(
                    type.requireField(field), referral.record.value(QString::fromUtf16(field)));
                !text.isEmpty())
                parts.append(type.requireField(field).label + QStringLiteral(": ") + text);
        parts.append(LiftMeetingShowText::tr("id %1").arg(idText(referral.id)));
        return QStringLiteral("  %1. %2")
            .arg(referral.number)
            .arg(parts.join(QStringLiteral("; ")));
    }

    static QString actionLine(const LiftActionItem &action, bool carried)
    {
        QStringList parts{action.record.value(QStringLiteral("text")).toString(), action.owner};
        if (action.due.isValid())
            parts.append(
                LiftMeetingShowText::tr("due %1").arg(dateText(action.due, OutputFormat::Table)));
        if (carried)
            parts.append(LiftMeetingShowText::tr("from %1").arg(
                dateText(action.agreedAt, OutputFormat::Table)));
        if (!action.childName.isEmpty() && carried)
            parts.append(action.childName);
        parts.append(action.overdue ? LiftMeetingShowText::tr("OVERDUE")
                                    : textForPeople(liftActionKind().type().requireField(u"status"),
                                                    action.record.value(QStringLiteral("status"))));
        parts.append(LiftMeetingShowText::tr("id %1").arg(idText(action.id)));
        return QStringLiteral("  - ") + parts.join(QStringLiteral("; "));
    }

    static void writeMeetingText(QTextStream &out, const LiftMeetingDetail &meeting)
    {
        const auto title = [&](const QString &text, bool empty) {
            out << '\n'
                << text << ": " << (empty ? LiftMeetingShowText::tr("none") : QString()) << '\n';
        };
        title(LiftMeetingShowText::tr("Agenda"), meeting.referrals.isEmpty());
        for (const LiftReferralItem &referral : meeting.referrals)
            out << referralLine(referral) << '\n';
        writeRecordListText(out, LiftMeetingShowText::tr("Attendance"), liftAttendanceKind().type(),
                            meeting.attendance);
        title(LiftMeetingShowText::tr("Actions"), meeting.actions.isEmpty());
        for (const LiftActionItem &action : meeting.actions)
            out << actionLine(action, false) << '\n';
        title(LiftMeetingShowText::tr("Open actions from earlier meetings"),
              meeting.carriedActions.isEmpty());
        for (const LiftActionItem &action : meeting.carriedActions)
            out << actionLine(action, true) << '\n';
    }
};

} // namespace

std::unique_ptr<Command> liftMeetingShowCommand()
{
    return std::make_unique<LiftMeetingShowCommand>();
}

} // namespace casebook
