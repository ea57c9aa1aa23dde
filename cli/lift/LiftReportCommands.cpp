#include "LiftReportCommands.h"

#include "commands/EditSession.h"
#include "common/Command.h"
#include "common/Error.h"
#include "lift/LiftMeetingDetail.h"
#include "lift/LiftMinutes.h"
#include "lift/LiftRecords.h"
#include "records/CommandArguments.h"
#include "reports/PrintedPages.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QTextStream>

namespace casebook {

namespace {

struct LiftReportCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::LiftReportCommands)
};

class LiftPapersCommand : public DatabaseCommand
{
public:
    explicit LiftPapersCommand(bool minutes)
        : m_minutes(minutes)
    {}
    QString name() const override
    {
        return m_minutes ? QStringLiteral("report lift-minutes")
                         : QStringLiteral("report lift-agenda");
    }
    ApplicationNeeds needs() const override { return ApplicationNeeds::Gui; }
    QString summary() const override
    {
        return m_minutes ? LiftReportCommandsText::tr(
                               "Write a LIFT meeting's minutes as an A4 PDF: the full copy, or "
                               "with --circulated the copy for the schools, where children "
                               "appear by their initials only.")
                         : LiftReportCommandsText::tr(
                               "Write a LIFT meeting's agenda as an A4 PDF, children by their "
                               "initials, for sending before the meeting.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addOption(valueOption(
            "meeting", LiftReportCommandsText::tr("The meeting's id (or its start)."), "ID"));
        parser.addOption(
            valueOption("pdf", LiftReportCommandsText::tr("The PDF file to write."), "FILE"));
        if (m_minutes)
            parser.addOption(QCommandLineOption(
                QStringList{QStringLiteral("circulated")},
                LiftReportCommandsText::tr("The circulated copy: no child's name, date of "
                                           "birth, UPN or parent's name.")));
    }
    int runOn(CommandContext &context, const QCommandLineParser &parser,
              EditSession &session) override
    {
        const QString pdf = parser.value(QStringLiteral("pdf"));
        if (!parser.isSet(QStringLiteral("meeting")) || pdf.isEmpty())
            throw Error(Error::Kind::Usage,
                        LiftReportCommandsText::tr("Give --meeting ID (see “casebook lift "
                                                   "meetings”) and --pdf FILE."));
        Database &db = session.database();
        const QUuid id =
            recordArgument(db, liftMeetingKind(), parser.value(QStringLiteral("meeting")));
        const LiftMeetingDetail meeting = loadLiftMeeting(db, id, db.environment().today());
        const QString authority = authorityName(db);
        if (m_minutes) {
            const LiftCopy copy =
                parser.isSet(QStringLiteral("circulated")) ? LiftCopy::Circulated : LiftCopy::Full;
            writePdfFile(*liftMinutesDocument(meeting, copy, authority),
                         liftMinutesTitle(meeting, copy), protectiveMarking(), pdf);
        } else {
            writePdfFile(*liftAgendaDocument(meeting, authority), liftAgendaTitle(meeting),
                         protectiveMarking(), pdf);
        }
        context.out << LiftReportCommandsText::tr("Wrote %1.").arg(pdf) << '\n';
        return ExitSuccess;
    }

private:
    bool m_minutes;
};

} // namespace

void addLiftReportCommands(CommandList &commands)
{
    commands.push_back(std::make_unique<LiftPapersCommand>(false));
    commands.push_back(std::make_unique<LiftPapersCommand>(true));
}

} // namespace casebook
