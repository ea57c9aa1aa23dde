#include "commands/EditSession.h"
#include "common/Error.h"
#include "settings/GiasImport.h"
#include "settings/SettingRecords.h"
#include "storage/Statement.h"
#include "support/TestDatabase.h"
#include "sync/Store.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::TestDatabase;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CASEBOOK_TEST_DATA "/gias/") + QString::fromLatin1(name);
}

GiasImportReport importFixture(EditSession &session, const char *name,
                               const QString &la = QStringLiteral("886"))
{
    const GiasImportPlan plan = GiasImport::plan(session.database(), fixture(name), la);
    GiasImport::apply(session, plan);
    return plan.report;
}

QVariantMap settingWithUrn(Database &db, const QString &urn)
{
    const auto id = findSettingByUrn(db, urn);
    REQUIRE(id);
    Store store(db);
    return *store.read(u"setting", *id);
}

int settingCount(Database &db)
{
    Statement count(db.handle(), QStringLiteral("SELECT count(*) FROM setting"));
    count.step();
    return int(count.int64(0));
}

} // namespace

TEST_CASE("GIAS import: Windows-1252, quoting and districts arrive intact", "[gias]")
{
    TestDatabase t;
    EditSession session(t.db());
    const GiasImportReport report = importFixture(session, "establishments.csv");
    CHECK(report.rows == 9);
    CHECK(report.added == 6);
    CHECK(report.updated == 0);

    const QVariantMap stMarys = settingWithUrn(t.db(), QStringLiteral("990001"));
    CHECK(stMarys.value(QStringLiteral("name")).toString() ==
          QStringLiteral("St Mary\u2019s Church of England Primary School"));
    CHECK(stMarys.value(QStringLiteral("district_code")).toString() == QStringLiteral("dover"));
    CHECK(stMarys.value(QStringLiteral("la_code")).toString() == QStringLiteral("886"));
    CHECK(stMarys.value(QStringLiteral("opened_on")).toString() == QStringLiteral("1974-09-01"));

    CHECK(settingWithUrn(t.db(), QStringLiteral("990002")).value(QStringLiteral("name")) ==
          QStringLiteral("Ysgol Gymraeg Caint"));
    const QVariantMap hythe = settingWithUrn(t.db(), QStringLiteral("990003"));
    CHECK(hythe.value(QStringLiteral("name")).toString() ==
          QStringLiteral("Hythe Bay, Sandgate and \"Seabrook\" Academy"));
    CHECK(hythe.value(QStringLiteral("district_code")).toString() == QStringLiteral("folkestone"));
    const QVariantMap cafe = settingWithUrn(t.db(), QStringLiteral("990004"));
    CHECK(cafe.value(QStringLiteral("name")).toString() ==
          QStringLiteral("Caf\u00e9 Cr\u00e8che Nursery School"));
    CHECK(cafe.value(QStringLiteral("district_code")).toString() == QStringLiteral("tonbridge"));

    const QVariantMap closed = settingWithUrn(t.db(), QStringLiteral("990005"));
    CHECK(closed.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(closed.value(QStringLiteral("closed_on")).toString() == QStringLiteral("2019-08-31"));
    CHECK(settingWithUrn(t.db(), QStringLiteral("990007")).value(QStringLiteral("status")) ==
          QStringLiteral("open")); // "Open, but proposed to close" is still open
}

TEST_CASE("GIAS import: skipped rows each have their reason", "[gias]")
{
    TestDatabase t;
    EditSession session(t.db());
    const GiasImportReport report = importFixture(session, "establishments.csv");
    REQUIRE(report.skipped.size() == 3);
    CHECK(report.skippedOtherAuthority() == 1);
    CHECK_FALSE(findSettingByUrn(t.db(), QStringLiteral("990006"))); // City of London
    QStringList reasons;
    for (const auto &skip : report.skipped)
        reasons.append(QStringLiteral("%1: %2").arg(skip.line).arg(skip.reason));
    CHECK(reasons.join(u'\n').contains(QLatin1String("URN is empty")));
    CHECK(reasons.join(u'\n').contains(QStringLiteral("OpenDate “32-13-2020” is not a date")));
    REQUIRE(report.withoutDistrict.size() == 1);
    CHECK(report.withoutDistrict.first().contains(QLatin1String("Five Oaks")));
}

TEST_CASE("GIAS import: --la keeps another authority", "[gias]")
{
    TestDatabase t;
    EditSession session(t.db());
    const GiasImportReport report =
        importFixture(session, "establishments.csv", QStringLiteral("201"));
    CHECK(report.added == 1);
    CHECK(findSettingByUrn(t.db(), QStringLiteral("990006")));
    CHECK(report.withoutDistrict.size() == 1); // the City is not an STLS district
}

TEST_CASE("GIAS re-import updates in place and keeps hand edits", "[gias]")
{
    TestDatabase t;
    EditSession session(t.db());
    importFixture(session, "establishments.csv");
    const auto welsh = findSettingByUrn(t.db(), QStringLiteral("990002"));
    REQUIRE(welsh);
    editRecord(session, settingKind(), *welsh,
               {{QStringLiteral("senco_name"), QStringLiteral("Sam Example")}});

    const GiasImportReport same = importFixture(session, "establishments.csv");
    CHECK(same.added == 0);
    CHECK(same.updated == 0);
    CHECK(same.unchanged == 6);
    CHECK(settingCount(t.db()) == 6);

    const GiasImportReport next = importFixture(session, "establishments_next.csv");
    CHECK(next.added == 1);
    CHECK(next.updated == 2);
    CHECK(next.unchanged == 4);
    CHECK(settingCount(t.db()) == 7);
    const QVariantMap renamed = settingWithUrn(t.db(), QStringLiteral("990002"));
    CHECK(renamed.value(QStringLiteral("name")).toString() ==
          QStringLiteral("Ysgol Gymraeg Caint (Welsh School)"));
    CHECK(renamed.value(QStringLiteral("senco_name")).toString() == QStringLiteral("Sam Example"));
    const QVariantMap nursery = settingWithUrn(t.db(), QStringLiteral("990004"));
    CHECK(nursery.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(nursery.value(QStringLiteral("closed_on")).toString() == QStringLiteral("2026-03-31"));

    // The whole import is one undo step.
    session.undoStack().undo();
    CHECK(settingCount(t.db()) == 6);
    CHECK(settingWithUrn(t.db(), QStringLiteral("990002")).value(QStringLiteral("name")) ==
          QStringLiteral("Ysgol Gymraeg Caint"));
}

TEST_CASE("GIAS import refuses a file without the columns, naming them, changing nothing", "[gias]")
{
    TestDatabase t;
    EditSession session(t.db());
    importFixture(session, "establishments.csv");
    t.close();
    const QByteArray before = casebook::test::sha256OfFile(t.path());
    t.reopen();
    try {
        GiasImport::plan(t.db(), fixture("missing_columns.csv"), QStringLiteral("886"));
        FAIL("accepted");
    } catch (const Error &error) {
        CHECK(error.message().contains(QLatin1String("missing_columns.csv")));
        CHECK(error.message().contains(QLatin1String("Postcode")));
        CHECK(error.message().contains(QLatin1String("DistrictAdministrative (name)")));
        CHECK_FALSE(error.message().contains(QLatin1String("EstablishmentName")));
    }
    try {
        GiasImport::planBytes(t.db(), "name,colour\r\nx,y\r\n", QStringLiteral("notes.csv"),
                              QStringLiteral("886"));
        FAIL("accepted");
    } catch (const Error &error) {
        CHECK(error.message().contains(QLatin1String("notes.csv is not a GIAS")));
    }
    try {
        GiasImport::planBytes(t.db(), QByteArray(), QStringLiteral("empty.csv"),
                              QStringLiteral("886"));
        FAIL("accepted");
    } catch (const Error &error) {
        CHECK(error.message().contains(QLatin1String("empty.csv")));
    }
    t.close();
    CHECK(casebook::test::sha256OfFile(t.path()) == before);
}

TEST_CASE("GIAS import takes pupils on roll from NumberOfPupils, and again changes nothing",
          "[gias][links]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("pupils.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("URN,LA (code),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),"
               "EstablishmentStatus (name),PhaseOfEducation (name),Postcode,"
               "DistrictAdministrative (name),NumberOfPupils\r\n"
               "990101,886,2101,Oak Tree Primary School,Community school,Open,Primary,CT16 1AA,"
               "Dover,432\r\n"
               "990102,886,2102,Elm Primary School,Community school,Open,Primary,CT16 1AB,"
               "Dover,\r\n");
    file.close();
    TestDatabase t;
    EditSession session(t.db());
    GiasImport::apply(session, GiasImport::plan(t.db(), path, QStringLiteral("886")));
    CHECK(
        settingWithUrn(t.db(), QStringLiteral("990101")).value(QStringLiteral("pupils_on_roll")) ==
        432);
    CHECK(settingWithUrn(t.db(), QStringLiteral("990102"))
              .value(QStringLiteral("pupils_on_roll"))
              .isNull());
    const GiasImportPlan again = GiasImport::plan(t.db(), path, QStringLiteral("886"));
    CHECK(again.report.updated == 0);
    CHECK(again.report.unchanged == 2);
}
