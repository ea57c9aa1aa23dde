#include "Features.h"
#include "common/DialogSeam.h"

#include <QApplication>

// CATCH_CONFIG_EXTERNAL_INTERFACES (for TestEventListenerBase) is defined by
// tests/CMakeLists.txt: catch.hpp is included before this file's first line.
#include <catch2/catch.hpp>
#include <memory>

std::unique_ptr<QCoreApplication> makeTestApplication(int &argc, char **argv)
{
    // Headless, the screen is a teacher's laptop's (1100×720), so that a
    // dialog sized to the screen is seen as it will be there.
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        qputenv("QT_QPA_PLATFORM",
                "offscreen:configfile=" CASEBOOK_TEST_DATA "/offscreen-laptop.json");
    auto app = std::make_unique<QApplication>(argc, argv);
    casebook::installFeaturePages();
    // A dialog a test did not expect fails the test at once, instead of
    // waiting for a person.
    casebook::ui::DialogSeam::setUnattended(
        [](const QString &problem) { FAIL_CHECK(problem.toStdString()); });
    return app;
}

namespace {

// Each test starts with no answers left over from the one before.
struct ClearPreparedAnswers : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo &info) override
    {
        casebook::ui::DialogSeam::clear();
        TestEventListenerBase::testCaseStarting(info);
    }
};

} // namespace

CATCH_REGISTER_LISTENER(ClearPreparedAnswers)
