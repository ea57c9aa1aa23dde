// Owner-only files made by core itself, without the process-wide umask that
// main() sets: a library user (a test, a future hub) gets the same.
#include "common/PrivateFiles.h"
#include "storage/Database.h"
#include "support/SyncPeers.h"
#include "sync/SyncPackages.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace casebook;

namespace {

int modeOf(const QString &path)
{
    struct stat status = {};
    REQUIRE(stat(QFile::encodeName(path).constData(), &status) == 0);
    return int(status.st_mode & 07777);
}

struct Umask
{
    mode_t saved;
    explicit Umask(mode_t mask)
        : saved(umask(mask))
    {}
    ~Umask() { umask(saved); }
};

} // namespace

TEST_CASE("A new database, its -wal and -shm, and its new folders are owner-only under umask 022",
          "[privacy]")
{
    const Umask loose(022);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("a/b/casebook.sqlite"));
    auto db = Database::open(path);
    REQUIRE(QFile::exists(path + u"-wal"_qs));
    REQUIRE(QFile::exists(path + u"-shm"_qs));
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + u"-wal"_qs) == 0600);
    CHECK(modeOf(path + u"-shm"_qs) == 0600);
    CHECK(modeOf(folder.filePath(QStringLiteral("a"))) == 0700);
    CHECK(modeOf(folder.filePath(QStringLiteral("a/b"))) == 0700);
}

TEST_CASE("A package and a saved file are owner-only under umask 022", "[privacy]")
{
    const Umask loose(022);
    QTemporaryDir folder;
    test::Installation a;
    a.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
    ExportOptions options;
    options.kdf = KdfLimits::minimum();
    const QString package = folder.filePath(QStringLiteral("p.casebook-sync"));
    exportPackage(a.db(), package, "a passphrase", options);
    CHECK(modeOf(package) == 0600);

    const QString saved = folder.filePath(QStringLiteral("report.pdf"));
    QSaveFile file(saved);
    REQUIRE(openOwnerOnly(file));
    file.write("%PDF");
    REQUIRE(file.commit());
    CHECK(modeOf(saved) == 0600);
}

TEST_CASE("Core dumps are off once the process protects itself", "[privacy]")
{
    // As main() does; the soft limit is read back from /proc/self/limits.
    const mode_t before = umask(022);
    umask(before);
    protectProcess();
    umask(before); // protectProcess tightened it for the whole test process
    CHECK(coreDumpsOff());
#ifdef Q_OS_LINUX
    QFile limits(QStringLiteral("/proc/self/limits"));
    REQUIRE(limits.open(QIODevice::ReadOnly));
    const QByteArray text = limits.readAll();
    const qsizetype at = text.indexOf("Max core file size");
    REQUIRE(at >= 0);
    CHECK(text.mid(at, text.indexOf('\n', at) - at)
              .simplified()
              .startsWith("Max core file size 0 0"));
#endif
}
