// Intensive support in the window: a tab of Casework listing the episodes,
// the one past its planned end marked there and on My caseload; an episode
// closed from the keyboard with its check date set, undone in one step; the
// staff whose capacity it built; and a new one started from the case.
#include "casework/CaseDialog.h"
#include "casework/CaseloadPage.h"
#include "casework/CaseworkRecords.h"
#include "children/ChildRecords.h"
#include "commands/EditSession.h"
#include "common/PageTabs.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordDialog.h"
#include "records/RecordForm.h"
#include "records/RowTableModel.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"
#include "support/Screenshot.h"
#include "support/SupportEpisodeDialog.h"
#include "support/SupportPage.h"
#include "support/SupportRecords.h"
#include "support/TestDatabase.h"
#include "sync/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::saveScreenshot;
using casebook::test::TestDatabase;
using namespace casebook::ui;

namespace {

template<typename T>
T *visible(QWidget &window, const char *name)
{
    QApplication::processEvents();
    for (auto *widget : window.findChildren<T *>(QString::fromLatin1(name)))
        if (widget->isVisible()) {
            REQUIRE(QTest::qWaitForWindowActive(widget));
            return widget;
        }
    FAIL("nothing visible called " << name);
    return nullptr;
}

} // namespace

TEST_CASE("Intensive support: past its planned end it is marked, and it closes from the "
          "keyboard with its check date, one undo",
          "[ui][support]")
{
    QSettings().clear();
    TestDatabase t;
    EditSession session(t.db());
    const QUuid school = addRecord(session, settingKind(),
                                   {{QStringLiteral("name"), QStringLiteral("Oak Tree Primary")},
                                    {QStringLiteral("status"), QStringLiteral("open")}});
    const QUuid child = addRecord(session, childKind(),
                                  {{QStringLiteral("first_name"), QStringLiteral("Ava")},
                                   {QStringLiteral("last_name"), QStringLiteral("Stone")},
                                   {QStringLiteral("date_of_birth"), QStringLiteral("2018-03-04")},
                                   {QStringLiteral("setting_id"), school}});
    addRecord(session, consentKind(),
              {{QStringLiteral("child_id"), child},
               {QStringLiteral("given_by"), QStringLiteral("Mother")},
               {QStringLiteral("given_on"), QStringLiteral("2025-09-01")}});
    const QUuid me = addRecord(session, staffKind(),
                               {{QStringLiteral("first_name"), QStringLiteral("Nia")},
                                {QStringLiteral("last_name"), QStringLiteral("Hart")},
                                {QStringLiteral("role"), QStringLiteral("specialist_teacher")}});
    setWhoAmI(t.db(), me);
    const QUuid involvement =
        addRecord(session, involvementKind(),
                  {{QStringLiteral("child_id"), child},
                   {QStringLiteral("service_line_code"), QStringLiteral("district")},
                   {QStringLiteral("route"), QStringLiteral("lift")},
                   {QStringLiteral("teacher_id"), me}});
    const QUuid episode =
        addRecord(session, supportEpisodeKind(),
                  {{QStringLiteral("involvement_id"), involvement},
                   {QStringLiteral("starts_on"), QStringLiteral("2025-11-03")},
                   {QStringLiteral("planned_end_on"), QStringLiteral("2025-12-19")},
                   {QStringLiteral("risk"), QStringLiteral("exclusion")}});
    session.undoStack().clear();
    const auto stored = [&](const char *field) {
        return session.store().read(u"support_episode", episode)->value(QString::fromLatin1(field));
    };

    MainWindow window(session);
    window.resize(1100, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    window.showPage(MainWindow::Casework);
    PageTabs *tabs = nullptr;
    for (auto *candidate : window.findChildren<PageTabs *>())
        if (candidate->isVisible())
            tabs = candidate;
    REQUIRE(tabs);
    REQUIRE(tabs->count() == 2);
    CHECK(tabs->tabText(0) == QStringLiteral("My caseload"));
    CHECK(tabs->tabText(1) == QStringLiteral("Intensive support"));
    // My caseload says it too.
    auto *caseload = window.findChild<CaseloadPage *>();
    REQUIRE(caseload);
    const QString status = caseload->findChild<QTableView *>(QStringLiteral("caseloadList"))
                               ->model()
                               ->index(0, 3)
                               .data()
                               .toString();
    CHECK(status.contains(QStringLiteral("intensive support past its planned end (19/12/2025)")));

    tabs->setCurrentIndex(1);
    auto *page = window.findChild<SupportPage *>();
    REQUIRE(page);
    REQUIRE(page->episodes()->rowCount() == 1);
    CHECK(page->episodes()->index(0, 4).data().toString() == QStringLiteral("19/12/2025, passed"));
    CHECK(page->findChild<QLabel *>(QStringLiteral("supportSummary"))
              ->text()
              .contains(QStringLiteral("1 past the planned end without an outcome")));
    saveScreenshot(window, QStringLiteral("support-page"));

    // Enter opens it; P chooses "Placement kept", which closes it today.
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->episodes()->index(0, 0));
    QTest::keyClick(page->view(), Qt::Key_Return);
    QPointer<SupportEpisodeDialog> dialog =
        visible<SupportEpisodeDialog>(window, "supportEpisodeDialog");
    auto *outcome = qobject_cast<QComboBox *>(dialog->form()->editor(QStringLiteral("outcome")));
    REQUIRE(outcome);
    outcome->setFocus();
    QTest::keyClick(outcome, Qt::Key_P);
    QApplication::processEvents();
    CHECK(stored("outcome") == QStringLiteral("kept"));
    CHECK(stored("ended_on") == QStringLiteral("2026-01-01"));
    CHECK(stored("check_due_on") == QStringLiteral("2026-02-12"));
    CHECK(page->episodes()->rowCount() == 0); // open ones only
    session.undoStack().undo();
    QApplication::processEvents();
    CHECK(stored("outcome").isNull());
    CHECK(stored("ended_on").isNull());
    CHECK(page->episodes()->rowCount() == 1);

    // The setting staff whose capacity it built.
    dialog->findChild<QPushButton *>(QStringLiteral("supportAddCapacity"))->click();
    QPointer<RecordDialog> add;
    QApplication::processEvents();
    for (auto *candidate : dialog->findChildren<RecordDialog *>())
        if (candidate->isVisible())
            add = candidate;
    REQUIRE(add);
    QTest::keyClicks(add->form()->editor(QStringLiteral("name")), QStringLiteral("Sam Hill"));
    QTest::keyClicks(add->form()->editor(QStringLiteral("can_now")),
                     QStringLiteral("Runs the calm start."));
    add->accept();
    QApplication::processEvents();
    CHECK(dialog->capacity()->rowCount() == 1);
    saveScreenshot(*dialog, QStringLiteral("support-episode"));
    dialog->accept();
    QApplication::processEvents();

    // Ended, the case starts another from its own dialog.
    editRecord(session, supportEpisodeKind(), episode,
               {{QStringLiteral("outcome"), QStringLiteral("moved")},
                {QStringLiteral("outcome_detail"), QStringLiteral("Oak Tree PRU")}});
    auto *caseDialog = new CaseDialog(session, involvement, &window);
    caseDialog->setAttribute(Qt::WA_DeleteOnClose);
    caseDialog->open();
    REQUIRE(QTest::qWaitForWindowActive(caseDialog));
    caseDialog->findChild<QPushButton *>(QStringLiteral("caseSupport"))->click();
    QPointer<RecordDialog> start = visible<RecordDialog>(window, "supportStartDialog");
    auto *risk = qobject_cast<QComboBox *>(start->form()->editor(QStringLiteral("risk")));
    REQUIRE(risk);
    risk->setCurrentIndex(risk->findData(QStringLiteral("reduced_timetable")));
    start->accept();
    QApplication::processEvents();
    CHECK(readRecordsWhere(t.db(), supportEpisodeKind().type(), u"involvement_id", involvement)
              .size() == 2);
}
