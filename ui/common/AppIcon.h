#pragma once

#include <QIcon>

namespace casebook::ui {

// The application icon, drawn rather than loaded so that it needs no image
// plugin. resources/casebook.svg is the same picture for the desktop file.
QIcon appIcon();

} // namespace casebook::ui
