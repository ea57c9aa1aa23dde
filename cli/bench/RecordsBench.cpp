#include "RecordsBench.h"

#include "CaseworkBench.h"
#include "LiftBench.h"
#include "SyncBench.h"
#include "WindowBench.h"
#include "children/ChildSearch.h"
#include "commands/EditSession.h"
#include "common/BenchFigures.h"
#include "demo/DemoData.h"
#include "settings/GiasImport.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>

namespace casebook {

namespace {

using bench::milliseconds;
using bench::ms;
using bench::percentile;

// What a person types: the first 2–4 letters of a surname, sometimes with
// the first letters of a first name, taken from the children there are.
QStringList partialNames(Database &db, int count)
{
    QStringList names;
    Statement children(db.handle(), QStringLiteral("SELECT first_name, last_name FROM child"));
    QList<QPair<QString, QString>> all;
    while (children.step())
        all.append({children.text(0), children.text(1)});
    if (all.isEmpty())
        return names;
    QRandomGenerator random(4242);
    for (int i = 0; i < count; ++i) {
        const auto &[first, last] = all[random.bounded(int(all.size()))];
        QString typed = last.left(2 + random.bounded(3));
        if (i % 4 == 3)
            typed += u' ' + first.left(1 + random.bounded(2));
        names.append(typed);
    }
    return names;
}

// A GIAS file of `rows` establishments, half of them in Kent, as bytes.
QByteArray syntheticGias(int rows)
{
    QByteArray csv = "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,"
                     "TypeOfEstablishment (name),EstablishmentStatus (name),OpenDate,CloseDate,"
                     "PhaseOfEducation (name),Street,Postcode,DistrictAdministrative (name)";
    for (int c = 0; c < 120; ++c)
        csv += ",Other" + QByteArray::number(c);
    csv += "\r\n";
    const QByteArray filler = QByteArray(120, ',');
    static const char *const districts[] = {
        "Dover", "Thanet", "Folkestone and Hythe", "Tonbridge and Malling", "Swale", "Ashford"};
    for (int i = 0; i < rows; ++i) {
        const bool kent = i % 2 == 0;
        csv += QByteArray::number(300000 + i) + (kent ? ",886,Kent," : ",201,Elsewhere,") +
               QByteArray::number(2000 + i % 7000) + ",\"Bench School " + QByteArray::number(i) +
               ", St Mary\x92s\",Community school,Open,01-09-1990,,"
               "Primary,\"1 Long Road\r\nUpper Level\",ZZ1 1ZZ," +
               districts[i % 6] + filler + "\r\n";
    }
    return csv;
}

} // namespace

void runRecordsBench(QTextStream &out, const QString &folder, const Environment &environment,
                     int children)
{
    const QString path = folder + QStringLiteral("/records.sqlite");
    auto db = Database::open(path, environment);
    QElapsedTimer timer;
    timer.start();
    generateDemoData(*db, {children, 1});
    out << "demo children: " << children << '\n'
        << "demo data: " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 2) << " s\n";
    db.reset();
    db = Database::open(path, environment); // as the window finds it: a cold start
    out << "demo database size: " << QFileInfo(path).size() / (1024 * 1024) << " MiB\n";

    // The Children list's first screen: the count and the first 60 children.
    std::vector<double> firstScreen;
    for (int round = 0; round < 20; ++round) {
        timer.restart();
        ChildSearch search(*db);
        search.count();
        search.page(nullptr, 60);
        firstScreen.push_back(milliseconds(timer.nsecsElapsed()));
    }
    out << "children first screen p50: " << ms(percentile(firstScreen, 0.5)) << " ms\n";

    // Search as you type: each keystroke's filter, count and first screen.
    ChildSearch search(*db);
    std::vector<double> latencies;
    for (const QString &typed : partialNames(*db, 200)) {
        ChildFilter filter;
        filter.text = typed;
        timer.restart();
        search.setFilter(filter);
        search.count();
        search.page(nullptr, 60);
        latencies.push_back(milliseconds(timer.nsecsElapsed()));
    }
    if (!latencies.empty())
        out << "search p50: " << ms(percentile(latencies, 0.5)) << " ms\n"
            << "search p95: " << ms(percentile(latencies, 0.95)) << " ms\n";

    if (const WindowBench &window = windowBench())
        window(out, *db);
    runCaseworkBench(out, *db);
    runLiftBench(out, *db);

    // GIAS import: parse, compare and write, into a database with the demo settings.
    constexpr int GiasRows = 20000;
    const QByteArray gias = syntheticGias(GiasRows);
    timer.restart();
    const GiasImportPlan plan =
        GiasImport::planBytes(*db, gias, QStringLiteral("bench.csv"), QStringLiteral("886"));
    {
        EditSession session(*db);
        GiasImport::apply(session, plan);
    }
    out << "gias import: " << qRound(double(GiasRows) * 1e9 / double(timer.nsecsElapsed()))
        << " rows/s (" << GiasRows << " rows, " << plan.report.added << " added)\n";
    db.reset();
    runSyncBench(out, folder, environment, path);
}

} // namespace casebook
