#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace casebook {

// A date as people here read it, on screen and in print: dd/mm/yyyy (files
// and the command line's csv and json use ISO 8601). Empty when invalid.
QString dateText(QDate date);
// A time of day as 24-hour HH:MM (15:30). Empty when invalid.
QString timeText(QTime time);

} // namespace casebook
