// LIFT records: referral deadlines, the meeting's life cycle, one group a
// setting, what a referral takes from the child's record, Kent's intake rules
// with their overrides, attendance and action rules, and deleting a meeting
// with all it holds in one undo step.
#include "LiftFixture.h"
#include "lift/LiftDecisions.h"

#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace casebook;

using casebook::test::day;
using casebook::test::Lift;
using casebook::test::refusal;

TEST_CASE("A school's referral is due the Wednesday before the meeting, an early-years "
          "setting's seven days before",
          "[lift]")
{
    // Thursday 12 November 2026: the day before; a Wednesday meeting's is a week before.
    CHECK(liftReferralDeadline(day("2026-11-12"), false) == day("2026-11-11"));
    CHECK(liftReferralDeadline(day("2026-11-11"), false) == day("2026-11-04"));
    CHECK(liftReferralDeadline(day("2026-11-10"), false) == day("2026-11-04"));
    CHECK(liftReferralDeadline(day("2026-11-12"), true) == day("2026-11-05"));
    // After the October half-term (26–30 October 2026) and across the month:
    // the rule counts days, not school days.
    CHECK(liftReferralDeadline(day("2026-11-02"), false) == day("2026-10-28"));
    CHECK(liftReferralDeadline(day("2026-11-02"), true) == day("2026-10-26"));

    CHECK(isEarlyYearsSetting(QStringLiteral("Nursery"), QStringLiteral("700001")));
    CHECK(isEarlyYearsSetting(QStringLiteral(""), QStringLiteral("EY500072")));
    CHECK_FALSE(isEarlyYearsSetting(QStringLiteral("Primary"), QStringLiteral("700001")));
}

TEST_CASE("A LIFT meeting moves planned, agenda closed, held, minutes approved, circulated",
          "[lift]")
{
    Lift l;
    CHECK(l.value(u"lift_meeting", l.meeting, "status") == QStringLiteral("planned"));
    CHECK(l.value(u"lift_meeting", l.meeting, "starts_at") == QStringLiteral("09:30"));

    CHECK(refusal([&] { l.setStatus(QStringLiteral("held")); })
              .contains(QStringLiteral("a meeting that is planned cannot become held; it can "
                                       "become: agenda closed")));
    l.setStatus(QStringLiteral("agenda_closed"));
    l.setStatus(QStringLiteral("planned")); // a late referral may still go on
    l.setStatus(QStringLiteral("agenda_closed"));
    l.setStatus(QStringLiteral("held"));
    CHECK(refusal([&] {
              l.setStatus(QStringLiteral("minutes_approved"));
          }).startsWith(QStringLiteral("Minutes approved by:")));
    l.setStatus(QStringLiteral("minutes_approved"), {{QStringLiteral("approved_by"), l.chair}});
    const QString today = l.t.db().environment().today().toString(Qt::ISODate);
    CHECK(l.value(u"lift_meeting", l.meeting, "approved_on") == today);
    l.setStatus(QStringLiteral("circulated"));
    CHECK(l.value(u"lift_meeting", l.meeting, "circulated_on") == today);
    CHECK(refusal([&] {
              l.setStatus(QStringLiteral("planned"));
          }).contains(QStringLiteral("a meeting that is circulated stays so")));

    // Each move is its own undo step.
    l.session.undoStack().undo();
    CHECK(l.value(u"lift_meeting", l.meeting, "status") == QStringLiteral("minutes_approved"));

    CHECK(refusal([&] {
              addRecord(l.session, liftMeetingKind(),
                        {{QStringLiteral("group_id"), l.group},
                         {QStringLiteral("meets_on"), QStringLiteral("2026-12-10")},
                         {QStringLiteral("status"), QStringLiteral("held")}});
          }).contains(QStringLiteral("a new meeting starts planned")));
    CHECK(refusal([&] {
              editRecord(l.session, liftMeetingKind(), l.meeting,
                         {{QStringLiteral("starts_at"), QStringLiteral("half past nine")}});
          }).startsWith(QStringLiteral("Starts at:")));
}

TEST_CASE("A setting is in one LIFT group", "[lift]")
{
    Lift l;
    const QUuid other = addRecord(l.session, liftGroupKind(),
                                  {{QStringLiteral("name"), QStringLiteral("Dover South")},
                                   {QStringLiteral("district_code"), QStringLiteral("dover")}});
    CHECK(refusal([&] {
              addRecord(
                  l.session, liftGroupSettingKind(),
                  {{QStringLiteral("group_id"), other}, {QStringLiteral("setting_id"), l.school}});
          }).contains(QStringLiteral("in the LIFT group Dover North already")));
}

TEST_CASE("A child's LIFT referral takes the setting and needs from the child's record", "[lift]")
{
    Lift l;
    const QUuid referral = l.refer();
    CHECK(l.value(u"lift_referral", referral, "setting_id") == l.school.toRfc4122());
    CHECK(l.value(u"lift_referral", referral, "primary_need") == QStringLiteral("SLCN"));
    CHECK(l.value(u"lift_referral", referral, "secondary_need") == QStringLiteral("ASD"));
    CHECK(l.value(u"lift_referral", referral, "received_on") ==
          l.t.db().environment().today().toString(Qt::ISODate));
    CHECK(refusal([&] {
              addRecord(l.session, liftReferralKind(), {{QStringLiteral("meeting_id"), l.meeting}});
          }).contains(QStringLiteral("a referral is for a child, or for a setting")));
    // A child on an agenda cannot be deleted.
    CHECK_FALSE(refusal([&] { deleteRecord(l.session, childKind(), l.child); }).isEmpty());
    CHECK(l.session.store().read(QStringLiteral("child"), l.child));
}

TEST_CASE("Attendance names an agency of its own, and an action its owner", "[lift]")
{
    Lift l;
    CHECK(refusal([&] {
              addRecord(l.session, liftAttendanceKind(),
                        {{QStringLiteral("meeting_id"), l.meeting},
                         {QStringLiteral("name"), QStringLiteral("Sam Reed")},
                         {QStringLiteral("agency_code"), QStringLiteral("other")}});
          }).startsWith(QStringLiteral("Agency's name:")));
    const QUuid present =
        addRecord(l.session, liftAttendanceKind(),
                  {{QStringLiteral("meeting_id"), l.meeting},
                   {QStringLiteral("name"), QStringLiteral("Sam Reed")},
                   {QStringLiteral("agency_code"), QStringLiteral("early_help")}});
    CHECK(l.value(u"lift_attendance", present, "status") == QStringLiteral("present"));

    const QVariantMap action{{QStringLiteral("meeting_id"), l.meeting},
                             {QStringLiteral("text"), QStringLiteral("Send the visual timetable")},
                             {QStringLiteral("due_on"), QStringLiteral("2026-11-30")}};
    CHECK(refusal([&] {
              addRecord(l.session, liftActionKind(), action);
          }).startsWith(QStringLiteral("Owner (staff):")));
    QVariantMap owned = action;
    owned.insert(QStringLiteral("owner_name"), QStringLiteral("Sam Reed, Early Help"));
    const QUuid id = addRecord(l.session, liftActionKind(), owned);
    CHECK(l.value(u"lift_action", id, "status") == QStringLiteral("open"));
    editRecord(l.session, liftActionKind(), id,
               {{QStringLiteral("status"), QStringLiteral("done")}});
    CHECK(l.value(u"lift_action", id, "done_on") ==
          l.t.db().environment().today().toString(Qt::ISODate));
}

TEST_CASE("Deleting a LIFT meeting deletes its referrals, attendance and actions in one undo "
          "step",
          "[lift]")
{
    Lift l;
    const QUuid referral = l.refer();
    const QUuid attendance =
        addRecord(l.session, liftAttendanceKind(),
                  {{QStringLiteral("meeting_id"), l.meeting},
                   {QStringLiteral("name"), QStringLiteral("Nia Hart")},
                   {QStringLiteral("agency_code"), QStringLiteral("stls_lead")},
                   {QStringLiteral("staff_id"), l.chair}});
    const QUuid action = addRecord(l.session, liftActionKind(),
                                   {{QStringLiteral("meeting_id"), l.meeting},
                                    {QStringLiteral("referral_id"), referral},
                                    {QStringLiteral("text"), QStringLiteral("Observe in class")},
                                    {QStringLiteral("owner_id"), l.chair},
                                    {QStringLiteral("due_on"), QStringLiteral("2026-12-01")}});
    // A group with meetings is history: it cannot go.
    CHECK_FALSE(refusal([&] { deleteRecord(l.session, liftGroupKind(), l.group); }).isEmpty());

    deleteRecord(l.session, liftMeetingKind(), l.meeting);
    for (const auto &[table, id] :
         {std::pair(u"lift_meeting", l.meeting), std::pair(u"lift_referral", referral),
          std::pair(u"lift_attendance", attendance), std::pair(u"lift_action", action)})
        CHECK_FALSE(l.session.store().read(QString::fromUtf16(table), id));
    l.session.undoStack().undo();
    for (const auto &[table, id] :
         {std::pair(u"lift_meeting", l.meeting), std::pair(u"lift_referral", referral),
          std::pair(u"lift_attendance", attendance), std::pair(u"lift_action", action)})
        CHECK(l.session.store().read(QString::fromUtf16(table), id));
}

TEST_CASE("A child's referral without an agreement to engage in force is tabled only with the "
          "reason why",
          "[lift]")
{
    Lift l;
    const QUuid noAgreement =
        addRecord(l.session, childKind(),
                  {{QStringLiteral("first_name"), QStringLiteral("Leo")},
                   {QStringLiteral("last_name"), QStringLiteral("Marsh")},
                   {QStringLiteral("date_of_birth"), QStringLiteral("2017-05-06")},
                   {QStringLiteral("setting_id"), l.school}});
    QVariantMap referral{{QStringLiteral("meeting_id"), l.meeting},
                         {QStringLiteral("child_id"), noAgreement}};
    const QString refused = refusal([&] { addRecord(l.session, liftReferralKind(), referral); });
    CHECK(refused.startsWith(QStringLiteral("Tabled without an agreement to engage because:")));
    CHECK(refused.contains(QStringLiteral("no agreement to engage in force")));
    referral.insert(QStringLiteral("agreement_override"),
                    QStringLiteral("Signed on paper; the SENCO brings it to the meeting"));
    const QUuid tabled = addRecord(l.session, liftReferralKind(), referral);
    CHECK(l.value(u"lift_referral", tabled, "agreement_override")
              .toString()
              .startsWith(QStringLiteral("Signed on paper")));

    // Tabled, its decision is written even once the agreement is withdrawn.
    const QUuid withAgreement = l.refer();
    const auto consents = readRecordsWhere(l.t.db(), consentKind().type(), u"child_id", l.child);
    REQUIRE(consents.size() == 1);
    editRecord(l.session, consentKind(), consents.first().first,
               {{QStringLiteral("withdrawn_on"), QStringLiteral("2026-01-01")},
                {QStringLiteral("withdrawn_by"), QStringLiteral("Mother")}});
    editRecord(l.session, liftReferralKind(), withAgreement,
               {{QStringLiteral("decision_code"), QStringLiteral("advice")}});
    CHECK(l.value(u"lift_referral", withAgreement, "decision_code") == QStringLiteral("advice"));
}

TEST_CASE("A setting brings three referrals to a meeting; a fourth needs the chair's agreement "
          "or the next meeting",
          "[lift]")
{
    Lift l;
    const QUuid next = addRecord(l.session, liftMeetingKind(),
                                 {{QStringLiteral("group_id"), l.group},
                                  {QStringLiteral("meets_on"), QStringLiteral("2026-12-10")}});
    for (int i = 0; i < 3; ++i)
        l.referSetting(l.meeting);
    const QString refused = refusal([&] { l.referSetting(l.meeting); });
    CHECK(refused.startsWith(QStringLiteral("Extra referral agreed by:")));
    CHECK(refused.contains(QStringLiteral("Oak Tree Primary brings 3 referrals")));
    CHECK(refused.contains(QStringLiteral("the group's next meeting, on 10/12/2026")));

    const QUuid approved =
        l.referSetting(l.meeting, {{QStringLiteral("quota_approved_by"), l.chair}});
    CHECK(l.value(u"lift_referral", approved, "quota_approved_by") == l.chair.toRfc4122());
    const QUuid offered = l.referSetting(next);
    // Moved back to the full meeting, it is tabled again and refused again.
    CHECK(refusal([&] {
              editRecord(l.session, liftReferralKind(), offered,
                         {{QStringLiteral("meeting_id"), l.meeting}});
          }).startsWith(QStringLiteral("Extra referral agreed by:")));
    CHECK(l.value(u"lift_referral", offered, "meeting_id") == next.toRfc4122());
}

TEST_CASE("A referral received after the deadline waits for the next meeting unless it is urgent",
          "[lift]")
{
    Lift l; // meets on Thursday 12/11/2026: the school's deadline is Wednesday 11/11
    l.referSetting(l.meeting, {{QStringLiteral("received_on"), QStringLiteral("2026-11-11")}});
    const QString late = refusal([&] {
        l.referSetting(l.meeting, {{QStringLiteral("received_on"), QStringLiteral("2026-11-12")}});
    });
    CHECK(late.startsWith(QStringLiteral("Urgent because:")));
    CHECK(late.contains(QStringLiteral("received on 12/11/2026, after this meeting's deadline of "
                                       "11/11/2026")));
    CHECK(late.contains(QStringLiteral("once one is planned")));
    const QUuid urgent = l.referSetting(
        l.meeting, {{QStringLiteral("received_on"), QStringLiteral("2026-11-12")},
                    {QStringLiteral("urgent_reason"), QStringLiteral("Placement at risk")}});
    CHECK(l.value(u"lift_referral", urgent, "urgent_reason") ==
          QStringLiteral("Placement at risk"));

    // An early-years setting's deadline is seven days before: 05/11.
    const QUuid nursery = addRecord(l.session, settingKind(),
                                    {{QStringLiteral("name"), QStringLiteral("Little Acorns")},
                                     {QStringLiteral("phase"), QStringLiteral("Nursery")},
                                     {QStringLiteral("status"), QStringLiteral("open")}});
    QVariantMap early{{QStringLiteral("meeting_id"), l.meeting},
                      {QStringLiteral("setting_id"), nursery},
                      {QStringLiteral("received_on"), QStringLiteral("2026-11-06")}};
    CHECK(refusal([&] {
              addRecord(l.session, liftReferralKind(), early);
          }).contains(QStringLiteral("deadline of 05/11/2026")));
    early.insert(QStringLiteral("received_on"), QStringLiteral("2026-11-05"));
    CHECK_FALSE(addRecord(l.session, liftReferralKind(), early).isNull());
}

TEST_CASE("Specialist involvement opens exactly one involvement for the child, in the same undo "
          "step as the decision",
          "[lift]")
{
    Lift l;
    const QUuid referral = l.refer();
    editRecord(l.session, liftReferralKind(), referral,
               {{QStringLiteral("tried"), QStringLiteral("Visual timetable for a term")},
                {QStringLiteral("apdr_evidence"), QStringLiteral("Two APDR cycles, reviewed")}});
    const auto involvements = [&] {
        return readRecordsWhere(l.t.db(), involvementKind().type(), u"child_id", l.child);
    };
    REQUIRE(involvements().isEmpty());

    const LiftDecisionResult made =
        decideLiftReferral(l.session, referral,
                           {QStringLiteral("specialist_involvement"),
                            QStringLiteral("Needs a specialist's eye"), l.chair});
    REQUIRE(involvements().size() == 1);
    const QVariantMap involvement = involvements().first().second;
    CHECK(involvements().first().first == made.involvement);
    CHECK(involvement.value(QStringLiteral("route")) == QStringLiteral("lift"));
    CHECK(involvement.value(QStringLiteral("teacher_id")) == l.chair.toRfc4122());
    CHECK(involvement.value(QStringLiteral("best_endeavours")) ==
          QStringLiteral("Visual timetable for a term\n\nTwo APDR cycles, reviewed"));
    CHECK(l.value(u"lift_referral", referral, "involvement_id") == made.involvement.toRfc4122());
    CHECK(l.value(u"lift_referral", referral, "discussion") ==
          QStringLiteral("Needs a specialist's eye"));

    // The same decision again opens nothing more; another is refused.
    decideLiftReferral(l.session, referral, {QStringLiteral("specialist_involvement"), {}, {}});
    CHECK(involvements().size() == 1);
    CHECK(refusal([&] {
              decideLiftReferral(l.session, referral, {QStringLiteral("advice"), {}, {}});
          }).contains(QStringLiteral("opened an involvement already")));

    // One undo takes back the decision and the involvement; redo brings both.
    l.session.undoStack().undo();
    CHECK(involvements().isEmpty());
    CHECK(l.value(u"lift_referral", referral, "decision_code").isNull());
    CHECK(l.value(u"lift_referral", referral, "involvement_id").isNull());
    l.session.undoStack().redo();
    CHECK(involvements().size() == 1);
    CHECK(l.value(u"lift_referral", referral, "involvement_id") == made.involvement.toRfc4122());
}

TEST_CASE("Deferred carries the referral to the group's next meeting", "[lift]")
{
    Lift l;
    const QUuid referral = l.refer();
    CHECK(refusal([&] {
              decideLiftReferral(l.session, referral, {QStringLiteral("deferred"), {}, {}});
          }).contains(QStringLiteral("none is planned yet")));
    CHECK(l.value(u"lift_referral", referral, "decision_code").isNull());

    const QUuid next = addRecord(l.session, liftMeetingKind(),
                                 {{QStringLiteral("group_id"), l.group},
                                  {QStringLiteral("meets_on"), QStringLiteral("2026-12-10")}});
    const LiftDecisionResult made =
        decideLiftReferral(l.session, referral,
                           {QStringLiteral("deferred"), QStringLiteral("Needs the EP's view"), {}});
    REQUIRE_FALSE(made.carriedTo.isNull());
    CHECK(l.value(u"lift_referral", made.carriedTo, "meeting_id") == next.toRfc4122());
    CHECK(l.value(u"lift_referral", made.carriedTo, "carried_from_id") == referral.toRfc4122());
    CHECK(l.value(u"lift_referral", made.carriedTo, "child_id") == l.child.toRfc4122());
    CHECK(l.value(u"lift_referral", made.carriedTo, "question") ==
          QStringLiteral("How best to support talk?"));
    CHECK(l.value(u"lift_referral", made.carriedTo, "decision_code").isNull());
    CHECK(l.value(u"lift_referral", referral, "decision_code") == QStringLiteral("deferred"));

    l.session.undoStack().undo();
    CHECK_FALSE(l.session.store().read(QStringLiteral("lift_referral"), made.carriedTo));
    CHECK(l.value(u"lift_referral", referral, "decision_code").isNull());
}
