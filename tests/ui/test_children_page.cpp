#include "children/ChildListModel.h"
#include "children/ChildPage.h"
#include "children/ChildRecords.h"
#include "children/ChildrenPage.h"
#include "commands/EditSession.h"
#include "common/MessageBox.h"
#include "demo/DemoData.h"
#include "dropin/DropinRecords.h"
#include "lift/LiftRecords.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordDialog.h"
#include "records/RecordForm.h"
#include "settings/SettingRecords.h"
#include "storage/Transaction.h"
#include "support/Screenshot.h"
#include "support/TestDatabase.h"
#include "sync/Store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::saveScreenshot;
using casebook::test::TestDatabase;
using namespace casebook::ui;

namespace {

QUuid addZephyrine(EditSession &session)
{
    const auto setting = listSettings(session.database()).first();
    return addRecord(session, childKind(),
                     {{QStringLiteral("first_name"), QStringLiteral("Ava")},
                      {QStringLiteral("last_name"), QStringLiteral("Zephyrine")},
                      {QStringLiteral("date_of_birth"), QStringLiteral("2018-03-04")},
                      {QStringLiteral("upn"), QStringLiteral("A123456789012")},
                      {QStringLiteral("setting_id"), setting.id},
                      {QStringLiteral("primary_need"), QStringLiteral("ASD")},
                      {QStringLiteral("sen_provision"), QStringLiteral("K")}});
}

QString storedFirstName(EditSession &session, QUuid id)
{
    return session.store().read(u"child", id)->value(QStringLiteral("first_name")).toString();
}

} // namespace

TEST_CASE("Find a child by typing, open with Enter, edit, undo — keyboard only", "[ui][children]")
{
    QSettings().clear();
    TestDatabase t;
    generateDemoData(t.db(), {400, 11});
    EditSession session(t.db());
    const QUuid ava = addZephyrine(session);
    session.undoStack().clear();

    MainWindow window(session);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Children);
    auto *page = window.findChild<ChildrenPage *>();
    REQUIRE(page);
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("childSearch"));
    auto *list = page->findChild<QTableView *>(QStringLiteral("childList"));
    auto *count = page->findChild<QLabel *>(QStringLiteral("childCount"));
    REQUIRE(search);
    REQUIRE(list);
    CHECK(count->text() == QStringLiteral("401 children"));
    CHECK(page->model()->rowCount() == ChildListModel::PageSize); // the rest as it scrolls
    saveScreenshot(window, QStringLiteral("children-page"));

    // Ctrl+F goes to the search box; typing part of the surname narrows the list.
    QTest::keySequence(&window, QKeySequence::Find);
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("zeph"));
    CHECK(page->model()->totalCount() == 1);
    CHECK(count->text() == QStringLiteral("1 child"));
    saveScreenshot(window, QStringLiteral("children-search"));

    QTest::keyClick(search, Qt::Key_Return);
    ChildPage *child = page->childPage();
    REQUIRE(child->isVisible());
    CHECK(child->childId() == ava);
    auto *title = child->findChild<QLabel *>(QStringLiteral("childTitle"));
    CHECK(title->text() == QStringLiteral("Ava Zephyrine"));
    auto *firstName =
        qobject_cast<QLineEdit *>(child->form()->editor(QStringLiteral("first_name")));
    REQUIRE(firstName);
    CHECK(firstName->hasFocus());
    CHECK(firstName->text() == QStringLiteral("Ava"));

    // Edit the first name; leaving the field saves it as one undoable step.
    firstName->selectAll();
    QTest::keyClicks(firstName, QStringLiteral("Avery"));
    QTest::keyClick(firstName, Qt::Key_Tab);
    CHECK(storedFirstName(session, ava) == QStringLiteral("Avery"));
    CHECK(session.undoStack().undoText() == QStringLiteral("Edit child Avery Zephyrine"));
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("Saved: Edit child Avery Zephyrine"));
    CHECK(title->text() == QStringLiteral("Avery Zephyrine"));
    saveScreenshot(window, QStringLiteral("child-page"));

    // Typing not yet saved: Ctrl+Z in the field undoes the field's typing only.
    firstName->setFocus();
    firstName->end(false);
    QTest::keyClicks(firstName, QStringLiteral("xx"));
    QTest::keySequence(firstName, QKeySequence::Undo);
    CHECK(firstName->text() == QStringLiteral("Avery"));
    CHECK(storedFirstName(session, ava) == QStringLiteral("Avery"));
    // With no typing left to undo, Ctrl+Z in the field takes back the saved edit.
    QTest::keySequence(firstName, QKeySequence::Undo);
    CHECK(storedFirstName(session, ava) == QStringLiteral("Ava"));
    CHECK(firstName->text() == QStringLiteral("Ava"));
    CHECK(title->text() == QStringLiteral("Ava Zephyrine"));

    // A refused value stays where it was typed, with the reason; nothing saved.
    auto *upn = qobject_cast<QLineEdit *>(child->form()->editor(QStringLiteral("upn")));
    upn->setFocus();
    upn->selectAll();
    QTest::keyClicks(upn, QStringLiteral("B123456789012"));
    QTest::keyClick(upn, Qt::Key_Return);
    CHECK(child->form()->errorText().contains(QStringLiteral("check letter")));
    CHECK(session.store().read(u"child", ava)->value(QStringLiteral("upn")).toString() ==
          QStringLiteral("A123456789012"));
    saveScreenshot(window, QStringLiteral("child-page-refused"));

    // Esc goes back to the list, on the same child.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(child->isVisible());
    CHECK(page->model()->idAt(list->currentIndex().row()) == ava);
}

TEST_CASE("Adding a child with a UPN that exists asks whether it is a different child",
          "[ui][children]")
{
    TestDatabase t;
    generateDemoData(t.db(), {20, 2});
    EditSession session(t.db());
    addZephyrine(session);
    ChildrenPage page(session);
    page.show();
    page.addChild();
    auto *dialog = page.findChild<RecordDialog *>(QStringLiteral("addChildDialog"));
    REQUIRE(dialog);
    const auto type = [&](const char *field, const QString &text) {
        auto *line = qobject_cast<QLineEdit *>(dialog->form()->editor(QString::fromLatin1(field)));
        REQUIRE(line);
        line->setText(text);
    };
    type("first_name", QStringLiteral("Ben"));
    type("last_name", QStringLiteral("Zephyrine"));
    type("date_of_birth", QStringLiteral("04/03/2018"));
    type("upn", QStringLiteral("a123456789012"));
    saveScreenshot(*dialog, QStringLiteral("add-child-dialog"));

    MessageBox::setNextAnswer(QMessageBox::No);
    dialog->accept();
    CHECK(MessageBox::lastText().contains(QStringLiteral("already belongs to Ava Zephyrine")));
    CHECK(dialog->isVisible());
    CHECK(dialog->form()->errorText().contains(QStringLiteral("already belongs")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->accept();
    QApplication::processEvents();
    CHECK(page.childPage()->isVisible());
    CHECK(session.store()
              .read(u"child", page.childPage()->childId())
              ->value(QStringLiteral("first_name")) == QStringLiteral("Ben"));
    session.undoStack().undo();
    CHECK_FALSE(session.store().exists(u"child", page.childPage()->childId()));

    // A setting added meanwhile can be chosen at once.
    addRecord(session, settingKind(),
              {{QStringLiteral("name"), QStringLiteral("Brand New Nursery")},
               {QStringLiteral("urn"), QStringLiteral("EY999001")}});
    QApplication::processEvents();
    auto *setting =
        qobject_cast<QComboBox *>(page.childPage()->form()->editor(QStringLiteral("setting_id")));
    REQUIRE(setting);
    CHECK(setting->findText(QStringLiteral("Brand New Nursery (EY999001)")) >= 0);
}

TEST_CASE("A child with the name and birthday of one recorded is shown, and opened instead",
          "[ui][children]")
{
    TestDatabase t;
    generateDemoData(t.db(), {20, 2});
    EditSession session(t.db());
    const QUuid existing = addZephyrine(session);
    const int children = int(readRecords(t.db(), childKind().type()).size());
    ChildrenPage page(session);
    page.show();
    const auto fill = [&](RecordDialog *dialog, const char *field, const QString &text) {
        auto *line = qobject_cast<QLineEdit *>(dialog->form()->editor(QString::fromLatin1(field)));
        REQUIRE(line);
        line->setText(text);
    };

    // No UPN, another setting, the name in capitals with an accent: still asked.
    page.addChild();
    auto *dialog = page.findChild<RecordDialog *>(QStringLiteral("addChildDialog"));
    REQUIRE(dialog);
    fill(dialog, "first_name", QStringLiteral("ava"));
    fill(dialog, "last_name", QStringLiteral("ZÉPHYRINE"));
    fill(dialog, "date_of_birth", QStringLiteral("04/03/2018"));
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog->accept();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Ava Zephyrine, born 04/03/2018")));
    CHECK(dialog->isVisible());
    CHECK(int(readRecords(t.db(), childKind().type()).size()) == children);

    // Open the existing child: the dialog goes, the child's page comes, nothing is added.
    MessageBox::setNextAnswer(QMessageBox::Open);
    dialog->accept();
    QApplication::processEvents();
    CHECK(page.childPage()->isVisible());
    CHECK(page.childPage()->childId() == existing);
    CHECK(int(readRecords(t.db(), childKind().type()).size()) == children);

    // With a duplicate UPN the existing child is offered too.
    page.showList();
    page.addChild();
    auto *again = page.findChildren<RecordDialog *>(QStringLiteral("addChildDialog")).last();
    fill(again, "first_name", QStringLiteral("Bo"));
    fill(again, "last_name", QStringLiteral("Other"));
    fill(again, "date_of_birth", QStringLiteral("01/01/2019"));
    fill(again, "upn", QStringLiteral("A123456789012"));
    MessageBox::setNextAnswer(QMessageBox::Open);
    again->accept();
    QApplication::processEvents();
    CHECK(page.childPage()->childId() == existing);
    CHECK(int(readRecords(t.db(), childKind().type()).size()) == children);
}

TEST_CASE("The children model passes the model tester while fetching and filtering",
          "[ui][children][model]")
{
    TestDatabase t;
    generateDemoData(t.db(), {700, 5});
    EditSession session(t.db());
    ChildListModel model(session);
    CHECK(model.totalCount() == 700);
    CHECK(model.rowCount() == ChildListModel::PageSize);
    // Fatal: a broken model contract ends the test program, which ctest reports.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 700);
    for (int row = 1; row < model.rowCount(); ++row) {
        const QString before = model.data(model.index(row - 1, ChildListModel::Name)).toString();
        const QString after = model.data(model.index(row, ChildListModel::Name)).toString();
        INFO(before.toStdString() << " / " << after.toStdString());
        CHECK(QString::compare(before.section(u',', 0, 0), after.section(u',', 0, 0),
                               Qt::CaseInsensitive) <= 0);
    }

    ChildFilter filter;
    filter.needCode = QStringLiteral("HI");
    model.setFilter(filter);
    CHECK(model.totalCount() > 0);
    CHECK(model.totalCount() < 700);
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto child = session.store().read(u"child", model.idAt(row));
        CHECK(child->value(QStringLiteral("primary_need")) == QStringLiteral("HI"));
    }

    // A new child who matches appears once the change is committed.
    const int before = model.totalCount();
    addRecord(session, childKind(),
              {{QStringLiteral("first_name"), QStringLiteral("New")},
               {QStringLiteral("last_name"), QStringLiteral("Aaronson")},
               {QStringLiteral("date_of_birth"), QStringLiteral("2019-01-01")},
               {QStringLiteral("primary_need"), QStringLiteral("HI")}});
    CHECK(model.totalCount() == before + 1);
    CHECK(model.data(model.index(0, ChildListModel::Name)).toString() ==
          QStringLiteral("Aaronson, New"));
}

namespace {

// What a model freshly made on the same filter shows, every row fetched.
QList<QUuid> freshRows(EditSession &session, const ChildFilter &filter)
{
    ChildListModel fresh(session);
    fresh.setFilter(filter);
    while (fresh.canFetchMore({}))
        fresh.fetchMore({});
    QList<QUuid> ids;
    for (int row = 0; row < fresh.rowCount(); ++row)
        ids.append(fresh.idAt(row));
    return ids;
}

struct ModelSignals
{
    explicit ModelSignals(ChildListModel &model)
        : resets(&model, &QAbstractItemModel::modelReset)
        , inserts(&model, &QAbstractItemModel::rowsInserted)
        , removes(&model, &QAbstractItemModel::rowsRemoved)
        , changes(&model, &QAbstractItemModel::dataChanged)
    {}
    void clear()
    {
        for (QSignalSpy *spy : {&resets, &inserts, &removes, &changes})
            spy->clear();
    }
    QSignalSpy resets, inserts, removes, changes;
};

} // namespace

TEST_CASE("The children model follows a few changes row by row and a large batch by reading "
          "again",
          "[ui][children][model]")
{
    TestDatabase t;
    generateDemoData(t.db(), {300, 3});
    EditSession session(t.db());
    ChildListModel model(session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ModelSignals spies(model);
    const QUuid first = model.idAt(3);

    SECTION("an edit in place is one dataChanged, and no reset")
    {
        REQUIRE(editRecord(session, childKind(), first,
                           {{QStringLiteral("notes"), QStringLiteral("Seen in class")}}) == 1);
        CHECK(spies.resets.isEmpty());
        CHECK(spies.inserts.isEmpty());
        CHECK(spies.removes.isEmpty());
        REQUIRE(spies.changes.size() == 1);
        CHECK(spies.changes.first().at(0).toModelIndex().row() == 3);
        CHECK(model.idAt(3) == first);
    }
    SECTION("a new name moves the row; a delete removes it; a new child arrives in order")
    {
        editRecord(session, childKind(), first,
                   {{QStringLiteral("last_name"), QStringLiteral("Aardvark")}});
        CHECK(spies.resets.isEmpty());
        CHECK(model.idAt(0) == first);
        // A child on a LIFT agenda or asked about at a drop-in is kept until those go.
        for (const RecordKind *kind : {static_cast<const RecordKind *>(&liftReferralKind()),
                                       static_cast<const RecordKind *>(&dropinConsultationKind())})
            for (const auto &[referring, fields] :
                 readRecordsWhere(t.db(), kind->type(), u"child_id", first))
                deleteRecord(session, *kind, referring);
        spies.clear();
        deleteRecord(session, childKind(), first);
        CHECK(spies.resets.isEmpty());
        CHECK(spies.removes.size() == 1);
        CHECK(model.rowOf(first) == -1);
        spies.clear();
        addZephyrine(session);
        CHECK(spies.resets.isEmpty());
        // Zephyrine sorts last: inserted there when every row is loaded,
        // otherwise fetched as the view scrolls.
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.data(model.index(model.rowCount() - 1, ChildListModel::Name)).toString() ==
              QStringLiteral("Zephyrine, Ava"));
        CHECK(model.totalCount() == 300);
    }
    SECTION("a batch larger than LargeBatch resets the model once")
    {
        {
            Transaction batch(t.db());
            for (int row = 0; row <= ChildListModel::LargeBatch; ++row)
                session.store().update(u"child", model.idAt(row),
                                       {{QStringLiteral("notes"), QStringLiteral("batch")}});
            batch.commit();
        }
        CHECK(spies.changes.isEmpty());
        QApplication::processEvents();
        CHECK(spies.resets.size() == 1);
    }
    SECTION("after many small batches the rows are those a fresh model shows")
    {
        ChildFilter filter;
        filter.needCode = QStringLiteral("ASD");
        model.setFilter(filter);
        const auto setting = listSettings(session.database()).first();
        QRandomGenerator random(7);
        QList<QUuid> added; // only these are deleted: the demo's have records of their own
        for (int round = 0; round < 40; ++round) {
            Transaction batch(t.db());
            QList<QUuid> gone;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int choice = int(random.bounded(4));
                QUuid id = model.rowCount() > 0 ? model.idAt(int(random.bounded(model.rowCount())))
                                                : QUuid();
                if (gone.contains(id))
                    continue;
                if (choice == 0 || id.isNull()) {
                    added.append(session.store().insert(
                        u"child",
                        {{QStringLiteral("first_name"), QStringLiteral("Round %1").arg(round)},
                         {QStringLiteral("last_name"),
                          QStringLiteral("Name%1").arg(random.bounded(100))},
                         {QStringLiteral("date_of_birth"), QStringLiteral("2018-01-01")},
                         {QStringLiteral("setting_id"), setting.id.toRfc4122()},
                         {QStringLiteral("primary_need"), QStringLiteral("ASD")},
                         {QStringLiteral("status"), QStringLiteral("active")}}));
                } else if (choice == 1) {
                    session.store().update(u"child", id,
                                           {{QStringLiteral("last_name"),
                                             QStringLiteral("Name%1").arg(random.bounded(100))}});
                } else if (choice == 2) {
                    session.store().update(
                        u"child", id, {{QStringLiteral("primary_need"), QStringLiteral("HI")}});
                } else if (!added.isEmpty()) {
                    id = added.takeAt(qsizetype(random.bounded(int(added.size()))));
                    session.store().remove(u"child", id);
                    gone.append(id);
                }
            }
            batch.commit();
            QApplication::processEvents();
            const QList<QUuid> expected = freshRows(session, filter);
            INFO("round " << round);
            REQUIRE(model.totalCount() == expected.size());
            REQUIRE(model.rowCount() <= expected.size());
            for (int row = 0; row < model.rowCount(); ++row)
                REQUIRE(model.idAt(row) == expected[row]);
        }
        CHECK(spies.resets.size() == 1); // the filter's, and none since
    }
}

TEST_CASE("Filters that hide every match say so and offer to clear; an empty list says what to "
          "do",
          "[ui][children]")
{
    QSettings().clear();
    TestDatabase t;
    {
        EditSession empty(t.db());
        ChildrenPage page(empty);
        CHECK(page.findChild<QLabel *>(QStringLiteral("childCount"))
                  ->text()
                  .startsWith(QStringLiteral("No children yet. Add one")));
        CHECK_FALSE(
            page.findChild<QPushButton *>(QStringLiteral("clearFilters"))->isVisibleTo(&page));
    }
    generateDemoData(t.db(), {200, 2});
    EditSession session(t.db());
    const QUuid ava = addZephyrine(session); // at the first setting
    ChildrenPage page(session);
    page.resize(1100, 700);
    page.show();
    auto *count = page.findChild<QLabel *>(QStringLiteral("childCount"));
    auto *clear = page.findChild<QPushButton *>(QStringLiteral("clearFilters"));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("childSearch"));
    QComboBox *district = nullptr;
    for (auto *combo : page.findChildren<QComboBox *>())
        if (combo->accessibleName() == QStringLiteral("District"))
            district = combo;
    REQUIRE(district);

    // Choose a district Ava is not in, then search for her.
    const QString home =
        session.store()
            .read(u"setting", QUuid::fromRfc4122(session.store()
                                                     .read(u"child", ava)
                                                     ->value(QStringLiteral("setting_id"))
                                                     .toByteArray()))
            ->value(QStringLiteral("district_code"))
            .toString();
    int other = 1;
    while (district->itemData(other).toString() == home)
        ++other;
    district->setCurrentIndex(other);
    search->setText(QStringLiteral("ava zephyr"));
    CHECK(page.model()->totalCount() == 0);
    CHECK(count->text() ==
          QStringLiteral("No children match “ava zephyr” in %1.").arg(district->currentText()));
    REQUIRE(clear->isVisible());
    CHECK(clear->text() == QStringLiteral("Search a&ll districts"));
    casebook::test::saveScreenshot(page, QStringLiteral("children-filtered-out"));
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK(district->currentIndex() == 0);
    CHECK(page.model()->totalCount() == 1);
    CHECK(count->text() == QStringLiteral("1 child"));
    CHECK_FALSE(clear->isVisible());

    // A column made wider is as wide next time.
    auto *list = page.findChild<QTableView *>(QStringLiteral("childList"));
    list->horizontalHeader()->resizeSection(ChildListModel::Name, 233);
    ChildrenPage again(session);
    CHECK(again.findChild<QTableView *>(QStringLiteral("childList"))
              ->columnWidth(ChildListModel::Name) == 233);
}
