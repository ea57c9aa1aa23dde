#include "common/Command.h"
#include "common/Commands.h"
#include "common/Error.h"
#include "demo/DemoData.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct DemoCommandText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::DemoCommand)
};

int positiveNumber(const QCommandLineParser &parser, const QString &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 0)
        throw Error(Error::Kind::Usage,
                    DemoCommandText::tr("--%1 needs a whole number.").arg(option));
    return n;
}

class DemoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return DemoCommandText::tr(
            "Fill a new database with fictional demo settings, staff and children.");
    }
    void configure(QCommandLineParser &parser) override
    {
        parser.addOption(QCommandLineOption(
            QStringList{QStringLiteral("children")},
            DemoCommandText::tr("How many children (default 3000; 40000 for county scale)."),
            QStringLiteral("N")));
        parser.addOption(
            QCommandLineOption(QStringList{QStringLiteral("seed")},
                               DemoCommandText::tr("The random seed: the same seed gives the same "
                                                   "data (default 1)."),
                               QStringLiteral("S")));
    }
    int run(CommandContext &context, const QCommandLineParser &parser) override
    {
        DemoOptions options;
        options.children = positiveNumber(parser, QStringLiteral("children"), options.children);
        options.seed = quint32(positiveNumber(parser, QStringLiteral("seed"), int(options.seed)));
        const auto db = context.openDatabase();
        QElapsedTimer timer;
        timer.start();
        const DemoSummary made = generateDemoData(*db, options);
        const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
        context.out << DemoCommandText::tr(
                           "Demo data in %1: %2 settings, %3 staff, %4 children, %5 contacts, %6 "
                           "agreements to engage, %7 involvements, %8 outcomes with %9 reviews, "
                           "%10 contact-log entries, %11 LIFT meetings of %12 groups with %13 "
                           "referrals, %14 drop-in sessions with %15 consultations, %16 "
                           "intensive support episodes, %17 link teacher allocations (%18 s).")
                           .arg(db->path(), uk.toString(made.settings), uk.toString(made.staff),
                                uk.toString(made.children), uk.toString(made.contacts),
                                uk.toString(made.consents), uk.toString(made.involvements),
                                uk.toString(made.outcomes), uk.toString(made.reviews))
                           .arg(uk.toString(made.contactLog), uk.toString(made.liftMeetings),
                                uk.toString(made.liftGroups), uk.toString(made.liftReferrals),
                                uk.toString(made.dropinSessions))
                           .arg(uk.toString(made.dropinConsultations),
                                uk.toString(made.supportEpisodes), uk.toString(made.linkTeachers),
                                uk.toString(double(timer.elapsed()) / 1000.0, 'f', 1))
                    << '\n';
        return ExitSuccess;
    }
};

} // namespace

CommandList demoCommands()
{
    return makeCommands<DemoCommand>();
}

} // namespace casebook
