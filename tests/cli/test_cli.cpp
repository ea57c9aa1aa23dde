// The command line, run as a real process: exit codes, stdout and stderr.
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/CliRun.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using casebook::test::sha256OfFile;

using casebook::test::Run;
using casebook::test::runCasebook;

TEST_CASE("casebook --help and --version", "[cli]")
{
    const Run help = runCasebook({QStringLiteral("--help")});
    CHECK(help.status == 0);
    for (const char *command : {"init", "info", "check", "reference", "bench"})
        CHECK(help.out.contains(QLatin1String(command)));
    CHECK(help.out.contains(QLatin1String("--db FILE")));

    const Run version = runCasebook({QStringLiteral("--version")});
    CHECK(version.status == 0);
    CHECK(version.out.trimmed() == QStringLiteral("casebook " CASEBOOK_VERSION));

    const Run infoHelp = runCasebook({QStringLiteral("info"), QStringLiteral("--help")});
    CHECK(infoHelp.status == 0);
    CHECK(infoHelp.out.contains(QLatin1String("--format")));
}

TEST_CASE("casebook init, info and check on a new database", "[cli]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("office.sqlite"));
    const Run init = runCasebook({QStringLiteral("init"), QStringLiteral("--db"), db});
    CHECK(init.status == 0);
    CHECK(init.out.contains(QLatin1String("Created database")));
    CHECK(init.err.isEmpty());

    const Run again = runCasebook({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(again.status == 0);
    CHECK(again.out.contains(QLatin1String("is ready")));

    const Run info = runCasebook({QStringLiteral("info"), QStringLiteral("--db"), db,
                                  QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(info.status == 0);
    const QJsonObject object = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("schema_version")).toInt() ==
          casebook::Database::latestSchemaVersion());
    CHECK(QUuid::fromString(object.value(QStringLiteral("installation_id")).toString()) != QUuid());
    bool sawDistricts = false;
    for (const auto &table : object.value(QStringLiteral("tables")).toArray()) {
        if (table.toObject().value(QStringLiteral("table")).toString() ==
            QStringLiteral("district")) {
            sawDistricts = true;
            CHECK(table.toObject().value(QStringLiteral("rows")).toInt() == 12);
        }
    }
    CHECK(sawDistricts);

    const Run table = runCasebook({QStringLiteral("info"), QStringLiteral("--db"), db});
    CHECK(table.out.contains(QLatin1String("Schema version:")));

    const Run check = runCasebook({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.status == 0);
    CHECK(check.out.contains(QLatin1String("All checks passed.")));
}

TEST_CASE("casebook check fails when an invariant is broken", "[cli]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("broken.sqlite"));
    REQUIRE(runCasebook({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(db.toUtf8().constData(), &handle) == SQLITE_OK);
    REQUIRE(sqlite3_exec(handle, "INSERT INTO setting (id, _clock) VALUES (randomblob(16), x'01')",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(handle);
    const Run check = runCasebook({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.status == 1);
    CHECK(check.out.contains(QLatin1String("FAILED")));
    CHECK(check.err.contains(QLatin1String("problems found")));
}

TEST_CASE("casebook reference prints the tables and the budget total", "[cli]")
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("ref.sqlite"));
    const Run all = runCasebook({QStringLiteral("reference"), QStringLiteral("--db"), db});
    CHECK(all.status == 0);
    CHECK(all.out.contains(QLatin1String("Ifield")));
    CHECK(all.out.contains(QLatin1String("Broomhill Bank")));
    CHECK(all.out.contains(QStringLiteral("£8,534,936")));
    CHECK(all.out.contains(QLatin1String("Social, Emotional and Mental Health")));

    const Run csv = runCasebook({QStringLiteral("reference"), QStringLiteral("budget"),
                                 QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("--db"), db});
    CHECK(csv.status == 0);
    CHECK(csv.out.startsWith(QStringLiteral("financial_year,funding,service_line,amount_gbp")));
    CHECK(csv.out.contains(QLatin1String("2021/22,total,,8534936")));

    const Run json = runCasebook({QStringLiteral("reference"), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--db"), db});
    CHECK(json.status == 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("districts")).toArray().size() == 12);
    CHECK(object.value(QStringLiteral("needs")).toArray().size() == 13);
}

TEST_CASE("Bad command lines get a clear message on stderr and exit status 2", "[cli]")
{
    const Run unknown = runCasebook({QStringLiteral("frobnicate")});
    CHECK(unknown.status == 2);
    CHECK(unknown.err.contains(QLatin1String("unknown command")));
    CHECK(unknown.out.isEmpty());

    const Run option = runCasebook({QStringLiteral("info"), QStringLiteral("--colour")});
    CHECK(option.status == 2);
    CHECK(option.err.contains(QLatin1String("colour")));

    QTemporaryDir folder;
    const Run format =
        runCasebook({QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("xml"),
                     QStringLiteral("--db"), folder.filePath(QStringLiteral("x.sqlite"))});
    CHECK(format.status == 2);
    CHECK(format.err.contains(QLatin1String("xml")));

    const Run table =
        runCasebook({QStringLiteral("reference"), QStringLiteral("planets"), QStringLiteral("--db"),
                     folder.filePath(QStringLiteral("x.sqlite"))});
    CHECK(table.status == 2);
    CHECK(table.err.contains(QLatin1String("planets")));
}

TEST_CASE("Bad files are refused with one clear line and left unchanged", "[cli]")
{
    QTemporaryDir folder;
    SECTION("a newer database")
    {
        const QString db = folder.filePath(QStringLiteral("newer.sqlite"));
        REQUIRE(runCasebook({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
        sqlite3 *handle = nullptr;
        REQUIRE(sqlite3_open(db.toUtf8().constData(), &handle) == SQLITE_OK);
        REQUIRE(sqlite3_exec(handle, "PRAGMA user_version = 1000", nullptr, nullptr, nullptr) ==
                SQLITE_OK);
        sqlite3_close(handle);
        const QByteArray before = sha256OfFile(db);
        for (const char *command : {"info", "check", "init"}) {
            const Run run = runCasebook({QLatin1String(command), QStringLiteral("--db"), db});
            CHECK(run.status == 1);
            CHECK(run.err.contains(QLatin1String("1000")));
            CHECK(run.err.contains(QLatin1String("newer version")));
            CHECK(run.err.count(u'\n') == 1); // one line, no stack of Qt warnings
            CHECK(sha256OfFile(db) == before);
        }
    }
    SECTION("a text file")
    {
        const QString path = folder.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Shopping: milk, bread\n");
        file.close();
        const QByteArray before = sha256OfFile(path);
        const Run run = runCasebook({QStringLiteral("info"), QStringLiteral("--db"), path});
        CHECK(run.status == 1);
        CHECK(run.err.contains(QLatin1String("not a Casebook database")));
        CHECK(run.err.contains(QLatin1String("notes.txt")));
        CHECK(run.err.count(u'\n') == 1);
        CHECK(sha256OfFile(path) == before);
    }
}

TEST_CASE("casebook bench prints its figures one a line", "[cli]")
{
    const Run bench =
        runCasebook({QStringLiteral("bench"), QStringLiteral("--rows"), QStringLiteral("2000"),
                     QStringLiteral("--children"), QStringLiteral("300")});
    REQUIRE(bench.status == 0);
    const QRegularExpression figure(QStringLiteral("^store/raw insert ratio: ([0-9.]+)$"),
                                    QRegularExpression::MultilineOption);
    const auto match = figure.match(bench.out);
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).toDouble() > 0.0);
    CHECK(bench.out.contains(QLatin1String("store insert: ")));
    CHECK(bench.out.contains(QLatin1String("raw insert: ")));
    CHECK(bench.out.contains(QLatin1String("search p95: ")));
    CHECK(bench.out.contains(QLatin1String("children first screen p50: ")));
    CHECK(bench.out.contains(QLatin1String("children page open p50: ")));
    CHECK(bench.out.contains(QLatin1String("gias import: ")));
    CHECK(bench.out.contains(QLatin1String("sync import county: ")));
    CHECK(bench.out.contains(QLatin1String("sync export week: ")));
    CHECK(bench.out.contains(QLatin1String("open a LIFT meeting (25 referrals) p50: ")));
    CHECK(bench.out.contains(QLatin1String("LIFT minutes PDF, circulated: ")));
    for (const QString &line : bench.out.split(u'\n', Qt::SkipEmptyParts))
        CHECK(line.contains(QLatin1String(": ")));
}
