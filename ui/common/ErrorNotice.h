#pragma once

#include <QLabel>

namespace casebook::ui {

// A line saying what is wrong with what was just entered, in red. To a screen
// reader it is a notification named by the problem itself, which Orca speaks
// as it appears: Qt 6.4 does not pass QAccessible::Alert on to AT-SPI.
class ErrorNotice : public QLabel
{
    Q_OBJECT
public:
    explicit ErrorNotice(QWidget *parent = nullptr);

    // Shows the problem (again, so it is spoken again), or hides the line
    // when `problem` is empty.
    void showProblem(const QString &problem);
};

} // namespace casebook::ui
