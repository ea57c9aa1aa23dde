#include "commands/EditSession.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "demo/DemoData.h"
#include "mainwindow/MainWindow.h"
#include "records/RowTableModel.h"
#include "settings/SettingRecords.h"
#include "settings/SettingsPage.h"
#include "staff/StaffPage.h"
#include "staff/StaffRecords.h"
#include "support/Screenshot.h"
#include "support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::saveScreenshot;
using casebook::test::TestDatabase;
using namespace casebook::ui;

TEST_CASE("Settings page: import from GIAS, search, and undo the import", "[ui][settings]")
{
    TestDatabase t;
    EditSession session(t.db());
    SettingsPage page(session);
    page.resize(1200, 600);
    page.show();
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.model()->rowCount() == 0);

    FileDialog::setNextFileName(QStringLiteral(CASEBOOK_TEST_DATA "/gias/establishments.csv"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.importFromGias();
    CHECK(MessageBox::lastText().contains(QStringLiteral("6 settings would be added")));
    QApplication::processEvents();
    CHECK(page.model()->rowCount() == 6);
    saveScreenshot(page, QStringLiteral("settings-page"));

    QTest::keyClicks(page.searchBox(), QStringLiteral("mary"));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()
              ->data(page.model()->index(0, 1))
              .toString()
              .startsWith(QStringLiteral("St Mary’s")));
    page.searchBox()->clear();

    FileDialog::setNextFileName(QStringLiteral(CASEBOOK_TEST_DATA "/gias/missing_columns.csv"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.importFromGias();
    CHECK(MessageBox::lastText().contains(QStringLiteral("lacks the GIAS columns")));

    session.undoStack().undo();
    QApplication::processEvents();
    CHECK(page.model()->rowCount() == 0);
}

TEST_CASE("Staff page: choose who uses this laptop", "[ui][staff]")
{
    TestDatabase t;
    generateDemoData(t.db(), {10, 4});
    EditSession session(t.db());
    StaffPage page(session);
    page.resize(1200, 600);
    page.show();
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.model()->rowCount() == int(listStaff(t.db()).size()));
    page.view()->setCurrentIndex(page.model()->index(3, 0));
    const QUuid chosen = page.model()->idAt(3);
    page.makeCurrentMe();
    REQUIRE(whoAmI(t.db()));
    CHECK(*whoAmI(t.db()) == chosen);
    CHECK(page.model()->data(page.model()->index(page.model()->rowOf(chosen), 6)).toString() ==
          QStringLiteral("Yes"));
    saveScreenshot(page, QStringLiteral("staff-page"));
}

TEST_CASE("Empty pages say what to do next", "[ui][empty]")
{
    casebook::test::TestDatabase t;
    casebook::EditSession session(t.db());
    casebook::ui::MainWindow window(session);
    window.resize(1100, 720);
    window.show();
    const auto said = [&](const char *name) {
        auto *label = window.findChild<QLabel *>(QString::fromLatin1(name));
        REQUIRE(label);
        return label->isVisibleTo(label->parentWidget()) ? label->text() : QString();
    };
    CHECK(said("settingEmpty").contains(QStringLiteral("Import from GIAS")));
    CHECK(said("staffEmpty").contains(QStringLiteral("Add staff member")));
    CHECK(said("caseloadSummary").startsWith(QStringLiteral("No cases here yet.")));
    // A search that finds nothing says that instead.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("settingSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("zzz"));
    CHECK(said("settingEmpty") == QStringLiteral("Nothing matches “zzz”."));
}
