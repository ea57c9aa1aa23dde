// Drop-in clinics: a session's rules and slots, who a consultation is about,
// and its follow-ups: one pre-filled LIFT referral for the right meeting, one
// involvement, signposting; and two laptops making the same follow-up.
#include "DropinFixture.h"
#include "dropin/DropinSessions.h"
#include "lift/LiftMeetings.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/SyncPeers.h"
#include "sync/CanonicalDump.h"
#include "sync/Conflicts.h"

#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace casebook;

using casebook::test::Dropin;
using casebook::test::refusal;

namespace {

int count(Database &db, const char *table)
{
    Statement query(db.handle(),
                    QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    query.step();
    return int(query.int64(0));
}

} // namespace

TEST_CASE("A drop-in session is somewhere or online, starts at a time, and has slots", "[dropin]")
{
    Dropin d;
    CHECK(d.value(u"dropin_session", d.dropin, "slot_minutes").toInt() == 30);
    const auto plan = [&](const QVariantMap &more) {
        QVariantMap values{{QStringLiteral("district_code"), QStringLiteral("dover")},
                           {QStringLiteral("held_on"), QStringLiteral("2026-02-01")},
                           {QStringLiteral("starts_at"), QStringLiteral("9:00")},
                           {QStringLiteral("dimension_code"), QStringLiteral("semh")}};
        values.insert(more);
        return addRecord(d.session, dropinSessionKind(), values);
    };
    CHECK(refusal([&] { plan({}); }).startsWith(QStringLiteral("Place or link:")));
    const QUuid online = plan({{QStringLiteral("online"), 1}});
    CHECK(d.value(u"dropin_session", online, "starts_at") == QStringLiteral("09:00"));
    CHECK(refusal([&] {
              plan({{QStringLiteral("online"), 1},
                    {QStringLiteral("starts_at"), QStringLiteral("teatime")}});
          }).contains(QStringLiteral("is not a time")));
    CHECK(refusal([&] {
              plan({{QStringLiteral("online"), 1}, {QStringLiteral("slot_count"), 0}});
          }).startsWith(QStringLiteral("Slots:")));
    CHECK(dropinSlotTime(QTime(15, 30), 20, 3) == QTime(16, 10));
}

TEST_CASE("Bookings take the first free slot, and a booked-out session refuses one more",
          "[dropin]")
{
    Dropin d(2);
    const QUuid first = d.consult();
    const QUuid second = d.consult({{QStringLiteral("cohort"), QStringLiteral("Year 2")},
                                    {QStringLiteral("cohort_size"), 12}});
    CHECK(d.value(u"dropin_consultation", first, "slot").toInt() == 1);
    CHECK(d.value(u"dropin_consultation", second, "slot").toInt() == 2);
    const int steps = d.session.undoStack().count();
    CHECK(refusal([&] {
              d.consult({{QStringLiteral("child_initials"), QStringLiteral("jb")}});
          }).contains(QStringLiteral("the session is fully booked: all 2 slots are taken")));
    CHECK(count(d.t.db(), "dropin_consultation") == 2);
    CHECK(d.session.undoStack().count() == steps);

    const auto listed = listDropinSessions(d.t.db(), {});
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().booked == 2);
    CHECK(listed.first().free() == 0);

    // A cancelled booking frees its slot for the next.
    deleteRecord(d.session, dropinConsultationKind(), first);
    const QUuid third = d.consult({{QStringLiteral("child_initials"), QStringLiteral("jb")}});
    CHECK(d.value(u"dropin_consultation", third, "slot").toInt() == 1);
    // A slot asked for by number: in the session, and free.
    CHECK(refusal([&] {
              saveDropinConsultation(d.session, third, {{QStringLiteral("slot"), 2}});
          }).contains(QStringLiteral("slot 2 is booked already")));
    CHECK(refusal([&] {
              saveDropinConsultation(d.session, third, {{QStringLiteral("slot"), 3}});
          }).contains(QStringLiteral("the session has slots 1 to 2")));
    // And the session's slots do not shrink below those booked.
    CHECK(refusal([&] {
              editRecord(d.session, dropinSessionKind(), d.dropin,
                         {{QStringLiteral("slot_count"), 1}});
          }).contains(QStringLiteral("slot 2 is booked")));
}

TEST_CASE("A consultation is about one child, by record or initials, or about a cohort", "[dropin]")
{
    Dropin d;
    CHECK(refusal([&] {
              saveDropinConsultation(d.session, QUuid(),
                                     {{QStringLiteral("session_id"), d.dropin},
                                      {QStringLiteral("setting_id"), d.school},
                                      {QStringLiteral("asker_name"), QStringLiteral("Kim Reed")}});
          }).contains(QStringLiteral("a consultation is about one child")));
    CHECK(refusal([&] {
              d.consult({{QStringLiteral("cohort"), QStringLiteral("Year 2")},
                         {QStringLiteral("child_initials"), QStringLiteral("A S")}});
          }).contains(QStringLiteral("not both")));
    CHECK(refusal([&] {
              d.consult({{QStringLiteral("cohort"), QStringLiteral("Year 2")}});
          }).startsWith(QStringLiteral("Children in the cohort:")));
    CHECK(refusal([&] {
              d.consult({{QStringLiteral("child_initials"), QStringLiteral("J5")}});
          }).contains(QStringLiteral("are not initials")));
    const QUuid initials = d.consult({{QStringLiteral("child_initials"), QStringLiteral("j s")}});
    CHECK(d.value(u"dropin_consultation", initials, "child_initials") == QStringLiteral("J.S."));

    // On record: the setting is the child's unless given.
    const QUuid known =
        saveDropinConsultation(d.session, QUuid(),
                               {{QStringLiteral("session_id"), d.dropin},
                                {QStringLiteral("child_id"), d.child},
                                {QStringLiteral("asker_name"), QStringLiteral("Kim Reed")}});
    CHECK(d.value(u"dropin_consultation", known, "setting_id") == d.school.toRfc4122());
    const auto mine = listDropinConsultations(d.t.db(), {{}, {}, d.child});
    REQUIRE(mine.size() == 1);
    CHECK(mine.first().about == QStringLiteral("Ava Stone"));
    CHECK(mine.first().slotTime == QTime(16, 0));
    CHECK(listDropinConsultations(d.t.db(), {{}, d.school, {}}).size() == 2);
}

TEST_CASE("A LIFT referral as the follow-up is made once, pre-filled, for the next meeting that "
          "takes it",
          "[dropin][lift]")
{
    Dropin d;
    // Today is Thursday 1 January 2026. Monday's meeting closed its referrals
    // on Wednesday; the one on the 15th takes them.
    const auto meetingOn = [&](const char *date) {
        return addRecord(d.session, liftMeetingKind(),
                         {{QStringLiteral("group_id"), d.group},
                          {QStringLiteral("meets_on"), QString::fromLatin1(date)}});
    };
    meetingOn("2026-01-05");
    const QUuid next = meetingOn("2026-01-15");

    const int steps = d.session.undoStack().count();
    const QUuid consultation =
        d.consult({{QStringLiteral("follow_up"), QStringLiteral("lift_referral")}});
    CHECK(d.session.undoStack().count() == steps + 1);
    REQUIRE(count(d.t.db(), "lift_referral") == 1);
    const QUuid referral = QUuid::fromRfc4122(
        d.value(u"dropin_consultation", consultation, "lift_referral_id").toByteArray());
    CHECK(d.value(u"lift_referral", referral, "meeting_id") == next.toRfc4122());
    CHECK(d.value(u"lift_referral", referral, "child_id") == d.child.toRfc4122());
    CHECK(d.value(u"lift_referral", referral, "setting_id") == d.school.toRfc4122());
    CHECK(d.value(u"lift_referral", referral, "referrer_name") == QStringLiteral("Kim Reed"));
    CHECK(d.value(u"lift_referral", referral, "question") == QStringLiteral("Ava rarely speaks."));
    CHECK(d.value(u"lift_referral", referral, "tried") ==
          QStringLiteral("Advice at the drop-in of 01/01/2026: Try a talking partner."));
    CHECK(d.value(u"lift_referral", referral, "primary_need") == QStringLiteral("SLCN"));

    // Saved again, or its follow-up changed and changed back: still one.
    saveDropinConsultation(
        d.session, consultation,
        {{QStringLiteral("advice"), QStringLiteral("Try a talking partner daily.")}});
    saveDropinConsultation(d.session, consultation,
                           {{QStringLiteral("follow_up"), QStringLiteral("none")}});
    saveDropinConsultation(d.session, consultation,
                           {{QStringLiteral("follow_up"), QStringLiteral("lift_referral")}});
    CHECK(count(d.t.db(), "lift_referral") == 1);

    // Undo takes the booking and its referral back together.
    d.session.undoStack().setIndex(steps);
    CHECK(count(d.t.db(), "lift_referral") == 0);
    CHECK(count(d.t.db(), "dropin_consultation") == 0);
}

TEST_CASE("A LIFT follow-up the intake rules refuse books nothing, and says why", "[dropin][lift]")
{
    Dropin d;
    addRecord(d.session, liftMeetingKind(),
              {{QStringLiteral("group_id"), d.group},
               {QStringLiteral("meets_on"), QStringLiteral("2026-01-15")}});
    // A child whose agreement to engage is not recorded.
    const QUuid unknown =
        addRecord(d.session, childKind(),
                  {{QStringLiteral("first_name"), QStringLiteral("Ben")},
                   {QStringLiteral("last_name"), QStringLiteral("Cole")},
                   {QStringLiteral("date_of_birth"), QStringLiteral("2018-05-06")},
                   {QStringLiteral("setting_id"), d.school}});
    const QString why = refusal([&] {
        d.consult({{QStringLiteral("child_id"), unknown},
                   {QStringLiteral("follow_up"), QStringLiteral("lift_referral")}});
    });
    CHECK(why.startsWith(QStringLiteral("Follow-up: the LIFT referral cannot be made.")));
    CHECK(why.contains(QStringLiteral("no agreement to engage in force")));
    CHECK(count(d.t.db(), "dropin_consultation") == 0);
    CHECK(count(d.t.db(), "lift_referral") == 0);

    // A setting in no LIFT group has nowhere to refer to.
    const QUuid elsewhere = addRecord(d.session, settingKind(),
                                      {{QStringLiteral("name"), QStringLiteral("Elm Primary")},
                                       {QStringLiteral("status"), QStringLiteral("open")}});
    CHECK(refusal([&] {
              d.consult({{QStringLiteral("setting_id"), elsewhere},
                         {QStringLiteral("child_initials"), QStringLiteral("AB")},
                         {QStringLiteral("follow_up"), QStringLiteral("lift_referral")}});
          }).contains(QStringLiteral("no planned meeting that still takes referrals")));

    // The generic edit cannot make a follow-up without its record.
    const QUuid plain = d.consult();
    CHECK(refusal([&] {
              editRecord(d.session, dropinConsultationKind(), plain,
                         {{QStringLiteral("follow_up"), QStringLiteral("lift_referral")}});
          }).contains(QStringLiteral("is made with the consultation")));
}

TEST_CASE("An involvement as the follow-up is opened once by the drop-in route; signposting "
          "says where",
          "[dropin]")
{
    Dropin d;
    const QUuid consultation =
        d.consult({{QStringLiteral("follow_up"), QStringLiteral("involvement")}});
    const QUuid involvement = QUuid::fromRfc4122(
        d.value(u"dropin_consultation", consultation, "involvement_id").toByteArray());
    CHECK(d.value(u"involvement", involvement, "route") == QStringLiteral("drop_in_follow_up"));
    CHECK(d.value(u"involvement", involvement, "status") == QStringLiteral("referred"));
    CHECK(d.value(u"involvement", involvement, "child_id") == d.child.toRfc4122());
    saveDropinConsultation(d.session, consultation,
                           {{QStringLiteral("advice"), QStringLiteral("More.")}});
    CHECK(count(d.t.db(), "involvement") == 1);

    CHECK(refusal([&] {
              d.consult({{QStringLiteral("follow_up"), QStringLiteral("signpost")}});
          }).startsWith(QStringLiteral("Signposted to:")));
    CHECK(refusal([&] {
              d.consult({{QStringLiteral("follow_up"), QStringLiteral("signpost")},
                         {QStringLiteral("signpost_to"), QStringLiteral("other_service")}});
          }).startsWith(QStringLiteral("Service and what was suggested:")));
    d.consult({{QStringLiteral("follow_up"), QStringLiteral("signpost")},
               {QStringLiteral("signpost_to"), QStringLiteral("early_help")}});
    CHECK(count(d.t.db(), "dropin_consultation") == 2);
}

TEST_CASE("A consultation edited on two laptops merges without conflict; two bookings of one "
          "slot both stay; the same follow-up made on both is one record",
          "[dropin][sync]")
{
    using casebook::test::Installation;
    Installation office, teacher;
    EditSession atOffice(office.db());
    const QUuid school = addRecord(atOffice, settingKind(),
                                   {{QStringLiteral("name"), QStringLiteral("Oak Tree Primary")},
                                    {QStringLiteral("status"), QStringLiteral("open")}});
    const QUuid group = addRecord(atOffice, liftGroupKind(),
                                  {{QStringLiteral("name"), QStringLiteral("Dover North")},
                                   {QStringLiteral("district_code"), QStringLiteral("dover")}});
    addRecord(atOffice, liftGroupSettingKind(),
              {{QStringLiteral("group_id"), group}, {QStringLiteral("setting_id"), school}});
    addRecord(atOffice, liftMeetingKind(),
              {{QStringLiteral("group_id"), group},
               {QStringLiteral("meets_on"), QStringLiteral("2026-01-15")}});
    const QUuid dropin = addRecord(atOffice, dropinSessionKind(),
                                   {{QStringLiteral("district_code"), QStringLiteral("dover")},
                                    {QStringLiteral("held_on"), QStringLiteral("2026-01-01")},
                                    {QStringLiteral("starts_at"), QStringLiteral("15:30")},
                                    {QStringLiteral("online"), 1},
                                    {QStringLiteral("dimension_code"), QStringLiteral("cl")},
                                    {QStringLiteral("slot_count"), 2}});
    const QUuid consultation =
        saveDropinConsultation(atOffice, QUuid(),
                               {{QStringLiteral("session_id"), dropin},
                                {QStringLiteral("setting_id"), school},
                                {QStringLiteral("asker_name"), QStringLiteral("Kim Reed")},
                                {QStringLiteral("cohort"), QStringLiteral("Year 2")},
                                {QStringLiteral("cohort_size"), 12}});
    send(office, teacher);

    // The teacher writes up the advice and refers the cohort to LIFT on her
    // laptop while the office corrects who asked; each books the last slot
    // for a different question.
    EditSession atTeacher(teacher.db());
    saveDropinConsultation(atTeacher, consultation,
                           {{QStringLiteral("advice"), QStringLiteral("Small-group phonics.")},
                            {QStringLiteral("follow_up"), QStringLiteral("lift_referral")}});
    saveDropinConsultation(atOffice, consultation,
                           {{QStringLiteral("asker_role"), QStringLiteral("Year 2 teacher")}});
    const QVariantMap lastSlot{{QStringLiteral("session_id"), dropin},
                               {QStringLiteral("setting_id"), school},
                               {QStringLiteral("asker_name"), QStringLiteral("Sam Hill")},
                               {QStringLiteral("child_initials"), QStringLiteral("TR")}};
    const QUuid officeBooking = saveDropinConsultation(atOffice, QUuid(), lastSlot);
    const QUuid teacherBooking = saveDropinConsultation(atTeacher, QUuid(), lastSlot);

    send(office, teacher);
    send(teacher, office);
    for (Installation *laptop : {&office, &teacher}) {
        CHECK(conflictCount(laptop->db()) == 0);
        CHECK(count(laptop->db(), "lift_referral") == 1);
        const auto held = listDropinConsultations(laptop->db(), {dropin, {}, {}});
        REQUIRE(held.size() == 3);
        CHECK(held.first().askerRole == QStringLiteral("Year 2 teacher"));
        CHECK(held.first().advice == QStringLiteral("Small-group phonics."));
        const auto sessions = listDropinSessions(laptop->db(), {});
        REQUIRE(sessions.size() == 1);
        CHECK(sessions.first().booked == 3);
        CHECK(sessions.first().free() == 0);
    }
    CHECK(canonicalDump(office.db()) == canonicalDump(teacher.db()));
    // The double booking stays editable until someone moves one of them.
    EditSession after(office.db());
    saveDropinConsultation(after, officeBooking,
                           {{QStringLiteral("question"), QStringLiteral("Reading?")}});
    CHECK(refusal([&] {
              saveDropinConsultation(after, teacherBooking, {{QStringLiteral("slot"), 1}});
          }).contains(QStringLiteral("slot 1 is booked already")));

    // Both open an involvement for the same consultation offline: the two
    // laptops make the same record, not two.
    const QVariantMap toCase{{QStringLiteral("follow_up"), QStringLiteral("involvement")}};
    saveDropinConsultation(after, officeBooking, toCase);
    saveDropinConsultation(atTeacher, officeBooking, toCase);
    send(office, teacher);
    send(teacher, office);
    CHECK(count(office.db(), "involvement") == 1);
    CHECK(count(teacher.db(), "involvement") == 1);
    CHECK(canonicalDump(office.db()) == canonicalDump(teacher.db()));
}
