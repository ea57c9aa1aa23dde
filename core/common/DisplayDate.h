#pragma once

#include <QDate>
#include <QString>

namespace casebook {

// A date as people here read it, on screen and in print: dd/mm/yyyy (files
// and the command line's csv and json use ISO 8601). Empty when invalid.
QString dateText(QDate date);

} // namespace casebook
