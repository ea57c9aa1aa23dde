// Link teachers in the window: the allocation tab for the coming year, a
// year copied forward and a setting assigned from the keyboard, and a
// setting's dialog naming this year's link teacher with how to reach them.
#include "casework/CaseworkRecords.h"
#include "commands/EditSession.h"
#include "common/MessageBox.h"
#include "common/PageTabs.h"
#include "links/LinkAllocation.h"
#include "links/LinkAllocationPage.h"
#include "links/SettingLinkTeachers.h"
#include "mainwindow/MainWindow.h"
#include "records/RowTableModel.h"
#include "settings/SettingDialog.h"
#include "settings/SettingRecords.h"
#include "settings/SettingsPage.h"
#include "staff/StaffRecords.h"
#include "support/Screenshot.h"
#include "support/TestDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::saveScreenshot;
using casebook::test::TestDatabase;
using namespace casebook::ui;

TEST_CASE("Link teachers: the coming year copied forward and assigned from the keyboard; a "
          "setting names its link teacher",
          "[ui][links]")
{
    QSettings().clear();
    TestDatabase t;
    EditSession session(t.db());
    const auto school = [&](const char *name, int pupils) {
        return addRecord(session, settingKind(),
                         {{QStringLiteral("name"), QString::fromLatin1(name)},
                          {QStringLiteral("district_code"), QStringLiteral("dover")},
                          {QStringLiteral("pupils_on_roll"), pupils},
                          {QStringLiteral("status"), QStringLiteral("open")}});
    };
    const QUuid oak = school("Oak Tree Primary", 300);
    school("Elm Primary", 120);
    const auto teacher = [&](const char *first, const char *last) {
        return addRecord(session, staffKind(),
                         {{QStringLiteral("first_name"), QString::fromLatin1(first)},
                          {QStringLiteral("last_name"), QString::fromLatin1(last)},
                          {QStringLiteral("role"), QStringLiteral("specialist_teacher")},
                          {QStringLiteral("service_line_code"), QStringLiteral("district")},
                          {QStringLiteral("district_code"), QStringLiteral("dover")},
                          {QStringLiteral("email"), QStringLiteral("nia.hart@example.org")}});
    };
    const QUuid nia = teacher("Nia", "Hart");
    const QUuid omar = teacher("Omar", "Quill");
    setWhoAmI(t.db(), nia);
    // Today is 01/01/2026: this year is 2025/26, the coming one 2026/27.
    assignLinkTeacher(session, oak, nia, QStringLiteral("2025/26"));

    MainWindow window(session);
    window.resize(1100, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    window.showPage(MainWindow::Settings);
    PageTabs *tabs = nullptr;
    for (auto *candidate : window.findChildren<PageTabs *>())
        if (candidate->isVisible())
            tabs = candidate;
    REQUIRE(tabs);
    CHECK(tabs->tabText(0) == QStringLiteral("Settings"));
    CHECK(tabs->tabText(1) == QStringLiteral("Link teachers"));
    tabs->setCurrentIndex(1);
    auto *page = window.findChild<LinkAllocationPage *>();
    REQUIRE(page);
    CHECK(page->year()->currentData() == QStringLiteral("2026/27"));
    REQUIRE(page->settings()->rowCount() == 2);
    CHECK(page->summary()->text().contains(QStringLiteral("2 of 2 settings without")));

    // Last year forward: Oak keeps Nia.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page->findChild<QPushButton *>(QStringLiteral("linkCopyForward"))->click();
    QApplication::processEvents();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Copied 1 link teachers")));
    const auto teacherOf = [&](const char *name) {
        for (int row = 0; row < page->settings()->rowCount(); ++row)
            if (page->settings()->index(row, 1).data() == QString::fromLatin1(name))
                return page->settings()->index(row, 3).data().toString();
        return QString();
    };
    CHECK(teacherOf("Oak Tree Primary") == QStringLiteral("Nia Hart"));
    CHECK(teacherOf("Elm Primary") == QStringLiteral("none"));

    // Enter on Elm, choose Omar, Enter.
    page->settingView()->setFocus();
    for (int row = 0; row < page->settings()->rowCount(); ++row)
        if (page->settings()->index(row, 1).data() == QStringLiteral("Elm Primary"))
            page->settingView()->setCurrentIndex(page->settings()->index(row, 0));
    QTest::keyClick(page->settingView(), Qt::Key_Return);
    QApplication::processEvents();
    QDialog *assign = nullptr;
    for (auto *dialog : page->findChildren<QDialog *>(QStringLiteral("linkAssignDialog")))
        if (dialog->isVisible())
            assign = dialog;
    REQUIRE(assign);
    REQUIRE(QTest::qWaitForWindowActive(assign));
    auto *choice = assign->findChild<QComboBox *>(QStringLiteral("linkTeacher"));
    REQUIRE(choice);
    choice->setCurrentIndex(choice->findData(omar));
    assign->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QApplication::processEvents();
    CHECK(teacherOf("Elm Primary") == QStringLiteral("Omar Quill"));
    CHECK(page->summary()->text().contains(QStringLiteral("0 of 2 settings without")));
    saveScreenshot(window, QStringLiteral("link-teachers"));

    // Oak's own dialog: this year's link teacher and how to reach her.
    tabs->setCurrentIndex(0);
    auto *settings = window.findChild<SettingsPage *>();
    REQUIRE(settings);
    settings->view()->setFocus();
    settings->view()->setCurrentIndex(settings->model()->index(settings->model()->rowOf(oak), 0));
    QTest::keyClick(settings->view(), Qt::Key_Return);
    QApplication::processEvents();
    SettingDialog *shown = nullptr;
    for (auto *candidate : window.findChildren<SettingDialog *>())
        if (candidate->isVisible())
            shown = candidate;
    REQUIRE(shown);
    CHECK(shown->linkTeachers()->current()->text() ==
          QStringLiteral("For 2025/26: Nia Hart (District STLS): nia.hart@example.org"));
    CHECK(shown->linkTeachers()->history()->rowCount() == 2); // this year's and the coming one
    saveScreenshot(*shown, QStringLiteral("setting-link-teacher"));

    // A whole-setting visit goes on the setting's own involvement, opened once asked.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    shown->findChild<QPushButton *>(QStringLiteral("settingVisit"))->click();
    QApplication::processEvents();
    const auto opened = readRecordsWhere(t.db(), involvementKind().type(), u"setting_id", oak);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().second.value(QStringLiteral("route")) == QStringLiteral("link_teacher"));
    CHECK(opened.first().second.value(QStringLiteral("child_id")).isNull());
    QDialog *contact = nullptr;
    for (auto *dialog : shown->findChildren<QDialog *>(QStringLiteral("contactDialog")))
        if (dialog->isVisible())
            contact = dialog;
    REQUIRE(contact);
    CHECK(contact->windowTitle() == QStringLiteral("Log a whole-setting visit"));
    contact->reject();
    // Again: the same involvement, not asked.
    shown->findChild<QPushButton *>(QStringLiteral("settingVisit"))->click();
    QApplication::processEvents();
    CHECK(readRecordsWhere(t.db(), involvementKind().type(), u"setting_id", oak).size() == 1);
    shown->accept();
}
