// `casebook casework …` and `casebook contacts …`: involvements, their
// outcomes and reviews, and the contact log, through the same rules as the
// window (CaseworkRecords).
#include "casework/Caseload.h"
#include "casework/CaseworkRecords.h"
#include "children/ChildRecords.h"
#include "commands/EditSession.h"
#include "common/Command.h"
#include "common/Commands.h"
#include "common/Error.h"
#include "common/JsonWriter.h"
#include "records/CommandArguments.h"
#include "records/RecordOutput.h"
#include "records/RecordVerbs.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QTextStream>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct CaseworkCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::CaseworkCommands)
};

// The one positional argument naming the record to work on, and --set.
void addTargetArguments(QCommandLineParser &parser, const QString &what)
{
    parser.addPositionalArgument(what, CaseworkCommandsText::tr("The %1's id.").arg(what),
                                 QStringLiteral("ID"));
    addSetOption(parser);
}

// Adds a record of `kind` whose `parentField` is the record of `parent` the
// positional argument names; `values` come first, then the --set ones.
QUuid addUnder(Database &db, const QCommandLineParser &parser, const RecordKind &kind,
               const RecordKind &parent, const QString &parentField, QVariantMap values,
               const QStringList &moreAssignments = {})
{
    values.insert(
        parseAssignments(kind.type(), parser.values(QStringLiteral("set")) + moreAssignments));
    values.insert(parentField,
                  recordArgument(db, parent,
                                 onePositional(parser, CaseworkCommandsText::tr("%1 id").arg(
                                                           parent.type().table))));
    EditSession session(db);
    return addRecord(session, kind, values);
}

class CaseworkOpenCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("casework open"); }
    QString summary() const override
    {
        return CaseworkCommandsText::tr("Open an involvement for a child or a whole setting.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addOption(
            valueOption("child", CaseworkCommandsText::tr("The child's id or UPN."), "ID|UPN"));
        parser.addOption(valueOption(
            "setting",
            CaseworkCommandsText::tr("The setting's id or URN (a whole-setting involvement, or "
                                     "another than the child's)."),
            "ID|URN"));
        addSetOption(parser);
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        QVariantMap values =
            parseAssignments(involvementKind().type(), parser.values(QStringLiteral("set")));
        if (parser.isSet(QStringLiteral("child")))
            values.insert(QStringLiteral("child_id"),
                          findChild(db, parser.value(QStringLiteral("child"))));
        if (parser.isSet(QStringLiteral("setting"))) {
            const QString which = parser.value(QStringLiteral("setting"));
            const auto byUrn = findSettingByUrn(db, which);
            values.insert(QStringLiteral("setting_id"),
                          byUrn ? *byUrn : recordArgument(db, settingKind(), which));
        }
        if (!values.contains(QStringLiteral("teacher_id")))
            if (const auto me = whoAmI(db))
                values.insert(QStringLiteral("teacher_id"), *me);
        const QUuid id = addRecord(session, involvementKind(), values);
        context.out << CaseworkCommandsText::tr("Opened involvement %1.").arg(idText(id)) << '\n';
        return ExitSuccess;
    }
};

class CaseworkListCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("casework list"); }
    QString summary() const override
    {
        return CaseworkCommandsText::tr("List involvements: open ones, overdue reviews first.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        parser.addOption(valueOption(
            "teacher", CaseworkCommandsText::tr("Only this teacher's (an id, or “me”)."), "ID|me"));
        parser.addOption(
            valueOption("child", CaseworkCommandsText::tr("Only this child's."), "ID|UPN"));
        parser.addOption(
            QCommandLineOption(QStringList{QStringLiteral("all")},
                               CaseworkCommandsText::tr("Closed and declined ones too.")));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const OutputFormat format = outputFormat(parser);
        Database &db = session.database();
        CaseFilter filter;
        filter.openOnly = !parser.isSet(QStringLiteral("all"));
        if (parser.isSet(QStringLiteral("teacher")))
            filter.teacher = staffArgument(db, parser.value(QStringLiteral("teacher")));
        if (parser.isSet(QStringLiteral("child")))
            filter.child = findChild(db, parser.value(QStringLiteral("child")));
        const FieldSpec &status = involvementKind().type().requireField(u"status");
        OutputTable table{
            {QStringLiteral("id"), QStringLiteral("subject"), QStringLiteral("setting"),
             QStringLiteral("service_line"), QStringLiteral("status"), QStringLiteral("teacher"),
             QStringLiteral("opened_on"), QStringLiteral("last_contact"),
             QStringLiteral("next_review"), QStringLiteral("review_overdue")},
            {CaseworkCommandsText::tr("Id"), CaseworkCommandsText::tr("Child or setting"),
             CaseworkCommandsText::tr("Setting"), CaseworkCommandsText::tr("Service line"),
             CaseworkCommandsText::tr("Status"), CaseworkCommandsText::tr("Teacher"),
             CaseworkCommandsText::tr("Opened"), CaseworkCommandsText::tr("Last contact"),
             CaseworkCommandsText::tr("Next review"), CaseworkCommandsText::tr("Overdue")},
            {},
            {}};
        const bool forPeople = format == OutputFormat::Table;
        for (const CaseSummary &c : listCases(db, filter, db.environment().today()))
            table.rows.append(
                {idText(c.id), c.subject, c.settingName, c.serviceLine,
                 forPeople ? status.choiceLabel(c.status) : c.status, c.teacherName,
                 dateText(c.openedOn, format), dateText(c.lastContact, format),
                 dateText(c.nextReview, format),
                 forPeople
                     ? QVariant(c.reviewOverdue ? CaseworkCommandsText::tr("overdue") : QString())
                     : QVariant(c.reviewOverdue)});
        writeTable(context.out, table, format);
        return ExitSuccess;
    }
};

class CaseworkShowCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("casework show"); }
    QString summary() const override
    {
        return CaseworkCommandsText::tr(
            "Show an involvement with its outcomes, their reviews and its contact log.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        parser.addPositionalArgument(QStringLiteral("involvement"),
                                     CaseworkCommandsText::tr("The involvement's id."),
                                     QStringLiteral("ID"));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const OutputFormat format = outputFormat(parser);
        Database &db = session.database();
        const QUuid id =
            recordArgument(db, involvementKind(),
                           onePositional(parser, CaseworkCommandsText::tr("involvement id")));
        const auto involvement = readRecordsWhere(db, involvementKind().type(), u"id", id);
        const auto outcomes = readRecordsWhere(db, outcomeKind().type(), u"involvement_id", id);
        QList<QPair<QUuid, QVariantMap>> reviews;
        for (const auto &[outcome, values] : outcomes)
            reviews.append(
                readRecordsWhere(db, outcomeReviewKind().type(), u"outcome_id", outcome));
        const auto contacts = readRecordsWhere(db, contactLogKind().type(), u"involvement_id", id);
        writeRecord(context.out, format, involvementKind().type(), id, involvement.first().second,
                    {}, [&](JsonWriter &json) {
                        writeRecordList(json, QStringLiteral("outcomes"), outcomeKind().type(),
                                        outcomes);
                        writeRecordList(json, QStringLiteral("reviews"), outcomeReviewKind().type(),
                                        reviews);
                        writeRecordList(json, QStringLiteral("contacts"), contactLogKind().type(),
                                        contacts);
                    });
        if (format == OutputFormat::Table) {
            writeRecordListText(context.out, CaseworkCommandsText::tr("Expected outcomes"),
                                outcomeKind().type(), outcomes);
            writeRecordListText(context.out, CaseworkCommandsText::tr("Reviews"),
                                outcomeReviewKind().type(), reviews);
            writeRecordListText(context.out, CaseworkCommandsText::tr("Contact log"),
                                contactLogKind().type(), contacts);
        }
        return ExitSuccess;
    }
};

// Changes fields of one record of `kind` named by the positional argument.
class EditCommandBase : public Command
{
protected:
    int edit(CommandContext &context, const QCommandLineParser &parser, const RecordKind &kind,
             QVariantMap changes)
    {
        const auto db = context.openDatabase();
        const QUuid id =
            recordArgument(*db, kind, onePositional(parser, CaseworkCommandsText::tr("id")));
        if (changes.isEmpty())
            throw Error(Error::Kind::Usage,
                        CaseworkCommandsText::tr("Say what to change with --set FIELD=VALUE."));
        EditSession session(*db);
        context.out << fieldsChangedText(editRecord(session, kind, id, changes)) << '\n';
        return ExitSuccess;
    }
};

class CaseworkEditCommand : public EditCommandBase
{
public:
    QString name() const override { return QStringLiteral("casework edit"); }
    QString summary() const override
    {
        return CaseworkCommandsText::tr(
            "Change an involvement: its status (referred, accepted, declined, active), "
            "decision, teacher …");
    }
    void configure(QCommandLineParser &parser) override
    {
        addTargetArguments(parser, QStringLiteral("involvement"));
    }
    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        return edit(
            context, parser, involvementKind(),
            parseAssignments(involvementKind().type(), parser.values(QStringLiteral("set"))));
    }
};

class CaseworkCloseCommand : public EditCommandBase
{
public:
    QString name() const override { return QStringLiteral("casework close"); }
    QString summary() const override
    {
        return CaseworkCommandsText::tr("Close an active involvement, with a reason.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("involvement"),
                                     CaseworkCommandsText::tr("The involvement's id."),
                                     QStringLiteral("ID"));
        parser.addOption(valueOption("reason", CaseworkCommandsText::tr("Why it closes."), "TEXT"));
        parser.addOption(
            valueOption("date", CaseworkCommandsText::tr("When (default today)."), "DATE"));
    }
    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        QStringList assignments{QStringLiteral("status=closed"),
                                u"closure_reason=" + parser.value(QStringLiteral("reason"))};
        if (parser.isSet(QStringLiteral("date")))
            assignments.append(u"closed_on=" + parser.value(QStringLiteral("date")));
        return edit(context, parser, involvementKind(),
                    parseAssignments(involvementKind().type(), assignments));
    }
};

class OutcomeAddCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("casework outcome add"); }
    QString summary() const override
    {
        return CaseworkCommandsText::tr(
            "Agree an expected outcome for an involvement: baseline, target, review date.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addTargetArguments(parser, QStringLiteral("involvement"));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        const QUuid id = addUnder(db, parser, outcomeKind(), involvementKind(),
                                  QStringLiteral("involvement_id"), {});
        context.out << CaseworkCommandsText::tr("Added outcome %1.").arg(idText(id)) << '\n';
        return ExitSuccess;
    }
};

class OutcomeReviewCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("casework outcome review"); }
    QString summary() const override
    {
        return CaseworkCommandsText::tr(
            "Record a review of an outcome, rated −2 to +2 (Goal Attainment Scaling).");
    }
    void configure(QCommandLineParser &parser) override
    {
        addTargetArguments(parser, QStringLiteral("outcome"));
        parser.addOption(
            valueOption("rating", CaseworkCommandsText::tr("−2, −1, 0, +1 or +2."), "N"));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        QVariantMap values;
        if (const auto me = whoAmI(db))
            values.insert(QStringLiteral("reviewed_by"), *me);
        QStringList rating;
        if (parser.isSet(QStringLiteral("rating")))
            rating.append(u"rating=" + parser.value(QStringLiteral("rating")));
        const QUuid id = addUnder(db, parser, outcomeReviewKind(), outcomeKind(),
                                  QStringLiteral("outcome_id"), values, rating);
        context.out << CaseworkCommandsText::tr("Recorded review %1.").arg(idText(id)) << '\n';
        return ExitSuccess;
    }
};

class ContactsAddCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("contacts add"); }
    QString summary() const override
    {
        return CaseworkCommandsText::tr(
            "Log a visit, call or other contact (today, you, and the last type by "
            "default).");
    }
    void configure(QCommandLineParser &parser) override
    {
        addTargetArguments(parser, QStringLiteral("involvement"));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        const QUuid id = addUnder(db, parser, contactLogKind(), involvementKind(),
                                  QStringLiteral("involvement_id"), contactDefaults(db));
        rememberContactType(db, readRecordsWhere(db, contactLogKind().type(), u"id", id)
                                    .first()
                                    .second.value(QStringLiteral("contact_type"))
                                    .toString());
        context.out << CaseworkCommandsText::tr("Logged contact %1.").arg(idText(id)) << '\n';
        return ExitSuccess;
    }
};

class ContactsListCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("contacts list"); }
    QString summary() const override
    {
        return CaseworkCommandsText::tr(
            "List contact-log entries, newest first: an involvement's, or a staff "
            "member's.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        parser.addOption(
            valueOption("involvement", CaseworkCommandsText::tr("Only this involvement's."), "ID"));
        parser.addOption(valueOption(
            "staff", CaseworkCommandsText::tr("Only this staff member's (an id, or “me”)."),
            "ID|me"));
        parser.addOption(valueOption(
            "limit", CaseworkCommandsText::tr("At most this many (default 200)."), "N"));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const OutputFormat format = outputFormat(parser);
        Database &db = session.database();
        QByteArray involvement, staff;
        if (parser.isSet(QStringLiteral("involvement")))
            involvement =
                recordArgument(db, involvementKind(), parser.value(QStringLiteral("involvement")))
                    .toRfc4122();
        if (parser.isSet(QStringLiteral("staff")))
            staff = staffArgument(db, parser.value(QStringLiteral("staff"))).toRfc4122();
        bool ok = true;
        const int limit = parser.isSet(QStringLiteral("limit"))
                              ? parser.value(QStringLiteral("limit")).toInt(&ok)
                              : 200;
        if (!ok || limit < 1)
            throw Error(Error::Kind::Usage,
                        CaseworkCommandsText::tr("--limit takes a whole number above 0."));

        Statement query(
            db.handle(),
            QStringLiteral("SELECT l.id, l.contact_date, l.contact_type, l.involvement_id, "
                           "coalesce(c.first_name || ' ' || c.last_name, s.name), "
                           "st.first_name || ' ' || st.last_name, l.minutes, l.advice, "
                           "l.next_steps FROM contact_log l "
                           "LEFT JOIN involvement i ON i.id = l.involvement_id "
                           "LEFT JOIN child c ON c.id = i.child_id "
                           "LEFT JOIN setting s ON s.id = i.setting_id "
                           "LEFT JOIN staff st ON st.id = l.staff_id "
                           "WHERE (?1 IS NULL OR l.involvement_id = ?1) AND "
                           "(?2 IS NULL OR l.staff_id = ?2) "
                           "ORDER BY l.contact_date DESC, l.id DESC LIMIT ?3"));
        query.bindBlob(1, involvement);
        query.bindBlob(2, staff);
        query.bindInt64(3, limit);
        const FieldSpec &type = contactLogKind().type().requireField(u"contact_type");
        const bool forPeople = format == OutputFormat::Table;
        OutputTable table{
            {QStringLiteral("id"), QStringLiteral("contact_date"), QStringLiteral("contact_type"),
             QStringLiteral("involvement_id"), QStringLiteral("subject"), QStringLiteral("staff"),
             QStringLiteral("minutes"), QStringLiteral("advice"), QStringLiteral("next_steps")},
            {CaseworkCommandsText::tr("Id"), CaseworkCommandsText::tr("Date"),
             CaseworkCommandsText::tr("Type"), CaseworkCommandsText::tr("Involvement"),
             CaseworkCommandsText::tr("Child or setting"), CaseworkCommandsText::tr("Staff"),
             CaseworkCommandsText::tr("Minutes"), CaseworkCommandsText::tr("Advice"),
             CaseworkCommandsText::tr("Next steps")},
            {},
            {}};
        while (query.step())
            table.rows.append({idText(QUuid::fromRfc4122(query.blob(0))),
                               dateText(QDate::fromString(query.text(1), Qt::ISODate), format),
                               forPeople ? type.choiceLabel(query.text(2)) : query.text(2),
                               idText(QUuid::fromRfc4122(query.blob(3))), query.text(4),
                               query.text(5), query.value(6), query.text(7), query.text(8)});
        writeTable(context.out, table, format);
        return ExitSuccess;
    }
};

} // namespace

CommandList caseworkCommands()
{
    CommandList commands =
        makeCommands<CaseworkOpenCommand, CaseworkListCommand, CaseworkShowCommand,
                     CaseworkEditCommand, CaseworkCloseCommand, OutcomeAddCommand,
                     OutcomeReviewCommand, ContactsAddCommand, ContactsListCommand>();
    addRecordVerbs(commands, recordKind<&involvementKind>, QStringLiteral("casework"));
    addRecordVerbs(commands, recordKind<&outcomeKind>, QStringLiteral("casework outcome"));
    addRecordVerbs(commands, recordKind<&outcomeReviewKind>, QStringLiteral("casework review"));
    addRecordVerbs(commands, recordKind<&contactLogKind>, QStringLiteral("contacts"));
    return commands;
}

} // namespace casebook
