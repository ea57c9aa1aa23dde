// Intensive specialist support: an episode on a child's case, its dates (it
// cannot end before it starts, closes only with an outcome, and its check
// falls after the end), one open at a time, the flags for those past their
// planned end, its sessions, and two laptops editing one episode.
#include "LiftFixture.h"
#include "casework/Caseload.h"
#include "lift/LiftDecisions.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/SupportEpisodes.h"
#include "support/SupportRecords.h"
#include "support/SyncPeers.h"
#include "sync/CanonicalDump.h"
#include "sync/Conflicts.h"

#include <catch2/catch.hpp>

using namespace casebook;

using casebook::test::day;
using casebook::test::Lift;
using casebook::test::refusal;

namespace {

// The LIFT fixture's child with a case, and an episode to start on it.
struct Support : Lift
{
    QUuid involvement;

    Support()
    {
        involvement = addRecord(session, involvementKind(),
                                {{QStringLiteral("child_id"), child},
                                 {QStringLiteral("service_line_code"), QStringLiteral("district")},
                                 {QStringLiteral("route"), QStringLiteral("lift")},
                                 {QStringLiteral("teacher_id"), chair}});
    }

    QUuid start(const QVariantMap &more = {})
    {
        QVariantMap values{{QStringLiteral("involvement_id"), involvement},
                           {QStringLiteral("starts_on"), QStringLiteral("2025-11-03")},
                           {QStringLiteral("planned_end_on"), QStringLiteral("2025-12-19")},
                           {QStringLiteral("risk"), QStringLiteral("exclusion")}};
        values.insert(more);
        return addRecord(session, supportEpisodeKind(), values);
    }

    void end(QUuid episode, const QVariantMap &changes)
    {
        editRecord(session, supportEpisodeKind(), episode, changes);
    }
};

} // namespace

TEST_CASE("An intensive support episode is on a child's case, whose child and setting it takes",
          "[support]")
{
    Support s;
    const QUuid episode = s.start();
    CHECK(s.value(u"support_episode", episode, "child_id") == s.child.toRfc4122());
    CHECK(s.value(u"support_episode", episode, "setting_id") == s.school.toRfc4122());

    const QUuid wholeSetting =
        addRecord(s.session, involvementKind(),
                  {{QStringLiteral("setting_id"), s.school},
                   {QStringLiteral("service_line_code"), QStringLiteral("district")},
                   {QStringLiteral("route"), QStringLiteral("lift")}});
    CHECK(refusal([&] {
              s.start({{QStringLiteral("involvement_id"), wholeSetting}});
          }).contains(QStringLiteral("this involvement is for a whole setting")));
    CHECK(refusal([&] {
              s.start({{QStringLiteral("risk"), QStringLiteral("other")}});
          }).startsWith(QStringLiteral("The risk, described:")));
    CHECK(refusal([&] {
              s.start({{QStringLiteral("planned_end_on"), QStringLiteral("2025-10-01")}});
          }).contains(QStringLiteral("is before the episode starts")));
    // One open episode a case.
    CHECK(refusal([&] {
              s.start();
          }).contains(QStringLiteral("has an episode open since 03/11/2025")));
}

TEST_CASE("An episode cannot end before it starts, needs an outcome to close, and its check "
          "falls after the end",
          "[support]")
{
    Support s;
    const QUuid episode = s.start();
    CHECK(refusal([&] {
              s.end(episode, {{QStringLiteral("ended_on"), QStringLiteral("2025-12-19")}});
          }).contains(QStringLiteral("closes with its outcome")));
    CHECK(refusal([&] {
              s.end(episode, {{QStringLiteral("check_result"), QStringLiteral("in_place")}});
          }).contains(QStringLiteral("give its outcome first")));
    CHECK(refusal([&] {
              s.end(episode, {{QStringLiteral("outcome"), QStringLiteral("kept")},
                              {QStringLiteral("ended_on"), QStringLiteral("2025-11-02")}});
          }).contains(QStringLiteral("cannot end before it starts (03/11/2025)")));
    CHECK(refusal([&] {
              s.end(episode, {{QStringLiteral("outcome"), QStringLiteral("moved")}});
          }).contains(QStringLiteral("say where the child moved")));
    CHECK(refusal([&] {
              s.end(episode, {{QStringLiteral("outcome"), QStringLiteral("kept")},
                              {QStringLiteral("ended_on"), QStringLiteral("2025-12-19")},
                              {QStringLiteral("check_due_on"), QStringLiteral("2025-12-19")}});
          }).contains(QStringLiteral("the follow-up check comes after the end (19/12/2025)")));
    CHECK(s.value(u"support_episode", episode, "outcome").isNull()); // nothing changed

    // Ended today (1 January 2026) unless said; checked six weeks later.
    s.end(episode, {{QStringLiteral("outcome"), QStringLiteral("kept_reduced_timetable")}});
    CHECK(s.value(u"support_episode", episode, "ended_on") == QStringLiteral("2026-01-01"));
    CHECK(s.value(u"support_episode", episode, "check_due_on") == QStringLiteral("2026-02-12"));
    CHECK(refusal([&] {
              s.end(episode, {{QStringLiteral("check_result"), QStringLiteral("in_place")}});
          }).contains(QStringLiteral("the follow-up check comes after the end (01/01/2026)")));
    s.end(episode, {{QStringLiteral("check_result"), QStringLiteral("in_place")},
                    {QStringLiteral("checked_on"), QStringLiteral("2026-02-12")}});
    CHECK(s.value(u"support_episode", episode, "check_result") == QStringLiteral("in_place"));
    // Ended, it leaves room for another on the case.
    CHECK_NOTHROW(s.start({{QStringLiteral("starts_on"), QStringLiteral("2026-01-01")},
                           {QStringLiteral("planned_end_on"), QStringLiteral("2026-02-01")}}));
}

TEST_CASE("Episodes past their planned end without an outcome are flagged; an episode's sessions "
          "are the case's contacts in it",
          "[support]")
{
    Support s;
    const QUuid episode = s.start(); // planned to end 19/12/2025; today is 01/01/2026
    for (const char *date : {"2025-10-20", "2025-11-10", "2025-12-01", "2025-12-31"})
        addRecord(s.session, contactLogKind(),
                  {{QStringLiteral("involvement_id"), s.involvement},
                   {QStringLiteral("contact_type"), QStringLiteral("modelled_intervention")},
                   {QStringLiteral("contact_date"), QString::fromLatin1(date)},
                   {QStringLiteral("staff_id"), s.chair},
                   {QStringLiteral("minutes"), 60},
                   {QStringLiteral("advice"), QStringLiteral("Modelled the calm start.")}});
    const QDate today = s.t.db().environment().today();
    auto listed = listSupportEpisodes(s.t.db(), {}, today);
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().pastPlannedEnd);
    CHECK(listed.first().sessions == 3); // not the one before it started
    CHECK(supportSessions(s.t.db(), episode, today).size() == 3);
    CHECK(supportPastPlannedEnd(s.t.db(), today).value(s.involvement) == day("2025-12-19"));
    CHECK(listSupportEpisodes(s.t.db(), {true, s.chair, {}}, today).size() == 1);
    CHECK(listSupportEpisodes(s.t.db(), {true, QUuid::createUuid(), {}}, today).isEmpty());

    s.end(episode, {{QStringLiteral("outcome"), QStringLiteral("kept")},
                    {QStringLiteral("ended_on"), QStringLiteral("2025-12-19")}});
    CHECK(supportPastPlannedEnd(s.t.db(), today).isEmpty());
    listed = listSupportEpisodes(s.t.db(), {}, today);
    CHECK_FALSE(listed.first().pastPlannedEnd);
    CHECK(listed.first().sessions == 2);
    CHECK(listSupportEpisodes(s.t.db(), {true, {}, {}}, today).isEmpty());
    // Its check, due 30/01/2026, is overdue once that day comes.
    CHECK_FALSE(listed.first().checkOverdue);
    CHECK(listSupportEpisodes(s.t.db(), {}, day("2026-01-30")).first().checkOverdue);
}

TEST_CASE("An episode that follows a LIFT decision names the referral", "[support][lift]")
{
    Lift l;
    const QUuid referral = l.refer();
    const LiftDecisionResult decided = decideLiftReferral(
        l.session, referral, {QStringLiteral("specialist_involvement"), {}, l.chair});
    const QUuid episode =
        addRecord(l.session, supportEpisodeKind(),
                  {{QStringLiteral("involvement_id"), decided.involvement},
                   {QStringLiteral("planned_end_on"), QStringLiteral("2026-02-13")},
                   {QStringLiteral("risk"), QStringLiteral("reduced_timetable")}});
    CHECK(l.value(u"support_episode", episode, "lift_referral_id") == referral.toRfc4122());
    CHECK(l.value(u"support_episode", episode, "starts_on") == QStringLiteral("2026-01-01"));
}

TEST_CASE("Two laptops editing different fields of the same episode merge without conflict",
          "[support][sync]")
{
    using casebook::test::Installation;
    Installation office, teacher;
    EditSession atOffice(office.db());
    const QUuid school = addRecord(atOffice, settingKind(),
                                   {{QStringLiteral("name"), QStringLiteral("Oak Tree Primary")},
                                    {QStringLiteral("status"), QStringLiteral("open")}});
    const QUuid child = addRecord(atOffice, childKind(),
                                  {{QStringLiteral("first_name"), QStringLiteral("Ava")},
                                   {QStringLiteral("last_name"), QStringLiteral("Stone")},
                                   {QStringLiteral("date_of_birth"), QStringLiteral("2018-03-04")},
                                   {QStringLiteral("setting_id"), school}});
    addRecord(atOffice, consentKind(),
              {{QStringLiteral("child_id"), child},
               {QStringLiteral("given_by"), QStringLiteral("Mother")},
               {QStringLiteral("given_on"), QStringLiteral("2025-09-01")}});
    const QUuid involvement =
        addRecord(atOffice, involvementKind(),
                  {{QStringLiteral("child_id"), child},
                   {QStringLiteral("service_line_code"), QStringLiteral("district")},
                   {QStringLiteral("route"), QStringLiteral("lift")}});
    const QUuid episode =
        addRecord(atOffice, supportEpisodeKind(),
                  {{QStringLiteral("involvement_id"), involvement},
                   {QStringLiteral("starts_on"), QStringLiteral("2025-11-03")},
                   {QStringLiteral("planned_end_on"), QStringLiteral("2025-12-19")},
                   {QStringLiteral("risk"), QStringLiteral("exclusion")}});
    send(office, teacher);

    // The teacher writes up what she modelled and who can now do it; the
    // office records the outcome the school reported.
    EditSession atTeacher(teacher.db());
    editRecord(
        atTeacher, supportEpisodeKind(), episode,
        {{QStringLiteral("interventions"), QStringLiteral("Zones of regulation; a calm start.")}});
    addRecord(atTeacher, supportCapacityKind(),
              {{QStringLiteral("episode_id"), episode},
               {QStringLiteral("name"), QStringLiteral("Sam Hill")},
               {QStringLiteral("role"), QStringLiteral("Teaching assistant")},
               {QStringLiteral("can_now"), QStringLiteral("Runs the calm start on her own.")}});
    editRecord(atOffice, supportEpisodeKind(), episode,
               {{QStringLiteral("outcome"), QStringLiteral("kept")},
                {QStringLiteral("ended_on"), QStringLiteral("2025-12-19")}});
    editRecord(atOffice, supportEpisodeKind(), episode,
               {{QStringLiteral("risk_detail"), QStringLiteral("Two fixed-term exclusions")}});

    send(office, teacher);
    send(teacher, office);
    for (Installation *laptop : {&office, &teacher}) {
        CHECK(conflictCount(laptop->db()) == 0);
        const auto row = laptop->store().read(u"support_episode", episode);
        REQUIRE(row);
        CHECK(row->value(QStringLiteral("interventions")) ==
              QStringLiteral("Zones of regulation; a calm start."));
        CHECK(row->value(QStringLiteral("outcome")) == QStringLiteral("kept"));
        CHECK(row->value(QStringLiteral("check_due_on")) == QStringLiteral("2026-01-30"));
        CHECK(row->value(QStringLiteral("risk_detail")) ==
              QStringLiteral("Two fixed-term exclusions"));
        CHECK(readRecordsWhere(laptop->db(), supportCapacityKind().type(), u"episode_id", episode)
                  .size() == 1);
    }
    CHECK(canonicalDump(office.db()) == canonicalDump(teacher.db()));
}
