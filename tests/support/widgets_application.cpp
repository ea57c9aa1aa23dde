#include "common/MessageBox.h"

#include <QApplication>

#include <memory>

std::unique_ptr<QCoreApplication> makeTestApplication(int &argc, char **argv)
{
    auto app = std::make_unique<QApplication>(argc, argv);
    // A dialog a test did not expect must fail the test, not wait for a person.
    casebook::ui::MessageBox::setUnattended(true);
    return app;
}
