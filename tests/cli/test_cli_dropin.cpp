// Drop-in clinics on the command line, run in-process: a session planned
// with its staff, bookings into its slots until it is full, the follow-up
// that makes a LIFT referral, and the lists scripts read.
#include "support/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using casebook::test::Run;

namespace {

struct Dropin : casebook::test::CliDatabase
{
    QString session;
    QString urn;

    Dropin()
    {
        REQUIRE(run({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("30")})
                    .status == 0);
        const Run staff = run({QStringLiteral("staff"), QStringLiteral("list"),
                               QStringLiteral("--format"), QStringLiteral("csv")});
        const QString member = staff.out.section(u'\n', 1, 1).section(u',', 0, 0);
        REQUIRE_FALSE(member.isEmpty());
        const Run made =
            run({QStringLiteral("dropin"), QStringLiteral("session"), QStringLiteral("new"),
                 QStringLiteral("--set"), QStringLiteral("district_code=dover"),
                 QStringLiteral("--set"), QStringLiteral("held_on=2030-11-14"),
                 QStringLiteral("--set"), QStringLiteral("starts_at=15:30"),
                 QStringLiteral("--set"), QStringLiteral("dimension_code=CI"),
                 QStringLiteral("--set"), QStringLiteral("place=Dover Library"),
                 QStringLiteral("--set"), QStringLiteral("slot_count=2"), QStringLiteral("--staff"),
                 member, QStringLiteral("--staff"), member});
        REQUIRE(made.status == 0);
        session = made.out.trimmed();
        REQUIRE(session.size() == 36);
        const Run settings = run({QStringLiteral("settings"), QStringLiteral("list"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
        urn = settings.out.section(u'\n', 1, 1).section(u',', 1, 1);
        REQUIRE_FALSE(urn.isEmpty());
    }

    Run consult(const QStringList &more)
    {
        return run(QStringList{QStringLiteral("dropin"), QStringLiteral("consult"),
                               session.left(13), QStringLiteral("--setting"), urn,
                               QStringLiteral("--set"), QStringLiteral("asker_name=Kim Reed")} +
                   more);
    }

    QJsonArray json(const QStringList &arguments)
    {
        const Run listed =
            run(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(listed.status == 0);
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }
};

} // namespace

TEST_CASE("casebook dropin books slots until the session is full, and lists them", "[cli][dropin]")
{
    Dropin d;
    const auto theSettings = [&] {
        return d
            .json({QStringLiteral("dropin"), QStringLiteral("consultations"),
                   QStringLiteral("--setting"), d.urn})
            .size();
    };
    const qsizetype before = theSettings(); // the demo's
    const Run first = d.consult({QStringLiteral("--set"), QStringLiteral("child_initials=js")});
    REQUIRE(first.status == 0);
    const Run second = d.consult({QStringLiteral("--set"), QStringLiteral("cohort=Year 2"),
                                  QStringLiteral("--set"), QStringLiteral("cohort_size=12")});
    REQUIRE(second.status == 0);
    const Run full = d.consult({QStringLiteral("--set"), QStringLiteral("child_initials=ab")});
    CHECK(full.status != 0);
    CHECK(full.err.contains(QStringLiteral("fully booked")));

    const QJsonArray sessions =
        d.json({QStringLiteral("dropin"), QStringLiteral("sessions"), QStringLiteral("--district"),
                QStringLiteral("dover"), QStringLiteral("--from"), QStringLiteral("2030-11-01")});
    REQUIRE(sessions.size() == 1);
    const QJsonObject s = sessions.at(0).toObject();
    CHECK(s.value(QStringLiteral("held_on")).toString() == QStringLiteral("2030-11-14"));
    CHECK(s.value(QStringLiteral("dimension")).toString() == QStringLiteral("ci"));
    CHECK(s.value(QStringLiteral("booked")).toInt() == 2);
    CHECK(s.value(QStringLiteral("free")).toInt() == 0);
    CHECK(!s.value(QStringLiteral("staff")).toString().contains(u',')); // named once
    CHECK(d.json({QStringLiteral("dropin"), QStringLiteral("sessions"), QStringLiteral("--from"),
                  QStringLiteral("2030-11-15")})
              .isEmpty());

    const QJsonArray held = d.json({QStringLiteral("dropin"), QStringLiteral("consultations"),
                                    QStringLiteral("--session"), d.session});
    REQUIRE(held.size() == 2);
    CHECK(held.at(0).toObject().value(QStringLiteral("about")).toString() ==
          QStringLiteral("J.S."));
    CHECK(held.at(1).toObject().value(QStringLiteral("time")).toString() ==
          QStringLiteral("16:00"));
    CHECK(held.at(1).toObject().value(QStringLiteral("about")).toString() ==
          QStringLiteral("Year 2 (12 children)"));
    CHECK(theSettings() == before + 2);
}

TEST_CASE("casebook dropin consultation edit makes a LIFT follow-up once; the generic add refuses "
          "one without its referral",
          "[cli][dropin]")
{
    Dropin d;
    // The setting's LIFT group, with a meeting that takes referrals.
    const Run settings = d.run({QStringLiteral("settings"), QStringLiteral("list"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
    const QString settingId = settings.out.section(u'\n', 1, 1).section(u',', 0, 0);
    const Run group = d.run({QStringLiteral("lift"), QStringLiteral("group"), QStringLiteral("add"),
                             QStringLiteral("--set"), QStringLiteral("name=Dover Drop-in Test"),
                             QStringLiteral("--set"), QStringLiteral("district_code=dover")});
    REQUIRE(group.status == 0);
    const QString groupId =
        QRegularExpression(QStringLiteral("[0-9a-f-]{36}")).match(group.out).captured();
    REQUIRE_FALSE(groupId.isEmpty());
    // The demo put the setting in a group of its own district; it moves to this one.
    for (const QJsonValue &member :
         d.json({QStringLiteral("lift"), QStringLiteral("member"), QStringLiteral("list"),
                 QStringLiteral("--where"), QStringLiteral("setting_id=") + settingId}))
        REQUIRE(d.run({QStringLiteral("lift"), QStringLiteral("member"), QStringLiteral("delete"),
                       member.toObject().value(QStringLiteral("id")).toString()})
                    .status == 0);
    REQUIRE(d.run({QStringLiteral("lift"), QStringLiteral("member"), QStringLiteral("add"),
                   QStringLiteral("--set"), QStringLiteral("group_id=") + groupId,
                   QStringLiteral("--set"), QStringLiteral("setting_id=") + settingId})
                .status == 0);
    const Run meeting = d.run({QStringLiteral("lift"), QStringLiteral("meeting"),
                               QStringLiteral("new"), QStringLiteral("--group"), groupId,
                               QStringLiteral("--date"), QStringLiteral("2030-11-21")});
    REQUIRE(meeting.status == 0);

    const QString cohort = d.consult({QStringLiteral("--set"), QStringLiteral("cohort=Year 2"),
                                      QStringLiteral("--set"), QStringLiteral("cohort_size=12")})
                               .out.trimmed();
    REQUIRE(cohort.size() == 36);
    for (int time = 0; time < 2; ++time)
        REQUIRE(
            d.run({QStringLiteral("dropin"), QStringLiteral("consultation"), QStringLiteral("edit"),
                   cohort, QStringLiteral("--set"), QStringLiteral("follow_up=lift_referral")})
                .status == 0);
    const QJsonArray held = d.json({QStringLiteral("dropin"), QStringLiteral("consultations"),
                                    QStringLiteral("--session"), d.session});
    REQUIRE(held.size() == 1);
    const QString referral =
        held.at(0).toObject().value(QStringLiteral("lift_referral_id")).toString();
    REQUIRE(referral.size() == 36);
    const QJsonArray referrals =
        d.json({QStringLiteral("lift"), QStringLiteral("referral"), QStringLiteral("list"),
                QStringLiteral("--where"), QStringLiteral("setting_id=") + settingId});
    int made = 0;
    for (const QJsonValue &r : referrals)
        if (r.toObject().value(QStringLiteral("referrer_name")).toString() == u"Kim Reed") {
            ++made;
            CHECK(r.toObject().value(QStringLiteral("id")).toString() == referral);
            CHECK(r.toObject().value(QStringLiteral("meeting_id")).toString() ==
                  meeting.out.trimmed());
            CHECK(r.toObject().value(QStringLiteral("cohort")).toString() ==
                  QStringLiteral("Year 2"));
        }
    CHECK(made == 1);

    const Run generic =
        d.run({QStringLiteral("dropin"), QStringLiteral("consultation"), QStringLiteral("add"),
               QStringLiteral("--set"), QStringLiteral("session_id=") + d.session,
               QStringLiteral("--set"), QStringLiteral("asker_name=Kim"), QStringLiteral("--set"),
               QStringLiteral("setting_id=") + settingId, QStringLiteral("--set"),
               QStringLiteral("child_initials=AB"), QStringLiteral("--set"),
               QStringLiteral("follow_up=lift_referral")});
    CHECK(generic.status != 0);
    CHECK(generic.err.contains(QStringLiteral("casebook dropin consult")));
}
