// The Drop-in page from the keyboard: a session's slots, a booking of a free
// slot whose LIFT follow-up makes the referral in the same undo step, a child
// by initials, a cancelled booking, and the child's page listing theirs.
#include "children/ChildPage.h"
#include "children/ChildPicker.h"
#include "children/ChildRecords.h"
#include "children/ChildrenPage.h"
#include "commands/EditSession.h"
#include "common/MessageBox.h"
#include "dropin/DropinConsultationDialog.h"
#include "dropin/DropinConsultationsBox.h"
#include "dropin/DropinPage.h"
#include "dropin/DropinRecords.h"
#include "dropin/DropinSessionView.h"
#include "lift/LiftRecords.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordForm.h"
#include "records/RowTableModel.h"
#include "settings/SettingDialog.h"
#include "settings/SettingRecords.h"
#include "settings/SettingsPage.h"
#include "staff/StaffRecords.h"
#include "support/Screenshot.h"
#include "support/TestDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::saveScreenshot;
using casebook::test::TestDatabase;
using namespace casebook::ui;

namespace {

struct DropinWindow
{
    TestDatabase t;
    EditSession session{t.db()};
    QUuid school, child, dropin;

    DropinWindow()
    {
        QSettings().clear();
        school = addRecord(session, settingKind(),
                           {{QStringLiteral("name"), QStringLiteral("Oak Tree Primary")},
                            {QStringLiteral("district_code"), QStringLiteral("dover")},
                            {QStringLiteral("status"), QStringLiteral("open")}});
        child = addRecord(session, childKind(),
                          {{QStringLiteral("first_name"), QStringLiteral("Ava")},
                           {QStringLiteral("last_name"), QStringLiteral("Stone")},
                           {QStringLiteral("date_of_birth"), QStringLiteral("2018-03-04")},
                           {QStringLiteral("setting_id"), school}});
        addRecord(session, consentKind(),
                  {{QStringLiteral("child_id"), child},
                   {QStringLiteral("given_by"), QStringLiteral("Mother")},
                   {QStringLiteral("given_on"), QStringLiteral("2025-09-01")}});
        const QUuid me = addRecord(session, staffKind(),
                                   {{QStringLiteral("first_name"), QStringLiteral("Nia")},
                                    {QStringLiteral("last_name"), QStringLiteral("Hart")},
                                    {QStringLiteral("role"), QStringLiteral("specialist_teacher")},
                                    {QStringLiteral("district_code"), QStringLiteral("dover")}});
        setWhoAmI(t.db(), me);
        const QUuid group = addRecord(session, liftGroupKind(),
                                      {{QStringLiteral("name"), QStringLiteral("Dover North")},
                                       {QStringLiteral("district_code"), QStringLiteral("dover")}});
        addRecord(session, liftGroupSettingKind(),
                  {{QStringLiteral("group_id"), group}, {QStringLiteral("setting_id"), school}});
        addRecord(session, liftMeetingKind(),
                  {{QStringLiteral("group_id"), group},
                   {QStringLiteral("meets_on"), QStringLiteral("2026-01-15")}});
        dropin = addRecord(session, dropinSessionKind(),
                           {{QStringLiteral("district_code"), QStringLiteral("dover")},
                            {QStringLiteral("held_on"), QStringLiteral("2026-01-08")},
                            {QStringLiteral("starts_at"), QStringLiteral("15:30")},
                            {QStringLiteral("place"), QStringLiteral("Dover Library")},
                            {QStringLiteral("dimension_code"), QStringLiteral("ci")},
                            {QStringLiteral("slot_count"), 3}});
        addRecord(session, dropinStaffKind(),
                  {{QStringLiteral("session_id"), dropin}, {QStringLiteral("staff_id"), me}});
        session.undoStack().clear();
    }

    int count(const RecordKind &kind) { return int(readRecords(t.db(), kind.type()).size()); }
};

DropinConsultationDialog *openConsultation(QWidget &window)
{
    QApplication::processEvents();
    for (auto *dialog : window.findChildren<DropinConsultationDialog *>())
        if (dialog->isVisible()) {
            REQUIRE(QTest::qWaitForWindowActive(dialog));
            return dialog;
        }
    FAIL("no consultation dialog");
    return nullptr;
}

QString slotText(DropinSessionView *view)
{
    QStringList rows;
    for (int row = 0; row < view->slotList()->rowCount(); ++row)
        rows.append(view->slotList()->index(row, 2).data().toString() + u':' +
                    view->slotList()->index(row, 4).data().toString());
    return rows.join(QStringLiteral(", "));
}

void choose(QComboBox *combo, const char *code)
{
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findData(QString::fromLatin1(code)));
}

} // namespace

TEST_CASE("A drop-in slot is booked from the keyboard, with its LIFT follow-up in the same undo "
          "step",
          "[ui][dropin]")
{
    DropinWindow w;
    MainWindow window(w.session);
    window.resize(1100, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    window.showPage(MainWindow::DropIn);
    auto *page = window.findChild<DropinPage *>();
    REQUIRE(page);
    REQUIRE(page->sessions()->rowCount() == 1);
    CHECK(page->sessions()->index(0, 3).data().toInt() == 3);
    DropinSessionView *view = page->workspace();
    REQUIRE(view->sessionId() == w.dropin);
    CHECK(view->heading()->text() ==
          QStringLiteral("08/01/2026 at 15:30: Communication and Interaction"));
    CHECK(slotText(view) == QStringLiteral("free:, free:, free:"));
    CHECK(view->staff()->index(0, 0).data() == QStringLiteral("Nia Hart"));

    // Enter in the list goes to the slots; Enter on a free slot books it.
    page->sessionView()->setFocus();
    QTest::keyClick(page->sessionView(), Qt::Key_Return);
    REQUIRE(QApplication::focusWidget() == view->slotView());
    QTest::keyClick(view->slotView(), Qt::Key_Return);
    QPointer<DropinConsultationDialog> dialog = openConsultation(window);
    CHECK(QApplication::focusWidget() == dialog->childPicker()->searchBox());
    // Too soon: no child yet.
    QTest::keySequence(dialog, QKeySequence(Qt::CTRL | Qt::Key_Return));
    CHECK(dialog->isVisible());
    CHECK(dialog->form()->errorText().contains(QStringLiteral("Find the child")));
    QTest::keyClicks(dialog->childPicker()->searchBox(), QStringLiteral("stone"));
    QTest::keyClick(dialog->childPicker()->searchBox(), Qt::Key_Return);
    CHECK(dialog->childPicker()->child() == w.child);
    QTest::keyClicks(dialog->form()->editor(QStringLiteral("asker_name")),
                     QStringLiteral("Kim Reed"));
    QTest::keyClicks(dialog->form()->editor(QStringLiteral("asker_role")), QStringLiteral("SENCO"));
    choose(qobject_cast<QComboBox *>(dialog->form()->editor(QStringLiteral("follow_up"))),
           "lift_referral");
    saveScreenshot(*dialog, QStringLiteral("dropin-consultation"));
    QTest::keySequence(dialog, QKeySequence(Qt::CTRL | Qt::Key_Return));
    QApplication::processEvents();
    CHECK((!dialog || !dialog->isVisible()));
    CHECK(slotText(view) == QStringLiteral("Oak Tree Primary:Ava Stone, free:, free:"));
    CHECK(view->slotList()->index(0, 5).data() == QStringLiteral("LIFT referral"));
    CHECK(w.count(liftReferralKind()) == 1);
    CHECK(page->sessions()->index(0, 3).data().toInt() == 2);

    // One undo takes the booking and the referral back.
    w.session.undoStack().undo();
    QApplication::processEvents();
    CHECK(slotText(view) == QStringLiteral("free:, free:, free:"));
    CHECK(w.count(liftReferralKind()) == 0);
    w.session.undoStack().redo();
    QApplication::processEvents();
    CHECK(w.count(liftReferralKind()) == 1);

    // The second slot, for a child the service does not know.
    QApplication::setActiveWindow(&window);
    view->slotView()->setFocus();
    view->slotView()->setCurrentIndex(view->slotList()->index(1, 0));
    QTest::keyClick(view->slotView(), Qt::Key_Return);
    dialog = openConsultation(window);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier); // not on record
    // A mnemonic clicks a button after a moment, as a click shows.
    CHECK(QTest::qWaitFor([&] { return dialog->aboutInitials()->isChecked(); }));
    CHECK_FALSE(dialog->childPicker()->isVisible());
    QTest::keyClicks(dialog->form()->editor(QStringLiteral("child_initials")),
                     QStringLiteral("tr"));
    QTest::keyClicks(dialog->form()->editor(QStringLiteral("asker_name")),
                     QStringLiteral("Sam Hill"));
    auto *setting = qobject_cast<QComboBox *>(dialog->form()->editor(QStringLiteral("setting_id")));
    REQUIRE(setting);
    setting->setCurrentIndex(setting->findData(w.school));
    QTest::keySequence(dialog, QKeySequence(Qt::CTRL | Qt::Key_Return));
    QApplication::processEvents();
    CHECK((!dialog || !dialog->isVisible()));
    CHECK(slotText(view) ==
          QStringLiteral("Oak Tree Primary:Ava Stone, Oak Tree Primary:T.R., free:"));
    saveScreenshot(window, QStringLiteral("dropin-page"));

    // Delete cancels a booking, once confirmed.
    QApplication::setActiveWindow(&window);
    view->slotView()->setFocus();
    view->slotView()->setCurrentIndex(view->slotList()->index(1, 0));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(view->slotView(), Qt::Key_Delete);
    QApplication::processEvents();
    CHECK(slotText(view) == QStringLiteral("Oak Tree Primary:Ava Stone, free:, free:"));

    // The child's page lists theirs; Enter opens the session here.
    window.openRecord(QStringLiteral("child"), w.child);
    QApplication::processEvents();
    auto *children = window.findChild<ChildrenPage *>();
    REQUIRE(children);
    DropinConsultationsBox *theirs = children->childPage()->dropinConsultations();
    REQUIRE(theirs->isVisible());
    REQUIRE(theirs->consultations()->rowCount() == 1);
    CHECK(theirs->consultations()->index(0, 2).data() == QStringLiteral("Kim Reed (SENCO)"));
    theirs->view()->setFocus();
    theirs->view()->setCurrentIndex(theirs->consultations()->index(0, 0));
    QTest::keyClick(theirs->view(), Qt::Key_Return);
    QApplication::processEvents();
    CHECK(window.currentPage() == MainWindow::DropIn);
    CHECK(QApplication::focusWidget() == view->slotView());

    // And the setting's page: Enter in the Settings list opens it with its consultations.
    window.showPage(MainWindow::Settings);
    auto *settings = window.findChild<SettingsPage *>();
    REQUIRE(settings);
    REQUIRE(settings->model()->rowCount() == 1);
    settings->view()->setFocus();
    settings->view()->setCurrentIndex(settings->model()->index(0, 0));
    QTest::keyClick(settings->view(), Qt::Key_Return);
    QApplication::processEvents();
    SettingDialog *shown = nullptr;
    for (auto *candidate : window.findChildren<SettingDialog *>())
        if (candidate->isVisible())
            shown = candidate;
    REQUIRE(shown);
    REQUIRE(QTest::qWaitForWindowActive(shown));
    DropinConsultationsBox *its = shown->dropinConsultations();
    REQUIRE(its->isVisible());
    REQUIRE(its->consultations()->rowCount() == 1);
    CHECK(its->consultations()->index(0, 1).data() == QStringLiteral("Ava Stone"));
    saveScreenshot(*shown, QStringLiteral("setting-dialog"));
    its->view()->setFocus();
    its->view()->setCurrentIndex(its->consultations()->index(0, 0));
    QTest::keyClick(its->view(), Qt::Key_Return);
    QApplication::processEvents();
    CHECK(window.currentPage() == MainWindow::DropIn);
    CHECK(page->workspace()->sessionId() == w.dropin);
}
