#include "casework/CaseDialog.h"
#include "casework/Caseload.h"
#include "casework/CaseworkRecords.h"
#include "casework/ChildCasework.h"
#include "children/ChildPage.h"
#include "children/ChildrenPage.h"
#include "commands/EditSession.h"
#include "common/PageTabs.h"
#include "demo/DemoData.h"
#include "lift/LiftPage.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordDialog.h"
#include "records/RecordForm.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/Screenshot.h"
#include "support/TestDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::saveScreenshot;
using casebook::test::TestDatabase;
using namespace casebook::ui;

namespace {

// The column of `view` headed `title`, or -1.
int columnOf(QTableView *view, const QString &title)
{
    for (int column = 0; column < view->model()->columnCount(); ++column)
        if (view->model()->headerData(column, Qt::Horizontal).toString() == title)
            return column;
    return -1;
}

// Whether column `title` shows whole, inside the view's viewport.
bool wholeInView(QTableView *view, const QString &title)
{
    const int column = columnOf(view, title);
    if (column < 0 || view->isColumnHidden(column))
        return false;
    const int left = view->columnViewportPosition(column);
    return left >= 0 && left + view->columnWidth(column) <= view->viewport()->width();
}

} // namespace

TEST_CASE("At 1100×720 the pages show what a teacher needs without scrolling sideways",
          "[ui][laptop]")
{
    QSettings().clear();
    TestDatabase t;
    generateDemoData(t.db(), {400, 11});
    EditSession session(t.db());
    const QDate today = t.db().environment().today();
    CaseSummary busiest;
    int most = -1;
    QHash<QUuid, int> casesOf;
    for (const CaseSummary &c : listCases(t.db(), {}, today))
        if (c.status == u"active" && ++casesOf[c.teacher] > most) {
            most = casesOf[c.teacher];
            busiest = c;
        }
    REQUIRE_FALSE(busiest.teacher.isNull());
    setWhoAmI(t.db(), busiest.teacher);

    MainWindow window(session);
    window.resize(1100, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    window.showPage(MainWindow::Casework);
    QApplication::processEvents();
    auto *caseload = window.findChild<QTableView *>(QStringLiteral("caseloadList"));
    REQUIRE(caseload);
    saveScreenshot(window, QStringLiteral("laptop-caseload"));
    CHECK(wholeInView(caseload, QStringLiteral("Next review")));

    // LIFT: a meeting's agenda shows each referral's decision, the list each meeting's status.
    window.showPage(MainWindow::Lift);
    QApplication::processEvents();
    // The meeting with the most referrals, as the admin runs it.
    Statement fullest(t.db().handle(),
                      QStringLiteral("SELECT meeting_id FROM lift_referral GROUP BY meeting_id "
                                     "ORDER BY count(*) DESC LIMIT 1"));
    REQUIRE(fullest.step());
    window.findChild<LiftPage *>()->showMeeting(QUuid::fromRfc4122(fullest.blob(0)));
    QTest::qWait(100); // the list's scroll bar came: its columns fit again
    auto *meetings = window.findChild<QTableView *>(QStringLiteral("liftMeetings"));
    auto *agenda = window.findChild<QTableView *>(QStringLiteral("liftAgenda"));
    REQUIRE(meetings);
    REQUIRE(agenda);
    REQUIRE(meetings->model()->rowCount() > 0);
    REQUIRE(agenda->model()->rowCount() > 0);
    saveScreenshot(window, QStringLiteral("laptop-lift"));
    CHECK(wholeInView(meetings, QStringLiteral("Status")));
    CHECK(wholeInView(agenda, QStringLiteral("Decision")));

    // Drop-in clinics: the list's free slots, the session's follow-ups.
    window.showPage(MainWindow::DropIn);
    QTest::qWait(100);
    auto *sessions = window.findChild<QTableView *>(QStringLiteral("dropinSessions"));
    auto *slots_ = window.findChild<QTableView *>(QStringLiteral("dropinSlots"));
    REQUIRE(sessions);
    REQUIRE(slots_);
    REQUIRE(sessions->model()->rowCount() > 0);
    saveScreenshot(window, QStringLiteral("laptop-dropin"));
    CHECK(wholeInView(sessions, QStringLiteral("Free")));
    CHECK(wholeInView(slots_, QStringLiteral("Follow-up")));

    // The Intensive support and Link teachers tabs.
    window.showPage(MainWindow::Casework);
    for (auto *tabs : window.findChildren<PageTabs *>())
        if (tabs->isVisible())
            tabs->setCurrentIndex(1);
    QTest::qWait(50);
    auto *episodes = window.findChild<QTableView *>(QStringLiteral("supportEpisodes"));
    REQUIRE(episodes);
    auto *everyone = window.findChild<QCheckBox *>(QStringLiteral("supportEveryone"));
    REQUIRE(everyone);
    everyone->setChecked(true);
    window.findChild<QCheckBox *>(QStringLiteral("supportEndedToo"))->setChecked(true);
    QApplication::processEvents();
    REQUIRE(episodes->model()->rowCount() > 0);
    saveScreenshot(window, QStringLiteral("laptop-support"));
    CHECK(wholeInView(episodes, QStringLiteral("Check")));
    window.showPage(MainWindow::Settings);
    for (auto *tabs : window.findChildren<PageTabs *>())
        if (tabs->isVisible())
            tabs->setCurrentIndex(1);
    QTest::qWait(50);
    auto *links = window.findChild<QTableView *>(QStringLiteral("linkSettings"));
    REQUIRE(links);
    REQUIRE(links->model()->rowCount() > 0);
    saveScreenshot(window, QStringLiteral("laptop-links"));
    CHECK(wholeInView(links, QStringLiteral("Last year")));

    window.showPage(MainWindow::Children);
    QApplication::processEvents();
    auto *children = window.findChild<QTableView *>(QStringLiteral("childList"));
    REQUIRE(children);
    saveScreenshot(window, QStringLiteral("laptop-children"));
    for (const char *column : {"Provision", "Needs", "Status"}) {
        INFO(column);
        CHECK(wholeInView(children, QString::fromLatin1(column)));
    }

    window.findChild<ChildrenPage *>()->openChild(busiest.child);
    QApplication::processEvents();
    saveScreenshot(window, QStringLiteral("laptop-child"));
    auto *timeline = window.findChild<QTableView *>(QStringLiteral("contactTimeline"));
    REQUIRE(timeline);
    REQUIRE(timeline->model()->rowCount() >= 5);
    CHECK(timeline->viewport()->height() >= 5 * timeline->rowHeight(0));
    for (const char *column : {"Date", "Type", "Minutes"}) {
        INFO(column);
        CHECK(wholeInView(timeline, QString::fromLatin1(column)));
    }

    // Open a case: opened today, nothing about closing yet, no value cut short.
    auto *casework = window.findChild<ChildCasework *>();
    REQUIRE(casework);
    casework->openCase();
    RecordDialog *open = nullptr;
    for (auto *dialog : window.findChildren<RecordDialog *>())
        if (dialog->windowTitle() == QStringLiteral("Open a case"))
            open = dialog;
    REQUIRE(open);
    REQUIRE(QTest::qWaitForWindowExposed(open));
    saveScreenshot(*open, QStringLiteral("laptop-open-case"));
    auto *opened = qobject_cast<QLineEdit *>(open->form()->editor(QStringLiteral("opened_on")));
    REQUIRE(opened);
    CHECK(opened->text() == t.db().environment().today().toString(QStringLiteral("dd/MM/yyyy")));
    CHECK_FALSE(open->form()->editor(QStringLiteral("closed_on")));
    CHECK_FALSE(open->form()->editor(QStringLiteral("closure_reason")));
    for (auto *combo : open->findChildren<QComboBox *>()) {
        INFO(combo->objectName().toStdString() << ": " << combo->currentText().toStdString());
        CHECK(combo->fontMetrics().horizontalAdvance(combo->currentText()) < combo->width() - 24);
    }
    open->reject();

    // The case itself fits the laptop's screen.
    casework->editInvolvement();
    auto *caseDialog = window.findChild<CaseDialog *>();
    REQUIRE(caseDialog);
    REQUIRE(QTest::qWaitForWindowExposed(caseDialog));
    saveScreenshot(*caseDialog, QStringLiteral("laptop-case"));
    CHECK(caseDialog->frameGeometry().width() <= 1100);
    CHECK(caseDialog->frameGeometry().height() <= 720);
    for (auto *combo : caseDialog->findChildren<QComboBox *>()) {
        INFO(combo->objectName().toStdString() << ": " << combo->currentText().toStdString());
        CHECK(combo->fontMetrics().horizontalAdvance(combo->currentText()) < combo->width() - 24);
    }
}
