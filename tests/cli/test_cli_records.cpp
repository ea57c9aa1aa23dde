// Settings, staff and children on the command line, run in-process.
#include "support/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using casebook::test::CliDatabase;
using casebook::test::Run;
using casebook::test::runCasebook;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CASEBOOK_TEST_DATA "/gias/") + QString::fromLatin1(name);
}

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *w : words)
        list.append(QString::fromUtf8(w));
    return list;
}

} // namespace

TEST_CASE("casebook settings import and list", "[cli]")
{
    CliDatabase db;
    const Run first = db.run(
        {QStringLiteral("settings"), QStringLiteral("import"), fixture("establishments.csv")});
    CHECK(first.status == 0);
    CHECK(first.out.contains(QStringLiteral("6 added, 0 updated, 0 unchanged, 2 skipped")));
    CHECK(first.out.contains(QStringLiteral("1 row belongs to another local authority")));
    CHECK(first.out.contains(QStringLiteral("URN is empty")));

    const Run again = db.run(
        {QStringLiteral("settings"), QStringLiteral("import"), fixture("establishments.csv")});
    CHECK(again.out.contains(QStringLiteral("0 added, 0 updated, 6 unchanged")));

    const Run missing = db.run(
        {QStringLiteral("settings"), QStringLiteral("import"), fixture("missing_columns.csv")});
    CHECK(missing.status == 1);
    CHECK(missing.err.contains(QStringLiteral("Postcode, DistrictAdministrative (name)")));

    const Run list = db.run(args({"settings", "list", "--format", "json", "--search", "mary"}));
    CHECK(list.status == 0);
    const QJsonArray settings = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(settings.size() == 1);
    CHECK(settings[0].toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("St Mary’s Church of England Primary School"));
    CHECK(list.out.indexOf(QStringLiteral("\"id\"")) < list.out.indexOf(QStringLiteral("\"urn\"")));

    const Run csv = db.run(args({"settings", "list", "--format", "csv", "--district", "dover"}));
    CHECK(csv.out.startsWith(QStringLiteral("id,urn,name,")));
    CHECK(csv.out.contains(QStringLiteral("St Mary’s")));

    CHECK(db.run(args({"settings", "add", "--set", "name=Little Acorns Childminding", "--set",
                       "urn=EY123456", "--set", "district_code=Thanet"}))
              .status == 0);
    const Run duplicate =
        db.run(args({"settings", "add", "--set", "name=Copy", "--set", "urn=ey123456"}));
    CHECK(duplicate.status == 1);
    CHECK(duplicate.err.contains(QStringLiteral("EY123456 already belongs to Little Acorns")));
}

TEST_CASE("casebook children add, list, show and edit", "[cli]")
{
    CliDatabase db;
    REQUIRE(db.run({QStringLiteral("settings"), QStringLiteral("import"),
                    fixture("establishments.csv")})
                .status == 0);
    const Run added = db.run(args({"children", "add", "--first", "Zoë", "--last", "O'Dare", "--dob",
                                   "2017-01-15", "--upn", "A123456789012", "--setting", "990001",
                                   "--need", "asd", "--provision", "K"}));
    INFO(added.err.toStdString());
    REQUIRE(added.status == 0);

    const Run invalid = db.run(args({"children", "add", "--first", "A", "--last", "B", "--dob",
                                     "2017-01-15", "--upn", "B123456789012"}));
    CHECK(invalid.status == 1);
    CHECK(invalid.err.contains(QStringLiteral("UPN (upn)")));
    CHECK(invalid.err.contains(QStringLiteral("check letter")));

    const Run duplicate = db.run(args({"children", "add", "--first", "Ben", "--last", "Dare",
                                       "--dob", "2016-05-01", "--upn", "A123456789012"}));
    CHECK(duplicate.status == 1);
    CHECK(duplicate.err.contains(QStringLiteral("--different-child")));

    // The same name and birthday without a UPN: a likely duplicate, named with its id.
    const Run likely = db.run(
        args({"children", "add", "--first", "ZOE", "--last", "o'dare", "--dob", "2017-01-15"}));
    CHECK(likely.status == 1);
    CHECK(likely.err.contains(QStringLiteral("Zoë O'Dare, born 15/01/2017, is already recorded")));
    CHECK(likely.err.contains(QStringLiteral("existing child's id is")));
    CHECK(likely.err.contains(QStringLiteral("--different-child")));
    const auto dares = [&db] {
        return db.run(args({"children", "list", "--search", "dare", "--format", "csv"}))
                   .out.count(QStringLiteral("\r\n")) -
               1;
    };
    CHECK(dares() == 1);
    const Run twin = db.run(args({"children", "add", "--first", "ZOE", "--last", "o'dare", "--dob",
                                  "2017-01-15", "--different-child"}));
    CHECK(twin.status == 0);
    CHECK(dares() == 2);
    const QString twinId = twin.out.section(u'(', -1).section(u')', 0, 0);
    REQUIRE(db.run({QStringLiteral("--db"), db.path, QStringLiteral("children"),
                    QStringLiteral("delete"), twinId})
                .status == 0);
    CHECK(dares() == 1);
    const Run badDate =
        db.run(args({"children", "add", "--first", "A", "--last", "B", "--dob", "31/02/2017"}));
    CHECK(badDate.status == 1);
    CHECK(badDate.err.contains(QStringLiteral("date_of_birth")));

    const Run csv = db.run(args({"children", "list", "--search", "zoe", "--format", "csv"}));
    REQUIRE(csv.status == 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(QStringLiteral("id,last_name,first_name,date_of_birth")));
    CHECK(lines[1].contains(QStringLiteral("Zoë")));
    const QString id = lines[1].section(u',', 0, 0);

    const Run show =
        db.run({QStringLiteral("--db"), db.path, QStringLiteral("children"), QStringLiteral("show"),
                id, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(show.status == 0);
    CHECK(show.out.trimmed().startsWith(QStringLiteral("{\n    \"id\": \"") + id));
    const QJsonObject child = QJsonDocument::fromJson(show.out.toUtf8()).object();
    CHECK(child.value(QStringLiteral("first_name")).toString() == QStringLiteral("Zoë"));
    CHECK(child.value(QStringLiteral("primary_need")).toString() == QStringLiteral("ASD"));
    CHECK(child.value(QStringLiteral("setting_urn")).toString() == QStringLiteral("990001"));
    CHECK(child.value(QStringLiteral("contacts")).isArray());

    const Run edit = db.run(args({"children", "edit", "A123456789012", "--set", "first_name=Zoey",
                                  "--set", "secondary_need=SLCN"}));
    CHECK(edit.status == 0);
    CHECK(edit.out.contains(QStringLiteral("2 fields changed")));
    const Run byUpn = db.run(args({"children", "show", "a123456789012", "--format", "json"}));
    const QJsonObject edited = QJsonDocument::fromJson(byUpn.out.toUtf8()).object();
    CHECK(edited.value(QStringLiteral("first_name")).toString() == QStringLiteral("Zoey"));
    CHECK(edited.value(QStringLiteral("secondary_need")).toString() == QStringLiteral("SLCN"));

    const Run unknownField =
        db.run(args({"children", "edit", id.toUtf8().constData(), "--set", "colour=blue"}));
    CHECK(unknownField.status == 1);
    CHECK(unknownField.err.contains(QStringLiteral("colour")));
    const Run noSuchChild = db.run(args({"children", "show", "Z999999999999"}));
    CHECK(noSuchChild.status == 1);
    const Run noVerb = db.run(args({"children"}));
    CHECK(noVerb.status == 2);
    CHECK(noVerb.err.contains(QStringLiteral("children add")));
}

TEST_CASE("casebook demo fills a new database; staff list and whoami", "[cli]")
{
    CliDatabase db;
    const Run demo = db.run(args({"demo", "--children", "200", "--seed", "3"}));
    INFO(demo.err.toStdString());
    REQUIRE(demo.status == 0);
    CHECK(demo.out.contains(QStringLiteral("700 settings")));
    CHECK(demo.out.contains(QStringLiteral("200 children")));
    const Run again = db.run(args({"demo"}));
    CHECK(again.status == 1);
    CHECK(again.err.contains(QStringLiteral("new, empty database")));

    const Run staff = db.run(args({"staff", "list", "--format", "json"}));
    const QJsonArray members = QJsonDocument::fromJson(staff.out.toUtf8()).array();
    CHECK(members.size() > 140);
    int me = 0;
    for (const auto &m : members)
        me += m.toObject().value(QStringLiteral("this_installation")).toBool();
    CHECK(me == 1);
    const QString other = members[5].toObject().value(QStringLiteral("id")).toString();
    const Run set = db.run({QStringLiteral("--db"), db.path, QStringLiteral("staff"),
                            QStringLiteral("whoami"), other});
    CHECK(set.status == 0);
    CHECK(set.out.contains(members[5].toObject().value(QStringLiteral("last_name")).toString()));

    const Run list = db.run(args({"children", "list", "--limit", "5"}));
    CHECK(list.status == 0);
    CHECK(list.out.split(u'\n', Qt::SkipEmptyParts).size() == 7); // heading, rule, 5 children
}
