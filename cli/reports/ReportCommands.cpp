// `casebook report …`: printed documents, written as PDF.
#include "common/Command.h"
#include "common/Commands.h"
#include "common/Error.h"
#include "reports/VisitReport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct ReportCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::ReportCommands)
};

class ReportVisitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report visit"); }
    ApplicationNeeds needs() const override { return ApplicationNeeds::Gui; }
    QString summary() const override
    {
        return ReportCommandsText::tr(
            "Write the visit report for the school about a contact, as an A4 PDF.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addOption(QCommandLineOption(QStringList{QStringLiteral("contact")},
                                            ReportCommandsText::tr("The contact-log entry's id."),
                                            QStringLiteral("ID")));
        parser.addOption(QCommandLineOption(QStringList{QStringLiteral("pdf")},
                                            ReportCommandsText::tr("The PDF file to write."),
                                            QStringLiteral("FILE")));
    }
    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        const QUuid contact = QUuid::fromString(parser.value(QStringLiteral("contact")));
        const QString pdf = parser.value(QStringLiteral("pdf"));
        if (contact.isNull() || pdf.isEmpty())
            throw Error(Error::Kind::Usage,
                        ReportCommandsText::tr(
                            "Give --contact ID (see “casebook contacts list”) and --pdf FILE."));
        const auto db = context.openDatabase();
        writeVisitReportPdf(loadVisitReport(*db, contact), pdf);
        context.out << ReportCommandsText::tr("Wrote %1.").arg(pdf) << '\n';
        return ExitSuccess;
    }
};

} // namespace

CommandList reportsCommands()
{
    return makeCommands<ReportVisitCommand>();
}

} // namespace casebook
