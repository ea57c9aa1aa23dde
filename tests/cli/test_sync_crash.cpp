// An import killed at random points (kill -9), or stopped by a full disk,
// leaves the database whole and exactly as before or exactly as after.
#include "common/Error.h"
#include "demo/DemoData.h"
#include "records/DatabaseCheck.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/TestDatabase.h"
#include "sync/CanonicalDump.h"
#include "sync/SyncPackages.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>
#include <signal.h>

using namespace casebook;

namespace {

const QByteArray passphrase = "crash test passphrase";

struct Prepared
{
    QTemporaryDir folder;
    QString package = folder.filePath(QStringLiteral("week.pkg"));
    QString empty = folder.filePath(QStringLiteral("empty.sqlite"));
    QByteArray before, after;

    Prepared()
    {
        {
            auto sender = Database::open(folder.filePath(QStringLiteral("sender.sqlite")));
            generateDemoData(*sender, {600, 3});
            ExportOptions options;
            options.kdf = KdfLimits::minimum();
            exportPackage(*sender, package, passphrase, options);
        }
        {
            auto recipient = Database::open(empty);
            before = canonicalDump(*recipient);
        }
        const QString full = folder.filePath(QStringLiteral("full.sqlite"));
        REQUIRE(QFile::copy(empty, full));
        auto imported = Database::open(full);
        importPackage(*imported, package, passphrase);
        after = canonicalDump(*imported);
        REQUIRE(after != before);
    }
};

void requireWhole(Database &db)
{
    for (const auto &check : checkEverything(db)) {
        INFO(check.name.toStdString()
             << ": " << check.problems.join(QStringLiteral("; ")).toStdString());
        REQUIRE(check.passed);
    }
}

} // namespace

TEST_CASE("An import killed at any point leaves the database before or after", "[sync][crash]")
{
    Prepared p;
    // How long a whole import takes, to spread the kills over it.
    const QString timing = p.folder.filePath(QStringLiteral("timing.sqlite"));
    REQUIRE(QFile::copy(p.empty, timing));
    QElapsedTimer clock;
    clock.start();
    QProcess whole;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CASEBOOK_PASSPHRASE"), QString::fromLatin1(passphrase));
    whole.setProcessEnvironment(environment);
    whole.start(QStringLiteral(CASEBOOK_BINARY),
                {QStringLiteral("--db"), timing, QStringLiteral("sync"), QStringLiteral("import"),
                 p.package});
    REQUIRE(whole.waitForFinished(60'000));
    REQUIRE(whole.exitCode() == 0);
    const qint64 duration = std::max<qint64>(clock.elapsed(), 20);

    QRandomGenerator random(7);
    int before = 0, after = 0;
    const int trials = qEnvironmentVariableIsSet("CASEBOOK_CRASH_TRIALS")
                           ? qEnvironmentVariableIntValue("CASEBOOK_CRASH_TRIALS")
                           : 100;
    for (int trial = 0; trial < trials; ++trial) {
        const QString db = p.folder.filePath(QStringLiteral("trial.sqlite"));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(db + QLatin1String(suffix));
        REQUIRE(QFile::copy(p.empty, db));
        QProcess import;
        import.setProcessEnvironment(environment);
        import.start(QStringLiteral(CASEBOOK_BINARY),
                     {QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("import"),
                      p.package});
        REQUIRE(import.waitForStarted());
        QThread::msleep(quint64(random.bounded(int(duration * 12 / 10) + 1)));
        ::kill(pid_t(import.processId()), SIGKILL);
        import.waitForFinished(10'000);

        auto reopened = Database::open(db);
        requireWhole(*reopened);
        const QByteArray dump = canonicalDump(*reopened);
        INFO("trial " << trial);
        REQUIRE((dump == p.before || dump == p.after));
        (dump == p.before ? before : after) += 1;
    }
    WARN("killed before the commit " << before << " times, after it " << after << " times");
    CHECK(before + after == trials);
}

TEST_CASE("An import that fills the disk changes nothing and says so", "[sync][crash]")
{
    Prepared p;
    const QString db = p.folder.filePath(QStringLiteral("small-disk.sqlite"));
    REQUIRE(QFile::copy(p.empty, db));
    auto recipient = Database::open(db);
    Statement pages(recipient->handle(), QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages.step());
    const qint64 used = pages.int64(0);
    executeScript(recipient->handle(), QStringLiteral("PRAGMA max_page_count = %1").arg(used + 8));
    try {
        importPackage(*recipient, p.package, passphrase);
        FAIL("the import fitted");
    } catch (const Error &error) {
        CHECK(error.message().contains(QStringLiteral("full")));
    }
    CHECK(canonicalDump(*recipient) == p.before);
    requireWhole(*recipient);
}
