#include "SyncBench.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/ChangeSet.h"
#include "sync/Package.h"
#include "sync/Store.h"
#include "sync/SyncPackages.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

namespace casebook {

namespace {

const QByteArray passphrase = "bench passphrase, not a secret";

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

QString figure(double value)
{
    return QString::number(value, 'f', 2);
}

// sqlite3's own dump and read of the same file, in seconds; -1 without sqlite3.
std::pair<double, double> sqliteDumpAndRead(const QString &database, const QString &folder)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        return {-1, -1};
    const QString dump = folder + QStringLiteral("/dump.sql");
    QElapsedTimer timer;
    timer.start();
    QProcess dumping;
    dumping.setStandardOutputFile(dump);
    dumping.start(sqlite, {database, QStringLiteral(".dump")});
    dumping.waitForFinished(-1);
    const double dumpSeconds = seconds(timer);
    const QString copy = folder + QStringLiteral("/read.sqlite");
    QFile::remove(copy);
    timer.restart();
    QProcess reading;
    reading.setStandardInputFile(dump);
    reading.start(sqlite, {copy});
    reading.waitForFinished(-1);
    return {dumpSeconds, seconds(timer)};
}

// About 2,000 rows changed, as a busy week across the service might.
void weekOfWork(Database &db)
{
    Store store(db);
    Transaction transaction(db);
    Statement children(db.handle(), QStringLiteral("SELECT id FROM child LIMIT 2000"));
    int i = 0;
    QList<QUuid> ids;
    while (children.step())
        ids.append(QUuid::fromRfc4122(children.blob(0)));
    for (const QUuid &id : ids)
        store.update(u"child", id,
                     {{QStringLiteral("notes"), QStringLiteral("Reviewed in week %1").arg(++i)}});
    transaction.commit();
}

} // namespace

void runSyncBench(QTextStream &out, const QString &folder, const Environment &environment,
                  const QString &countyDatabase)
{
    const QString countyPackage = folder + QStringLiteral("/county.casebook-sync");
    const QString office = folder + QStringLiteral("/office.sqlite");
    ExportOptions options; // the key derivation people get, MODERATE
    QElapsedTimer timer;

    timer.start();
    GroupKey::derive(passphrase, GroupKey::newSalt(), KdfLimits::moderate());
    out << "key derivation (Argon2id, moderate): " << figure(seconds(timer))
        << " s, once per export and per import\n";

    auto county = Database::open(countyDatabase, environment);
    timer.restart();
    const ExportResult exported = exportPackage(*county, countyPackage, passphrase, options);
    const double exportSeconds = seconds(timer);

    auto officeDb = Database::open(office, environment);
    timer.restart();
    importPackage(*officeDb, countyPackage, passphrase);
    const double importSeconds = seconds(timer);
    out << "sync export county: " << figure(exportSeconds) << " s (" << exported.changes
        << " changes, " << exported.bytes / (1024 * 1024) << " MiB)\n"
        << "sync import county: " << figure(importSeconds) << " s\n";

    county.reset();
    const auto [dumpSeconds, readSeconds] = sqliteDumpAndRead(countyDatabase, folder);
    if (dumpSeconds >= 0)
        out << "sqlite3 dump: " << figure(dumpSeconds) << " s\n"
            << "sqlite3 read: " << figure(readSeconds) << " s\n"
            << "sync export/dump ratio: " << figure(exportSeconds / dumpSeconds) << '\n'
            << "sync import/read ratio: " << figure(importSeconds / readSeconds) << '\n';

    // The office tells the county laptop what it has; then a week's package.
    county = Database::open(countyDatabase, environment);
    ChangeSet acknowledgement;
    acknowledgement.sender = officeDb->installationId();
    acknowledgement.senderSeen = seenHere(*officeDb);
    applyChanges(*county, acknowledgement);
    weekOfWork(*county);
    options.recipient = officeDb->installationId();
    const QString weekPackage = folder + QStringLiteral("/week.casebook-sync");
    timer.restart();
    const ExportResult week = exportPackage(*county, weekPackage, passphrase, options);
    const double weekExport = seconds(timer);
    timer.restart();
    importPackage(*officeDb, weekPackage, passphrase);
    out << "sync export week: " << figure(weekExport) << " s (" << week.changes << " changes, "
        << week.bytes / 1024 << " KiB)\n"
        << "sync import week: " << figure(seconds(timer)) << " s\n";
}

} // namespace casebook
