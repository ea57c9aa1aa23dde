// The LIFT page: a meeting run from the keyboard, from tabling referrals
// (with Kent's intake rules refusing in the dialog) through decisions and the
// agenda's order to the papers, every step one undo.
#include "casework/CaseworkRecords.h"
#include "children/ChildPage.h"
#include "children/ChildPicker.h"
#include "children/ChildRecords.h"
#include "children/ChildrenPage.h"
#include "commands/EditSession.h"
#include "common/MessageBox.h"
#include "common/PrintPreview.h"
#include "lift/ChildLiftReferrals.h"
#include "lift/LiftDecisionDialog.h"
#include "lift/LiftGroupDialog.h"
#include "lift/LiftMeetingView.h"
#include "lift/LiftPage.h"
#include "lift/LiftRecords.h"
#include "lift/LiftReferralDialog.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordDialog.h"
#include "records/RecordForm.h"
#include "records/RowTableModel.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"
#include "support/Screenshot.h"
#include "support/TestDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::saveScreenshot;
using casebook::test::TestDatabase;
using namespace casebook::ui;

namespace {

struct LiftWindow
{
    TestDatabase t;
    EditSession session{t.db()};
    QUuid school, chair, teacher, meeting;
    QList<QUuid> children; // Ava Stone and Ben Ray with agreements, Cal Moss without

    LiftWindow()
    {
        QSettings().clear();
        school = addRecord(session, settingKind(),
                           {{QStringLiteral("name"), QStringLiteral("Oak Tree Primary")},
                            {QStringLiteral("district_code"), QStringLiteral("dover")},
                            {QStringLiteral("status"), QStringLiteral("open")}});
        for (const auto &[first, last] :
             {std::pair("Ava", "Stone"), std::pair("Ben", "Ray"), std::pair("Cal", "Moss")})
            children.append(
                addRecord(session, childKind(),
                          {{QStringLiteral("first_name"), QString::fromLatin1(first)},
                           {QStringLiteral("last_name"), QString::fromLatin1(last)},
                           {QStringLiteral("date_of_birth"), QStringLiteral("2018-03-04")},
                           {QStringLiteral("setting_id"), school},
                           {QStringLiteral("primary_need"), QStringLiteral("SLCN")}}));
        for (int i = 0; i < 2; ++i)
            addRecord(session, consentKind(),
                      {{QStringLiteral("child_id"), children.at(i)},
                       {QStringLiteral("given_by"), QStringLiteral("Mother")},
                       {QStringLiteral("given_on"), QStringLiteral("2025-09-01")}});
        chair = addRecord(session, staffKind(),
                          {{QStringLiteral("first_name"), QStringLiteral("Nia")},
                           {QStringLiteral("last_name"), QStringLiteral("Hart")},
                           {QStringLiteral("role"), QStringLiteral("stls_lead")},
                           {QStringLiteral("district_code"), QStringLiteral("dover")}});
        teacher = addRecord(session, staffKind(),
                            {{QStringLiteral("first_name"), QStringLiteral("Omar")},
                             {QStringLiteral("last_name"), QStringLiteral("Quill")},
                             {QStringLiteral("role"), QStringLiteral("specialist_teacher")}});
        setWhoAmI(t.db(), chair);
        const QUuid group = addRecord(session, liftGroupKind(),
                                      {{QStringLiteral("name"), QStringLiteral("Dover North")},
                                       {QStringLiteral("district_code"), QStringLiteral("dover")}});
        addRecord(session, liftGroupSettingKind(),
                  {{QStringLiteral("group_id"), group}, {QStringLiteral("setting_id"), school}});
        meeting = addRecord(session, liftMeetingKind(),
                            {{QStringLiteral("group_id"), group},
                             {QStringLiteral("meets_on"), QStringLiteral("2026-01-15")},
                             {QStringLiteral("starts_at"), QStringLiteral("09:30")},
                             {QStringLiteral("place"), QStringLiteral("Deal Library")},
                             {QStringLiteral("chair_id"), chair}});
        session.undoStack().clear();
    }

    // At a laptop's size, active.
    static void show(MainWindow &window)
    {
        window.resize(1100, 720);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
    }

    template<typename T>
    T *openDialog(QWidget &within, const char *name)
    {
        QApplication::processEvents();
        for (auto *dialog : within.findChildren<T *>(QString::fromLatin1(name)))
            if (dialog->isVisible()) {
                REQUIRE(QTest::qWaitForWindowActive(dialog));
                return dialog;
            }
        FAIL("no dialog " << name);
        return nullptr;
    }
};

QString agendaText(LiftMeetingView *view)
{
    QStringList rows;
    for (int row = 0; row < view->agenda()->rowCount(); ++row)
        rows.append(view->agenda()->index(row, 1).data().toString() + u':' +
                    view->agenda()->index(row, 5).data().toString());
    return rows.join(QStringLiteral(", "));
}

} // namespace

TEST_CASE("A LIFT meeting runs from the keyboard: referrals tabled under the intake rules, "
          "decisions, the agenda's order and the papers, each step one undo",
          "[ui][lift]")
{
    LiftWindow w;
    MainWindow window(w.session);
    w.show(window);
    window.showPage(MainWindow::Lift);
    auto *page = window.findChild<LiftPage *>();
    REQUIRE(page);
    REQUIRE(page->meetings()->rowCount() == 1);
    LiftMeetingView *view = page->workspace();
    REQUIRE(view->meeting() == w.meeting);
    CHECK(view->findChild<QLabel *>(QStringLiteral("liftMeetingTitle"))->text() ==
          QStringLiteral("Dover North, 15/01/2026 at 09:30, Deal Library"));
    CHECK(view->findChild<QLabel *>(QStringLiteral("liftMeetingFacts"))
              ->text()
              .contains(QStringLiteral("14/01/2026 (schools)")));

    // Enter in the list of meetings goes into the agenda.
    page->meetingView()->setFocus();
    QTest::keyClick(page->meetingView(), Qt::Key_Return);
    CHECK(QApplication::focusWidget() == view->agendaView());

    const auto refer = [&](const QString &typed) {
        view->addReferral();
        auto *dialog = w.openDialog<LiftReferralDialog>(window, "liftReferralDialog");
        REQUIRE(QApplication::focusWidget() == dialog->childPicker()->searchBox());
        QTest::keyClicks(dialog->childPicker()->searchBox(), typed);
        QTest::keyClick(dialog->childPicker()->searchBox(), Qt::Key_Return);
        QTest::keySequence(dialog, QKeySequence(Qt::CTRL | Qt::Key_Return));
        return dialog;
    };
    // Ctrl+Enter before a child is chosen: refused, the cursor back in the search.
    view->addReferral();
    auto *early = w.openDialog<LiftReferralDialog>(window, "liftReferralDialog");
    QTest::keySequence(early, QKeySequence(Qt::CTRL | Qt::Key_Return));
    CHECK(early->isVisible());
    CHECK(early->form()->errorText().contains(QStringLiteral("Find the child")));
    early->reject();
    QApplication::processEvents();

    LiftReferralDialog *dialog = refer(QStringLiteral("ben"));
    CHECK_FALSE(dialog->isVisible());
    REQUIRE(view->agenda()->rowCount() == 1);
    CHECK(view->agenda()->index(0, 2).data() == QStringLiteral("Oak Tree Primary"));
    refer(QStringLiteral("stone"));
    // Cal has no agreement to engage: the dialog stays, the cursor where the reason goes.
    dialog = refer(QStringLiteral("cal m"));
    CHECK(dialog->isVisible());
    CHECK(dialog->form()->errorText().contains(QStringLiteral("agreement to engage")));
    QWidget *override = dialog->form()->editor(QStringLiteral("agreement_override"));
    CHECK(QApplication::focusWidget() == override);
    saveScreenshot(*dialog, QStringLiteral("lift-referral-refused"));
    QTest::keyClicks(override, QStringLiteral("Mother agreed by phone; form to follow"));
    QTest::keySequence(dialog, QKeySequence(Qt::CTRL | Qt::Key_Return));
    CHECK_FALSE(dialog->isVisible());
    QApplication::processEvents();
    CHECK(agendaText(view) == QStringLiteral("Cal Moss:, Ben Ray:, Ava Stone:"));

    // Alt+Down moves a referral; undo puts it back.
    QApplication::setActiveWindow(&window);
    view->agendaView()->setFocus();
    view->agendaView()->setCurrentIndex(view->agenda()->index(0, 0));
    QTest::keyClick(view->agendaView(), Qt::Key_Down, Qt::AltModifier);
    QApplication::processEvents();
    CHECK(agendaText(view) == QStringLiteral("Ben Ray:, Cal Moss:, Ava Stone:"));
    CHECK(view->agendaView()->currentIndex().row() == 1); // Cal, where he went
    w.session.undoStack().undo();
    QApplication::processEvents();
    CHECK(agendaText(view) == QStringLiteral("Cal Moss:, Ben Ray:, Ava Stone:"));

    // Enter records the decision: type the discussion, T for Training, Ctrl+Enter.
    view->agendaView()->setFocus();
    view->agendaView()->setCurrentIndex(view->agenda()->index(0, 0));
    QTest::keyClick(view->agendaView(), Qt::Key_Return);
    auto *decision = w.openDialog<LiftDecisionDialog>(window, "liftDecisionDialog");
    CHECK(QApplication::focusWidget() == decision->discussion());
    QTest::keyClicks(decision->discussion(), QStringLiteral("Staff need help with visuals."));
    saveScreenshot(*decision, QStringLiteral("lift-decision"));
    QTest::keySequence(decision, QKeySequence(Qt::CTRL | Qt::Key_Return));
    CHECK(decision->isVisible()); // no outcome yet
    CHECK(QApplication::focusWidget() == decision->outcome());
    QTest::keyClick(decision->outcome(), Qt::Key_T);
    CHECK(decision->outcome()->currentData() == QStringLiteral("training"));
    CHECK_FALSE(decision->teacher()->isEnabled());
    QTest::keySequence(decision, QKeySequence(Qt::CTRL | Qt::Key_Return));
    QApplication::processEvents();
    CHECK(agendaText(view) == QStringLiteral("Cal Moss:Training, Ben Ray:, Ava Stone:"));
    CHECK(view->agendaView()->currentIndex().row() == 1); // ready for the next one

    // Specialist involvement opens the child's case with the teacher, in one undo step.
    const auto cases = [&] {
        return readRecords(w.t.db(), involvementKind().type()).size();
    };
    QTest::keyClick(view->agendaView(), Qt::Key_Return);
    decision = w.openDialog<LiftDecisionDialog>(window, "liftDecisionDialog");
    decision->outcome()->setCurrentIndex(
        decision->outcome()->findData(QStringLiteral("specialist_involvement")));
    REQUIRE(decision->teacher()->isEnabled());
    decision->teacher()->setCurrentIndex(decision->teacher()->findData(w.teacher));
    QTest::keySequence(decision, QKeySequence(Qt::CTRL | Qt::Key_Return));
    QApplication::processEvents();
    CHECK(cases() == 1);
    CHECK(agendaText(view) ==
          QStringLiteral("Cal Moss:Training, Ben Ray:Specialist involvement, Ava Stone:"));
    w.session.undoStack().undo();
    QApplication::processEvents();
    CHECK(cases() == 0);
    CHECK(agendaText(view) == QStringLiteral("Cal Moss:Training, Ben Ray:, Ava Stone:"));
    saveScreenshot(window, QStringLiteral("lift-page"));

    // The papers preview, whole.
    view->tabs()->setCurrentIndex(3);
    saveScreenshot(window, QStringLiteral("lift-papers"));
    view->previewPaper(LiftMeetingView::Paper::CirculatedMinutes);
    auto *preview = w.openDialog<PrintPreview>(window, "liftPaperPreview");
    CHECK(preview->pageCount() >= 1);
    preview->reject();
}

TEST_CASE("A LIFT meeting's attendance shows the agencies nobody came for, and its steps move "
          "it on",
          "[ui][lift]")
{
    LiftWindow w;
    LiftPage page(w.session);
    page.resize(1100, 720);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    LiftMeetingView *view = page.workspace();
    REQUIRE(view->meeting() == w.meeting);
    auto *missing = view->findChild<QLabel *>(QStringLiteral("liftAgenciesMissing"));
    CHECK_FALSE(missing->isVisibleTo(&page)); // nobody recorded yet

    for (const auto &[name, agency] :
         {std::pair("Nia Hart", "stls_lead"), std::pair("Dr Ola Finch", "educational_psychology")})
        addRecord(w.session, liftAttendanceKind(),
                  {{QStringLiteral("meeting_id"), w.meeting},
                   {QStringLiteral("name"), QString::fromLatin1(name)},
                   {QStringLiteral("agency_code"), QString::fromLatin1(agency)}});
    QApplication::processEvents();
    REQUIRE(view->attendance()->rowCount() == 2);
    CHECK(missing->isVisibleTo(&page));
    CHECK_FALSE(missing->text().contains(QStringLiteral("Educational psychology")));
    // She sent apologies after all: one button, one undo step.
    view->tabs()->setCurrentIndex(1);
    view->attendanceView()->setCurrentIndex(view->attendance()->index(1, 0));
    view->setAttendance(QStringLiteral("apologies"));
    QApplication::processEvents();
    CHECK(view->attendance()->index(1, 2).data() == QStringLiteral("Sent apologies"));
    CHECK(missing->text().contains(QStringLiteral("Educational psychology")));
    saveScreenshot(page, QStringLiteral("lift-attendance"));
    w.session.undoStack().undo();
    QApplication::processEvents();
    CHECK(view->attendance()->index(1, 2).data() == QStringLiteral("Present"));

    const auto status = [&] {
        return recordValue(w.t.db(), QStringLiteral("lift_meeting"), QStringLiteral("status"),
                           w.meeting)
            .toString();
    };
    auto *step = view->findChild<QPushButton *>(QStringLiteral("liftNextStep"));
    REQUIRE(step);
    for (const char *next : {"agenda_closed", "held", "minutes_approved", "circulated"}) {
        view->nextStep();
        QApplication::processEvents();
        CHECK(status() == QString::fromLatin1(next));
    }
    CHECK_FALSE(step->isVisibleTo(&page));
    CHECK(view->findChild<QLabel *>(QStringLiteral("liftMeetingFacts"))
              ->text()
              .contains(QStringLiteral("approved by Nia Hart")));
}

TEST_CASE("A child's page lists their LIFT referrals, refers them to their group's next meeting "
          "and opens the meeting",
          "[ui][lift]")
{
    LiftWindow w;
    MainWindow window(w.session);
    w.show(window);
    window.showPage(MainWindow::Children);
    window.findChild<ChildrenPage *>()->openChild(w.children.at(0));
    auto *lift = window.findChild<ChildPage *>()->liftReferrals();
    REQUIRE(lift);
    CHECK(lift->referrals()->rowCount() == 0);

    lift->refer();
    QPointer<LiftReferralDialog> dialog =
        w.openDialog<LiftReferralDialog>(window, "liftReferralDialog");
    CHECK(dialog->windowTitle().contains(QStringLiteral("Dover North, 15/01/2026")));
    CHECK(dialog->childPicker()->child() == w.children.at(0));
    QTest::keySequence(dialog, QKeySequence(Qt::CTRL | Qt::Key_Return));
    QApplication::processEvents();
    CHECK((!dialog || !dialog->isVisible()));
    REQUIRE(lift->referrals()->rowCount() == 1);
    CHECK(lift->referrals()->index(0, 0).data() == QStringLiteral("15/01/2026"));
    CHECK(lift->referrals()->index(0, 2).data() == QStringLiteral("to be decided"));
    saveScreenshot(window, QStringLiteral("lift-child-page"));

    QApplication::setActiveWindow(&window);
    lift->view()->setFocus();
    lift->view()->setCurrentIndex(lift->referrals()->index(0, 0));
    QTest::keyClick(lift->view(), Qt::Key_Return);
    CHECK(window.currentPage() == MainWindow::Lift);
    CHECK(window.findChild<LiftPage *>()->workspace()->meeting() == w.meeting);
}

TEST_CASE("Escape closes the decision dialog from the discussion, and after a refusal",
          "[ui][lift]")
{
    LiftWindow w;
    addRecord(w.session, liftReferralKind(),
              {{QStringLiteral("meeting_id"), w.meeting},
               {QStringLiteral("child_id"), w.children.at(0)}});
    LiftMeetingView view(w.session);
    view.showMeeting(w.meeting);
    view.show();
    QApplication::setActiveWindow(&view);
    view.agendaView()->setCurrentIndex(view.agenda()->index(0, 0));
    for (const bool refusedFirst : {false, true}) {
        view.decide();
        QPointer<LiftDecisionDialog> dialog =
            w.openDialog<LiftDecisionDialog>(view, "liftDecisionDialog");
        if (refusedFirst) {
            QTest::keySequence(dialog, QKeySequence(Qt::CTRL | Qt::Key_Return));
            REQUIRE(dialog->isVisible());
            REQUIRE(QApplication::focusWidget() == dialog->outcome());
        } else {
            REQUIRE(QApplication::focusWidget() == dialog->discussion());
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QApplication::processEvents();
        CHECK((!dialog || !dialog->isVisible()));
    }
}

TEST_CASE("New meeting plans one for the chosen meeting's group; a group's settings are kept in "
          "its dialog",
          "[ui][lift]")
{
    LiftWindow w;
    LiftPage page(w.session);
    page.resize(1100, 720);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QApplication::setActiveWindow(&page);
    REQUIRE(page.meetings()->rowCount() == 1);

    page.addNew();
    auto *dialog = w.openDialog<RecordDialog>(page, "liftMeetingDialog");
    auto *group = qobject_cast<QComboBox *>(dialog->form()->editor(QStringLiteral("group_id")));
    REQUIRE(group);
    CHECK(group->currentText() == QStringLiteral("Dover North (Dover)"));
    auto *date = qobject_cast<QLineEdit *>(dialog->form()->editor(QStringLiteral("meets_on")));
    REQUIRE(date);
    QTest::keyClicks(date, QStringLiteral("12/03/2026"));
    QTest::keySequence(dialog, QKeySequence(Qt::CTRL | Qt::Key_Return));
    QApplication::processEvents();
    REQUIRE(page.meetings()->rowCount() == 2);
    const QUuid made = page.workspace()->meeting();
    CHECK(made != w.meeting);
    CHECK(recordValue(w.t.db(), QStringLiteral("lift_meeting"), QStringLiteral("meets_on"), made)
              .toString() == QStringLiteral("2026-03-12"));
    w.session.undoStack().undo();
    QApplication::processEvents();
    CHECK(page.meetings()->rowCount() == 1);

    // The group's dialog: a second school joins; undo takes it out again.
    const QUuid other = addRecord(w.session, settingKind(),
                                  {{QStringLiteral("name"), QStringLiteral("Elm Infants")},
                                   {QStringLiteral("status"), QStringLiteral("open")}});
    page.editGroup();
    auto *groupDialog = w.openDialog<LiftGroupDialog>(page, "liftGroupDialog");
    CHECK(groupDialog->members()->rowCount() == 1);
    addRecord(w.session, liftGroupSettingKind(),
              {{QStringLiteral("group_id"), recordValue(w.t.db(), QStringLiteral("lift_meeting"),
                                                        QStringLiteral("group_id"), w.meeting)},
               {QStringLiteral("setting_id"), other}});
    QApplication::processEvents();
    CHECK(groupDialog->members()->rowCount() == 2);
    CHECK(groupDialog->members()->index(0, 0).data() == QStringLiteral("Elm Infants"));
    groupDialog->memberView()->setCurrentIndex(groupDialog->members()->index(0, 0));
    groupDialog->removeSetting();
    QApplication::processEvents();
    CHECK(groupDialog->members()->rowCount() == 1);
    groupDialog->reject();
}
