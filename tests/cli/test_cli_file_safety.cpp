// Files at rest and files handed in, through the real binary: what the
// program writes is for its owner alone whatever the umask, it never leaves
// a core dump, and a file that cannot be a package or a database is refused
// at once with a message naming why.
#include "support/CliRun.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

using casebook::test::fileMode;
using casebook::test::Run;
using casebook::test::runCasebook;

namespace {

// Sets the umask for the test and puts the old one back.
struct Umask
{
    mode_t saved;
    explicit Umask(mode_t mask)
        : saved(umask(mask))
    {}
    ~Umask() { umask(saved); }
};

QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

// Runs the binary as an ordinary user when the tests run as root (root may
// write to anything, so a read-only file would not be read-only to it).
Run runAsUser(const QStringList &arguments)
{
    if (geteuid() != 0)
        return runCasebook(arguments);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), QDir::tempPath());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("setpriv"),
                  QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral(CASEBOOK_BINARY)} +
                      arguments);
    REQUIRE(process.waitForFinished(60'000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("What the program writes is owner-only under umask 022", "[cli][privacy]")
{
    const Umask loose(022);
    QTemporaryDir folder;
    const QString data = folder.filePath(QStringLiteral("new/casebook"));
    const QString db = data + u"/casebook.sqlite"_qs;
    REQUIRE(runCasebook(args({QStringLiteral("--db"), db, QStringLiteral("init")})).status == 0);
    CHECK(fileMode(folder.filePath(QStringLiteral("new"))) == 0700);
    CHECK(fileMode(data) == 0700);
    CHECK(fileMode(db) == 0600);
    CHECK(fileMode(folder.path()) ==
          0700); // QTemporaryDir's; a folder that was there is left alone

    REQUIRE(runCasebook(
                args({QStringLiteral("--db"), db, QStringLiteral("settings"), QStringLiteral("add"),
                      QStringLiteral("--set"), QStringLiteral("name=Oak")}))
                .status == 0);
    const QString passphrase = folder.filePath(QStringLiteral("passphrase"));
    casebook::test::writeOwnerOnlyFile(passphrase, "a passphrase for the group\n");
    const QString package = folder.filePath(QStringLiteral("week.casebook-sync"));
    const Run exported = runCasebook(
        args({QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("export"),
              QStringLiteral("--out"), package, QStringLiteral("--passphrase-file"), passphrase}));
    INFO(exported.err.toStdString());
    REQUIRE(exported.status == 0);
    CHECK(fileMode(package) == 0600);

    // A database another version left readable by others is made private on opening.
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                          QFile::ReadOther));
    REQUIRE(runCasebook(args({QStringLiteral("--db"), db, QStringLiteral("info")})).status == 0);
    CHECK(fileMode(db) == 0600);
}

TEST_CASE("The program turns core dumps off for itself", "[cli][privacy]")
{
    casebook::test::CliDatabase c;
    const Run info =
        c.run({QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(info.status == 0);
    // Read by the program from its own /proc/self/limits.
    CHECK(QJsonDocument::fromJson(info.out.toUtf8()).object().value(u"core_dumps").toString() ==
          QStringLiteral("off"));
    CHECK(c.run({QStringLiteral("info")}).out.contains(QStringLiteral("Core dumps:     off")));
}

TEST_CASE("A passphrase file others can read is refused, saying why", "[cli][privacy]")
{
    casebook::test::CliDatabase c;
    const QString passphrase = c.folder.filePath(QStringLiteral("passphrase"));
    casebook::test::writeOwnerOnlyFile(passphrase, "a passphrase for the group\n");
    REQUIRE(QFile::setPermissions(passphrase, QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ReadGroup | QFile::ReadOther));
    const QString package = c.folder.filePath(QStringLiteral("p.casebook-sync"));
    const Run refused =
        c.run({QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--out"), package,
               QStringLiteral("--passphrase-file"), passphrase});
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("can be read or changed by other users")));
    CHECK(refused.err.contains(QStringLiteral("rw-r--r--")));
    CHECK(refused.err.contains(QStringLiteral("chmod 600")));
    CHECK_FALSE(QFile::exists(package));
}

TEST_CASE("sync import refuses what cannot be a package at once: a device, a pipe, a folder, a "
          "file too large",
          "[cli][sync][hostile]")
{
    casebook::test::CliDatabase c;
    REQUIRE(c.run({QStringLiteral("init")}).status == 0);
    const QString passphrase = c.folder.filePath(QStringLiteral("passphrase"));
    casebook::test::writeOwnerOnlyFile(passphrase, "a passphrase for the group\n");
    const QString fifo = c.folder.filePath(QStringLiteral("pipe"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString large = c.folder.filePath(QStringLiteral("large.casebook-sync"));
    {
        QFile file(large);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize((qint64(1) << 30) + 1)); // sparse: no disk used
    }
    const QString folder = c.folder.filePath(QStringLiteral("a-folder"));
    REQUIRE(QDir().mkdir(folder));

    const struct
    {
        QString path;
        const char *says;
    } hostile[] = {{QStringLiteral("/dev/zero"), "is not a file"},
                   {fifo, "is not a file"},
                   {folder, "is not a file"},
                   {large, "larger than a sync package can be"}};
    for (const auto &file : hostile) {
        INFO(file.path.toStdString());
        QElapsedTimer timer;
        timer.start();
        const Run refused =
            runCasebook(QStringList{QStringLiteral("--db"), c.path, QStringLiteral("sync"),
                                    QStringLiteral("import"), file.path,
                                    QStringLiteral("--passphrase-file"), passphrase},
                        20'000);
        CHECK(refused.status == 1); // -1: it hung, or was killed by the out-of-memory killer
        CHECK(refused.err.contains(QString::fromLatin1(file.says)));
        CHECK(timer.elapsed() < 10'000); // a second or so; generous for a loaded machine
    }
}

TEST_CASE("A read-only database, or one in a read-only folder, is named as such",
          "[cli][privacy][readonly]")
{
    QTemporaryDir folder;
    REQUIRE(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                     QFile::ExeOwner | QFile::ReadOther |
                                                     QFile::ExeOther));
    const QString db = folder.filePath(QStringLiteral("casebook.sqlite"));
    REQUIRE(runCasebook(args({QStringLiteral("--db"), db, QStringLiteral("init")})).status == 0);
    const QByteArray before = casebook::test::sha256OfFile(db);

    // The file is read-only to the user running the program.
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadOther));
    const Run readOnlyFile = runAsUser(args({QStringLiteral("--db"), db, QStringLiteral("info")}));
    CHECK(readOnlyFile.status == 1);
    INFO(readOnlyFile.err.toStdString());
    CHECK(readOnlyFile.err.contains(QStringLiteral("is read-only")));
    CHECK_FALSE(readOnlyFile.err.contains(QStringLiteral("not a Casebook database")));

    // The file may be written, but not its folder (no room for the -wal and -shm).
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther |
                                          QFile::WriteOther));
    REQUIRE(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner |
                                                     QFile::ReadOther | QFile::ExeOther));
    const Run readOnlyFolder =
        runAsUser(args({QStringLiteral("--db"), db, QStringLiteral("info")}));
    CHECK(readOnlyFolder.status == 1);
    INFO(readOnlyFolder.err.toStdString());
    CHECK(readOnlyFolder.err.contains(QStringLiteral("folder")));
    CHECK(readOnlyFolder.err.contains(QStringLiteral("read-only")));
    CHECK_FALSE(readOnlyFolder.err.contains(QStringLiteral("not a Casebook database")));
    CHECK(casebook::test::sha256OfFile(db) == before);
    QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
