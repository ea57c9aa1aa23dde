#include "AcademicYear.h"

#include <QCoreApplication>

namespace casebook {

int AcademicYear::startYear(QDate date)
{
    return date.month() >= 9 ? date.year() : date.year() - 1;
}

int AcademicYear::yearGroup(QDate dateOfBirth, QDate on)
{
    // A child born in academic year starting S turns five during the academic
    // year starting S + 5, and that is their Reception year.
    const int receptionStart = startYear(dateOfBirth) + 5;
    return startYear(on) - receptionStart;
}

QString AcademicYear::label(int yearGroup)
{
    if (yearGroup == 0)
        return QCoreApplication::translate("casebook::AcademicYear", "Reception");
    if (yearGroup == -1)
        return QCoreApplication::translate("casebook::AcademicYear", "Nursery");
    if (yearGroup < -1)
        return QCoreApplication::translate("casebook::AcademicYear", "Pre-school");
    if (yearGroup > 14)
        return QCoreApplication::translate("casebook::AcademicYear", "Post-19");
    return QCoreApplication::translate("casebook::AcademicYear", "Year %1").arg(yearGroup);
}

} // namespace casebook
