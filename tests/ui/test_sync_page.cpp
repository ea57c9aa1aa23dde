#include "commands/EditSession.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/PassphraseDialog.h"
#include "mainwindow/MainWindow.h"
#include "records/RowTableModel.h"
#include "support/Screenshot.h"
#include "support/TestDatabase.h"
#include "sync/Conflicts.h"
#include "sync/Store.h"
#include "sync/SyncPackages.h"
#include "sync/SyncPage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::saveScreenshot;
using casebook::test::TestDatabase;
using namespace casebook::ui;

namespace {

void exportFrom(SyncPage &page, const QString &file)
{
    FileDialog::setNextFileName(file);
    PassphraseDialog::setNextAnswer("the group's passphrase");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.exportPackage();
    REQUIRE(QFile::exists(file));
}

void importInto(SyncPage &page, const QString &file)
{
    FileDialog::setNextFileName(file);
    PassphraseDialog::setNextAnswer("the group's passphrase");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.importPackage();
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

    exportFrom(pageA, folder.filePath(QStringLiteral("a1.casebook-sync")));
    importInto(*pageB, folder.filePath(QStringLiteral("a1.casebook-sync")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("joined the sync group")));
    CHECK(sessionB.store().exists(u"setting", id));

    sessionA.store().update(u"setting", id,
                            {{QStringLiteral("name"), QStringLiteral("Oak from A")}});
    b.time().ms += 10;
    sessionB.store().update(u"setting", id,
                            {{QStringLiteral("name"), QStringLiteral("Oak from B")}});
    exportFrom(pageA, folder.filePath(QStringLiteral("a2.casebook-sync")));
    importInto(*pageB, folder.filePath(QStringLiteral("a2.casebook-sync")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("1 edits clashed")));
    REQUIRE(pageB->conflicts()->rowCount() == 1);
    CHECK(pageB->conflicts()->data(pageB->conflicts()->index(0, 3)).toString() ==
          QStringLiteral("Oak from A"));
    auto *navigation = windowB.findChild<QListWidget *>(QStringLiteral("navigation"));
    CHECK(navigation->item(MainWindow::Sync)->text() == QStringLiteral("Sync (1)"));
    saveScreenshot(windowB, QStringLiteral("sync-page"));

    pageB->settleCurrent(true);
    CHECK(pageB->conflicts()->rowCount() == 0);
    CHECK(conflictCount(b.db()) == 0);
    CHECK(sessionB.store().read(u"setting", id)->value(QStringLiteral("name")) ==
          QStringLiteral("Oak from A"));
    CHECK(navigation->item(MainWindow::Sync)->text() == QStringLiteral("Sync"));

    // A wrong passphrase: a clear refusal, nothing imported.
    FileDialog::setNextFileName(folder.filePath(QStringLiteral("a2.casebook-sync")));
    PassphraseDialog::setNextAnswer("not it");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    pageB->importPackage();
    CHECK(MessageBox::lastText().contains(QStringLiteral("passphrase is wrong")));
}
