// LIFT on the command line, run in-process: the verbs scripts rely on print
// the new id alone, the intake rules refuse with what to do, and ids may be
// given by their start.
#include "support/CliRun.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QUuid>

#include <catch2/catch.hpp>

using casebook::test::Run;

namespace {

struct Lift : casebook::test::CliDatabase
{
    QString group, meeting;

    Lift()
    {
        REQUIRE(run({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("30")})
                    .status == 0);
        const Run added =
            run({QStringLiteral("lift"), QStringLiteral("group"), QStringLiteral("add"),
                 QStringLiteral("--set"), QStringLiteral("name=Dover North"),
                 QStringLiteral("--set"), QStringLiteral("district_code=dover")});
        REQUIRE(added.status == 0);
        group = QRegularExpression(QStringLiteral("[0-9a-f-]{36}")).match(added.out).captured();
        REQUIRE_FALSE(group.isEmpty());
        meeting = newMeeting(QStringLiteral("2030-11-14")); // a Thursday
    }

    QString newMeeting(const QString &date)
    {
        const Run made =
            run({QStringLiteral("lift"), QStringLiteral("meeting"), QStringLiteral("new"),
                 QStringLiteral("--group"), group.left(30), QStringLiteral("--date"), date});
        REQUIRE(made.status == 0);
        return made.out.trimmed();
    }

    QJsonObject show(const QString &kind, const QString &id)
    {
        const Run shown = run(QStringList{QStringLiteral("lift")} + kind.split(u' ') +
                              QStringList{QStringLiteral("show"), id, QStringLiteral("--format"),
                                          QStringLiteral("json")});
        REQUIRE(shown.status == 0);
        return QJsonDocument::fromJson(shown.out.toUtf8()).object();
    }

    // A demo child's UPN whose agreement to engage is in force.
    QString childWithAgreement()
    {
        const Run found = run({QStringLiteral("children"), QStringLiteral("list"),
                               QStringLiteral("--format"), QStringLiteral("csv")});
        REQUIRE(found.status == 0);
        for (const QString &line : found.out.split(u'\n').mid(1)) {
            const QString id = line.section(u',', 0, 0);
            if (id.isEmpty())
                continue;
            const Run shown = run({QStringLiteral("children"), QStringLiteral("show"), id,
                                   QStringLiteral("--format"), QStringLiteral("json")});
            const QJsonObject child = QJsonDocument::fromJson(shown.out.toUtf8()).object();
            for (const auto &consent : child.value(QStringLiteral("consents")).toArray())
                if (consent.toObject().value(QStringLiteral("withdrawn_on")).isNull())
                    return id;
        }
        FAIL("no demo child has an agreement to engage");
        return {};
    }

    // The text of a PDF, as pdftotext reads it, on one line.
    static QString pdfText(const QString &pdf)
    {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(pdftotext.waitForFinished(30'000));
        return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    }

    Run refer(const QStringList &more) const
    {
        return run(QStringList{QStringLiteral("lift"), QStringLiteral("refer"), meeting} + more);
    }
};

} // namespace

TEST_CASE("lift meeting new and lift refer print the new id alone", "[cli][lift]")
{
    Lift l;
    CHECK_FALSE(QUuid::fromString(l.meeting).isNull());
    CHECK(l.show(QStringLiteral("meeting"), l.meeting).value(u"status").toString() ==
          QStringLiteral("planned"));

    const QString child = l.childWithAgreement();
    const Run tabled = l.refer({QStringLiteral("--child"), child, QStringLiteral("--received"),
                                QStringLiteral("2030-11-13")});
    REQUIRE(tabled.status == 0);
    const QJsonObject referral = l.show(QStringLiteral("referral"), tabled.out.trimmed());
    CHECK(referral.value(u"meeting_id").toString() == l.meeting);
    CHECK(referral.value(u"child_id").toString() == child);
    CHECK(referral.value(u"received_on").toString() == QStringLiteral("2030-11-13"));
}

TEST_CASE("lift refer after the deadline needs --urgent with the reason", "[cli][lift]")
{
    Lift l;
    const QString child = l.childWithAgreement();
    const Run late = l.refer({QStringLiteral("--child"), child, QStringLiteral("--received"),
                              QStringLiteral("2030-11-14")});
    CHECK(late.status == 1);
    CHECK(late.err.contains(QStringLiteral("Urgent because (urgent_reason): it was received on "
                                           "14/11/2030, after this meeting's deadline of "
                                           "13/11/2030")));
    const Run urgent = l.refer({QStringLiteral("--child"), child, QStringLiteral("--received"),
                                QStringLiteral("2030-11-14"), QStringLiteral("--urgent"),
                                QStringLiteral("Placement at risk of breakdown")});
    REQUIRE(urgent.status == 0);
    CHECK(l.show(QStringLiteral("referral"), urgent.out.trimmed()).value(u"urgent_reason") ==
          QStringLiteral("Placement at risk of breakdown"));
}

TEST_CASE("lift attend, action add, action done and approve", "[cli][lift]")
{
    Lift l;
    const Run wrong = l.run({QStringLiteral("lift"), QStringLiteral("attend"), l.meeting,
                             QStringLiteral("--name"), QStringLiteral("Sam Reed"),
                             QStringLiteral("--agency"), QStringLiteral("social_care")});
    CHECK(wrong.status != 0);
    CHECK(wrong.err.contains(QStringLiteral("“social_care” is not one of stls_lead")));
    const Run came = l.run({QStringLiteral("lift"), QStringLiteral("attend"), l.meeting,
                            QStringLiteral("--name"), QStringLiteral("Sam Reed"),
                            QStringLiteral("--agency"), QStringLiteral("early_help"),
                            QStringLiteral("--status"), QStringLiteral("apologies")});
    REQUIRE(came.status == 0);
    CHECK(l.show(QStringLiteral("attendance"), came.out.trimmed()).value(u"status") ==
          QStringLiteral("apologies"));

    const Run referral = l.refer({QStringLiteral("--child"), l.childWithAgreement(),
                                  QStringLiteral("--received"), QStringLiteral("2030-11-01")});
    REQUIRE(referral.status == 0);
    const Run action = l.run(
        {QStringLiteral("lift"), QStringLiteral("action"), QStringLiteral("add"),
         referral.out.trimmed(), QStringLiteral("--owner"), QStringLiteral("Sam Reed, Early Help"),
         QStringLiteral("--due"), QStringLiteral("2030-12-01"), QStringLiteral("--text"),
         QStringLiteral("Offer the family an Early Help assessment")});
    REQUIRE(action.status == 0);
    const QString actionId = action.out.trimmed();
    const QJsonObject added = l.show(QStringLiteral("action"), actionId);
    CHECK(added.value(u"owner_name") == QStringLiteral("Sam Reed, Early Help"));
    CHECK(added.value(u"meeting_id").toString() == l.meeting);
    CHECK(
        l.run({QStringLiteral("lift"), QStringLiteral("action"), QStringLiteral("done"), actionId})
            .status == 0);
    CHECK(l.show(QStringLiteral("action"), actionId).value(u"status") == QStringLiteral("done"));

    const Run early = l.run({QStringLiteral("lift"), QStringLiteral("approve"), l.meeting});
    CHECK(early.status == 1);
    CHECK(early.err.contains(QStringLiteral("a meeting that is planned cannot become minutes "
                                            "approved")));
    for (const char *status : {"agenda_closed", "held"})
        REQUIRE(l.run({QStringLiteral("lift"), QStringLiteral("meeting"), QStringLiteral("edit"),
                       l.meeting, QStringLiteral("--set"),
                       QStringLiteral("status=%1").arg(QLatin1String(status))})
                    .status == 0);
    const Run approved = l.run({QStringLiteral("lift"), QStringLiteral("approve"), l.meeting});
    REQUIRE(approved.status == 0);
    const QJsonObject meeting = l.show(QStringLiteral("meeting"), l.meeting);
    CHECK(meeting.value(u"status") == QStringLiteral("minutes_approved"));
    CHECK_FALSE(meeting.value(u"approved_by").toString().isEmpty());
}

TEST_CASE("A LIFT verb takes the start of an id when it names one record", "[cli][lift]")
{
    Lift l;
    const QString second = l.newMeeting(QStringLiteral("2030-12-12"));
    const Run ambiguous =
        l.run({QStringLiteral("lift"), QStringLiteral("attend"), l.meeting.left(4),
               QStringLiteral("--name"), QStringLiteral("Sam Reed"), QStringLiteral("--agency"),
               QStringLiteral("health")});
    CHECK(ambiguous.status == 2);
    CHECK(
        ambiguous.err.contains(QStringLiteral("is the start of more than one LIFT meeting's id")));
    const Run unknown =
        l.run({QStringLiteral("lift"), QStringLiteral("attend"), QStringLiteral("ffff"),
               QStringLiteral("--name"), QStringLiteral("Sam Reed"), QStringLiteral("--agency"),
               QStringLiteral("health")});
    CHECK(unknown.status != 0);
    CHECK(unknown.err.contains(QStringLiteral("There is no LIFT meeting “ffff”")));
    // The whole id but its last character still names one meeting.
    const Run one = l.run({QStringLiteral("lift"), QStringLiteral("attend"), second.chopped(1),
                           QStringLiteral("--name"), QStringLiteral("Sam Reed"),
                           QStringLiteral("--agency"), QStringLiteral("health")});
    REQUIRE(one.status == 0);
    CHECK(l.show(QStringLiteral("attendance"), one.out.trimmed()).value(u"meeting_id").toString() ==
          second);
}

TEST_CASE("lift decide records the decision and opens the involvement for specialist involvement",
          "[cli][lift]")
{
    Lift l;
    const QString child = l.childWithAgreement();
    const Run referral = l.refer({QStringLiteral("--child"), child, QStringLiteral("--received"),
                                  QStringLiteral("2030-11-01")});
    REQUIRE(referral.status == 0);
    const QString id = referral.out.trimmed();
    const Run missing = l.run({QStringLiteral("lift"), QStringLiteral("decide"), id});
    CHECK(missing.status == 2);
    CHECK(missing.err.contains(QStringLiteral("specialist_involvement")));

    const Run decided =
        l.run({QStringLiteral("lift"), QStringLiteral("decide"), id, QStringLiteral("--outcome"),
               QStringLiteral("specialist_involvement"), QStringLiteral("--teacher"),
               QStringLiteral("me"), QStringLiteral("--note"), QStringLiteral("Observe in class")});
    REQUIRE(decided.status == 0);
    const QString involvement =
        QRegularExpression(QStringLiteral("Opened involvement ([0-9a-f-]{36})"))
            .match(decided.out)
            .captured(1);
    REQUIRE_FALSE(involvement.isEmpty());
    const QJsonObject shown = l.show(QStringLiteral("referral"), id);
    CHECK(shown.value(u"decision_code") == QStringLiteral("specialist_involvement"));
    CHECK(shown.value(u"involvement_id").toString() == involvement);
    const Run opened = l.run({QStringLiteral("casework"), QStringLiteral("show"), involvement,
                              QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(opened.status == 0);
    CHECK(opened.out.contains(QStringLiteral("\"route\": \"lift\"")));
}

TEST_CASE("lift groups and lift meetings list them, with the deadlines and --upcoming",
          "[cli][lift]")
{
    Lift l;                                     // meets 14/11/2030
    l.newMeeting(QStringLiteral("2020-11-12")); // long past
    const Run groups = l.run({QStringLiteral("lift"), QStringLiteral("groups"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(groups.status == 0);
    CHECK(groups.out.contains(QStringLiteral("%1,Dover North,dover,0,2030-11-14").arg(l.group)));

    // The demo's meetings are there too; these are the group's.
    const auto rows = [&](const QStringList &more) {
        const Run listed = l.run(QStringList{QStringLiteral("lift"), QStringLiteral("meetings"),
                                             QStringLiteral("--format"), QStringLiteral("csv")} +
                                 more);
        REQUIRE(listed.status == 0);
        QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts).mid(1);
        for (QString &line : lines)
            line = line.trimmed(); // csv lines end in CR LF
        return lines;
    };
    const auto ours = [](const QStringList &lines) {
        return lines.filter(QStringLiteral(",Dover North,"));
    };
    const QStringList all = rows({});
    CHECK(ours(all).size() == 2);
    CHECK(all.contains(QStringLiteral("%1,Dover North,dover,2030-11-14,,,planned,0,2030-11-13,"
                                      "2030-11-07")
                           .arg(l.meeting)));
    const QStringList upcoming = rows({QStringLiteral("--upcoming")});
    CHECK(ours(upcoming).size() == 1);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (const QString &line : upcoming)
        CHECK(line.section(u',', 3, 3) >= today);
    CHECK(upcoming.size() < all.size());
    const QStringList elsewhere = rows({QStringLiteral("--district"), QStringLiteral("thanet")});
    CHECK(ours(elsewhere).isEmpty());
    for (const QString &line : elsewhere)
        CHECK(line.section(u',', 2, 2) == QStringLiteral("thanet"));
    const Run forPeople = l.run({QStringLiteral("lift"), QStringLiteral("meetings")});
    CHECK(forPeople.out.contains(QStringLiteral("14/11/2030")));
    CHECK(forPeople.out.contains(QStringLiteral("Planned")));
    CHECK(forPeople.out.contains(QStringLiteral("Dover")));
}

TEST_CASE("lift meeting show gives the deadlines, what the meeting holds and the agencies missing",
          "[cli][lift]")
{
    Lift l;
    for (const auto &[name, agency, status] :
         {std::tuple("Nia Hart", "stls_lead", "present"),
          std::tuple("Dr Ola Finch", "educational_psychology", "apologies")})
        REQUIRE(l.run({QStringLiteral("lift"), QStringLiteral("attend"), l.meeting,
                       QStringLiteral("--name"), QLatin1String(name), QStringLiteral("--agency"),
                       QLatin1String(agency), QStringLiteral("--status"), QLatin1String(status)})
                    .status == 0);
    const Run referral = l.refer({QStringLiteral("--child"), l.childWithAgreement(),
                                  QStringLiteral("--received"), QStringLiteral("2030-11-01")});
    REQUIRE(referral.status == 0);
    REQUIRE(l.run({QStringLiteral("lift"), QStringLiteral("decide"), referral.out.trimmed(),
                   QStringLiteral("--outcome"), QStringLiteral("training")})
                .status == 0);

    for (const char *due : {"2021-01-15", "2099-01-15"})
        REQUIRE(l.run({QStringLiteral("lift"), QStringLiteral("action"), QStringLiteral("add"),
                       referral.out.trimmed(), QStringLiteral("--owner"),
                       QStringLiteral("Dr Ola Finch (EP)"), QStringLiteral("--due"),
                       QLatin1String(due), QStringLiteral("--text"), QStringLiteral("Observe")})
                    .status == 0);

    const QJsonObject shown = l.show(QStringLiteral("meeting"), l.meeting);
    CHECK(shown.value(u"school_deadline") == QStringLiteral("2030-11-13"));
    CHECK(shown.value(u"early_years_deadline") == QStringLiteral("2030-11-07"));
    const QString missing = shown.value(u"agencies_missing").toString();
    CHECK(missing.contains(QStringLiteral("educational_psychology"))); // sent apologies
    CHECK_FALSE(missing.contains(QStringLiteral("stls_lead")));
    REQUIRE(shown.value(u"referrals").toArray().size() == 1);
    CHECK(shown.value(u"referrals").toArray().first().toObject().value(u"decision_code") ==
          QStringLiteral("training"));
    CHECK(shown.value(u"referrals").toArray().first().toObject().value(u"number") == 1);
    CHECK(shown.value(u"attendance").toArray().size() == 2);
    const QJsonArray actions = shown.value(u"actions").toArray();
    REQUIRE(actions.size() == 2);
    CHECK(actions.at(0).toObject().value(u"overdue") == true); // due in 2021
    CHECK(actions.at(1).toObject().value(u"overdue") == false);
    CHECK(shown.value(u"carried_actions").toArray().isEmpty());

    const Run forPeople = l.run({QStringLiteral("lift"), QStringLiteral("meeting"),
                                 QStringLiteral("show"), l.meeting.left(30)});
    REQUIRE(forPeople.status == 0);
    CHECK(forPeople.out.contains(QStringLiteral("Agencies missing:")));
    CHECK(forPeople.out.contains(QStringLiteral("Educational psychology")));
    CHECK(forPeople.out.contains(QStringLiteral("Decision: Training")));
    CHECK(forPeople.out.contains(QStringLiteral("  1. ")));
    CHECK(forPeople.out.contains(QStringLiteral("id ") + referral.out.trimmed()));
    CHECK(forPeople.out.count(QStringLiteral("OVERDUE")) == 1);

    // At the group's next meeting the open actions are carried.
    const QJsonObject next =
        l.show(QStringLiteral("meeting"), l.newMeeting(QStringLiteral("2031-01-09")));
    CHECK(next.value(u"carried_actions").toArray().size() == 2);
}

TEST_CASE("The circulated minutes hold no child's name, date of birth, UPN or parent's name and "
          "keep two children with the same initials apart; the full minutes hold them",
          "[cli][lift]")
{
    Lift l;
    const Run listed = l.run({QStringLiteral("children"), QStringLiteral("list"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    const QStringList rows = listed.out.split(u'\n', Qt::SkipEmptyParts).mid(1);
    REQUIRE(rows.size() >= 2);
    struct Child
    {
        QString id, name, born, upn, parent;
    };
    QList<Child> children;
    for (const auto &[row, first, last] :
         {std::tuple(0, "Jo", "Smith"), std::tuple(1, "Jay", "Stone")}) {
        Child child{rows.at(row).section(u',', 0, 0),
                    QStringLiteral("%1 %2").arg(QLatin1String(first), QLatin1String(last)),
                    {},
                    {},
                    {}};
        REQUIRE(l.run({QStringLiteral("children"), QStringLiteral("edit"), child.id,
                       QStringLiteral("--set"), u"first_name="_qs + QLatin1String(first),
                       QStringLiteral("--set"), u"last_name="_qs + QLatin1String(last)})
                    .status == 0);
        const QJsonObject shown =
            QJsonDocument::fromJson(
                l.run({QStringLiteral("children"), QStringLiteral("show"), child.id,
                       QStringLiteral("--format"), QStringLiteral("json")})
                    .out.toUtf8())
                .object();
        child.born = QDate::fromString(shown.value(u"date_of_birth").toString(), Qt::ISODate)
                         .toString(QStringLiteral("dd/MM/yyyy"));
        child.upn = shown.value(u"upn").toString();
        REQUIRE_FALSE(child.upn.isEmpty());
        child.parent =
            shown.value(u"contacts").toArray().first().toObject().value(u"name").toString();
        REQUIRE_FALSE(child.parent.isEmpty());
        children.append(child);
        const Run referred = l.refer(
            {QStringLiteral("--child"), child.id, QStringLiteral("--received"),
             QStringLiteral("2030-11-01"), QStringLiteral("--set"),
             QStringLiteral("agreement_override=Agreed at the meeting"), QStringLiteral("--set"),
             u"question=What next for "_qs + child.name + u"?"_qs});
        REQUIRE(referred.status == 0);
        REQUIRE(
            l.run({QStringLiteral("lift"), QStringLiteral("decide"), referred.out.trimmed(),
                   QStringLiteral("--outcome"), QStringLiteral("advice"), QStringLiteral("--note"),
                   QStringLiteral("%1 (born %2, UPN %3) was seen with %4.")
                       .arg(child.name, child.born, child.upn, child.parent)})
                .status == 0);
    }
    // A professional who shares a parent's first name keeps their own name.
    const QString namesake = children.first().parent.section(u' ', 0, 0) + u" Whitlock"_qs;
    REQUIRE(l.run({QStringLiteral("lift"), QStringLiteral("attend"), l.meeting,
                   QStringLiteral("--name"), namesake, QStringLiteral("--agency"),
                   QStringLiteral("health"), QStringLiteral("--status"), QStringLiteral("present")})
                .status == 0);
    const QString chair = l.run({QStringLiteral("staff"), QStringLiteral("list"),
                                 QStringLiteral("--format"), QStringLiteral("csv")})
                              .out.section(u'\n', 1, 1)
                              .section(u',', 0, 0);
    for (const char *status : {"agenda_closed", "held"})
        REQUIRE(l.run({QStringLiteral("lift"), QStringLiteral("meeting"), QStringLiteral("edit"),
                       l.meeting, QStringLiteral("--set"), u"status="_qs + QLatin1String(status)})
                    .status == 0);
    REQUIRE(l.run({QStringLiteral("lift"), QStringLiteral("approve"), l.meeting,
                   QStringLiteral("--set"), u"approved_by="_qs + chair})
                .status == 0);

    const auto papers = [&](const QString &report, const QStringList &more) {
        const QString pdf = l.folder.filePath(report + more.join(QString()) + u".pdf"_qs);
        const Run wrote =
            l.run(QStringList{QStringLiteral("report"), report, QStringLiteral("--meeting"),
                              l.meeting.left(13), QStringLiteral("--pdf"), pdf} +
                  more);
        INFO(wrote.err.toStdString());
        REQUIRE(wrote.status == 0);
        return Lift::pdfText(pdf);
    };
    const QString full = papers(QStringLiteral("lift-minutes"), {});
    const QString circulated =
        papers(QStringLiteral("lift-minutes"), {QStringLiteral("--circulated")});
    const QString agenda = papers(QStringLiteral("lift-agenda"), {});
    for (const QString &text : {full, circulated, agenda}) {
        CHECK(text.contains(QStringLiteral("OFFICIAL-SENSITIVE")));
        CHECK(text.contains(QStringLiteral("Page 1 of")));
        CHECK(text.contains(QStringLiteral("Dover North")));
    }
    CHECK(full.contains(QStringLiteral("Approved by")));
    CHECK(circulated.contains(QStringLiteral("Approved by")));
    for (const Child &child : children) {
        for (const QString &known : {child.name, child.born, child.upn, child.parent}) {
            INFO(known.toStdString());
            CHECK(full.contains(known));
            CHECK_FALSE(circulated.contains(known));
            CHECK_FALSE(agenda.contains(known));
        }
        for (const QString &part : child.name.split(u' '))
            CHECK_FALSE(circulated.contains(part + u' '));
    }
    for (const QString &label : {QStringLiteral("J.S.-1"), QStringLiteral("J.S.-2")}) {
        CHECK(circulated.contains(label));
        CHECK(agenda.contains(label));
    }
    CHECK(circulated.contains(QStringLiteral("What next for J.S.-")));
    CHECK(circulated.contains(namesake));

    const Run none = l.run({QStringLiteral("report"), QStringLiteral("lift-minutes"),
                            QStringLiteral("--meeting"), QStringLiteral("0000"),
                            QStringLiteral("--pdf"), l.folder.filePath(QStringLiteral("x.pdf"))});
    CHECK(none.status != 0);
    CHECK_FALSE(QFile::exists(l.folder.filePath(QStringLiteral("x.pdf"))));
}
