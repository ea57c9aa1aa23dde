#pragma once

#include <QString>

class QWidget;

namespace casebook::test {

// Saves the widget as CASEBOOK_SCREENSHOT_DIR/NAME.png, to be looked at.
void saveScreenshot(QWidget &widget, const QString &name);

} // namespace casebook::test
