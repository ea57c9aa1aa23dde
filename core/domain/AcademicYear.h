#pragma once

#include <QDate>
#include <QString>

namespace casebook {

// The English academic year runs from 1 September to 31 August. Children
// born in the same academic year form one cohort; a child starts Reception in
// the September of the academic year in which they turn five.
class AcademicYear
{
public:
    // The calendar year in which the academic year containing `date` starts.
    static int startYear(QDate date);
    // 0 for Reception, 1–13 for Year 1 to Year 13; −1 for the nursery year,
    // lower still for younger children. Computed on `on` (usually today).
    static int yearGroup(QDate dateOfBirth, QDate on);
    // "Reception", "Year 7", "Nursery", "Pre-school", "Post-19".
    static QString label(int yearGroup);
};

} // namespace casebook
