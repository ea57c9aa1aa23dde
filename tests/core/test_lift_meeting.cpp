// A LIFT meeting as its workspace, agenda and minutes read it: the agenda's
// order and moving a referral on it, the actions that are late, the open
// actions carried from the group's earlier meetings, and how the circulated
// copy names children.
#include "LiftFixture.h"
#include "lift/LiftDecisions.h"
#include "lift/LiftMeetingDetail.h"
#include "lift/LiftMeetings.h"
#include "lift/LiftMinutes.h"
#include "support/SyncPeers.h"
#include "sync/CanonicalDump.h"
#include "sync/Conflicts.h"

#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace casebook;

using casebook::test::day;
using casebook::test::Lift;
using casebook::test::send;

namespace {

// "1 Dee Lane, 2 Cal Moss, …"
QString agendaNames(Lift &l)
{
    QStringList names;
    for (const LiftReferralItem &item :
         loadLiftMeeting(l.t.db(), l.meeting, day("2026-01-01")).referrals)
        names.append(QString::number(item.number) + u' ' +
                     (item.child.isNull() ? item.text(u"cohort") : item.childName()));
    return names.join(QStringLiteral(", "));
}

} // namespace

TEST_CASE("The agenda puts the urgent first, then goes by setting; a referral moved keeps its "
          "place and undo puts it back",
          "[lift]")
{
    Lift l;
    const QUuid zebra =
        addRecord(l.session, settingKind(),
                  {{QStringLiteral("name"), QStringLiteral("Zebra Crossing Infants")},
                   {QStringLiteral("status"), QStringLiteral("open")}});
    const QUuid acorn = addRecord(l.session, settingKind(),
                                  {{QStringLiteral("name"), QStringLiteral("Acorn Nursery")},
                                   {QStringLiteral("status"), QStringLiteral("open")}});
    l.referChild(l.meeting, l.addChild(QStringLiteral("Ben"), QStringLiteral("Ray"), zebra));
    l.referChild(l.meeting, l.child); // Oak Tree Primary
    l.referChild(l.meeting, l.addChild(QStringLiteral("Cal"), QStringLiteral("Moss"), acorn));
    l.referChild(l.meeting, l.addChild(QStringLiteral("Dee"), QStringLiteral("Lane"), zebra),
                 {{QStringLiteral("received_on"), QStringLiteral("2026-11-12")},
                  {QStringLiteral("urgent_reason"), QStringLiteral("Exclusion likely")}});

    const QString expected = QStringLiteral("1 Dee Lane, 2 Cal Moss, 3 Ava Stone, 4 Ben Ray");
    REQUIRE(agendaNames(l) == expected);

    const LiftMeetingDetail before = loadLiftMeeting(l.t.db(), l.meeting, day("2026-01-01"));
    moveLiftReferral(l.session, before.referrals.at(3).id, 1); // Ben to the top
    const QString moved = QStringLiteral("1 Ben Ray, 2 Dee Lane, 3 Cal Moss, 4 Ava Stone");
    CHECK(agendaNames(l) == moved);
    CHECK(l.session.undoStack().undoText().contains(QStringLiteral("agenda")));
    l.session.undoStack().undo(); // one step for every number the move changed
    CHECK(agendaNames(l) == expected);
    l.session.undoStack().redo();
    CHECK(agendaNames(l) == moved);

    // A referral that arrives after the order was set goes after those placed.
    l.referChild(l.meeting, l.addChild(QStringLiteral("Eve"), QStringLiteral("Ash"), acorn),
                 {{QStringLiteral("received_on"), QStringLiteral("2026-11-12")},
                  {QStringLiteral("urgent_reason"), QStringLiteral("Moving school")}});
    CHECK(agendaNames(l).endsWith(QStringLiteral("4 Ava Stone, 5 Eve Ash")));

    // Past the end means last.
    moveLiftReferral(l.session, before.referrals.at(0).id, 99);
    CHECK(agendaNames(l).endsWith(QStringLiteral("5 Dee Lane")));
}

TEST_CASE("A meeting's late actions are marked, and the open ones of the group's earlier meetings "
          "carry to it",
          "[lift]")
{
    Lift l;
    const QUuid earlier = addRecord(l.session, liftMeetingKind(),
                                    {{QStringLiteral("group_id"), l.group},
                                     {QStringLiteral("meets_on"), QStringLiteral("2026-09-17")}});
    const QUuid referral = l.referChild(earlier, l.child);
    const auto action = [&](QUuid at, const char *text, const char *due, const char *status) {
        QVariantMap values{{QStringLiteral("meeting_id"), at},
                           {QStringLiteral("text"), QString::fromLatin1(text)},
                           {QStringLiteral("owner_id"), l.chair},
                           {QStringLiteral("due_on"), QString::fromLatin1(due)},
                           {QStringLiteral("status"), QString::fromLatin1(status)}};
        if (at == earlier)
            values.insert(QStringLiteral("referral_id"), referral);
        if (QByteArrayView(status) == "done")
            values.insert(QStringLiteral("done_on"), QStringLiteral("2026-10-01"));
        return addRecord(l.session, liftActionKind(), values);
    };
    const QUuid stillOpen = action(earlier, "Send the SALT advice pack", "2026-10-01", "open");
    action(earlier, "Book the training", "2026-10-01", "done");
    const QUuid late = action(l.meeting, "Observe at lunchtime", "2026-11-20", "open");
    const QUuid onTime = action(l.meeting, "Call the parent", "2026-12-20", "open");

    // Another group's open action stays with its own group.
    const QUuid otherGroup =
        addRecord(l.session, liftGroupKind(),
                  {{QStringLiteral("name"), QStringLiteral("Dover South")},
                   {QStringLiteral("district_code"), QStringLiteral("dover")}});
    const QUuid otherMeeting =
        addRecord(l.session, liftMeetingKind(),
                  {{QStringLiteral("group_id"), otherGroup},
                   {QStringLiteral("meets_on"), QStringLiteral("2026-09-10")}});
    action(otherMeeting, "Elsewhere", "2026-10-01", "open");

    const LiftMeetingDetail detail = loadLiftMeeting(l.t.db(), l.meeting, day("2026-12-01"));
    REQUIRE(detail.actions.size() == 2);
    CHECK(detail.actions.at(0).id == late);
    CHECK(detail.actions.at(0).overdue);
    CHECK(detail.actions.at(0).owner == QStringLiteral("Nia Hart"));
    CHECK(detail.actions.at(1).id == onTime);
    CHECK_FALSE(detail.actions.at(1).overdue);

    REQUIRE(detail.carriedActions.size() == 1);
    CHECK(detail.carriedActions.at(0).id == stillOpen);
    CHECK(detail.carriedActions.at(0).agreedAt == day("2026-09-17"));
    CHECK(detail.carriedActions.at(0).childName == QStringLiteral("Ava Stone"));
    CHECK(detail.carriedActions.at(0).overdue);

    // Done, it no longer carries; and the earlier meeting carries nothing of its own.
    editRecord(l.session, liftActionKind(), stillOpen,
               {{QStringLiteral("status"), QStringLiteral("done")},
                {QStringLiteral("done_on"), QStringLiteral("2026-11-01")}});
    CHECK(loadLiftMeeting(l.t.db(), l.meeting, day("2026-12-01")).carriedActions.isEmpty());
    CHECK(loadLiftMeeting(l.t.db(), earlier, day("2026-12-01")).carriedActions.isEmpty());
}

TEST_CASE("A meeting shows its chair, its deadlines and its attendance by agency", "[lift]")
{
    Lift l;
    for (const auto &[name, agency] :
         {std::pair("Zoe Ward", "senco"), std::pair("Al Bright", "senco"),
          std::pair("Nia Hart", "stls_lead")})
        addRecord(l.session, liftAttendanceKind(),
                  {{QStringLiteral("meeting_id"), l.meeting},
                   {QStringLiteral("name"), QString::fromLatin1(name)},
                   {QStringLiteral("agency_code"), QString::fromLatin1(agency)},
                   {QStringLiteral("status"), QStringLiteral("present")}});
    const LiftMeetingDetail detail = loadLiftMeeting(l.t.db(), l.meeting, day("2026-01-01"));
    CHECK(detail.groupName == QStringLiteral("Dover North"));
    CHECK(detail.chairName == QStringLiteral("Nia Hart"));
    CHECK(detail.schoolDeadline == day("2026-11-11"));
    QStringList order;
    for (const auto &[id, row] : detail.attendance)
        order.append(row.value(QStringLiteral("name")).toString());
    CHECK(order.join(u',') == QStringLiteral("Nia Hart,Al Bright,Zoe Ward"));
    CHECK(detail.missingAgencies.contains(QStringLiteral("educational_psychology")));
    CHECK_FALSE(detail.missingAgencies.contains(QStringLiteral("senco")));

    REQUIRE_THROWS_AS(loadLiftMeeting(l.t.db(), QUuid::createUuid(), day("2026-01-01")), Error);
}

TEST_CASE("The circulated copy knows children by their initials, keeps those who share them "
          "apart, and leaves out their families' names, addresses, UPNs and dates of birth",
          "[lift]")
{
    Lift l;
    const QUuid jo = l.addChild(QStringLiteral("Jo"), QStringLiteral("Smith"), l.school);
    const QUuid jay = l.addChild(QStringLiteral("Jay"), QStringLiteral("Stone"), l.school);
    addRecord(l.session, childContactKind(),
              {{QStringLiteral("child_id"), jo},
               {QStringLiteral("name"), QStringLiteral("Kim Smith")},
               {QStringLiteral("relationship"), QStringLiteral("Mother")},
               {QStringLiteral("address"), QStringLiteral("12 Elm Road\nDeal")}});
    for (const QUuid child : {jo, l.child, jay})
        l.referChild(l.meeting, child);

    const LiftMeetingDetail meeting = loadLiftMeeting(l.t.db(), l.meeting, day("2026-01-01"));
    const QHash<QUuid, QString> labels = liftChildLabels(meeting);
    CHECK(labels.value(jo) == QStringLiteral("J.S.-1")); // Smith before Stone on the agenda
    CHECK(labels.value(l.child) == QStringLiteral("A.S."));
    CHECK(labels.value(jay) == QStringLiteral("J.S.-2"));

    const QString typed = QStringLiteral(
        "Jo Smith's mum Kim Smith said Jo likes Lego. Jay STONE was seen; born 20/10/2017. "
        "Kim lives at 12 Elm Road, Deal. Smithson will help.");
    CHECK(liftCirculatedText(meeting, labels, typed).toStdString() ==
          "J.S.-1's mum (parent or carer) said J.S.-1 likes Lego. J.S.-2 was seen; born (date of "
          "birth left out). (parent or carer) lives at (address left out), (address left out). "
          "Smithson will help.");
}

TEST_CASE("A child's LIFT referrals list newest first, a deferred one with where it went", "[lift]")
{
    Lift l;
    const QUuid next = addRecord(l.session, liftMeetingKind(),
                                 {{QStringLiteral("group_id"), l.group},
                                  {QStringLiteral("meets_on"), QStringLiteral("2027-01-14")}});
    const QUuid first = l.referChild(l.meeting, l.child);
    const LiftDecisionResult deferred =
        decideLiftReferral(l.session, first, {QStringLiteral("deferred"), {}, {}});
    const QList<LiftReferralHistory> history = listChildLiftReferrals(l.t.db(), l.child);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).id == deferred.carriedTo);
    CHECK(history.at(0).meeting == next);
    CHECK(history.at(0).decisionCode.isEmpty());
    CHECK(history.at(1).id == first);
    CHECK(history.at(1).decisionCode == QStringLiteral("deferred"));
    CHECK(history.at(1).groupName == QStringLiteral("Dover North"));
    CHECK(listChildLiftReferrals(l.t.db(), QUuid::createUuid()).isEmpty());

    // The case a decision opens knows the referral, and so its meeting.
    const LiftDecisionResult opened = decideLiftReferral(
        l.session, deferred.carriedTo, {QStringLiteral("specialist_involvement"), {}, {}});
    const auto opening = liftReferralOpening(l.t.db(), opened.involvement);
    REQUIRE(opening);
    CHECK(opening->id == deferred.carriedTo);
    CHECK(opening->meetsOn == day("2027-01-14"));
    CHECK_FALSE(liftReferralOpening(l.t.db(), QUuid::createUuid()));
}

TEST_CASE("A meeting edited on two laptops, attendance on one and decisions on the other, "
          "merges without conflict",
          "[lift][sync]")
{
    using casebook::test::Installation;
    Installation office, chair;
    EditSession atOffice(office.db());
    const QUuid school = addRecord(atOffice, settingKind(),
                                   {{QStringLiteral("name"), QStringLiteral("Oak Tree Primary")},
                                    {QStringLiteral("status"), QStringLiteral("open")}});
    QList<QUuid> children;
    for (const char *name : {"Ava", "Ben", "Cal"}) {
        children.append(addRecord(atOffice, childKind(),
                                  {{QStringLiteral("first_name"), QString::fromLatin1(name)},
                                   {QStringLiteral("last_name"), QStringLiteral("Stone")},
                                   {QStringLiteral("date_of_birth"), QStringLiteral("2018-03-04")},
                                   {QStringLiteral("setting_id"), school}}));
        addRecord(atOffice, consentKind(),
                  {{QStringLiteral("child_id"), children.last()},
                   {QStringLiteral("given_by"), QStringLiteral("Mother")},
                   {QStringLiteral("given_on"), QStringLiteral("2025-09-01")}});
    }
    const QUuid teacher =
        addRecord(atOffice, staffKind(),
                  {{QStringLiteral("first_name"), QStringLiteral("Omar")},
                   {QStringLiteral("last_name"), QStringLiteral("Quill")},
                   {QStringLiteral("role"), QStringLiteral("specialist_teacher")}});
    const QUuid group = addRecord(atOffice, liftGroupKind(),
                                  {{QStringLiteral("name"), QStringLiteral("Dover North")},
                                   {QStringLiteral("district_code"), QStringLiteral("dover")}});
    const QUuid meeting = addRecord(atOffice, liftMeetingKind(),
                                    {{QStringLiteral("group_id"), group},
                                     {QStringLiteral("meets_on"), QStringLiteral("2026-02-12")}});
    QList<QUuid> referrals;
    for (const QUuid &child : children)
        referrals.append(addRecord(
            atOffice, liftReferralKind(),
            {{QStringLiteral("meeting_id"), meeting}, {QStringLiteral("child_id"), child}}));
    send(office, chair);

    // The admin takes the register at the office; the chair decides on her laptop.
    const QUuid late =
        addRecord(atOffice, liftAttendanceKind(),
                  {{QStringLiteral("meeting_id"), meeting},
                   {QStringLiteral("name"), QStringLiteral("Dr Ola Finch")},
                   {QStringLiteral("agency_code"), QStringLiteral("educational_psychology")}});
    addRecord(atOffice, liftAttendanceKind(),
              {{QStringLiteral("meeting_id"), meeting},
               {QStringLiteral("name"), QStringLiteral("Nia Hart")},
               {QStringLiteral("agency_code"), QStringLiteral("stls_lead")}});
    editRecord(atOffice, liftAttendanceKind(), late,
               {{QStringLiteral("status"), QStringLiteral("apologies")}});
    EditSession atChair(chair.db());
    decideLiftReferral(atChair, referrals.at(0),
                       {QStringLiteral("advice"), QStringLiteral("Try visuals."), {}});
    const LiftDecisionResult opened = decideLiftReferral(
        atChair, referrals.at(1), {QStringLiteral("specialist_involvement"), {}, teacher});
    addRecord(atChair, liftActionKind(),
              {{QStringLiteral("meeting_id"), meeting},
               {QStringLiteral("referral_id"), referrals.at(1)},
               {QStringLiteral("text"), QStringLiteral("First visit")},
               {QStringLiteral("owner_id"), teacher},
               {QStringLiteral("due_on"), QStringLiteral("2026-03-01")}});
    moveLiftReferral(atChair, referrals.at(2), 1);

    // Packages both ways, one of them twice (a stick plugged in again).
    send(office, chair);
    send(chair, office);
    CHECK(send(chair, office).changesApplied == 0);

    for (Installation *laptop : {&office, &chair}) {
        CHECK(conflictCount(laptop->db()) == 0);
        const LiftMeetingDetail detail = loadLiftMeeting(laptop->db(), meeting, day("2026-02-12"));
        REQUIRE(detail.referrals.size() == 3);
        CHECK(detail.referrals.at(0).id == referrals.at(2)); // moved to the top
        CHECK(detail.referral(referrals.at(0))->text(u"decision_code") == QStringLiteral("advice"));
        CHECK(detail.referral(referrals.at(1))->text(u"involvement_id").isEmpty() == false);
        CHECK(detail.attendance.size() == 2);
        CHECK(detail.missingAgencies.contains(QStringLiteral("educational_psychology")));
        CHECK(detail.actions.size() == 1);
        CHECK(laptop->store().read(u"involvement", opened.involvement).has_value());
    }
    CHECK(canonicalDump(office.db()) == canonicalDump(chair.db()));
}
