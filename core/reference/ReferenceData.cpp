#include "ReferenceData.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace casebook {

namespace {

template<typename Row, typename Make>
QList<Row> readAll(Database &db, const char *sql, Make make)
{
    QList<Row> rows;
    Statement query(db.handle(), QString::fromLatin1(sql));
    while (query.step())
        rows.append(make(query));
    return rows;
}

} // namespace

ReferenceData ReferenceData::load(Database &db)
{
    ReferenceData data;
    data.areas = readAll<Area>(db, "SELECT code, name FROM area ORDER BY sort", [](Statement &q) {
        return Area{q.text(0), q.text(1)};
    });
    data.districts = readAll<District>(
        db,
        "SELECT d.code, d.name, d.area_code, d.sla_school, d.gias_name FROM district d "
        "JOIN area a ON a.code = d.area_code ORDER BY a.sort, d.sort",
        [](Statement &q) {
            return District{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4)};
        });
    data.serviceLines = readAll<ServiceLine>(
        db,
        "SELECT code, name, scope, county_sla_school, statutory, direct_referrals "
        "FROM service_line ORDER BY sort",
        [](Statement &q) {
            return ServiceLine{q.text(0), q.text(1),       q.text(2),
                               q.text(3), q.int64(4) != 0, q.int64(5) != 0};
        });
    data.dimensions = readAll<NeedDimension>(
        db, "SELECT code, name FROM need_dimension ORDER BY sort", [](Statement &q) {
            return NeedDimension{q.text(0), q.text(1)};
        });
    data.needs = readAll<NeedCode>(
        db, "SELECT code, name, dimension_code FROM need_code ORDER BY sort", [](Statement &q) {
            return NeedCode{q.text(0), q.text(1), q.text(2)};
        });
    data.provisions = readAll<SenProvision>(
        db, "SELECT code, name, census FROM sen_provision ORDER BY sort", [](Statement &q) {
            return SenProvision{q.text(0), q.text(1), q.int64(2) != 0};
        });
    data.budget = readAll<BudgetLine>(
        db,
        "SELECT b.financial_year, b.funding, b.service_line_code, b.amount_gbp "
        "FROM budget_line b LEFT JOIN service_line s ON s.code = b.service_line_code "
        "ORDER BY b.financial_year, CASE b.funding WHEN 'core' THEN 1 WHEN 'outreach' THEN 2 "
        "ELSE 3 END, s.sort",
        [](Statement &q) {
            return BudgetLine{q.text(0), q.text(1), q.text(2), q.int64(3)};
        });
    return data;
}

std::optional<District> ReferenceData::district(QStringView code) const
{
    for (const auto &d : districts)
        if (d.code == code)
            return d;
    return std::nullopt;
}

std::optional<NeedDimension> ReferenceData::dimensionOfNeed(QStringView needCode) const
{
    for (const auto &need : needs) {
        if (need.code != needCode)
            continue;
        for (const auto &dimension : dimensions)
            if (dimension.code == need.dimensionCode)
                return dimension;
        return std::nullopt;
    }
    return std::nullopt;
}

qint64 ReferenceData::budgetTotal(QStringView financialYear) const
{
    qint64 total = 0;
    for (const auto &line : budget)
        if (line.financialYear == financialYear)
            total += line.amountGbp;
    return total;
}

CoreFeature referenceFeature()
{
    return {QStringLiteral("reference"), {}};
}

} // namespace casebook
