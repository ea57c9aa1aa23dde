#include "DisplayDate.h"

namespace casebook {

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString timeText(QTime time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace casebook
