// Run by ctest as ui_paint_on_x, on a real X display under Xvfb: what the
// screen shows after each move is what the window paints afresh. Pixels left
// behind by a page or a row that has gone (a strip of the previous child's
// contact row below the page) differ from a fresh paint of the window.

#include "casework/Caseload.h"
#include "children/ChildPage.h"
#include "children/ChildrenPage.h"
#include "commands/EditSession.h"
#include "demo/DemoData.h"
#include "mainwindow/MainWindow.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::TestDatabase;
using namespace casebook::ui;

namespace {

// The rows of pixels where the screen shows other than a fresh paint of
// `window`, as "from–to" runs; empty when they agree. Both images are kept in
// the screenshots folder when they differ.
QString staleRows(QWidget &window, const QString &step)
{
    QTest::qWait(150); // the X server has what was flushed
    const QImage screen =
        window.screen()->grabWindow(window.winId()).toImage().convertToFormat(QImage::Format_RGB32);
    const QImage painted = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (screen.size() != painted.size())
        return QStringLiteral("sizes %1×%2 on screen, %3×%4 painted")
            .arg(screen.width())
            .arg(screen.height())
            .arg(painted.width())
            .arg(painted.height());
    QStringList runs;
    int from = -1;
    for (int y = 0; y <= screen.height(); ++y) {
        const bool differs =
            y < screen.height() &&
            memcmp(screen.constScanLine(y), painted.constScanLine(y), screen.bytesPerLine()) != 0;
        if (differs && from < 0)
            from = y;
        if (!differs && from >= 0) {
            runs.append(QStringLiteral("%1–%2").arg(from).arg(y - 1));
            from = -1;
        }
    }
    if (!runs.isEmpty()) {
        QDir().mkpath(QStringLiteral(CASEBOOK_SCREENSHOT_DIR));
        screen.save(QStringLiteral(CASEBOOK_SCREENSHOT_DIR "/stale-%1-screen.png").arg(step));
        painted.save(QStringLiteral(CASEBOOK_SCREENSHOT_DIR "/stale-%1-painted.png").arg(step));
    }
    return runs.join(QStringLiteral(", "));
}

void checkNothingStale(QWidget &window, const QString &step)
{
    const QString rows = staleRows(window, step);
    INFO("after " << step.toStdString() << ", the screen differs at rows " << rows.toStdString());
    CHECK(rows.isEmpty());
}

} // namespace

TEST_CASE("On an X display nothing of a page stays painted after moving away from it", "[.x11]")
{
    REQUIRE(QGuiApplication::platformName() == QLatin1String("xcb"));
    QSettings().clear();
    QApplication::setCursorFlashTime(0); // a steady text cursor, the same in both images
    TestDatabase t;
    generateDemoData(t.db(), {400, 11});
    EditSession session(t.db());

    // The child with the longest contact log, and one with the shortest.
    QUuid most, fewest;
    qsizetype mostContacts = -1, fewestContacts = -1;
    for (const CaseSummary &c : listCases(t.db(), {}, t.db().environment().today())) {
        if (c.child.isNull())
            continue;
        const qsizetype contacts = contactsForChild(t.db(), c.child).size();
        if (contacts > mostContacts)
            std::tie(most, mostContacts) = std::pair(c.child, contacts);
        if (fewestContacts < 0 || contacts < fewestContacts)
            std::tie(fewest, fewestContacts) = std::pair(c.child, contacts);
    }
    REQUIRE(mostContacts > fewestContacts + 5);

    MainWindow window(session);
    window.resize(1100, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *children = window.findChild<ChildrenPage *>();
    auto *scroll = children->childPage()->findChild<QScrollArea *>();
    auto *timeline =
        children->childPage()->findChild<QTableView *>(QStringLiteral("contactTimeline"));
    REQUIRE(scroll);
    REQUIRE(timeline);
    checkNothingStale(window, QStringLiteral("list"));

    const auto openLongLog = [&] {
        children->openChild(most);
        QApplication::processEvents();
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        timeline->setFocus();
        timeline->selectRow(2);
        QApplication::processEvents();
    };
    openLongLog();
    checkNothingStale(window, QStringLiteral("long-log"));

    children->openChild(fewest);
    checkNothingStale(window, QStringLiteral("short-log"));

    // The contact log scrolled a row at a time while the page's bottom edge
    // cuts it: Qt moves the pixels it can and paints the rest.
    children->openChild(most);
    scroll->verticalScrollBar()->setValue(0);
    QApplication::processEvents();
    for (int step = 0; step < 6; ++step) {
        timeline->verticalScrollBar()->setValue(timeline->verticalScrollBar()->value() + 1);
        QApplication::processEvents();
    }
    checkNothingStale(window, QStringLiteral("log-scrolled-cut"));
    children->openChild(fewest);
    checkNothingStale(window, QStringLiteral("short-log-after-scroll"));

    openLongLog();
    children->showList();
    checkNothingStale(window, QStringLiteral("back-to-list"));

    openLongLog();
    for (const MainWindow::Page page : {MainWindow::Casework, MainWindow::Settings}) {
        window.showPage(page);
        checkNothingStale(window, QStringLiteral("page-%1").arg(int(page)));
        window.showPage(MainWindow::Children);
        checkNothingStale(window, QStringLiteral("back-%1").arg(int(page)));
    }

    window.resize(900, 600);
    openLongLog();
    window.resize(1100, 720);
    checkNothingStale(window, QStringLiteral("resized"));
}
