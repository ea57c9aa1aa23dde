// `casebook sync …` run as a real process, two installations.
#include "support/CliRun.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using casebook::test::Run;
using casebook::test::runCasebook;

namespace {

struct TwoInstallations
{
    QTemporaryDir folder;
    QString a = folder.filePath(QStringLiteral("a.sqlite"));
    QString b = folder.filePath(QStringLiteral("b.sqlite"));
    QString passphrase = folder.filePath(QStringLiteral("passphrase.txt"));

    TwoInstallations()
    {
        casebook::test::writeOwnerOnlyFile(passphrase, "a long group passphrase\n");
    }

    Run run(const QString &db, QStringList arguments, bool withPassphrase = false)
    {
        if (withPassphrase)
            arguments << QStringLiteral("--passphrase-file") << passphrase;
        return runCasebook(QStringList{QStringLiteral("--db"), db} + arguments);
    }
    QString package(const char *name) const { return folder.filePath(QString::fromLatin1(name)); }
};

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out.append(QString::fromUtf8(w));
    return out;
}

} // namespace

TEST_CASE("casebook sync: export, import, peers, conflicts and resolve", "[cli][sync]")
{
    TwoInstallations t;
    REQUIRE(
        t.run(t.a, words({"settings", "add", "--set", "name=Oak Primary", "--set", "urn=123456"}))
            .status == 0);
    const Run exported = t.run(t.a,
                               {QStringLiteral("sync"), QStringLiteral("export"),
                                QStringLiteral("--out"), t.package("a1")},
                               true);
    INFO(exported.err.toStdString());
    REQUIRE(exported.status == 0);
    CHECK(exported.out.contains(QStringLiteral("1 changes")));
    const Run imported =
        t.run(t.b, {QStringLiteral("sync"), QStringLiteral("import"), t.package("a1")}, true);
    REQUIRE(imported.status == 0);
    CHECK(imported.out.contains(QStringLiteral("joined")));
    CHECK(imported.out.contains(QStringLiteral("1 new records")));

    // Both edit the name; the edits meet.
    REQUIRE(t.run(t.a, words({"settings", "edit", "123456", "--set", "name=Oak A"})).status == 0);
    REQUIRE(t.run(t.b, words({"settings", "edit", "123456", "--set", "name=Oak B"})).status == 0);
    REQUIRE(t.run(t.b,
                  {QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--out"),
                   t.package("b1")},
                  true)
                .status == 0);
    const Run clash =
        t.run(t.a, {QStringLiteral("sync"), QStringLiteral("import"), t.package("b1")}, true);
    REQUIRE(clash.status == 0);
    CHECK(clash.out.contains(QStringLiteral("1 conflicts to settle")));

    const Run conflicts = t.run(t.a, words({"sync", "conflicts", "--format", "json"}));
    const QJsonArray list = QJsonDocument::fromJson(conflicts.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    const QString id = list[0].toObject().value(QStringLiteral("id")).toString();
    CHECK(list[0].toObject().value(QStringLiteral("field")).toString() == QStringLiteral("name"));
    CHECK(conflicts.out.indexOf(QStringLiteral("\"id\"")) <
          conflicts.out.indexOf(QStringLiteral("\"table\"")));

    // A value the record's rules refuse (a setting needs a name): nothing changes.
    const Run refused = t.run(t.a, {QStringLiteral("sync"), QStringLiteral("resolve"), id,
                                    QStringLiteral("--keep"), QStringLiteral("  ")});
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("Name")));
    CHECK(t.run(t.a, words({"sync", "conflicts", "--format", "csv"})).out.trimmed().count(u'\n') ==
          1);
    const Run resolved =
        t.run(t.a, {QStringLiteral("sync"), QStringLiteral("resolve"), id, QStringLiteral("--keep"),
                    QStringLiteral("Oak Primary School")});
    CHECK(resolved.status == 0);
    CHECK(t.run(t.a, words({"sync", "conflicts", "--format", "csv"})).out.trimmed().count(u'\n') ==
          0); // the header alone
    const Run peers = t.run(t.a, words({"sync", "peers", "--format", "csv"}));
    CHECK(peers.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size() == 3);

    REQUIRE(t.run(t.a,
                  {QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--out"),
                   t.package("a2")},
                  true)
                .status == 0);
    REQUIRE(t.run(t.b, {QStringLiteral("sync"), QStringLiteral("import"), t.package("a2")}, true)
                .status == 0);
    const Run settled = t.run(t.b, words({"settings", "list", "--format", "csv"}));
    CHECK(settled.out.contains(QStringLiteral("Oak Primary School")));
    CHECK(t.run(t.b, words({"sync", "conflicts", "--format", "csv"})).out.trimmed().count(u'\n') ==
          0);
}

TEST_CASE("casebook sync refuses without a passphrase or with a wrong one", "[cli][sync]")
{
    TwoInstallations t;
    REQUIRE(t.run(t.a, words({"settings", "add", "--set", "name=Oak"})).status == 0);
    const Run noPassphrase = t.run(t.a, {QStringLiteral("sync"), QStringLiteral("export"),
                                         QStringLiteral("--out"), t.package("p")});
    CHECK(noPassphrase.status == 2);
    CHECK(noPassphrase.err.contains(QStringLiteral("--passphrase-file")));
    REQUIRE(t.run(t.a,
                  {QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--out"),
                   t.package("p")},
                  true)
                .status == 0);
    QFile wrong(t.folder.filePath(QStringLiteral("wrong.txt")));
    casebook::test::writeOwnerOnlyFile(wrong.fileName(), "not it\n");
    REQUIRE(t.run(t.b, words({"init"})).status == 0);
    const auto snapshot = [&] {
        QStringList state = QDir(t.folder.path()).entryList(QDir::Files, QDir::Name);
        for (const char *suffix : {"", "-wal"})
            state.append(
                QString::fromLatin1(casebook::test::sha256OfFile(t.b + QLatin1String(suffix))));
        return state;
    };
    const QStringList before = snapshot();
    const Run refused =
        t.run(t.b, {QStringLiteral("sync"), QStringLiteral("import"), t.package("p"),
                    QStringLiteral("--passphrase-file"), wrong.fileName()});
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("passphrase is wrong")));
    CHECK(snapshot() == before); // database and WAL bytes, and no file left behind
    CHECK(t.run(t.b, words({"settings", "list", "--format", "csv"})).out.trimmed().count(u'\n') ==
          0); // nothing came in
}
