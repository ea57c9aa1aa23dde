#include "Labels.h"

#include <QLabel>

namespace casebook::ui {

QLabel *labelFor(QWidget *control, const QString &text)
{
    auto *label = new QLabel(text);
    label->setBuddy(control);
    return label;
}

} // namespace casebook::ui
