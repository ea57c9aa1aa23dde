// Casework and the contact log on the command line, run in-process.
#include "support/CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <optional>

using casebook::test::Run;

namespace {

struct Casebook : casebook::test::CliDatabase
{
    Run run(const QStringList &arguments) const { return CliDatabase::run(arguments); }
    Run run(std::initializer_list<QString> arguments) const
    {
        return CliDatabase::run(QStringList(arguments));
    }

    QJsonArray list(const QStringList &arguments)
    {
        const Run listed =
            run(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(listed.status == 0);
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    // The first demo child with an agreement to engage in force.
    QString childWithConsent()
    {
        for (const auto &child : list({QStringLiteral("children"), QStringLiteral("list")})) {
            const QString id = child.toObject().value(QStringLiteral("id")).toString();
            const Run shown = run({QStringLiteral("children"), QStringLiteral("show"), id,
                                   QStringLiteral("--format"), QStringLiteral("json")});
            for (const auto &consent : QJsonDocument::fromJson(shown.out.toUtf8())
                                           .object()
                                           .value(QStringLiteral("consents"))
                                           .toArray())
                if (consent.toObject().value(QStringLiteral("withdrawn_on")).isNull())
                    return id;
        }
        FAIL("no demo child has consent");
        return {};
    }
};

std::optional<QJsonObject> find(const QJsonArray &list, const QString &id)
{
    for (const auto &item : list)
        if (item.toObject().value(u"id").toString() == id)
            return item.toObject();
    return std::nullopt;
}

QString lastWord(const QString &text)
{
    return text.trimmed().split(u' ').last().chopped(1); // "Opened involvement ID."
}

} // namespace

TEST_CASE("casebook casework and contacts: a case from opening to closing", "[cli][casework]")
{
    Casebook c;
    REQUIRE(c.run({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("30")})
                .status == 0);
    const QString teacher = c.list({QStringLiteral("staff"), QStringLiteral("list")})[0]
                                .toObject()
                                .value(u"id")
                                .toString();
    REQUIRE(c.run({QStringLiteral("staff"), QStringLiteral("whoami"), teacher}).status == 0);
    const QString child = c.childWithConsent();

    const Run opened =
        c.run({QStringLiteral("casework"), QStringLiteral("open"), QStringLiteral("--child"), child,
               QStringLiteral("--set"), QStringLiteral("service_line_code=district"),
               QStringLiteral("--set"), QStringLiteral("route=lift")});
    INFO(opened.err.toStdString());
    REQUIRE(opened.status == 0);
    const QString id = lastWord(opened.out);

    // A move the life cycle does not allow: refused, exit 1, the reason given.
    const Run skipped = c.run({QStringLiteral("casework"), QStringLiteral("edit"), id,
                               QStringLiteral("--set"), QStringLiteral("status=active")});
    CHECK(skipped.status == 1);
    CHECK(skipped.err.contains(QStringLiteral("it can become: accepted, declined")));
    for (const char *status : {"status=accepted", "status=active"})
        REQUIRE(c.run({QStringLiteral("casework"), QStringLiteral("edit"), id,
                       QStringLiteral("--set"), QString::fromLatin1(status)})
                    .status == 0);

    const Run outcome =
        c.run({QStringLiteral("casework"), QStringLiteral("outcome"), QStringLiteral("add"), id,
               QStringLiteral("--set"), QStringLiteral("description=Stays at circle time"),
               QStringLiteral("--set"), QStringLiteral("review_due=2026-01-01")});
    REQUIRE(outcome.status == 0);
    const QString outcomeId = lastWord(outcome.out);
    const Run badRating =
        c.run({QStringLiteral("casework"), QStringLiteral("outcome"), QStringLiteral("review"),
               outcomeId, QStringLiteral("--rating"), QStringLiteral("3")});
    CHECK(badRating.status == 1);
    CHECK(badRating.err.contains(QStringLiteral("rating")));

    // The review is overdue (its date has passed): listed first, marked.
    // (The demo data has cases of its own.)
    QJsonArray cases = c.list({QStringLiteral("casework"), QStringLiteral("list"),
                               QStringLiteral("--teacher"), QStringLiteral("me")});
    REQUIRE(find(cases, id));
    CHECK(find(cases, id)->value(u"review_overdue").toBool());
    CHECK(cases[0].toObject().value(u"review_overdue").toBool()); // overdue ones first
    CHECK(c.run({QStringLiteral("casework"), QStringLiteral("outcome"), QStringLiteral("review"),
                 outcomeId, QStringLiteral("--rating"), QStringLiteral("+1")})
              .status == 0);
    cases = c.list({QStringLiteral("casework"), QStringLiteral("list")});
    REQUIRE(find(cases, id));
    CHECK_FALSE(find(cases, id)->value(u"review_overdue").toBool());

    // Contacts: the defaults, the last type remembered, newest first.
    REQUIRE(c.run({QStringLiteral("contacts"), QStringLiteral("add"), id, QStringLiteral("--set"),
                   QStringLiteral("advice=A visual timetable"), QStringLiteral("--set"),
                   QStringLiteral("minutes=50")})
                .status == 0);
    // An empty contact is refused, naming what it lacks.
    const Run empty = c.run({QStringLiteral("contacts"), QStringLiteral("add"), id});
    CHECK(empty.status == 1);
    CHECK(empty.err.contains(QStringLiteral("Minutes spent (minutes)")));
    const Run silent = c.run({QStringLiteral("contacts"), QStringLiteral("add"), id,
                              QStringLiteral("--set"), QStringLiteral("minutes=20")});
    CHECK(silent.status == 1);
    CHECK(silent.err.contains(QStringLiteral("Advice given (advice)")));
    const QStringList said{QStringLiteral("--set"), QStringLiteral("minutes=20"),
                           QStringLiteral("--set"), QStringLiteral("next_steps=Ring the SENCO")};
    REQUIRE(c.run(QStringList{QStringLiteral("contacts"), QStringLiteral("add"), id,
                              QStringLiteral("--set"), QStringLiteral("contact_type=call")} +
                  said)
                .status == 0);
    REQUIRE(
        c.run(QStringList{QStringLiteral("contacts"), QStringLiteral("add"), id} + said).status ==
        0);
    const QJsonArray contacts = c.list(
        {QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--involvement"), id});
    REQUIRE(contacts.size() == 3);
    int calls = 0;
    for (const auto &contact : contacts) {
        const QJsonObject o = contact.toObject();
        CHECK(o.value(u"contact_date").toString() == QDate::currentDate().toString(Qt::ISODate));
        calls += o.value(u"contact_type").toString() == u"call" ? 1 : 0;
    }
    CHECK(calls == 2);
    const Run table = c.run({QStringLiteral("contacts"), QStringLiteral("list"),
                             QStringLiteral("--staff"), QStringLiteral("me")});
    CHECK(table.out.contains(QStringLiteral("A visual timetable")));
    CHECK(table.out.contains(QStringLiteral("Phone or video call")));

    // The visit report: every word of the advice and next steps, on A4 pages.
    const QString longAdvice =
        QString(u"Use a now-and-next board at every transition. "_qs).repeated(120) +
        u"Praise \U0001F600 calm \U0001F984\u200D\u202Ereversed\u202C words. Endmark."_qs;
    const Run advised = c.run(
        {QStringLiteral("contacts"), QStringLiteral("add"), id, QStringLiteral("--set"),
         u"advice="_qs + longAdvice, QStringLiteral("--set"),
         QStringLiteral("next_steps=Review at Easter"), QStringLiteral("--set"),
         u"outcome_ids="_qs + outcomeId, QStringLiteral("--set"), QStringLiteral("minutes=60")});
    REQUIRE(advised.status == 0);
    const QString pdf = c.folder.filePath(QStringLiteral("visit.pdf"));
    const Run report =
        c.run({QStringLiteral("report"), QStringLiteral("visit"), QStringLiteral("--contact"),
               lastWord(advised.out), QStringLiteral("--pdf"), pdf});
    INFO(report.err.toStdString());
    REQUIRE(report.status == 0);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30'000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    // A service document: the authority, the marking on every page, page numbers, the
    // title from the kind of contact, and who receives a copy.
    CHECK(text.contains(QStringLiteral("Phone call note"))); // the last type used was a call
    CHECK(text.contains(QStringLiteral("Kent County Council")));
    const int pages = int(text.count(QStringLiteral("Page ")));
    CHECK(pages >= 2);
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    CHECK(text.count(QStringLiteral("OFFICIAL-SENSITIVE")) == 2 * pages);
    CHECK(text.contains(QStringLiteral("Circulation:")));
    // Typed emoji and direction overrides print safely: an emoji the font lacks is left
    // out rather than printed as a box (a smiley DejaVu Sans has may stay), and the words
    // keep their order.
    INFO(text.mid(text.indexOf(QStringLiteral("Praise")), 60).toStdString());
    CHECK(QString(text)
              .remove(QString::fromUcs4(U"\U0001F600 "))
              .contains(QStringLiteral("Praise calm reversed words.")));
    CHECK_FALSE(text.contains(QChar(0x202E)));
    CHECK_FALSE(text.contains(QString::fromUcs4(U"\U0001F984")));
    CHECK(text.contains(QStringLiteral("Review at Easter")));
    CHECK(text.contains(QStringLiteral("Stays at circle time")));
    CHECK(text.contains(QStringLiteral("worked on at this visit")));
    CHECK(text.contains(QStringLiteral("Endmark.")));
    CHECK(text.count(QStringLiteral("board at every transition")) == 120);
    CHECK(casebook::test::fileMode(pdf) == 0600); // whatever the umask (022 in ctest)
    const Run unknown =
        c.run({QStringLiteral("report"), QStringLiteral("visit"), QStringLiteral("--contact"), id,
               QStringLiteral("--pdf"), c.folder.filePath(QStringLiteral("none.pdf"))});
    CHECK(unknown.status == 1);
    CHECK(unknown.err.contains(QStringLiteral("no contact-log entry")));
    CHECK_FALSE(QFile::exists(c.folder.filePath(QStringLiteral("none.pdf"))));

    // The case with everything in it.
    const Run shown = c.run({QStringLiteral("casework"), QStringLiteral("show"), id,
                             QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject involvement = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(involvement.value(u"status").toString() == u"active"_qs);
    CHECK(involvement.value(u"outcomes").toArray().size() == 1);
    CHECK(involvement.value(u"reviews").toArray().size() == 1);
    CHECK(involvement.value(u"contacts").toArray().size() == 4);
    CHECK(shown.out.indexOf(u"\"id\"") < shown.out.indexOf(u"\"child_id\""));

    // For people: labels and dd/mm/yyyy dates.
    const Run forPeople = c.run({QStringLiteral("casework"), QStringLiteral("show"), id});
    CHECK(forPeople.out.contains(QStringLiteral("Active")));
    CHECK(forPeople.out.contains(QStringLiteral("Route in:")));
    CHECK(forPeople.out.contains(QStringLiteral("LIFT")));
    CHECK(forPeople.out.contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK_FALSE(forPeople.out.contains(QDate::currentDate().toString(Qt::ISODate)));

    // Closing needs a reason; then no more contacts.
    CHECK(c.run({QStringLiteral("casework"), QStringLiteral("close"), id}).status == 1);
    REQUIRE(c.run({QStringLiteral("casework"), QStringLiteral("close"), id,
                   QStringLiteral("--reason"), QStringLiteral("Outcomes met")})
                .status == 0);
    const Run late =
        c.run(QStringList{QStringLiteral("contacts"), QStringLiteral("add"), id} + said);
    CHECK(late.status == 1);
    CHECK(late.err.contains(QStringLiteral("closed")));
    CHECK_FALSE(find(c.list({QStringLiteral("casework"), QStringLiteral("list")}), id));
    const auto closed = find(
        c.list({QStringLiteral("casework"), QStringLiteral("list"), QStringLiteral("--all")}), id);
    REQUIRE(closed);
    CHECK(closed->value(u"status").toString() == u"closed"_qs);
}

TEST_CASE("casebook casework refuses unknown ids and a case for no one", "[cli][casework]")
{
    Casebook c;
    REQUIRE(c.run({QStringLiteral("init")}).status == 0);
    const Run none = c.run({QStringLiteral("casework"), QStringLiteral("open"),
                            QStringLiteral("--set"), QStringLiteral("service_line_code=district"),
                            QStringLiteral("--set"), QStringLiteral("route=lift")});
    CHECK(none.status == 1);
    CHECK(none.err.contains(QStringLiteral("child or a whole setting")));
    const Run unknown = c.run({QStringLiteral("casework"), QStringLiteral("show"),
                               QStringLiteral("01a20752-979e-791c-b069-f9ad7ffee6d7")});
    CHECK(unknown.status == 1);
    CHECK(unknown.err.contains(QStringLiteral("There is no involvement")));
    const Run verbless = c.run({QStringLiteral("casework"), QStringLiteral("outcome")});
    CHECK(verbless.status == 2);
    CHECK(verbless.err.contains(QStringLiteral("casework outcome review")));
}
