#include "commands/EditSession.h"
#include "commands/RecordCommands.h"
#include "common/DialogSeam.h"
#include "common/Error.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/PassphraseDialog.h"
#include "common/Progress.h"
#include "common/TextInput.h"
#include "mainwindow/MainWindow.h"
#include "records/RowTableModel.h"
#include "support/Screenshot.h"
#include "support/TestDatabase.h"
#include "sync/Conflicts.h"
#include "sync/Package.h"
#include "sync/Store.h"
#include "sync/SyncPackages.h"
#include "sync/SyncPage.h"
#include "sync/SyncWork.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QEventLoop>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <catch2/catch.hpp>
#include <optional>

using namespace casebook;
using casebook::test::saveScreenshot;
using casebook::test::TestDatabase;
using namespace casebook::ui;

namespace {

// Starts the page's export or import and waits for its worker to finish.
template<typename Start>
void runAndWait(SyncPage &page, Start start)
{
    QSignalSpy finished(&page, &SyncPage::workFinished);
    start();
    REQUIRE(finished.wait(60000));
}

void exportFrom(SyncPage &page, const QString &file)
{
    FileDialog::setNextFileName(file);
    PassphraseDialog::setNextAnswer("the group's passphrase");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    runAndWait(page, [&] { page.exportPackage(); });
    REQUIRE(QFile::exists(file));
}

void importInto(SyncPage &page, const QString &file)
{
    FileDialog::setNextFileName(file);
    PassphraseDialog::setNextAnswer("the group's passphrase");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    runAndWait(page, [&] { page.importPackage(); });
}

} // namespace

TEST_CASE("Sync page: export, import, a clash shown with a badge, settled", "[ui][sync]")
{
    QTemporaryDir folder;
    TestDatabase a, b;
    EditSession sessionA(a.db()), sessionB(b.db());
    const QUuid id =
        sessionA.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
    SyncPage pageA(sessionA);
    MainWindow windowB(sessionB);
    windowB.resize(1200, 700);
    windowB.show();
    windowB.showPage(MainWindow::Sync);
    auto *pageB = windowB.findChild<SyncPage *>();
    REQUIRE(pageB);
    QAbstractItemModelTester tester(pageB->conflicts(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    // No conflict: nothing to settle, and the buttons say so by being off.
    const auto settleButtons = [&] {
        QList<QPushButton *> found;
        for (auto *button : pageB->findChildren<QPushButton *>())
            if (button->text().startsWith(QStringLiteral("Keep")) ||
                button->text().startsWith(QStringLiteral("Set")))
                found.append(button);
        return found;
    };
    REQUIRE(settleButtons().size() == 3);
    for (QPushButton *button : settleButtons())
        CHECK_FALSE(button->isEnabled());
    CHECK(pageB->findChild<QLabel *>(QStringLiteral("noConflicts"))->isVisible());

    exportFrom(pageA, folder.filePath(QStringLiteral("a1.casebook-sync")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("holds 1 change.")));
    importInto(*pageB, folder.filePath(QStringLiteral("a1.casebook-sync")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("joined the sync group")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("No edits clashed.")));
    CHECK(sessionB.store().exists(u"setting", id));

    sessionA.store().update(u"setting", id,
                            {{QStringLiteral("name"), QStringLiteral("Oak from A")}});
    b.time().ms += 10;
    sessionB.store().update(u"setting", id,
                            {{QStringLiteral("name"), QStringLiteral("Oak from B")}});
    exportFrom(pageA, folder.filePath(QStringLiteral("a2.casebook-sync")));
    importInto(*pageB, folder.filePath(QStringLiteral("a2.casebook-sync")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("1 edit clashed")));
    REQUIRE(pageB->conflicts()->rowCount() == 1);
    for (QPushButton *button : settleButtons())
        CHECK(button->isEnabled());
    CHECK_FALSE(pageB->findChild<QLabel *>(QStringLiteral("noConflicts"))->isVisible());
    // Numbers as people read them.
    CHECK(SyncPage::changesText(60656) == QStringLiteral("60,656 changes"));
    CHECK(SyncPage::changesText(0) == QStringLiteral("no changes"));
    CHECK(pageB->conflicts()->data(pageB->conflicts()->index(0, 4)).toString() ==
          QStringLiteral("Oak from A"));
    CHECK(pageB->conflicts()
              ->data(pageB->conflicts()->index(0, 3))
              .toString()
              .startsWith(QStringLiteral("this laptop, ")));
    CHECK(pageB->conflicts()
              ->data(pageB->conflicts()->index(0, 5))
              .toString()
              .startsWith(QStringLiteral("…") +
                          a->installationId().toString(QUuid::WithoutBraces).right(8)));
    auto *navigation = windowB.findChild<QListWidget *>(QStringLiteral("navigation"));
    CHECK(navigation->item(MainWindow::Sync)->text() == QStringLiteral("Sync (1)"));
    saveScreenshot(windowB, QStringLiteral("sync-page"));

    pageB->settleCurrent(ConflictChoice::KeepWaiting);
    CHECK(pageB->conflicts()->rowCount() == 0);
    CHECK(conflictCount(b.db()) == 0);
    CHECK(sessionB.store().read(u"setting", id)->value(QStringLiteral("name")) ==
          QStringLiteral("Oak from A"));
    CHECK(navigation->item(MainWindow::Sync)->text() == QStringLiteral("Sync"));

    // Neither value: another, typed, checked as the field's type and rules.
    sessionA.store().update(u"setting", id, {{QStringLiteral("district_code"), u"dover"_qs}});
    b.time().ms += 10;
    sessionB.store().update(u"setting", id, {{QStringLiteral("district_code"), u"thanet"_qs}});
    exportFrom(pageA, folder.filePath(QStringLiteral("a3.casebook-sync")));
    importInto(*pageB, folder.filePath(QStringLiteral("a3.casebook-sync")));
    REQUIRE(pageB->conflicts()->rowCount() == 1);
    TextInput::setNextAnswer(QStringLiteral("Atlantis"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    pageB->settleCurrent(ConflictChoice::SetValue);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Atlantis")));
    CHECK(conflictCount(b.db()) == 1); // refused: nothing changed
    TextInput::setNextAnswer(QStringLiteral("ASHFORD"));
    pageB->settleCurrent(ConflictChoice::SetValue); // no refusal this time: no message box
    CHECK(DialogSeam::pending() == 0);
    CHECK(conflictCount(b.db()) == 0);
    CHECK(sessionB.store().read(u"setting", id)->value(QStringLiteral("district_code")) ==
          QStringLiteral("ashford"));

    // A wrong passphrase: a clear refusal, nothing imported.
    FileDialog::setNextFileName(folder.filePath(QStringLiteral("a2.casebook-sync")));
    PassphraseDialog::setNextAnswer("not it");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    runAndWait(*pageB, [&] { pageB->importPackage(); });
    CHECK(MessageBox::lastText().contains(QStringLiteral("passphrase is wrong")));
}

TEST_CASE("Sync work runs beside the window, shows its steps, and Stop stops it", "[ui][sync]")
{
    TestDatabase t;
    QWidget window;
    window.resize(700, 400);
    window.show();
    std::atomic<bool> reported{false};
    std::atomic<Database *> workerDb{nullptr};
    std::optional<Error> outcome;
    bool ended = false;
    runSyncWork(
        &window, t.db(), QStringLiteral("Import a sync package"),
        [&](Database &worker, const ProgressReport &progress) {
            workerDb = &worker; // Catch2 assertions belong on the test's thread
            for (qint64 done = 0;; done += 500) {
                reportProgress(progress, QStringLiteral("Merging changes"), done % 4000, 4000);
                reported = true;
                QThread::msleep(5);
            }
        },
        [&](const std::optional<Error> &error) {
            outcome = error;
            ended = true;
        });
    // The window stays responsive while the work goes on.
    QTRY_VERIFY_WITH_TIMEOUT(reported, 5000);
    CHECK(workerDb.load() != &t.db()); // its own connection
    auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("syncProgress"));
    REQUIRE(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->maximum() == 4000, 5000);
    CHECK(dialog->labelText().startsWith(QStringLiteral("Merging changes")));
    CHECK(dialog->windowModality() == Qt::WindowModal);
    saveScreenshot(*dialog, QStringLiteral("sync-progress"));

    auto *stop = dialog->findChild<QPushButton *>();
    REQUIRE(stop);
    CHECK(stop->text() == QStringLiteral("Stop"));
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ended, 5000);
    REQUIRE(outcome);
    CHECK(outcome->kind() == Error::Kind::Cancelled);
    QTRY_VERIFY(window.findChild<QProgressDialog *>() == nullptr);
}

TEST_CASE("The progress dialog is gone for good before the outcome is told", "[ui][sync]")
{
    TestDatabase t;
    QWidget window;
    window.show();
    bool progressSeen = false;
    bool ended = false;
    runSyncWork(
        &window, t.db(), QStringLiteral("Import a sync package"),
        [](Database &, const ProgressReport &progress) {
            reportProgress(progress, QStringLiteral("Reading the package"), 0, 0);
        },
        [&](const std::optional<Error> &) {
            // What a message box does: an event loop of its own, for as long as
            // the person reads (here past the dialog's show delay).
            QEventLoop reading;
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, &reading, [&] {
                for (auto *dialog : window.findChildren<QProgressDialog *>())
                    progressSeen = progressSeen || dialog->isVisible();
            });
            poll.start(20);
            QTimer::singleShot(700, &reading, &QEventLoop::quit);
            reading.exec();
            ended = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(ended, 5000);
    CHECK_FALSE(progressSeen);
    CHECK(window.findChildren<QProgressDialog *>().isEmpty());
}

TEST_CASE("A window closed while sync work runs stops the work first", "[ui][sync]")
{
    TestDatabase t;
    auto window = std::make_unique<QWidget>();
    window->show();
    std::atomic<bool> started{false};
    std::atomic<bool> workEnded{false};
    runSyncWork(
        window.get(), t.db(), QStringLiteral("Export a sync package"),
        [&](Database &, const ProgressReport &progress) {
            struct Ended
            {
                std::atomic<bool> &flag;
                ~Ended() { flag = true; }
            } ended{workEnded};
            for (;;) {
                reportProgress(progress, QStringLiteral("Collecting changes"));
                started = true;
                QThread::msleep(5);
            }
        },
        [](const std::optional<Error> &) {});
    QTRY_VERIFY_WITH_TIMEOUT(started, 5000);
    window.reset();
    CHECK(workEnded); // waited for, not left running against a closed database
}

TEST_CASE("A new laptop opens on joining its group, then asks who uses it", "[ui][sync]")
{
    QSettings().clear();
    QTemporaryDir folder;
    TestDatabase office, laptop;
    EditSession officeSession(office.db()), laptopSession(laptop.db());
    officeSession.store().insert(u"staff", {{QStringLiteral("first_name"), u"Ann"_qs},
                                            {QStringLiteral("last_name"), u"Lee"_qs}});
    SyncPage officePage(officeSession);
    exportFrom(officePage, folder.filePath(QStringLiteral("for-laptop.casebook-sync")));

    MainWindow window(laptopSession);
    window.resize(1100, 650);
    window.show();
    CHECK(window.currentPage() == MainWindow::Sync);
    auto *join = window.findChild<QGroupBox *>(QStringLiteral("joinBox"));
    REQUIRE(join);
    CHECK(join->isVisible());
    saveScreenshot(window, QStringLiteral("first-run-join"));

    auto *page = window.findChild<SyncPage *>();
    FileDialog::setNextFileName(folder.filePath(QStringLiteral("for-laptop.casebook-sync")));
    PassphraseDialog::setNextAnswer("the group's passphrase");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    runAndWait(*page, [&] {
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("joinFromPackage")),
                          Qt::LeftButton);
    });
    CHECK(MessageBox::lastText().contains(QStringLiteral("joined the sync group")));
    QApplication::processEvents();
    CHECK_FALSE(window.statusBar()->currentMessage().contains(QStringLiteral("no records")));
    CHECK(syncGroup(laptop.db()) == syncGroup(office.db()));
    CHECK_FALSE(join->isVisible());
    CHECK(window.currentPage() == MainWindow::Staff); // now: who uses this laptop?
}

TEST_CASE("Export asks who the package is for; another laptop's package is refused at joining; "
          "an undo that would overwrite an imported edit is dropped with a word in the status bar",
          "[ui][sync][undo]")
{
    QSettings().clear();
    QTemporaryDir folder;
    TestDatabase a, b, c;
    EditSession sessionA(a.db()), sessionB(b.db()), sessionC(c.db());
    const QUuid id =
        sessionA.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
    SyncPage pageA(sessionA);
    MainWindow windowB(sessionB);
    windowB.resize(1100, 720);
    windowB.show();
    windowB.showPage(MainWindow::Sync);
    auto *pageB = windowB.findChild<SyncPage *>();
    REQUIRE(pageB);
    exportFrom(pageA,
               folder.filePath(QStringLiteral("a1.casebook-sync"))); // nobody yet: no question
    importInto(*pageB, folder.filePath(QStringLiteral("a1.casebook-sync")));

    // B renames the school (a step it can undo) and sends it to A, chosen in the question.
    sessionB.execute(std::make_unique<UpdateRecordCommand>(
        sessionB, QStringLiteral("setting"), id,
        QVariantMap{{QStringLiteral("name"), QStringLiteral("Oak Primary")}},
        QStringLiteral("setting Oak")));
    const QString forA = folder.filePath(QStringLiteral("b-for-a.casebook-sync"));
    TextInput::setNextAnswer(a->installationId().toString(QUuid::WithoutBraces));
    exportFrom(*pageB, forA);
    QFile written(forA);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(package::readHeader(written.readAll()).recipient == a->installationId());

    // A new laptop given B's package for A: refused, told what to ask for, unchanged.
    SyncPage pageC(sessionC);
    importInto(pageC, forA);
    CHECK(MessageBox::lastText().contains(QStringLiteral("package for a new laptop")));
    CHECK(MessageBox::lastText().contains(c->installationId().toString(QUuid::WithoutBraces)));
    CHECK(syncGroup(c.db()).isNull());
    CHECK_FALSE(sessionC.store().exists(u"setting", id));

    // A takes B's rename and renames again; B imports that, then presses Ctrl+Z.
    importInto(pageA, forA);
    a.time().ms += 60'000;
    sessionA.store().update(u"setting", id,
                            {{QStringLiteral("name"), QStringLiteral("Oak Primary School")}});
    b.time().ms += 120'000;
    TextInput::setNextAnswer(b->installationId().toString(QUuid::WithoutBraces));
    exportFrom(pageA, folder.filePath(QStringLiteral("a-for-b.casebook-sync")));
    importInto(*pageB, folder.filePath(QStringLiteral("a-for-b.casebook-sync")));
    windowB.showPage(MainWindow::Settings);
    // Edit ▸ Undo (Ctrl+Z).
    QAction *undo = nullptr;
    for (QAction *action : windowB.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    REQUIRE(undo);
    undo->trigger();
    CHECK(windowB.statusBar()->currentMessage().contains(QStringLiteral("not undone")));
    CHECK(sessionB.store().read(u"setting", id)->value(QStringLiteral("name")) ==
          QStringLiteral("Oak Primary School"));
    CHECK(sessionB.undoStack().count() == 0);
    saveScreenshot(windowB, QStringLiteral("undo-dropped-after-sync"));
}
