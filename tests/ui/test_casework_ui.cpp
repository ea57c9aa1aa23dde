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
#include "common/FileDialog.h"
#include "common/PrintPreview.h"
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
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
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

    // Ctrl+L then Enter at once: refused, nothing saved, the cursor in the minutes.
    QTest::keySequence(&page, QKeySequence(Qt::CTRL | Qt::Key_L));
    auto *dialog = page.findChild<RecordDialog *>(QStringLiteral("contactDialog"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    QWidget *minutes = dialog->form()->editor(QStringLiteral("minutes"));
    REQUIRE(QApplication::focusWidget() == minutes);
    QTest::keyClick(minutes, Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->form()->errorText().startsWith(QStringLiteral("Minutes spent:")));
    CHECK(casework->timeline()->rowCount() == 0);
    // Minutes alone are not enough either; Tab-Space from "Next steps" is the same refusal.
    QTest::keyClicks(minutes, QStringLiteral("40"));
    auto *nextSteps =
        qobject_cast<QPlainTextEdit *>(dialog->form()->editor(QStringLiteral("next_steps")));
    REQUIRE(nextSteps);
    nextSteps->setFocus();
    QTest::keyClick(nextSteps, Qt::Key_Tab);
    for (int i = 0; i < 4 && !qobject_cast<QPushButton *>(QApplication::focusWidget()); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *add = qobject_cast<QPushButton *>(QApplication::focusWidget());
    REQUIRE(add);
    CHECK(add->text() == QStringLiteral("&Add"));
    QTest::keyClick(add, Qt::Key_Space);
    CHECK(dialog->isVisible());
    CHECK(dialog->form()->errorText().contains(QStringLiteral("what was seen")));
    CHECK(casework->timeline()->rowCount() == 0);

    // The advice is a paragraph: Enter makes a new line, Ctrl+Enter saves.
    auto *advice = qobject_cast<QPlainTextEdit *>(dialog->form()->editor(QStringLiteral("advice")));
    REQUIRE(advice);
    CHECK(QApplication::focusWidget() == advice); // the refusal put the cursor there
    CHECK(advice->height() >= 3 * advice->fontMetrics().lineSpacing());
    QTest::keyClicks(advice, QStringLiteral("Use a visual timetable"));
    QTest::keyClick(advice, Qt::Key_Return);
    QTest::keyClicks(advice, QStringLiteral("Now and next"));
    CHECK(dialog->isVisible());
    saveScreenshot(*dialog, QStringLiteral("contact-dialog"));
    QTest::keyClick(advice, Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(casework->timeline()->rowCount() == 1);
    const QUuid contact = casework->timeline()->idAt(0);
    const auto saved = session.store().read(u"contact_log", contact);
    REQUIRE(saved);
    CHECK(saved->value(QStringLiteral("advice")) ==
          QStringLiteral("Use a visual timetable\nNow and next"));
    CHECK(saved->value(QStringLiteral("minutes")).toLongLong() == 40);
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
    auto *linked = second->findChild<QWidget *>(QStringLiteral("outcome_ids"));
    REQUIRE(linked);
    const auto boxes = linked->findChildren<QCheckBox *>();
    REQUIRE(boxes.size() == 1);
    // A check box a screen reader can reach, naming the outcome and saying if it is ticked.
    QAccessibleInterface *box = QAccessible::queryAccessibleInterface(boxes.first());
    REQUIRE(box);
    CHECK(box->role() == QAccessible::CheckBox);
    CHECK(box->text(QAccessible::Name) == QStringLiteral("Moves between activities calmly"));
    CHECK(box->state().focusable);
    CHECK_FALSE(box->state().checked);
    boxes.first()->setFocus();
    QTest::keyClick(boxes.first(), Qt::Key_Space);
    CHECK(box->state().checked);
    second->form()->editor(QStringLiteral("minutes"))->setFocus();
    saveScreenshot(*second, QStringLiteral("contact-dialog-outcomes"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("30"));
    QWidget *secondAdvice = second->form()->editor(QStringLiteral("advice"));
    QTest::keyClicks(secondAdvice, QStringLiteral("Praise each calm change"));
    QTest::keyClick(secondAdvice, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(caseDialog.contacts()->rowCount() == 2);
    const QUuid worked = caseDialog.contacts()->idAt(0) == contact ? caseDialog.contacts()->idAt(1)
                                                                   : caseDialog.contacts()->idAt(0);
    CHECK(session.store().read(u"contact_log", worked)->value(QStringLiteral("outcome_ids")) ==
          outcome.toString(QUuid::WithoutBraces));
    session.undoStack().undo();
    caseDialog.previewVisitReport();
    auto *preview = caseDialog.findChild<PrintPreview *>(QStringLiteral("visitReportPreview"));
    REQUIRE(preview);
    QTRY_VERIFY(preview->isVisible());
    REQUIRE(QTest::qWaitForWindowActive(preview));
    saveScreenshot(*preview, QStringLiteral("visit-report-preview"));
    // From the keyboard: every button takes focus, Ctrl+P prints, and it fits the screen.
    const auto buttons = preview->findChildren<QPushButton *>();
    REQUIRE(buttons.size() >= 3);
    for (QPushButton *b : buttons)
        CHECK((b->focusPolicy() & Qt::TabFocus));
    const auto shortcuts = [&] {
        QList<QKeySequence> keys;
        for (QAction *action : preview->actions())
            keys.append(action->shortcuts());
        return keys;
    }();
    CHECK(shortcuts.contains(QKeySequence(QKeySequence::Print)));
    CHECK(shortcuts.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    CHECK(preview->frameGeometry().height() <= preview->screen()->availableGeometry().height());
    CHECK(preview->height() < 1000);
    // Ctrl+Shift+S: the PDF is written where the person chose.
    const QString pdf =
        QDir(QStringLiteral(CASEBOOK_SCREENSHOT_DIR)).filePath(u"visit-report.pdf"_qs);
    QFile::remove(pdf);
    FileDialog::setNextFileName(pdf);
    QTest::keySequence(preview, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    REQUIRE(QFile::exists(pdf));
    CHECK(preview->findChild<QLabel *>(QStringLiteral("previewStatus"))->text() ==
          QStringLiteral("Saved as visit-report.pdf."));
    preview->close();

    // The report's first page as the school gets it: PDF, rendered to PNG.
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
    // The first case that is a child's (a whole setting's opens its case dialog instead).
    const CaseSummary childCase = *std::find_if(
        mine.begin(), mine.end(), [](const CaseSummary &c) { return !c.child.isNull(); });
    QTest::keyClicks(filter, childCase.subject);
    CHECK(view->model()->rowCount() >= 1);
    CHECK(view->model()->rowCount() < mine.size());
    // Enter goes into the list, Enter again opens the child's page.
    QTest::keyClick(filter, Qt::Key_Return);
    CHECK(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(window.currentPage() == MainWindow::Children);
    auto *children = window.findChild<ChildrenPage *>();
    REQUIRE(children->childPage()->isVisible());
    CHECK(children->childPage()->childId() == childCase.child);

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
