// Link teachers: one a setting, year and service line, the one replaced kept
// in the history; a teacher who has left is not assigned; copying a year
// forward skips closed settings and leavers and says so; a year's allocation
// with each teacher's load.
#include "LiftFixture.h"
#include "links/LinkAllocation.h"
#include "links/LinkRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace casebook;

using casebook::test::Lift;
using casebook::test::refusal;

namespace {

struct Links : Lift
{
    QUuid first, second;

    Links()
    {
        const auto teacher = [&](const char *firstName, const char *lastName) {
            return addRecord(session, staffKind(),
                             {{QStringLiteral("first_name"), QString::fromLatin1(firstName)},
                              {QStringLiteral("last_name"), QString::fromLatin1(lastName)},
                              {QStringLiteral("role"), QStringLiteral("specialist_teacher")},
                              {QStringLiteral("email"), QStringLiteral("teacher@example.org")}});
        };
        first = teacher("Omar", "Quill");
        second = teacher("Ruth", "Penn");
    }

    int count(const char *where)
    {
        Statement query(
            t.db().handle(),
            QStringLiteral("SELECT count(*) FROM link_teacher WHERE %1").arg(QLatin1String(where)));
        query.step();
        return int(query.int64(0));
    }
};

} // namespace

TEST_CASE("Academic years are written 2026/27", "[links]")
{
    CHECK(academicYearText(2026) == QStringLiteral("2026/27"));
    CHECK(academicYearText(2099) == QStringLiteral("2099/00"));
    CHECK(parseAcademicYear(QStringLiteral("2026/27")) == 2026);
    CHECK(parseAcademicYear(QStringLiteral(" 2026-27 ")) == 2026);
    CHECK(parseAcademicYear(QStringLiteral("2026/28")) == -1);
    CHECK(parseAcademicYear(QStringLiteral("26/27")) == -1);
    CHECK(academicYearOf(QDate(2026, 8, 31)) == QStringLiteral("2025/26"));
    CHECK(academicYearOf(QDate(2026, 9, 1)) == QStringLiteral("2026/27"));
}

TEST_CASE("A setting has one link teacher a year and service line; a change keeps the history",
          "[links]")
{
    Links l;
    const QString year = QStringLiteral("2025/26");
    const QUuid made = assignLinkTeacher(l.session, l.school, l.first, year);
    CHECK(assignLinkTeacher(l.session, l.school, l.first, year) == made); // so already
    CHECK(l.count("1") == 1);
    // The generic add cannot make a second.
    CHECK(refusal([&] {
              addRecord(l.session, linkTeacherKind(),
                        {{QStringLiteral("setting_id"), l.school},
                         {QStringLiteral("staff_id"), l.second},
                         {QStringLiteral("academic_year"), year}});
          })
              .contains(
                  QStringLiteral("the setting's link teacher for 2025/26 is Omar Quill already")));
    CHECK(refusal([&] {
              addRecord(l.session, linkTeacherKind(),
                        {{QStringLiteral("setting_id"), l.school},
                         {QStringLiteral("staff_id"), l.second},
                         {QStringLiteral("academic_year"), QStringLiteral("2025")}});
          }).contains(QStringLiteral("is not an academic year")));
    // Another service line, and another year, have their own.
    assignLinkTeacher(l.session, l.school, l.second, year, QStringLiteral("sensory"));
    assignLinkTeacher(l.session, l.school, l.second, QStringLiteral("2026/27"));
    CHECK(l.count("replaced_on IS NULL") == 3);

    // Ruth takes over from Omar this year: one undo step, Omar kept as replaced today.
    const int steps = l.session.undoStack().index();
    const QUuid now = assignLinkTeacher(l.session, l.school, l.second, year);
    CHECK(l.session.undoStack().index() == steps + 1);
    CHECK(now != made);
    CHECK(l.value(u"link_teacher", made, "replaced_on") == QStringLiteral("2026-01-01"));
    CHECK(l.value(u"link_teacher", now, "replaced_on").isNull());
    const auto history = linkHistoryOfSetting(l.t.db(), l.school);
    REQUIRE(history.size() == 4);
    CHECK(history.at(0).year == QStringLiteral("2026/27"));
    QStringList thatYear;
    for (const LinkHistory &h : history)
        if (h.year == year)
            thatYear.append(h.teacherName + (h.replacedOn.isValid() ? u'-' : u'+'));
    CHECK(thatYear.contains(QStringLiteral("Omar Quill-")));
    CHECK(thatYear.count(QStringLiteral("Ruth Penn+")) == 2); // district and sensory
    l.session.undoStack().undo();
    CHECK(l.value(u"link_teacher", made, "replaced_on").isNull());
    CHECK(l.count("1") == 3);

    // A teacher who has left is not made anyone's link teacher.
    editRecord(l.session, staffKind(), l.first,
               {{QStringLiteral("status"), QStringLiteral("left")}});
    const QUuid other = addRecord(l.session, settingKind(),
                                  {{QStringLiteral("name"), QStringLiteral("Elm Primary")},
                                   {QStringLiteral("status"), QStringLiteral("open")}});
    CHECK(refusal([&] {
              assignLinkTeacher(l.session, other, l.first, year);
          }).contains(QStringLiteral("Omar Quill has left the service")));
}

TEST_CASE("Copying a year forward skips closed settings and leavers, and says so", "[links]")
{
    Links l;
    const QString last = QStringLiteral("2025/26"), next = QStringLiteral("2026/27");
    const auto school = [&](const char *name, const char *status) {
        return addRecord(l.session, settingKind(),
                         {{QStringLiteral("name"), QString::fromLatin1(name)},
                          {QStringLiteral("status"), QString::fromLatin1(status)}});
    };
    const QUuid elm = school("Elm Primary", "open");
    const QUuid ash = school("Ash Infants", "open");
    assignLinkTeacher(l.session, l.school, l.first, last);
    assignLinkTeacher(l.session, elm, l.second, last);
    assignLinkTeacher(l.session, ash, l.second, last);
    assignLinkTeacher(l.session, ash, l.first, next); // allocated already
    editRecord(l.session, settingKind(), elm,
               {{QStringLiteral("status"), QStringLiteral("closed")}});
    const QUuid leaver =
        addRecord(l.session, staffKind(),
                  {{QStringLiteral("first_name"), QStringLiteral("Tom")},
                   {QStringLiteral("last_name"), QStringLiteral("Reed")},
                   {QStringLiteral("role"), QStringLiteral("specialist_teacher")}});
    const QUuid birch = school("Birch Nursery", "open");
    assignLinkTeacher(l.session, birch, leaver, last);
    editRecord(l.session, staffKind(), leaver,
               {{QStringLiteral("status"), QStringLiteral("left")}});

    const int steps = l.session.undoStack().index();
    const LinkCopyReport report = copyLinkTeachersForward(l.session, last, next);
    CHECK(report.copied == 1);
    CHECK(report.alreadyAllocated == 1);
    REQUIRE(report.skipped.size() == 2);
    QStringList said;
    for (const auto &skip : report.skipped)
        said.append(skip.name + QStringLiteral(": ") + skip.reason);
    said.sort();
    CHECK(said == QStringList{QStringLiteral("Birch Nursery: Tom Reed has left the service"),
                              QStringLiteral("Elm Primary: the setting has closed")});
    CHECK(l.session.undoStack().index() == steps + 1);

    LinkFilter filter;
    filter.year = next;
    const QList<LinkRow> rows = listLinkAllocation(l.t.db(), filter);
    CHECK(rows.size() == 3); // the open ones
    filter.unallocatedOnly = true;
    const QList<LinkRow> without = listLinkAllocation(l.t.db(), filter);
    REQUIRE(without.size() == 1);
    CHECK(without.first().name == QStringLiteral("Birch Nursery"));
    CHECK(without.first().lastYearTeacherName == QStringLiteral("Tom Reed"));
    const QList<LinkLoad> loads = linkLoads(rows);
    REQUIRE(loads.size() == 1);
    CHECK(loads.first().settings == 2);
    CHECK(linkSettingsOf(l.t.db(), l.first, next).size() == 2);

    // Again: nothing more to copy.
    CHECK(copyLinkTeachersForward(l.session, last, next).copied == 0);
}

TEST_CASE("A teacher with far more link settings than the average is marked", "[links]")
{
    QList<LinkRow> rows;
    const QUuid busy = QUuid::createUuid(), light = QUuid::createUuid(),
                other = QUuid::createUuid();
    const auto add = [&](QUuid teacher, int n) {
        for (int i = 0; i < n; ++i) {
            LinkRow row;
            row.teacher = teacher;
            row.pupils = 100;
            rows.append(row);
        }
    };
    add(busy, 12);
    add(light, 4);
    add(other, 5);
    rows.append(LinkRow{}); // unallocated: no one's
    const QList<LinkLoad> loads = linkLoads(rows);
    REQUIRE(loads.size() == 3);
    CHECK(loads.at(0).teacher == busy);
    CHECK(loads.at(0).heavy); // 12 against an average of 7
    CHECK(loads.at(0).pupils == 1200);
    CHECK_FALSE(loads.at(1).heavy);
    CHECK_FALSE(loads.at(2).heavy);
}
