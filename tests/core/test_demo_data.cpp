#include "children/ChildSearch.h"
#include "demo/DemoData.h"
#include "domain/Upn.h"
#include "records/DatabaseCheck.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"
#include "storage/Statement.h"
#include "support/TestDatabase.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::TestDatabase;

namespace {

QStringList childrenDump(Database &db)
{
    Statement rows(db.handle(),
                   QStringLiteral("SELECT c.first_name, c.last_name, c.date_of_birth, c.upn, "
                                  "s.name, c.primary_need FROM child c JOIN setting s ON s.id = "
                                  "c.setting_id ORDER BY c.last_name, c.first_name, "
                                  "c.date_of_birth, c.upn"));
    QStringList dump;
    while (rows.step()) {
        QStringList fields;
        for (int i = 0; i < 6; ++i)
            fields.append(rows.text(i));
        dump.append(fields.join(u'|'));
    }
    return dump;
}

} // namespace

TEST_CASE("Demo data: settings over every district, staff, valid UPNs, same seed same data",
          "[demo]")
{
    TestDatabase a;
    const DemoSummary made = generateDemoData(a.db(), {500, 7});
    CHECK(made.settings == 700);
    CHECK(made.staff >= 140);
    CHECK(made.children == 500);
    CHECK(made.contacts >= 500);

    QSet<QString> districts;
    int primary = 0;
    for (const auto &s : listSettings(a.db())) {
        districts.insert(s.districtCode);
        primary += s.phase == u"Primary";
    }
    CHECK(districts.size() == 12);
    CHECK(primary > 350); // most settings are primary schools
    CHECK(whoAmI(a.db()));

    ChildSearch search(a.db());
    int withUpn = 0;
    for (const auto &c : search.page(nullptr, 1000)) {
        if (c.upn.isEmpty())
            continue;
        ++withUpn;
        INFO(c.upn.toStdString());
        CHECK(Upn::check(c.upn).valid);
    }
    CHECK(withUpn > 400);
    for (const auto &check : checkEverything(a.db())) {
        INFO(check.name.toStdString()
             << ": " << check.problems.join(QStringLiteral("; ")).toStdString());
        CHECK(check.passed);
    }

    TestDatabase b;
    generateDemoData(b.db(), {500, 7});
    CHECK(childrenDump(a.db()) == childrenDump(b.db()));
    TestDatabase c;
    generateDemoData(c.db(), {500, 8});
    CHECK(childrenDump(a.db()) != childrenDump(c.db()));

    CHECK_THROWS(generateDemoData(a.db(), {10, 1})); // not into a database with data
}

TEST_CASE("Demo casework: no case has the same outcome twice, no outcome two reviews a day",
          "[demo]")
{
    TestDatabase t;
    generateDemoData(t.db(), {2000, 5});
    Statement twice(t.db().handle(),
                    QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM outcome GROUP BY "
                                   "involvement_id, description HAVING count(*) > 1)"));
    REQUIRE(twice.step());
    CHECK(twice.int64(0) == 0);
    Statement sameDay(t.db().handle(),
                      QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM outcome_review GROUP BY "
                                     "outcome_id, reviewed_on HAVING count(*) > 1)"));
    REQUIRE(sameDay.step());
    CHECK(sameDay.int64(0) == 0);
    Statement some(t.db().handle(), QStringLiteral("SELECT count(*) FROM outcome_review"));
    REQUIRE(some.step());
    CHECK(some.int64(0) > 100); // and there are reviews to check
}
