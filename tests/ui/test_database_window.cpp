#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "mainwindow/DatabaseWindow.h"
#include "mainwindow/MainWindow.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace casebook;
using namespace casebook::ui;

namespace {

QAction *fileAction(MainWindow *window, const QString &text)
{
    for (QAction *menu : window->menuBar()->actions())
        if (menu->text() == QStringLiteral("&File"))
            for (QAction *action : menu->menu()->actions())
                if (action->text() == text)
                    return action;
    return nullptr;
}

} // namespace

TEST_CASE("File ▸ New Database, Open and Open Recent change the database; a refused one leaves "
          "the window as it was",
          "[ui][databases]")
{
    QSettings().clear();
    QTemporaryDir folder;
    const QString first = folder.filePath(QStringLiteral("first.sqlite"));
    const QString second = folder.filePath(QStringLiteral("second.sqlite"));
    DatabaseWindow windows;
    REQUIRE(windows.open(first, true));
    MainWindow *window = windows.window();
    REQUIRE(window);
    CHECK(window->windowTitle() == QStringLiteral("first.sqlite — STLS Casebook"));

    // New Database…: made, opened, and the first window goes.
    FileDialog::setNextFileName(second);
    fileAction(window, QStringLiteral("New &Database…"))->trigger();
    QApplication::processEvents();
    REQUIRE(windows.window() != window);
    QTRY_VERIFY(QApplication::topLevelWidgets().count(window) == 0); // deleted
    window = windows.window();
    CHECK(window->windowTitle() == QStringLiteral("second.sqlite — STLS Casebook"));
    CHECK(QFileInfo::exists(second));
    CHECK(DatabaseWindow::recentDatabases() ==
          QStringList({QFileInfo(second).absoluteFilePath(), QFileInfo(first).absoluteFilePath()}));

    // A database from a newer version: refused, said why, the window stays on the second.
    const QString newer = folder.filePath(QStringLiteral("newer.sqlite"));
    {
        auto made = Database::open(newer);
        executeScript(made->handle(), QStringLiteral("PRAGMA user_version = 999"));
    }
    const QByteArray before = [&] {
        QFile file(newer);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    FileDialog::setNextFileName(newer);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keySequence(window, QKeySequence::Open);
    QApplication::processEvents();
    CHECK(MessageBox::lastText().contains(QStringLiteral("newer version")));
    CHECK(windows.window() == window);
    CHECK(windows.database()->path() == QFileInfo(second).absoluteFilePath());
    QFile unchanged(newer);
    REQUIRE(unchanged.open(QIODevice::ReadOnly));
    CHECK(unchanged.readAll() == before);

    // A file that is not there: the same.
    FileDialog::setNextFileName(folder.filePath(QStringLiteral("gone.sqlite")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keySequence(window, QKeySequence::Open);
    CHECK(MessageBox::lastText().contains(QStringLiteral("There is no file")));
    CHECK_FALSE(QFileInfo::exists(folder.filePath(QStringLiteral("gone.sqlite"))));
    CHECK(windows.window() == window);

    // Open Recent: the first again.
    QMenu *recent = fileAction(window, QStringLiteral("Open &Recent"))->menu();
    REQUIRE(recent);
    emit recent->aboutToShow();
    REQUIRE_FALSE(recent->actions().isEmpty());
    CHECK(recent->actions().first()->text().contains(QStringLiteral("first.sqlite")));
    recent->actions().first()->trigger();
    QApplication::processEvents();
    REQUIRE(windows.window() != window);
    CHECK(windows.window()->windowTitle() == QStringLiteral("first.sqlite — STLS Casebook"));
}
