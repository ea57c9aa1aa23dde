// docs/package-format.md is enough to read a package: tests/tools/read_package.py,
// written from that page alone, reads what the program writes.
#include "support/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using casebook::test::Run;
using casebook::test::runCasebook;

namespace {

Run readPackage(const QString &package, const QString &passphrase)
{
    QProcess reader;
    reader.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(CASEBOOK_TEST_TOOLS "/read_package.py"), package, passphrase});
    REQUIRE(reader.waitForFinished(60'000));
    return {reader.exitCode(), QString::fromUtf8(reader.readAllStandardOutput()),
            QString::fromUtf8(reader.readAllStandardError())};
}

} // namespace

TEST_CASE("An independent reader written from the format page reads a package",
          "[cli][sync][format]")
{
    QTemporaryDir folder;
    const QString passphrase = folder.filePath(QStringLiteral("passphrase"));
    casebook::test::writeOwnerOnlyFile(passphrase, "the page is enough\n");
    const QString a = folder.filePath(QStringLiteral("a.sqlite"));
    const QString b = folder.filePath(QStringLiteral("b.sqlite"));
    const auto run = [&](const QString &db, QStringList arguments) {
        const Run done = runCasebook(QStringList{QStringLiteral("--db"), db} + arguments);
        INFO(done.err.toStdString());
        REQUIRE(done.status == 0);
        return done;
    };
    const auto sync = [&](const QString &verb, const QString &db, const QString &file,
                          QStringList extra = {}) {
        QStringList arguments{QStringLiteral("sync"), verb};
        if (verb == u"export")
            arguments << QStringLiteral("--out");
        arguments << file << QStringLiteral("--passphrase-file") << passphrase << extra;
        return run(db, arguments);
    };
    run(a, {QStringLiteral("settings"), QStringLiteral("add"), QStringLiteral("--set"),
            QStringLiteral("urn=123456"), QStringLiteral("--set"),
            QStringLiteral("name=Zoë’s Nursery")});
    sync(QStringLiteral("export"), a, folder.filePath(QStringLiteral("start")));
    sync(QStringLiteral("import"), b, folder.filePath(QStringLiteral("start")));
    sync(QStringLiteral("export"), b, folder.filePath(QStringLiteral("hello")));
    sync(QStringLiteral("import"), a, folder.filePath(QStringLiteral("hello")));
    run(a, {QStringLiteral("settings"), QStringLiteral("edit"), QStringLiteral("123456"),
            QStringLiteral("--set"), QStringLiteral("postcode=CT1 1AA")});
    const QString idOfB =
        QJsonDocument::fromJson(
            run(b, {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")})
                .out.toUtf8())
            .object()
            .value(u"installation_id")
            .toString();
    const QString package = folder.filePath(QStringLiteral("for-b"));
    sync(QStringLiteral("export"), a, package);

    const Run read = readPackage(package, passphrase);
    INFO(read.err.toStdString());
    REQUIRE(read.status == 0);
    const QJsonObject json = QJsonDocument::fromJson(read.out.toUtf8()).object();
    const QJsonObject header = json.value(u"header").toObject();
    const QJsonObject payload = json.value(u"payload").toObject();
    CHECK(header.value(u"format").toInt() == 2);
    CHECK(header.value(u"recipient").toString() == idOfB);
    CHECK(payload.value(u"sender").toString() == header.value(u"sender").toString());
    // Made for B, which has the first package: only the edit, on top of that base.
    CHECK_FALSE(payload.value(u"base").toObject().isEmpty());
    const QJsonArray changes = payload.value(u"changes").toArray();
    REQUIRE(changes.size() == 1);
    const QJsonObject edit = changes[0].toObject();
    CHECK(edit.value(u"operation").toString() == QStringLiteral("update"));
    CHECK(edit.value(u"table").toInt() == 1);
    const QJsonObject field = edit.value(u"fields").toArray()[0].toObject();
    CHECK(field.value(u"value").toString() == QStringLiteral("CT1 1AA"));
    CHECK(field.value(u"parents").toArray().size() == 1); // the value it replaced

    // The first package held everything, text exactly as typed.
    const Run first = readPackage(folder.filePath(QStringLiteral("start")), passphrase);
    REQUIRE(first.status == 0);
    CHECK(first.out.contains(QStringLiteral("Zo\\u00eb\\u2019s Nursery")));
    CHECK(QJsonDocument::fromJson(first.out.toUtf8())
              .object()
              .value(u"payload")
              .toObject()
              .value(u"base")
              .toObject()
              .isEmpty());
}
