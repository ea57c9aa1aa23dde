// Packages as people hand them over, through the real binary: relayed laptop
// to laptop, imported by the wrong laptop, and a new laptop joining from
// whatever the office gives it. Nothing is lost, and a package that cannot be
// used is refused whole, with a message saying what to ask for.
#include "support/CliRun.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using casebook::test::Run;
using casebook::test::runCasebook;

namespace {

// A district office and its laptops, each a database in one folder.
struct Group
{
    QTemporaryDir folder;
    QString passphrase = folder.filePath(QStringLiteral("passphrase.txt"));

    Group() { casebook::test::writeOwnerOnlyFile(passphrase, "the district's passphrase\n"); }

    QString db(const QString &name) const { return folder.filePath(name + u".sqlite"_qs); }
    QString file(const QString &name) const { return folder.filePath(name + u".casebook-sync"_qs); }

    Run run(const QString &who, const QStringList &arguments) const
    {
        return runCasebook(QStringList{QStringLiteral("--db"), db(who)} + arguments);
    }
    Run exportTo(const QString &who, const QString &package, const QStringList &extra = {}) const
    {
        return run(who, QStringList{QStringLiteral("sync"), QStringLiteral("export"),
                                    QStringLiteral("--out"), file(package),
                                    QStringLiteral("--passphrase-file"), passphrase} +
                            extra);
    }
    Run import(const QString &who, const QString &package) const
    {
        return run(who, {QStringLiteral("sync"), QStringLiteral("import"), file(package),
                         QStringLiteral("--passphrase-file"), passphrase});
    }
    void mustExport(const QString &who, const QString &package, const QStringList &extra = {})
    {
        const Run run = exportTo(who, package, extra);
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
    }
    void mustImport(const QString &who, const QString &package)
    {
        const Run run = import(who, package);
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
    }
    QString id(const QString &who) const
    {
        const Run info =
            run(who, {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(info.out.toUtf8())
            .object()
            .value(u"installation_id")
            .toString();
    }
    void addSetting(const QString &who, const QString &urn, const QString &name)
    {
        REQUIRE(
            run(who, {QStringLiteral("settings"), QStringLiteral("add"), QStringLiteral("--set"),
                      u"urn="_qs + urn, QStringLiteral("--set"), u"name="_qs + name})
                .status == 0);
    }
    void rename(const QString &who, const QString &urn, const QString &name)
    {
        const Run run = this->run(who, {QStringLiteral("settings"), QStringLiteral("edit"), urn,
                                        QStringLiteral("--set"), u"name="_qs + name});
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
    }
    // Setting names by URN, as the installation holds them.
    QMap<QString, QString> settings(const QString &who) const
    {
        QMap<QString, QString> names;
        const Run listed = run(who, {QStringLiteral("settings"), QStringLiteral("list"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        for (const auto &item : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            names.insert(item.toObject().value(u"urn").toString(),
                         item.toObject().value(u"name").toString());
        return names;
    }
    QStringList unchanged(const QString &who) const
    {
        return {QString::fromLatin1(casebook::test::sha256OfFile(db(who))),
                QString::fromLatin1(casebook::test::sha256OfFile(db(who) + u"-wal"_qs))};
    }
};

// The office starts the group with two schools; both laptops join from it.
void startGroup(Group &g, const QStringList &laptops)
{
    g.addSetting(QStringLiteral("office"), QStringLiteral("111111"), QStringLiteral("Ash"));
    g.addSetting(QStringLiteral("office"), QStringLiteral("222222"), QStringLiteral("Birch"));
    g.mustExport(QStringLiteral("office"), QStringLiteral("start"));
    for (const QString &laptop : laptops)
        g.mustImport(laptop, QStringLiteral("start"));
}

} // namespace

TEST_CASE("A laptop's default export handed to another laptop loses nothing",
          "[cli][sync][handover]")
{
    Group g;
    startGroup(g, {QStringLiteral("l1"), QStringLiteral("l2")});
    // L1 syncs with the office, edits X, syncs again, edits Y.
    g.rename(QStringLiteral("l1"), QStringLiteral("111111"), QStringLiteral("Ash X"));
    g.mustExport(QStringLiteral("l1"), QStringLiteral("l1-week1"));
    g.mustImport(QStringLiteral("office"), QStringLiteral("l1-week1"));
    g.mustExport(QStringLiteral("office"), QStringLiteral("office-for-l1"),
                 {QStringLiteral("--for"), g.id(QStringLiteral("l1"))});
    g.mustImport(QStringLiteral("l1"), QStringLiteral("office-for-l1"));
    g.rename(QStringLiteral("l1"), QStringLiteral("222222"), QStringLiteral("Birch Y"));

    // Without --for, the package is for the one installation L1 exchanges with.
    const Run exported = g.exportTo(QStringLiteral("l1"), QStringLiteral("l1-week2"));
    REQUIRE(exported.status == 0);
    CHECK(exported.out.contains(g.id(QStringLiteral("office"))));

    // Handed to L2, which never had X: refused whole, nothing changed.
    const QStringList before = g.unchanged(QStringLiteral("l2"));
    const Run refused = g.import(QStringLiteral("l2"), QStringLiteral("l1-week2"));
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("made for a laptop that had more")));
    CHECK(refused.err.contains(QStringLiteral("Ask whoever made it")));
    CHECK(refused.err.contains(g.id(QStringLiteral("l2"))));
    CHECK(g.unchanged(QStringLiteral("l2")) == before);

    // L2 gets what it lacks from the office, then the same file goes in.
    g.mustExport(QStringLiteral("office"), QStringLiteral("office-for-l2"),
                 {QStringLiteral("--for"), g.id(QStringLiteral("l2"))});
    g.mustImport(QStringLiteral("l2"), QStringLiteral("office-for-l2"));
    g.mustImport(QStringLiteral("l2"), QStringLiteral("l1-week2"));
    const QMap<QString, QString> names = g.settings(QStringLiteral("l2"));
    CHECK(names.value(QStringLiteral("111111")) == QStringLiteral("Ash X"));
    CHECK(names.value(QStringLiteral("222222")) == QStringLiteral("Birch Y"));
    CHECK(g.run(QStringLiteral("l2"), {QStringLiteral("check")}).status == 0);
}

TEST_CASE("A package made for one laptop and imported by another takes nothing for granted",
          "[cli][sync][handover]")
{
    Group g;
    startGroup(g, {QStringLiteral("l2")});
    // L2 has the office's rename of Ash; L3 joins later, from the first package.
    g.rename(QStringLiteral("office"), QStringLiteral("111111"), QStringLiteral("Ash 2"));
    g.mustExport(QStringLiteral("l2"), QStringLiteral("l2-hello")); // the office learns what L2 has
    g.mustImport(QStringLiteral("office"), QStringLiteral("l2-hello"));
    g.mustExport(QStringLiteral("office"), QStringLiteral("for-l2-a"),
                 {QStringLiteral("--for"), g.id(QStringLiteral("l2"))});
    g.mustImport(QStringLiteral("l2"), QStringLiteral("for-l2-a"));
    g.mustExport(QStringLiteral("l2"), QStringLiteral("l2-ack"));
    g.mustImport(QStringLiteral("office"), QStringLiteral("l2-ack"));
    g.mustImport(QStringLiteral("l3"), QStringLiteral("start"));

    g.rename(QStringLiteral("office"), QStringLiteral("222222"), QStringLiteral("Birch 2"));
    g.mustExport(QStringLiteral("office"), QStringLiteral("for-l2-b"),
                 {QStringLiteral("--for"), g.id(QStringLiteral("l2"))});
    const QStringList before = g.unchanged(QStringLiteral("l3"));
    const Run refused = g.import(QStringLiteral("l3"), QStringLiteral("for-l2-b"));
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("Nothing was imported")));
    CHECK(g.unchanged(QStringLiteral("l3")) == before);

    // The right package for L3 brings both renames; the stale one then adds nothing.
    g.mustExport(QStringLiteral("office"), QStringLiteral("for-l3"),
                 {QStringLiteral("--for"), g.id(QStringLiteral("l3"))});
    g.mustImport(QStringLiteral("l3"), QStringLiteral("for-l3"));
    g.mustImport(QStringLiteral("l3"), QStringLiteral("for-l2-b"));
    const QMap<QString, QString> names = g.settings(QStringLiteral("l3"));
    CHECK(names.value(QStringLiteral("111111")) == QStringLiteral("Ash 2"));
    CHECK(names.value(QStringLiteral("222222")) == QStringLiteral("Birch 2"));
    g.mustImport(QStringLiteral("l2"), QStringLiteral("for-l2-b"));
    CHECK(g.settings(QStringLiteral("l2")) == names);
}

TEST_CASE("A new laptop joins complete from a full package, or is refused", "[cli][sync][handover]")
{
    Group g;
    startGroup(g, {QStringLiteral("l1"), QStringLiteral("l2")});
    for (const QString &laptop : {QStringLiteral("l1"), QStringLiteral("l2")}) {
        g.mustExport(laptop, laptop + u"-hello"_qs);
        g.mustImport(QStringLiteral("office"), laptop + u"-hello"_qs);
    }
    g.rename(QStringLiteral("office"), QStringLiteral("111111"), QStringLiteral("Ash 3"));

    // The office exchanges with two laptops: it must be told who a package is for.
    const Run ambiguous = g.exportTo(QStringLiteral("office"), QStringLiteral("default"));
    CHECK(ambiguous.status == 2);
    CHECK(ambiguous.err.contains(QStringLiteral("--for")));
    CHECK(ambiguous.err.contains(QStringLiteral("--full")));
    CHECK(ambiguous.err.contains(g.id(QStringLiteral("l1"))));
    CHECK_FALSE(QFile::exists(g.file(QStringLiteral("default"))));

    // A package for L1, given to a new laptop: refused, saying what to ask for.
    g.mustExport(QStringLiteral("office"), QStringLiteral("for-l1"),
                 {QStringLiteral("--for"), g.id(QStringLiteral("l1"))});
    REQUIRE(g.run(QStringLiteral("new"), {QStringLiteral("init")}).status == 0);
    const QStringList before = g.unchanged(QStringLiteral("new"));
    const Run refused = g.import(QStringLiteral("new"), QStringLiteral("for-l1"));
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("package for a new laptop")));
    CHECK(g.unchanged(QStringLiteral("new")) == before);
    CHECK(g.settings(QStringLiteral("new")).isEmpty());

    // A full package: every record with every field.
    g.mustExport(QStringLiteral("office"), QStringLiteral("full"), {QStringLiteral("--full")});
    const Run joined = g.import(QStringLiteral("new"), QStringLiteral("full"));
    REQUIRE(joined.status == 0);
    CHECK(joined.out.contains(QStringLiteral("joined")));
    CHECK(g.settings(QStringLiteral("new")) == g.settings(QStringLiteral("office")));
    CHECK(g.settings(QStringLiteral("new")).value(QStringLiteral("111111")) ==
          QStringLiteral("Ash 3"));
    const Run check = g.run(QStringLiteral("new"), {QStringLiteral("check")});
    INFO(check.out.toStdString());
    CHECK(check.status == 0);

    // So is a package for an installation the office has never heard from.
    g.mustImport(QStringLiteral("newer"), QStringLiteral("start")); // joins; the office never heard
    g.mustExport(QStringLiteral("office"), QStringLiteral("for-newer"),
                 {QStringLiteral("--for"), g.id(QStringLiteral("newer"))});
    g.mustImport(QStringLiteral("newer"), QStringLiteral("for-newer"));
    CHECK(g.settings(QStringLiteral("newer")) == g.settings(QStringLiteral("office")));

    const Run help =
        g.run(QStringLiteral("office"),
              {QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("--full")));
    CHECK(help.out.contains(QStringLiteral("Without --for or --full")));
}
