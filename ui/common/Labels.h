#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace casebook::ui {

// A visible label for `control`, set as its buddy: Alt+letter reaches the
// control when `text` has a mnemonic, and a screen reader names the control
// by it (a combo box on Linux is otherwise named only by its value).
QLabel *labelFor(QWidget *control, const QString &text);

} // namespace casebook::ui
