// `casebook report …`: printed documents, written as PDF.
#include "VisitReport.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "common/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

namespace casebook {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("casebook::ReportCommands", text);
}

class ReportVisitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report visit"); }
    QString summary() const override
    {
        return tr("Write the visit report for the school about a contact, as an A4 PDF.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addOption(QCommandLineOption(QStringList{QStringLiteral("contact")},
                                            tr("The contact-log entry's id."),
                                            QStringLiteral("ID")));
        parser.addOption(QCommandLineOption(QStringList{QStringLiteral("pdf")},
                                            tr("The PDF file to write."), QStringLiteral("FILE")));
    }
    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        const QUuid contact = QUuid::fromString(parser.value(QStringLiteral("contact")));
        const QString pdf = parser.value(QStringLiteral("pdf"));
        if (contact.isNull() || pdf.isEmpty())
            throw Error(Error::Kind::Usage,
                        tr("Give --contact ID (see “casebook contacts list”) and --pdf FILE."));
        const auto db = context.openDatabase();
        writeVisitReportPdf(loadVisitReport(*db, contact), pdf);
        context.out << tr("Wrote %1.").arg(pdf) << '\n';
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeReportVisitCommand()
{
    return std::make_unique<ReportVisitCommand>();
}

} // namespace casebook
