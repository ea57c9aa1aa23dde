#include "domain/AcademicYear.h"

#include <catch2/catch.hpp>

using casebook::AcademicYear;

TEST_CASE("The academic year starts on 1 September", "[academic-year]")
{
    CHECK(AcademicYear::startYear(QDate(2026, 8, 31)) == 2025);
    CHECK(AcademicYear::startYear(QDate(2026, 9, 1)) == 2026);
    CHECK(AcademicYear::startYear(QDate(2027, 1, 1)) == 2026);
}

TEST_CASE("Children born either side of 31 August/1 September are a year apart", "[academic-year]")
{
    const QDate on(2024, 10, 1); // autumn term 2024/25
    // Born 31 August 2019: turns five on 31 August 2024, so Reception was 2023/24.
    CHECK(AcademicYear::yearGroup(QDate(2019, 8, 31), on) == 1);
    // Born 1 September 2019: turns five in September 2024, Reception now.
    CHECK(AcademicYear::yearGroup(QDate(2019, 9, 1), on) == 0);
    CHECK(AcademicYear::label(0) == QStringLiteral("Reception"));
    CHECK(AcademicYear::label(1) == QStringLiteral("Year 1"));
}

TEST_CASE("A year group changes on 1 September, not on the birthday", "[academic-year]")
{
    const QDate dob(2015, 3, 14);
    CHECK(AcademicYear::yearGroup(dob, QDate(2025, 8, 31)) == 5);
    CHECK(AcademicYear::yearGroup(dob, QDate(2025, 9, 1)) == 6);
    CHECK(AcademicYear::yearGroup(dob, QDate(2026, 3, 14)) == 6);
}

TEST_CASE("A leap-day birthday falls in the cohort of its academic year", "[academic-year]")
{
    const QDate leap(2020, 2, 29); // cohort of 1 September 2019 – 31 August 2020
    CHECK(AcademicYear::yearGroup(leap, QDate(2024, 8, 31)) == -1);
    CHECK(AcademicYear::yearGroup(leap, QDate(2024, 9, 1)) == 0);
    CHECK(AcademicYear::yearGroup(leap, QDate(2025, 2, 28)) == 0);
    CHECK(AcademicYear::yearGroup(leap, QDate(2025, 3, 1)) == 0);
    CHECK(AcademicYear::yearGroup(leap, QDate(2031, 9, 1)) == 7);
    CHECK(AcademicYear::label(-1) == QStringLiteral("Nursery"));
}

TEST_CASE("Secondary school and beyond", "[academic-year]")
{
    CHECK(AcademicYear::yearGroup(QDate(2008, 9, 1), QDate(2026, 9, 1)) == 13);
    CHECK(AcademicYear::label(13) == QStringLiteral("Year 13"));
    CHECK(AcademicYear::label(-3) == QStringLiteral("Pre-school"));
}
