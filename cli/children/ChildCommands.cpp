#include "children/ChildRecords.h"
#include "children/ChildSearch.h"
#include "commands/EditSession.h"
#include "common/Command.h"
#include "common/Commands.h"
#include "common/Error.h"
#include "common/JsonWriter.h"
#include "domain/AcademicYear.h"
#include "records/CommandArguments.h"
#include "records/RecordOutput.h"
#include "records/RecordVerbs.h"
#include "settings/SettingRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QTextStream>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct ChildCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::ChildCommands)
};

QCommandLineOption differentChildOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("different-child")},
        ChildCommandsText::tr("Confirm that this child is not the child who already has the "
                              "same UPN, or the same name and date of birth; both records "
                              "are kept."));
}

// --set values, with a setting given by URN as well as by id.
QStringList assignmentsWithSettingIds(Database &db, QStringList assignments)
{
    for (QString &assignment : assignments) {
        if (!assignment.startsWith(QLatin1String("setting_id=")))
            continue;
        const QString value = assignment.mid(11).trimmed();
        if (value.isEmpty() || !QUuid::fromString(value).isNull())
            continue;
        const auto setting = findSettingByUrn(db, value);
        if (!setting)
            throw Error(
                Error::Kind::NotFound,
                ChildCommandsText::tr("Setting (setting_id): there is no setting with URN “%1”.")
                    .arg(value));
        assignment = QStringLiteral("setting_id=") + setting->toString(QUuid::WithoutBraces);
    }
    return assignments;
}

// The rules' message, with how to confirm on the command line.
template<typename Edit>
auto confirmingOnCommandLine(Edit edit)
{
    try {
        return edit();
    } catch (const Error &error) {
        if (error.kind() != Error::Kind::Duplicate)
            throw;
        QString message = error.commandLineMessage();
        if (!error.record().isNull())
            message += u' ' + ChildCommandsText::tr("(The existing child's id is %1.)")
                                  .arg(error.record().toString(QUuid::WithoutBraces));
        throw Error(Error::Kind::Duplicate,
                    message + u' ' +
                        ChildCommandsText::tr("If this is a different child, run the command "
                                              "again with --different-child to keep both "
                                              "records."));
    }
}

QString singleChildArgument(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        throw Error(Error::Kind::Usage, ChildCommandsText::tr("Give one child: their id or UPN."));
    return positional.first();
}

class ChildrenAddCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("children add"); }
    QString summary() const override { return ChildCommandsText::tr("Add a child."); }
    void configure(QCommandLineParser &parser) override
    {
        parser.addOption(valueOption("first", ChildCommandsText::tr("First name."), "NAME"));
        parser.addOption(valueOption("last", ChildCommandsText::tr("Last name."), "NAME"));
        parser.addOption(valueOption("dob", ChildCommandsText::tr("Date of birth."), "YYYY-MM-DD"));
        parser.addOption(valueOption("upn", ChildCommandsText::tr("Unique pupil number."), "UPN"));
        parser.addOption(
            valueOption("setting", ChildCommandsText::tr("The setting's URN or id."), "URN"));
        parser.addOption(valueOption(
            "need", ChildCommandsText::tr("Primary need (census code, e.g. ASD)."), "CODE"));
        parser.addOption(
            valueOption("secondary-need", ChildCommandsText::tr("Secondary need."), "CODE"));
        parser.addOption(
            valueOption("provision",
                        ChildCommandsText::tr("SEN provision: N, K, E or EHC_REQUESTED."), "CODE"));
        addSetOption(parser);
        parser.addOption(differentChildOption());
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        QStringList assignments;
        const std::pair<const char *, const char *> shortcuts[] = {
            {"first", "first_name"},
            {"last", "last_name"},
            {"dob", "date_of_birth"},
            {"upn", "upn"},
            {"setting", "setting_id"},
            {"need", "primary_need"},
            {"secondary-need", "secondary_need"},
            {"provision", "sen_provision"},
        };
        for (const auto &[option, field] : shortcuts)
            if (parser.isSet(QString::fromLatin1(option)))
                assignments.append(QString::fromLatin1(field) + u'=' +
                                   parser.value(QString::fromLatin1(option)));
        assignments += parser.values(QStringLiteral("set"));
        const QVariantMap values =
            parseAssignments(childKind().type(), assignmentsWithSettingIds(db, assignments));
        const QUuid id = confirmingOnCommandLine([&] {
            return addRecord(session, childKind(), values, {parser.isSet(differentChildOption())});
        });
        context.out << ChildCommandsText::tr("Added %1 %2 (%3).")
                           .arg(values.value(QStringLiteral("first_name")).toString(),
                                values.value(QStringLiteral("last_name")).toString(),
                                id.toString(QUuid::WithoutBraces))
                    << '\n';
        return ExitSuccess;
    }
};

class ChildrenListCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("children list"); }
    QString summary() const override { return ChildCommandsText::tr("List or search children."); }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        parser.addOption(valueOption(
            "search",
            ChildCommandsText::tr("Words that start a first name, last name, UPN or setting name."),
            "TEXT"));
        parser.addOption(
            valueOption("district", ChildCommandsText::tr("Only this district (code)."), "CODE"));
        parser.addOption(valueOption(
            "need", ChildCommandsText::tr("Only children with this primary need."), "CODE"));
        parser.addOption(QCommandLineOption(
            QStringList{QStringLiteral("secondary-need-too")},
            ChildCommandsText::tr("With --need: the secondary need counts as well.")));
        parser.addOption(
            valueOption("provision", ChildCommandsText::tr("Only this SEN provision."), "CODE"));
        parser.addOption(valueOption(
            "status", ChildCommandsText::tr("Only active, inactive or left."), "STATUS"));
        parser.addOption(valueOption("limit", ChildCommandsText::tr("At most N children."), "N"));
    }
    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        const OutputFormat format = outputFormat(parser);
        int limit = std::numeric_limits<int>::max();
        if (parser.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            limit = parser.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 0)
                throw Error(Error::Kind::Usage,
                            ChildCommandsText::tr("--limit needs a whole number."));
        }
        const auto db = context.openDatabase();
        ChildSearch search(*db);
        ChildFilter filter;
        filter.text = parser.value(QStringLiteral("search"));
        filter.districtCode = parser.value(QStringLiteral("district"));
        filter.needCode = parser.value(QStringLiteral("need")).toUpper();
        filter.secondaryNeedToo = parser.isSet(QStringLiteral("secondary-need-too"));
        filter.provisionCode = parser.value(QStringLiteral("provision")).toUpper();
        filter.status = parser.value(QStringLiteral("status")).toLower();
        search.setFilter(filter);

        const bool forPeople = format == OutputFormat::Table;
        const QDate today = db->environment().today();
        OutputTable table{
            {QStringLiteral("id"), QStringLiteral("last_name"), QStringLiteral("first_name"),
             QStringLiteral("date_of_birth"), QStringLiteral("upn"), QStringLiteral("year_group"),
             QStringLiteral("setting"), QStringLiteral("district"), QStringLiteral("sen_provision"),
             QStringLiteral("primary_need"), QStringLiteral("status")},
            {ChildCommandsText::tr("Id"), ChildCommandsText::tr("Last name"),
             ChildCommandsText::tr("First name"), ChildCommandsText::tr("Born"),
             ChildCommandsText::tr("UPN"), ChildCommandsText::tr("Year"),
             ChildCommandsText::tr("Setting"), ChildCommandsText::tr("District"),
             ChildCommandsText::tr("Provision"), ChildCommandsText::tr("Need"),
             ChildCommandsText::tr("Status")},
            {},
            {}};
        const auto children = search.page(nullptr, limit);
        for (const auto &c : children) {
            const int year = c.yearGroup(today);
            table.rows.append(
                {c.id.toString(QUuid::WithoutBraces), c.lastName, c.firstName,
                 forPeople ? c.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"))
                           : c.dateOfBirth.toString(Qt::ISODate),
                 c.upn, forPeople ? QVariant(AcademicYear::label(year)) : QVariant(year),
                 c.settingName, c.districtName, c.provision, c.primaryNeed, c.status});
        }
        writeTable(context.out, table, format);
        return ExitSuccess;
    }
};

class ChildrenShowCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("children show"); }
    QString summary() const override
    {
        return ChildCommandsText::tr(
            "Show a child's record, with contacts and agreements to engage.");
    }
    void configure(QCommandLineParser &parser) override
    {
        addFormatOption(parser);
        parser.addPositionalArgument(QStringLiteral("child"),
                                     ChildCommandsText::tr("The child's id or UPN."),
                                     QStringLiteral("ID|UPN"));
    }
    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        const OutputFormat format = outputFormat(parser);
        const QString which = singleChildArgument(parser);
        const auto db = context.openDatabase();
        const QUuid id = findChild(*db, which);
        const auto records = readRecordsWhere(*db, childKind().type(), u"id", id);
        const QVariantMap &child = records.first().second;

        QString settingName, settingUrn;
        Statement setting(db->handle(),
                          QStringLiteral("SELECT name, urn FROM setting WHERE id = ?"));
        setting.bindBlob(1, child.value(QStringLiteral("setting_id")).toByteArray());
        if (setting.step())
            settingName = setting.text(0), settingUrn = setting.text(1);
        ChildSummary summary;
        summary.dateOfBirth =
            QDate::fromString(child.value(QStringLiteral("date_of_birth")).toString(), Qt::ISODate);
        if (!child.value(QStringLiteral("year_group_override")).isNull())
            summary.yearGroupOverride =
                int(child.value(QStringLiteral("year_group_override")).toLongLong());
        const int year = summary.yearGroup(db->environment().today());
        const QList<ExtraValue> extras = {
            {QStringLiteral("year_group"), ChildCommandsText::tr("Year group"),
             format == OutputFormat::Table ? QVariant(AcademicYear::label(year)) : QVariant(year)},
            {QStringLiteral("setting_name"), ChildCommandsText::tr("Setting name"), settingName},
            {QStringLiteral("setting_urn"), ChildCommandsText::tr("Setting URN"), settingUrn},
        };

        const auto contacts = readRecordsWhere(*db, childContactKind().type(), u"child_id", id);
        const auto consents = readRecordsWhere(*db, consentKind().type(), u"child_id", id);
        writeRecord(
            context.out, format, childKind().type(), id, child, extras, [&](JsonWriter &json) {
                writeRecordList(json, QStringLiteral("contacts"), childContactKind().type(),
                                contacts);
                writeRecordList(json, QStringLiteral("consents"), consentKind().type(), consents);
            });
        if (format == OutputFormat::Table) {
            writeRecordListText(context.out, ChildCommandsText::tr("Parent/carer contacts"),
                                childContactKind().type(), contacts);
            writeRecordListText(context.out, ChildCommandsText::tr("Agreements to engage"),
                                consentKind().type(), consents);
        }
        return ExitSuccess;
    }
};

class ChildrenEditCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("children edit"); }
    QString summary() const override
    {
        return ChildCommandsText::tr("Change fields of a child's record.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("child"),
                                     ChildCommandsText::tr("The child's id or UPN."),
                                     QStringLiteral("ID|UPN"));
        addSetOption(parser);
        parser.addOption(differentChildOption());
    }
    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        const QString which = singleChildArgument(parser);
        const auto db = context.openDatabase();
        const QUuid id = findChild(*db, which);
        const QVariantMap changes =
            parseAssignments(childKind().type(),
                             assignmentsWithSettingIds(*db, parser.values(QStringLiteral("set"))));
        if (changes.isEmpty())
            throw Error(Error::Kind::Usage,
                        ChildCommandsText::tr("Say what to change with --set FIELD=VALUE."));
        EditSession session(*db);
        const int changed = confirmingOnCommandLine([&] {
            return editRecord(session, childKind(), id, changes,
                              {parser.isSet(differentChildOption())});
        });
        context.out << fieldsChangedText(changed) << '\n';
        return ExitSuccess;
    }
};

} // namespace

CommandList childrenCommands()
{
    CommandList commands = makeCommands<ChildrenAddCommand, ChildrenListCommand,
                                        ChildrenShowCommand, ChildrenEditCommand>();
    addRecordVerbs(commands, recordKind<&childKind>, QStringLiteral("children"));
    addRecordVerbs(commands, recordKind<&childContactKind>, QStringLiteral("children contacts"));
    addRecordVerbs(commands, recordKind<&consentKind>, QStringLiteral("children consent"));
    return commands;
}

} // namespace casebook
