// Link teachers on the command line, run in-process: assign, the history
// kept when it changes, a year copied forward, and the lists scripts read.
#include "support/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using casebook::test::Run;

TEST_CASE("casebook link assigns, keeps the history, and copies a year forward", "[cli][links]")
{
    casebook::test::CliDatabase db;
    REQUIRE(db.run({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("30")})
                .status == 0);
    const auto json = [&](QStringList arguments) {
        arguments << QStringLiteral("--format") << QStringLiteral("json");
        const Run listed = db.run(arguments);
        REQUIRE(listed.status == 0);
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    };
    // The coming year (this one is 2026/27 on the real clock, or later).
    const QString year = [&] {
        const QDate today = QDate::currentDate();
        const int start = today.month() >= 9 ? today.year() : today.year() - 1;
        return QStringLiteral("%1/%2").arg(start + 1).arg((start + 2) % 100, 2, 10, QChar(u'0'));
    }();
    const QJsonArray empty = json({QStringLiteral("link"), QStringLiteral("list"),
                                   QStringLiteral("--year"), year, QStringLiteral("--district"),
                                   QStringLiteral("dover"), QStringLiteral("--unallocated")});
    REQUIRE(!empty.isEmpty());
    const QString urn = empty.at(0).toObject().value(u"urn").toString();
    const QJsonArray staff = json({QStringLiteral("staff"), QStringLiteral("list")});
    QStringList teachers;
    for (const QJsonValue &s : staff)
        if (s.toObject().value(u"role").toString() == u"specialist_teacher" &&
            s.toObject().value(u"service_line").toString() == u"District STLS")
            teachers.append(s.toObject().value(u"id").toString());
    REQUIRE(teachers.size() >= 2);

    const auto assign = [&](const QString &teacher) {
        return db.run({QStringLiteral("link"), QStringLiteral("assign"),
                       QStringLiteral("--setting"), urn, QStringLiteral("--teacher"), teacher,
                       QStringLiteral("--year"), year});
    };
    REQUIRE(assign(teachers.at(0)).status == 0);
    REQUIRE(assign(teachers.at(1)).status == 0);
    const QJsonArray history =
        json({QStringLiteral("link"), QStringLiteral("allocation"), QStringLiteral("list"),
              QStringLiteral("--where"), QStringLiteral("academic_year=") + year});
    int current = 0, replaced = 0;
    for (const QJsonValue &h : history)
        (h.toObject().value(u"replaced_on").toString().isEmpty() ? current : replaced)++;
    CHECK(current == 1);
    CHECK(replaced == 1);

    const Run bad = db.run({QStringLiteral("link"), QStringLiteral("list"),
                            QStringLiteral("--year"), QStringLiteral("2026")});
    CHECK(bad.status != 0);
    CHECK(bad.err.contains(QStringLiteral("not an academic year")));

    // The year before the coming one, forward: all but the one assigned by hand.
    const QString before = QStringLiteral("%1/%2")
                               .arg(year.left(4).toInt() - 1)
                               .arg(year.left(4).toInt() % 100, 2, 10, QChar(u'0'));
    const Run copied = db.run({QStringLiteral("link"), QStringLiteral("copy-forward"),
                               QStringLiteral("--from"), before, QStringLiteral("--to"), year});
    REQUIRE(copied.status == 0);
    CHECK(copied.out.contains(QStringLiteral("had one for %1 already").arg(year)));
    CHECK(json({QStringLiteral("link"), QStringLiteral("list"), QStringLiteral("--year"), year,
                QStringLiteral("--unallocated")})
              .isEmpty());
}
