// Every modal dialog asks the seam first: prepared answers come in order, and
// a dialog nobody prepared (or one out of order) is reported and cancelled at
// once instead of waiting for a person.
#include "common/DialogSeam.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/PassphraseDialog.h"
#include "common/TextInput.h"

#include <catch2/catch.hpp>

using namespace casebook::ui;

namespace {

// Swaps the test's failure report for one that only records, and puts it back.
struct RecordedProblems
{
    QStringList problems;
    RecordedProblems()
    {
        DialogSeam::setUnattended([this](const QString &problem) { problems.append(problem); });
    }
    ~RecordedProblems()
    {
        DialogSeam::setUnattended(
            [](const QString &problem) { FAIL_CHECK(problem.toStdString()); });
    }
};

} // namespace

TEST_CASE("Prepared answers come in the order the dialogs do", "[ui][dialogs]")
{
    TextInput::setNextAnswer(QStringLiteral("for the office"));
    FileDialog::setNextFileName(QStringLiteral("/tmp/week.casebook-sync"));
    PassphraseDialog::setNextAnswer("a passphrase");
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(DialogSeam::pending() == 4);
    CHECK(TextInput::ask(nullptr, u"Export"_qs, u"Who for?"_qs, {}) == u"for the office"_qs);
    CHECK(FileDialog::saveFileName(nullptr, u"Export"_qs, {}, {}) == u"/tmp/week.casebook-sync"_qs);
    CHECK(PassphraseDialog::ask(nullptr, u"Export"_qs, false) == "a passphrase");
    CHECK(MessageBox::question(nullptr, u"Done"_qs, u"Written."_qs) == QMessageBox::Yes);
    CHECK(MessageBox::lastText() == u"Written."_qs);
    CHECK(DialogSeam::pending() == 0);
}

TEST_CASE("A dialog nobody prepared is reported and cancelled at once", "[ui][dialogs]")
{
    RecordedProblems recorded;
    CHECK(MessageBox::question(nullptr, u"Delete?"_qs, u"Delete Oak Primary?"_qs) ==
          QMessageBox::Cancel);
    CHECK(FileDialog::openFileName(nullptr, u"Import"_qs, {}).isEmpty());
    CHECK_FALSE(TextInput::ask(nullptr, u"Settle"_qs, u"Value:"_qs, {}).has_value());
    CHECK(PassphraseDialog::ask(nullptr, u"Import"_qs, false).isEmpty());
    REQUIRE(recorded.problems.size() == 4);
    CHECK(recorded.problems[0].contains(u"message box nobody prepared"_qs));
    CHECK(recorded.problems[0].contains(u"Delete Oak Primary?"_qs));
    CHECK(recorded.problems[3].contains(u"passphrase dialog"_qs));

    // Out of order: the file dialog was expected first.
    FileDialog::setNextFileName(QStringLiteral("/tmp/p"));
    CHECK(MessageBox::question(nullptr, u"Sure?"_qs, u"Sure?"_qs) == QMessageBox::Cancel);
    REQUIRE(recorded.problems.size() == 5);
    CHECK(recorded.problems[4].contains(u"next prepared answer is for a file dialog"_qs));
    DialogSeam::clear();
}
