// Casework in the window: a child's cases and timeline, and a contact logged
// from the keyboard alone.
#include "casework/CaseDialog.h"
#include "casework/Caseload.h"
#include "casework/CaseloadPage.h"
#include "casework/CaseworkRecords.h"
#include "casework/ChildCasework.h"
#include "children/ChildPage.h"
#include "children/ChildRecords.h"
#include "children/ChildrenPage.h"
#include "commands/EditSession.h"
#include "demo/DemoData.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordDialog.h"
#include "records/RecordForm.h"
#include "records/RowTableModel.h"
#include "reports/VisitReport.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"
#include "support/Screenshot.h"
#include "support/TestDatabase.h"
#include "sync/Store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
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

    // The case: an outcome agreed, and the visit report previewed for the school.
    const QUuid outcome = addRecord(
        session, outcomeKind(),
        {{QStringLiteral("involvement_id"), involvement},
         {QStringLiteral("description"), QStringLiteral("Moves between activities calmly")},
         {QStringLiteral("baseline"), QStringLiteral("Needs an adult at each change")},
         {QStringLiteral("target"), QStringLiteral("One visual prompt")},
         {QStringLiteral("review_due"), QStringLiteral("2026-03-01")}});
    CaseDialog caseDialog(session, involvement, &page);
    caseDialog.show();
    REQUIRE(caseDialog.outcomes()->rowCount() == 1);
    REQUIRE(caseDialog.contacts()->rowCount() == 1);
    CHECK(caseDialog.contacts()->idAt(0) == contact);
    saveScreenshot(caseDialog, QStringLiteral("case"));

    // A contact that worked towards the outcome: ticked in the list, Enter.
    RecordDialog *second = openContactDialog(session, involvement, &caseDialog);
    REQUIRE(QTest::qWaitForWindowActive(second));
    auto *linked = second->findChild<QListWidget *>(QStringLiteral("outcome_ids"));
    REQUIRE(linked);
    REQUIRE(linked->count() == 1);
    linked->item(0)->setCheckState(Qt::Checked);
    saveScreenshot(*second, QStringLiteral("contact-dialog-outcomes"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Praise each calm change"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(caseDialog.contacts()->rowCount() == 2);
    const QUuid worked = caseDialog.contacts()->idAt(0) == contact ? caseDialog.contacts()->idAt(1)
                                                                   : caseDialog.contacts()->idAt(0);
    CHECK(session.store().read(u"contact_log", worked)->value(QStringLiteral("outcome_ids")) ==
          outcome.toString(QUuid::WithoutBraces));
    session.undoStack().undo();
    caseDialog.previewVisitReport();
    auto *preview =
        caseDialog.findChild<QPrintPreviewDialog *>(QStringLiteral("visitReportPreview"));
    REQUIRE(preview);
    QTRY_VERIFY(preview->isVisible());
    saveScreenshot(*preview, QStringLiteral("visit-report-preview"));
    preview->close();

    // The report's first page as the school gets it: PDF, rendered to PNG.
    const QString pdf =
        QDir(QStringLiteral(CASEBOOK_SCREENSHOT_DIR)).filePath(u"visit-report.pdf"_qs);
    writeVisitReportPdf(loadVisitReport(t.db(), contact), pdf);
    QProcess render;
    render.start(
        QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-f"),
         QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
         QStringLiteral("-singlefile"), pdf,
         QDir(QStringLiteral(CASEBOOK_SCREENSHOT_DIR)).filePath(u"visit-report-page1"_qs)});
    REQUIRE(render.waitForFinished(30'000));
    CHECK(render.exitCode() == 0);
    CHECK(
        QImage(QDir(QStringLiteral(CASEBOOK_SCREENSHOT_DIR)).filePath(u"visit-report-page1.png"_qs))
            .width() > 500);

    // One undo takes the outcome away, another the contact.
    session.undoStack().undo();
    session.undoStack().undo();
    CHECK(casework->timeline()->rowCount() == 0);
}

TEST_CASE("My caseload: the teacher's open cases, overdue first; filter, sort, Enter opens",
          "[ui][casework]")
{
    QSettings().clear();
    TestDatabase t;
    generateDemoData(t.db(), {400, 7});
    EditSession session(t.db());
    MainWindow window(session);
    window.resize(1200, 700);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Casework);
    auto *page = window.findChild<CaseloadPage *>();
    REQUIRE(page);
    QAbstractItemModelTester tester(page->view()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QUuid me = *whoAmI(t.db());
    const QList<CaseSummary> mine =
        listCases(t.db(), {me, std::nullopt, true}, t.db().environment().today());
    REQUIRE(mine.size() > 1);
    CHECK(page->model()->rowCount() == mine.size());
    CHECK(page->model()->idAt(0) == mine.first().id);
    saveScreenshot(window, QStringLiteral("my-caseload"));

    // Type part of the first case's name: the list narrows to the matches.
    QTableView *view = page->view();
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("caseloadFilter"));
    QTest::keySequence(&window, QKeySequence::Find);
    CHECK(filter->hasFocus());
    QTest::keyClicks(filter, mine.first().subject);
    CHECK(view->model()->rowCount() >= 1);
    CHECK(view->model()->rowCount() < mine.size());
    // Enter goes into the list, Enter again opens the child's page.
    QTest::keyClick(filter, Qt::Key_Return);
    CHECK(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(window.currentPage() == MainWindow::Children);
    auto *children = window.findChild<ChildrenPage *>();
    REQUIRE(children->childPage()->isVisible());
    CHECK(children->childPage()->childId() == mine.first().child);

    // Sorting by the last contact puts the oldest first.
    window.showPage(MainWindow::Casework);
    filter->clear();
    view->sortByColumn(5, Qt::AscendingOrder);
    const auto lastContact = [&](int row) {
        return QDate::fromString(view->model()->index(row, 5).data().toString(),
                                 QStringLiteral("dd/MM/yyyy"));
    };
    for (int row = 1; row < view->model()->rowCount(); ++row)
        if (lastContact(row - 1).isValid())
            CHECK(lastContact(row - 1) <= lastContact(row));
}
