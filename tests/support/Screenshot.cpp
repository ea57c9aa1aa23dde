#include "Screenshot.h"

#include <QDir>
#include <QWidget>

#include <catch2/catch.hpp>

namespace casebook::test {

void saveScreenshot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(CASEBOOK_SCREENSHOT_DIR));
    REQUIRE(widget.grab().save(QStringLiteral(CASEBOOK_SCREENSHOT_DIR "/%1.png").arg(name)));
}

} // namespace casebook::test
