#include "children/ChildSearch.h"
#include "demo/DemoData.h"
#include "domain/AcademicYear.h"
#include "domain/Upn.h"
#include "lift/LiftIntake.h"
#include "lift/LiftRecords.h"
#include "links/LinkRecords.h"
#include "records/DatabaseCheck.h"
#include "records/RecordKind.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"
#include "storage/Statement.h"
#include "support/SupportRecords.h"
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

TEST_CASE("Demo LIFT: every open setting in one group, about six meetings a year, referrals "
          "within Kent's intake rules, the LIFT cases tabled, EP and SALT often missing",
          "[demo][lift]")
{
    TestDatabase t;
    const DemoSummary made = generateDemoData(t.db(), {1500, 5});
    Database &db = t.db();
    const auto number = [&](const char *sql) {
        Statement query(db.handle(), QString::fromLatin1(sql));
        REQUIRE(query.step());
        return query.int64(0);
    };
    // Two to four groups in each of the 12 districts; every open setting in exactly one.
    CHECK(made.liftGroups >= 24);
    CHECK(made.liftGroups <= 48);
    CHECK(number("SELECT count(*) FROM (SELECT district_code, count(*) n FROM lift_group "
                 "GROUP BY district_code) WHERE n BETWEEN 2 AND 4") == 12);
    CHECK(number("SELECT count(*) FROM setting WHERE status = 'open' AND id NOT IN "
                 "(SELECT setting_id FROM lift_group_setting)") == 0);
    CHECK(number("SELECT count(*) FROM (SELECT setting_id FROM lift_group_setting "
                 "GROUP BY setting_id HAVING count(*) > 1)") == 0);
    // Six a year over five years, and some still to come.
    const double perGroupYear = double(made.liftMeetings) / made.liftGroups / 5.0;
    CHECK(perGroupYear >= 5.0);
    CHECK(perGroupYear <= 7.0);
    CHECK(number("SELECT count(*) FROM lift_meeting WHERE status = 'planned'") > 0);
    CHECK(number("SELECT count(*) FROM lift_meeting WHERE meets_on < '2025-12-01' AND "
                 "status <> 'circulated'") == 0);

    // Most of the LIFT cases were tabled, each decided "specialist involvement".
    const qint64 liftCases =
        number("SELECT count(*) FROM involvement WHERE route = 'lift' AND child_id IS NOT NULL");
    const qint64 tabled = number("SELECT count(*) FROM lift_referral r JOIN involvement i "
                                 "ON i.id = r.involvement_id WHERE i.route = 'lift' AND "
                                 "r.decision_code = 'specialist_involvement' AND "
                                 "r.child_id = i.child_id");
    CHECK(tabled * 2 > liftCases);
    CHECK(number("SELECT count(DISTINCT decision_code) FROM lift_referral") >= 9);
    CHECK(number("SELECT count(*) FROM (SELECT 1 FROM lift_referral WHERE child_id IS NOT NULL "
                 "GROUP BY meeting_id, child_id HAVING count(*) > 1)") == 0);

    // Every referral as Kent's intake rules take it: an agreement, the quota, the deadline.
    const RecordType &type = liftReferralKind().type();
    int checked = 0;
    for (const auto &[id, referral] : readRecords(db, type)) {
        INFO(referral.value(QStringLiteral("received_on")).toString().toStdString());
        CHECK_NOTHROW(checkLiftIntake(db, type, id, referral));
        ++checked;
    }
    CHECK(checked == made.liftReferrals);

    // Educational psychology and SALT present at well under all of the meetings held.
    const qint64 held = number("SELECT count(DISTINCT meeting_id) FROM lift_attendance");
    for (const char *sql :
         {"SELECT count(*) FROM lift_attendance WHERE agency_code = 'educational_psychology' "
          "AND status = 'present'",
          "SELECT count(*) FROM lift_attendance WHERE agency_code = 'speech_language_therapy' "
          "AND status = 'present'"}) {
        const qint64 present = number(sql);
        CHECK(present > held / 5);
        CHECK(present < held * 3 / 4);
    }
    CHECK(number("SELECT count(*) FROM lift_action WHERE status = 'open' AND due_on < "
                 "'2026-01-01'") > 0);
    for (const auto &check : checkEverything(db)) {
        INFO(check.name.toStdString());
        CHECK(check.problems.isEmpty());
    }
}

TEST_CASE("Demo drop-in: about two sessions a month in every district, all four dimensions, "
          "slots booked once, follow-ups in plausible proportions",
          "[demo][dropin]")
{
    TestDatabase t;
    const DemoSummary made = generateDemoData(t.db(), {1500, 7});
    Database &db = t.db();
    const auto number = [&](const QString &sql) {
        Statement query(db.handle(), sql);
        REQUIRE(query.step());
        return query.int64(0);
    };
    const QString today = db.environment().today().toString(Qt::ISODate);
    REQUIRE(made.dropinSessions > 0);
    CHECK(number(QStringLiteral("SELECT count(*) FROM dropin_session")) == made.dropinSessions);
    // Over five school years, about two a month (none in August) in each district.
    CHECK(number(QStringLiteral("SELECT count(DISTINCT district_code) FROM dropin_session")) == 12);
    CHECK(number(QStringLiteral("SELECT count(*) FROM (SELECT district_code, count(*) n FROM "
                                "dropin_session GROUP BY 1) WHERE n < 5 * 18 OR n > 6 * 28")) == 0);
    CHECK(number(QStringLiteral("SELECT count(*) FROM (SELECT district_code, count(DISTINCT "
                                "dimension_code) n FROM dropin_session GROUP BY 1) WHERE n = 4")) ==
          12);
    CHECK(number(QStringLiteral("SELECT count(*) FROM dropin_session WHERE held_on > '%1'")
                     .arg(today)) > 0);
    // Each slot booked once, within the session's slots; those to come not yet held.
    CHECK(number(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM dropin_consultation "
                                "GROUP BY session_id, slot HAVING count(*) > 1)")) == 0);
    CHECK(number(QStringLiteral("SELECT count(*) FROM dropin_consultation c JOIN dropin_session s "
                                "ON s.id = c.session_id WHERE c.slot < 1 OR c.slot > "
                                "s.slot_count")) == 0);
    CHECK(number(QStringLiteral("SELECT count(*) FROM dropin_consultation c JOIN dropin_session s "
                                "ON s.id = c.session_id WHERE s.held_on > '%1' AND (c.advice IS "
                                "NOT NULL OR c.follow_up <> 'none')")
                     .arg(today)) == 0);

    // What followed the consultations held.
    const double held = double(number(QStringLiteral("SELECT count(*) FROM dropin_consultation c "
                                                     "JOIN dropin_session s ON s.id = c.session_id "
                                                     "WHERE s.held_on <= '%1'")
                                          .arg(today)));
    const auto share = [&](const char *followUp) {
        return double(number(QStringLiteral("SELECT count(*) FROM dropin_consultation WHERE "
                                            "follow_up = '%1'")
                                 .arg(QLatin1String(followUp)))) /
               held;
    };
    CHECK(share("lift_referral") > 0.05);
    CHECK(share("lift_referral") < 0.2);
    CHECK(share("signpost") > 0.15);
    CHECK(share("signpost") < 0.35);
    CHECK(share("involvement") > 0.0);
    CHECK(share("none") > 0.4);
    // Each follow-up's record is there, for the same setting.
    CHECK(number(QStringLiteral(
              "SELECT count(*) FROM dropin_consultation c JOIN lift_referral r ON r.id = "
              "c.lift_referral_id AND r.setting_id = c.setting_id")) ==
          number(QStringLiteral(
              "SELECT count(*) FROM dropin_consultation WHERE follow_up = 'lift_referral'")));
    CHECK(number(QStringLiteral(
              "SELECT count(*) FROM dropin_consultation c JOIN involvement i ON i.id = "
              "c.involvement_id AND i.route = 'drop_in_follow_up'")) ==
          number(QStringLiteral(
              "SELECT count(*) FROM dropin_consultation WHERE follow_up = 'involvement'")));
    for (const auto &check : checkEverything(db)) {
        INFO(check.name.toStdString());
        CHECK(check.problems.isEmpty());
    }
}

TEST_CASE("Demo intensive support: episodes on children's cases, most placements kept, each by "
          "its rules",
          "[demo][support]")
{
    TestDatabase t;
    const DemoSummary made = generateDemoData(t.db(), {3000, 9});
    Database &db = t.db();
    REQUIRE(made.supportEpisodes >= 20);
    const auto number = [&](const char *sql) {
        Statement query(db.handle(), QString::fromLatin1(sql));
        REQUIRE(query.step());
        return query.int64(0);
    };
    CHECK(number("SELECT count(*) FROM support_episode") == made.supportEpisodes);
    const qint64 ended = number("SELECT count(*) FROM support_episode WHERE outcome IS NOT NULL");
    const qint64 kept = number("SELECT count(*) FROM support_episode WHERE outcome LIKE 'kept%'");
    CHECK(ended * 4 > made.supportEpisodes * 3);
    CHECK(kept * 2 > ended);
    CHECK(number("SELECT count(*) FROM support_episode WHERE outcome <> 'kept'") > 0);
    CHECK(number("SELECT count(*) FROM support_capacity") >= made.supportEpisodes);
    // Every episode as the rules take it: dates in order, the check after the end.
    const RecordType &type = supportEpisodeKind().type();
    for (const auto &[id, stored] : readRecords(db, type)) {
        QVariantMap episode = stored;
        INFO(episode.value(QStringLiteral("starts_on")).toString().toStdString());
        CHECK_NOTHROW(supportEpisodeKind().validate(db, id, episode, {}));
        CHECK(episode == stored); // nothing the rules would fill in was missing
    }
    for (const auto &check : checkEverything(db)) {
        INFO(check.name.toStdString());
        CHECK(check.problems.isEmpty());
    }
}

TEST_CASE("Demo link teachers: every open setting has one each year to this, changing now and "
          "then; the coming year is for a lead to allocate",
          "[demo][links]")
{
    TestDatabase t;
    const DemoSummary made = generateDemoData(t.db(), {300, 11});
    Database &db = t.db();
    const auto number = [&](const QString &sql) {
        Statement query(db.handle(), sql);
        REQUIRE(query.step());
        return query.int64(0);
    };
    CHECK(number(QStringLiteral("SELECT count(*) FROM link_teacher")) == made.linkTeachers);
    const int thisYear = AcademicYear::startYear(db.environment().today());
    for (int year = thisYear - 4; year <= thisYear; ++year) {
        INFO(year);
        CHECK(number(QStringLiteral("SELECT count(*) FROM setting s WHERE s.status = 'open' AND "
                                    "NOT EXISTS (SELECT 1 FROM link_teacher l WHERE "
                                    "l.setting_id = s.id AND l.academic_year = '%1' AND "
                                    "l.replaced_on IS NULL)")
                         .arg(academicYearText(year))) == 0);
    }
    CHECK(number(QStringLiteral("SELECT count(*) FROM link_teacher WHERE academic_year = '%1'")
                     .arg(academicYearText(thisYear + 1))) == 0);
    CHECK(number(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM link_teacher WHERE "
                                "replaced_on IS NULL GROUP BY setting_id, academic_year, "
                                "service_line_code HAVING count(*) > 1)")) == 0);
    // Some change from one year to the next, and a few during a year.
    CHECK(number(QStringLiteral("SELECT count(*) FROM link_teacher a JOIN link_teacher b ON "
                                "b.setting_id = a.setting_id AND b.academic_year = '%2' AND "
                                "b.replaced_on IS NULL WHERE a.academic_year = '%1' AND "
                                "a.replaced_on IS NULL AND a.staff_id <> b.staff_id")
                     .arg(academicYearText(thisYear - 1), academicYearText(thisYear))) > 0);
    CHECK(number(QStringLiteral("SELECT count(*) FROM link_teacher WHERE replaced_on IS NOT "
                                "NULL")) > 0);
    CHECK(number(QStringLiteral("SELECT count(*) FROM setting WHERE status = 'open' AND "
                                "pupils_on_roll IS NULL")) == 0);
}
