#include "commands/EditSession.h"
#include "common/Command.h"
#include "common/Commands.h"
#include "common/Error.h"
#include "records/RecordOutput.h"
#include "records/RecordVerbs.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct StaffCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::StaffCommands)
};

class StaffListCommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("staff list"); }
    QString summary() const override { return StaffCommandsText::tr("List the service's staff."); }
    void configure(QCommandLineParser &parser) override { addFormatOption(parser); }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const OutputFormat format = outputFormat(parser);
        Database &db = session.database();
        const auto me = whoAmI(db);
        OutputTable table{{QStringLiteral("id"), QStringLiteral("first_name"),
                           QStringLiteral("last_name"), QStringLiteral("role"),
                           QStringLiteral("service_line"), QStringLiteral("district"),
                           QStringLiteral("specialisms"), QStringLiteral("status"),
                           QStringLiteral("this_installation")},
                          {StaffCommandsText::tr("Id"), StaffCommandsText::tr("First name"),
                           StaffCommandsText::tr("Last name"), StaffCommandsText::tr("Role"),
                           StaffCommandsText::tr("Service line"), StaffCommandsText::tr("District"),
                           StaffCommandsText::tr("Specialisms"), StaffCommandsText::tr("Status"),
                           StaffCommandsText::tr("Me")},
                          {},
                          {}};
        for (const auto &s : listStaff(db)) {
            const bool isMe = me && *me == s.id;
            table.rows.append(
                {s.id.toString(QUuid::WithoutBraces), s.firstName, s.lastName,
                 format == OutputFormat::Table ? StaffKind::roleLabel(s.role) : s.role,
                 s.serviceLineName, s.districtName, s.specialisms, s.status,
                 format == OutputFormat::Table ? QVariant(isMe ? QStringLiteral("*") : QString())
                                               : QVariant(isMe)});
        }
        writeTable(context.out, table, format);
        return ExitSuccess;
    }
};

class StaffWhoAmICommand : public DatabaseCommand
{
public:
    QString name() const override { return QStringLiteral("staff whoami"); }
    QString summary() const override
    {
        return StaffCommandsText::tr("Show, or set, which staff member uses this installation.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("staff"),
                                     StaffCommandsText::tr("The staff member's id, to set it."),
                                     QStringLiteral("[ID]"));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        Database &db = session.database();
        const QStringList positional = parser.positionalArguments();
        if (!positional.isEmpty()) {
            const QUuid id = QUuid::fromString(positional.first());
            if (id.isNull())
                throw Error(
                    Error::Kind::Usage,
                    StaffCommandsText::tr("“%1” is not a staff id; see “casebook staff list”.")
                        .arg(positional.first()));
            setWhoAmI(db, id);
        }
        const auto me = whoAmI(db);
        if (!me) {
            context.out << StaffCommandsText::tr("No staff member is set for this installation.")
                        << '\n';
            return ExitSuccess;
        }
        for (const auto &s : listStaff(db))
            if (s.id == *me)
                context.out << StaffCommandsText::tr("This installation is used by %1 (%2).")
                                   .arg(s.fullName(), StaffKind::roleLabel(s.role))
                            << '\n';
        return ExitSuccess;
    }
};

} // namespace

CommandList staffCommands()
{
    CommandList commands = makeCommands<StaffListCommand, StaffWhoAmICommand>();
    addRecordVerbs(commands, recordKind<&staffKind>, QStringLiteral("staff"));
    return commands;
}

} // namespace casebook
