#pragma once

#include "records/Feature.h"

#include <QList>
#include <QString>

#include <optional>

namespace casebook {

class Database;

struct Area
{
    QString code, name;
};

struct District
{
    QString code, name, areaCode, slaSchool, giasName;
};

struct ServiceLine
{
    QString code, name, scope;
    QString countySlaSchool; // empty for the district service line
    bool statutory = false;
    bool directReferrals = false;
};

struct NeedDimension
{
    QString code, name;
};

struct NeedCode
{
    QString code, name;
    QString dimensionCode; // empty for OTH and NSA
};

struct SenProvision
{
    QString code, name;
    bool census = false;
};

struct BudgetLine
{
    QString financialYear, funding;
    QString serviceLineCode; // empty where the report gives no split
    qint64 amountGbp = 0;
};

// The service's reference tables, as shipped by migration. Read once; they
// never change while the program runs.
struct ReferenceData
{
    QList<Area> areas;
    QList<District> districts;
    QList<ServiceLine> serviceLines;
    QList<NeedDimension> dimensions;
    QList<NeedCode> needs;
    QList<SenProvision> provisions;
    QList<BudgetLine> budget;

    static ReferenceData load(Database &db);

    std::optional<District> district(QStringView code) const;
    std::optional<NeedDimension> dimensionOfNeed(QStringView needCode) const;
    qint64 budgetTotal(QStringView financialYear) const;
};

// Reference data from the decision report: no records of its own.
CoreFeature referenceFeature();

} // namespace casebook
