// Casework in the window: a child's cases and timeline, and a contact logged
// from the keyboard alone.
#include "casework/CaseworkRecords.h"
#include "casework/ChildCasework.h"
#include "children/ChildPage.h"
#include "children/ChildRecords.h"
#include "commands/EditSession.h"
#include "records/RecordDialog.h"
#include "records/RecordForm.h"
#include "records/RowTableModel.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"
#include "support/Screenshot.h"
#include "support/TestDatabase.h"
#include "sync/Store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::saveScreenshot;
using casebook::test::TestDatabase;
using namespace casebook::ui;

TEST_CASE("Log a contact from the keyboard alone; it joins the child's timeline", "[ui][casework]")
{
    TestDatabase t;
    EditSession session(t.db());
    const QUuid setting = addRecord(session, settingKind(),
                                    {{QStringLiteral("name"), QStringLiteral("Oak Tree Primary")},
                                     {QStringLiteral("status"), QStringLiteral("open")}});
    const QUuid child = addRecord(session, childKind(),
                                  {{QStringLiteral("first_name"), QStringLiteral("Ava")},
                                   {QStringLiteral("last_name"), QStringLiteral("Stone")},
                                   {QStringLiteral("date_of_birth"), QStringLiteral("2018-03-04")},
                                   {QStringLiteral("setting_id"), setting}});
    const QUuid teacher =
        addRecord(session, staffKind(),
                  {{QStringLiteral("first_name"), QStringLiteral("Nia")},
                   {QStringLiteral("last_name"), QStringLiteral("Hart")},
                   {QStringLiteral("role"), QStringLiteral("specialist_teacher")}});
    setWhoAmI(t.db(), teacher);
    addRecord(session, consentKind(),
              {{QStringLiteral("child_id"), child},
               {QStringLiteral("given_by"), QStringLiteral("Mother")},
               {QStringLiteral("given_on"), QStringLiteral("2025-09-01")}});
    const QUuid involvement =
        addRecord(session, involvementKind(),
                  {{QStringLiteral("child_id"), child},
                   {QStringLiteral("service_line_code"), QStringLiteral("district")},
                   {QStringLiteral("route"), QStringLiteral("lift")},
                   {QStringLiteral("teacher_id"), teacher},
                   {QStringLiteral("status"), QStringLiteral("active")}});
    rememberContactType(t.db(), QStringLiteral("observation"));

    ChildPage page(session);
    page.resize(1200, 900);
    page.show();
    page.showChild(child);
    QApplication::setActiveWindow(&page);
    ChildCasework *casework = page.casework();
    QAbstractItemModelTester tester(casework->timeline(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(casework->involvements()->rowCount() == 1);
    CHECK(casework->involvements()->idAt(0) == involvement);

    // Ctrl+L, type the advice, Enter: today, me and the last type are filled in.
    QTest::keySequence(&page, QKeySequence(Qt::CTRL | Qt::Key_L));
    auto *dialog = page.findChild<RecordDialog *>(QStringLiteral("contactDialog"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused == dialog->form()->editor(QStringLiteral("advice")));
    saveScreenshot(*dialog, QStringLiteral("contact-dialog"));
    QTest::keyClicks(focused, QStringLiteral("Use a visual timetable"));
    QTest::keyClick(focused, Qt::Key_Return);

    REQUIRE(casework->timeline()->rowCount() == 1);
    const QUuid contact = casework->timeline()->idAt(0);
    const auto saved = session.store().read(u"contact_log", contact);
    REQUIRE(saved);
    CHECK(saved->value(QStringLiteral("advice")) == QStringLiteral("Use a visual timetable"));
    CHECK(saved->value(QStringLiteral("contact_type")) == QStringLiteral("observation"));
    CHECK(saved->value(QStringLiteral("contact_date")) == QStringLiteral("2026-01-01"));
    CHECK(saved->value(QStringLiteral("staff_id")) == teacher.toRfc4122());
    CHECK(casework->timeline()->data(casework->timeline()->index(0, 0)).toString() ==
          QStringLiteral("01/01/2026"));
    CHECK(casework->involvements()->data(casework->involvements()->index(0, 4)).toString() ==
          QStringLiteral("01/01/2026")); // the last contact
    saveScreenshot(page, QStringLiteral("child-page-casework"));

    // One undo takes it away again.
    session.undoStack().undo();
    CHECK(casework->timeline()->rowCount() == 0);
}
