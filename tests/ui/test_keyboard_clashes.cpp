#include "casework/Caseload.h"
#include "casework/CaseworkRecords.h"
#include "children/ChildPage.h"
#include "children/ChildRecords.h"
#include "children/ChildrenPage.h"
#include "commands/EditSession.h"
#include "common/MessageBox.h"
#include "demo/DemoData.h"
#include "mainwindow/KeyboardHelp.h"
#include "mainwindow/MainWindow.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"
#include "support/Screenshot.h"
#include "support/TestDatabase.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::TestDatabase;
using namespace casebook::ui;

namespace {

// The letter after a single '&' in `text`, in lower case; null when none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

bool shown(QWidget *widget, QWidget *window)
{
    return widget->isVisibleTo(window) && widget->isEnabled();
}

// What Alt+letter and each shortcut would reach in `window` as it stands:
// visible, enabled buttons, labels with buddies, checkable group boxes, the
// menu bar's menus; and the shortcuts of enabled actions on visible widgets.
// Returns a line for each letter or key sequence claimed twice.
QStringList clashes(QWidget *window)
{
    QMultiMap<QChar, QString> letters;
    QMultiMap<QString, QString> keys;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!shown(widget, window) || widget->window() != window)
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        else if (auto *box = qobject_cast<QGroupBox *>(widget); box && box->isCheckable())
            text = box->title();
        if (const QChar letter = mnemonic(text); !letter.isNull())
            letters.insert(letter, text);
        for (QAction *action : widget->actions()) {
            if (!action->isEnabled() || qobject_cast<QMenuBar *>(widget))
                continue;
            for (const QKeySequence &key : action->shortcuts())
                keys.insert(key.toString(),
                            action->text().isEmpty() ? widget->objectName() : action->text());
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : main->menuBar()->actions()) {
            if (const QChar letter = mnemonic(menu->text()); !letter.isNull())
                letters.insert(letter, menu->text());
            if (!menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions())
                if (action->isEnabled())
                    for (const QKeySequence &key : action->shortcuts())
                        keys.insert(key.toString(), action->text());
        }
    }
    QStringList found;
    for (const QChar letter : letters.uniqueKeys())
        if (letters.count(letter) > 1)
            found.append(
                QStringLiteral("Alt+%1: %2")
                    .arg(letter.toUpper(), QStringList(letters.values(letter)).join(u", ")));
    for (const QString &key : keys.uniqueKeys()) {
        QStringList owners = keys.values(key);
        owners.removeDuplicates(); // one action seen through the menu and the window
        if (owners.size() > 1)
            found.append(QStringLiteral("%1: %2").arg(key, owners.join(u", ")));
    }
    return found;
}

} // namespace

TEST_CASE("No two things on a page share a mnemonic or a shortcut", "[ui][keyboard]")
{
    QSettings().clear();
    TestDatabase t;
    generateDemoData(t.db(), {40, 2});
    EditSession session(t.db());
    MainWindow window(session);
    window.resize(1100, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        QApplication::processEvents();
        const QStringList found = clashes(&window);
        INFO("page " << page << ": " << found.join(u'\n').toStdString());
        CHECK(found.isEmpty());
    }
    // A child's own page, inside the Children page.
    window.showPage(MainWindow::Children);
    auto *children = window.findChild<ChildrenPage *>();
    REQUIRE(children);
    children->openChild(readRecords(t.db(), childKind().type()).first().first);
    QApplication::processEvents();
    const QStringList found = clashes(&window);
    INFO("a child's page: " << found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("Ctrl+L logs a contact from anywhere on a child's page, and on My caseload",
          "[ui][keyboard]")
{
    QSettings().clear();
    TestDatabase t;
    generateDemoData(t.db(), {40, 2});
    EditSession session(t.db());
    CaseSummary active;
    for (const CaseSummary &c : listCases(t.db(), {}, t.db().environment().today()))
        if (c.status == u"active" && !c.child.isNull())
            active = c;
    REQUIRE_FALSE(active.id.isNull());
    setWhoAmI(t.db(), active.teacher);
    MainWindow window(session);
    window.resize(1100, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    const auto contactDialog = [&] {
        QApplication::processEvents();
        for (auto *dialog : window.findChildren<QDialog *>(QStringLiteral("contactDialog")))
            if (dialog->isVisible())
                return dialog;
        return static_cast<QDialog *>(nullptr);
    };

    window.showPage(MainWindow::Children);
    window.findChild<ChildrenPage *>()->openChild(active.child);
    QTest::keyClick(&window, Qt::Key_F6); // the cursor in the list of areas of work
    REQUIRE(QApplication::focusWidget());
    CHECK_FALSE(window.findChild<ChildPage *>()->isAncestorOf(QApplication::focusWidget()));
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QDialog *dialog = contactDialog();
    REQUIRE(dialog);
    dialog->reject();
    QApplication::processEvents();
    QApplication::setActiveWindow(&window);

    window.showPage(MainWindow::Casework);
    auto *caseload = window.findChild<QTableView *>(QStringLiteral("caseloadList"));
    REQUIRE(caseload);
    REQUIRE(caseload->model()->rowCount() > 0);
    caseload->setFocus();
    caseload->setCurrentIndex(caseload->model()->index(0, 0));
    QTest::keySequence(caseload, QKeySequence(Qt::CTRL | Qt::Key_L));
    CHECK(contactDialog());
}

TEST_CASE("F1 tells about the page; Help ▸ Keyboard Shortcuts lists every key", "[ui][keyboard]")
{
    QSettings().clear();
    TestDatabase t;
    EditSession session(t.db());
    MainWindow window(session);
    window.resize(1100, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);

    window.showPage(MainWindow::Sync);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(&window, Qt::Key_F1);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Exchange encrypted packages")));
    window.showPage(MainWindow::Children);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(&window, Qt::Key_F1);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Find a child fast")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Ctrl+L: Log a contact")));

    QAction *shortcuts = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("&Keyboard Shortcuts"))
            shortcuts = action;
    REQUIRE(shortcuts);
    shortcuts->trigger();
    auto *dialog = window.findChild<KeyboardShortcutsDialog *>();
    REQUIRE(dialog);
    QStringList listed;
    for (QTreeWidgetItemIterator it(dialog->list()); *it; ++it)
        listed.append((*it)->text(1));
    // Every menu shortcut, and those of the pages.
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *action : menu->menu()->actions())
            for (const QKeySequence &key : action->shortcuts()) {
                INFO(action->text().toStdString());
                CHECK(std::any_of(listed.begin(), listed.end(), [&](const QString &keys) {
                    return keys.split(QStringLiteral(", ")).contains(key.toString());
                }));
            }
    CHECK(listed.contains(QStringLiteral("Ctrl+L")));
    CHECK(listed.contains(QStringLiteral("Ctrl+Return")));
    casebook::test::saveScreenshot(*dialog, QStringLiteral("keyboard-shortcuts"));
}
