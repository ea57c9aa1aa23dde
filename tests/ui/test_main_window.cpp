#include "commands/EditSession.h"
#include "commands/RecordCommands.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/MainWindow.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"
#include "support/Screenshot.h"
#include "support/TestDatabase.h"
#include "sync/Store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::saveScreenshot;
using casebook::test::TestDatabase;
using casebook::ui::MainWindow;

namespace {

QAction *findAction(QWidget &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text().remove(u'&') == text)
            return action;
    return nullptr;
}

} // namespace

TEST_CASE("The window moves through the areas of work from the keyboard", "[ui]")
{
    QSettings().clear();
    TestDatabase t;
    EditSession session(t.db());
    MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    REQUIRE(navigation);
    REQUIRE(pages);
    CHECK(navigation->count() == MainWindow::PageCount);
    CHECK(navigation->accessibleName() == QStringLiteral("Areas of work"));
    // An empty database: the window opens where a new laptop joins its group.
    CHECK(window.currentPage() == MainWindow::Sync);
    window.showPage(MainWindow::Children);
    saveScreenshot(window, QStringLiteral("main-window-children"));

    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    CHECK(window.currentPage() == MainWindow::Settings);
    QTest::keyClick(navigation, Qt::Key_End);
    CHECK(window.currentPage() == MainWindow::Sync);
    CHECK(pages->currentWidget()->accessibleName() == QStringLiteral("Sync"));
    saveScreenshot(window, QStringLiteral("main-window-sync"));

    // Ctrl+5 is LIFT, from anywhere in the window.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_5));
    CHECK(window.currentPage() == MainWindow::Lift);
    QTest::keyClick(navigation, Qt::Key_Home);
    CHECK(window.currentPage() == MainWindow::Children);
}

TEST_CASE("Menus give every action a mnemonic or a shortcut", "[ui]")
{
    TestDatabase t;
    EditSession session(t.db());
    MainWindow window(session);
    const auto menus = window.menuBar()->actions();
    QStringList titles;
    for (QAction *menu : menus)
        titles.append(menu->text());
    CHECK(titles == QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                QStringLiteral("&View"), QStringLiteral("&Help")});
    for (QAction *menu : menus) {
        REQUIRE(menu->menu());
        for (QAction *action : menu->menu()->actions()) {
            if (action->isSeparator())
                continue;
            INFO(action->text().toStdString());
            CHECK((action->text().contains(u'&') || !action->shortcut().isEmpty()));
        }
    }
}

TEST_CASE("Edit ▸ Undo and Redo follow the undo stack", "[ui]")
{
    TestDatabase t;
    EditSession session(t.db());
    MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QAction *undo = findAction(window, QStringLiteral("Undo"));
    REQUIRE(undo);
    CHECK_FALSE(undo->isEnabled());

    auto command = std::make_unique<InsertRecordCommand>(
        session, QStringLiteral("setting"),
        QVariantMap{{QStringLiteral("name"), QStringLiteral("Rowan Academy")}},
        QStringLiteral("Rowan Academy"));
    auto *raw = command.get();
    session.execute(std::move(command));
    QAction *undoNow = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undoNow = action;
    REQUIRE(undoNow);
    CHECK(undoNow->isEnabled());
    CHECK(undoNow->text().contains(QLatin1String("Rowan Academy")));

    QTest::keySequence(&window, QKeySequence::Undo);
    CHECK_FALSE(session.store().exists(u"setting", raw->recordId()));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Y));
    CHECK(session.store().exists(u"setting", raw->recordId()));
}

TEST_CASE("The status bar and About box name the database and installation", "[ui]")
{
    TestDatabase t;
    EditSession session(t.db());
    MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *database = window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    REQUIRE(database);
    CHECK(database->text().contains(QDir::toNativeSeparators(t.path())));
    auto *installation =
        window.statusBar()->findChild<QLabel *>(QStringLiteral("installationLabel"));
    REQUIRE(installation);
    CHECK(installation->toolTip() == t->installationId().toString(QUuid::WithoutBraces));

    QAction *about = findAction(window, QStringLiteral("About STLS Casebook"));
    REQUIRE(about);
    about->trigger();
    auto *dialog = window.findChild<casebook::ui::AboutDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QString text;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        text += label->text();
    CHECK(text.contains(QLatin1String(CASEBOOK_VERSION)));
    CHECK(text.contains(QLatin1String("MIT")));
    CHECK(text.contains(QLatin1String("test.sqlite")));
    saveScreenshot(*dialog, QStringLiteral("about"));
    dialog->close();
}

TEST_CASE("The window remembers its size and page", "[ui]")
{
    QSettings().clear();
    TestDatabase t;
    EditSession session(t.db());
    // Not a first run: staff, and who uses the laptop, are known.
    setWhoAmI(t.db(), session.store().insert(u"staff", {{QStringLiteral("first_name"), u"Ann"_qs},
                                                        {QStringLiteral("last_name"), u"Lee"_qs}}));
    {
        MainWindow window(session);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        window.showPage(MainWindow::Training);
        window.close();
    }
    MainWindow again(session);
    CHECK(again.currentPage() == MainWindow::Training);
    INFO(again.minimumSizeHint().width() << " " << again.minimumSizeHint().height());
    CHECK(again.size() == QSize(900, 640));
}

TEST_CASE("The first-run guidance goes once records arrive", "[ui]")
{
    QSettings().clear();
    TestDatabase t;
    EditSession session(t.db());
    MainWindow window(session);
    window.show();
    QApplication::processEvents();
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("holds no records yet")));
    // Records written the way an import writes them: not through Edit ▸ Undo.
    session.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
    CHECK(window.statusBar()->currentMessage().isEmpty());
    // Typed in: the guidance gives way to the quiet "Saved".
    addRecord(session, settingKind(), {{QStringLiteral("name"), QStringLiteral("Elm")}});
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Saved: Add setting Elm"));
}
