#include "reference/ReferenceData.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::TestDatabase;

namespace {

QString areaOf(const ReferenceData &data, const QString &districtName)
{
    for (const auto &d : data.districts)
        if (d.name == districtName)
            for (const auto &a : data.areas)
                if (a.code == d.areaCode)
                    return a.name;
    return {};
}

QString schoolOf(const ReferenceData &data, const QString &districtName)
{
    for (const auto &d : data.districts)
        if (d.name == districtName)
            return d.slaSchool;
    return {};
}

} // namespace

TEST_CASE("Four areas and twelve districts, each with its SLA special school", "[reference]")
{
    TestDatabase t;
    const auto data = ReferenceData::load(t.db());
    REQUIRE(data.areas.size() == 4);
    CHECK(data.areas[0].name == QStringLiteral("North"));
    CHECK(data.areas[1].name == QStringLiteral("South"));
    CHECK(data.areas[2].name == QStringLiteral("East"));
    CHECK(data.areas[3].name == QStringLiteral("West"));
    REQUIRE(data.districts.size() == 12);

    // Section 3.1 of the decision report, row by row.
    const struct
    {
        const char *area, *district, *school;
    } table[] = {
        {"North", "Dartford", "Rowhill"},
        {"North", "Gravesham", "Ifield"}, // "lfield" in the report is an OCR slip
        {"North", "Sevenoaks", "Valence"},
        {"South", "Ashford", "Goldwyn"},
        {"South", "Dover", "Elms"},
        {"South", "Folkestone and Hythe", "The Beacon"},
        {"East", "Canterbury", "St Nicholas"},
        {"East", "Swale", "Meadowfield"},
        {"East", "Thanet", "Laleham Gap"},
        {"West", "Maidstone", "Five Acre Wood"},
        {"West", "Tonbridge and Malling", "Nexus"},
        {"West", "Tunbridge Wells", "Broomhill Bank"},
    };
    for (const auto &row : table) {
        INFO(row.district);
        CHECK(areaOf(data, QString::fromLatin1(row.district)) == QLatin1String(row.area));
        CHECK(schoolOf(data, QString::fromLatin1(row.district)) == QLatin1String(row.school));
    }
    // GIAS spells the districts as these names, which the import will match.
    CHECK(data.district(u"folkestone")->giasName == QStringLiteral("Folkestone and Hythe"));
    CHECK(data.district(u"tonbridge")->giasName == QStringLiteral("Tonbridge and Malling"));
}

TEST_CASE("Three service lines; Valence holds the county PD and Sensory SLAs", "[reference]")
{
    TestDatabase t;
    const auto data = ReferenceData::load(t.db());
    REQUIRE(data.serviceLines.size() == 3);
    const auto &district = data.serviceLines[0];
    const auto &pd = data.serviceLines[1];
    const auto &sensory = data.serviceLines[2];
    CHECK(district.name == QStringLiteral("District STLS"));
    CHECK(district.scope == QStringLiteral("district"));
    CHECK_FALSE(district.statutory);
    CHECK_FALSE(district.directReferrals);
    CHECK(pd.name == QStringLiteral("PD STLS"));
    CHECK(pd.countySlaSchool == QStringLiteral("Valence"));
    CHECK(sensory.name == QStringLiteral("Sensory STLS"));
    CHECK(sensory.countySlaSchool == QStringLiteral("Valence"));
    // Sensory alone is statutory and takes referrals directly, not through LIFT.
    CHECK(sensory.statutory);
    CHECK(sensory.directReferrals);
    CHECK_FALSE(pd.statutory);
    // Valence also holds the Sevenoaks district SLA: three SLAs in all.
    CHECK(data.district(u"sevenoaks")->slaSchool == QStringLiteral("Valence"));
}

TEST_CASE("Four dimensions of need and the census need codes in them", "[reference]")
{
    TestDatabase t;
    const auto data = ReferenceData::load(t.db());
    REQUIRE(data.dimensions.size() == 4);
    CHECK(data.dimensions[0].name == QStringLiteral("Cognition and Learning"));
    CHECK(data.dimensions[1].name == QStringLiteral("Communication and Interaction"));
    CHECK(data.dimensions[2].name == QStringLiteral("Social, Emotional and Mental Health"));
    CHECK(data.dimensions[3].name == QStringLiteral("Physical and Sensory"));

    const struct
    {
        const char16_t *code;
        const char *dimension; // nullptr: no dimension
    } needs[] = {
        {u"SPLD", "Cognition and Learning"},
        {u"MLD", "Cognition and Learning"},
        {u"SLD", "Cognition and Learning"},
        {u"PMLD", "Cognition and Learning"},
        {u"SLCN", "Communication and Interaction"},
        {u"ASD", "Communication and Interaction"},
        {u"SEMH", "Social, Emotional and Mental Health"},
        {u"HI", "Physical and Sensory"},
        {u"VI", "Physical and Sensory"},
        {u"MSI", "Physical and Sensory"},
        {u"PD", "Physical and Sensory"},
        {u"OTH", nullptr},
        {u"NSA", nullptr},
    };
    CHECK(data.needs.size() == int(std::size(needs)));
    for (const auto &need : needs) {
        const QString code = QString::fromUtf16(need.code);
        INFO(code.toStdString());
        const auto dimension = data.dimensionOfNeed(code);
        if (need.dimension) {
            REQUIRE(dimension);
            CHECK(dimension->name == QLatin1String(need.dimension));
        } else {
            CHECK_FALSE(dimension);
        }
    }
}

TEST_CASE("SEN provision: N, K, E and EHC needs assessment requested", "[reference]")
{
    TestDatabase t;
    const auto data = ReferenceData::load(t.db());
    REQUIRE(data.provisions.size() == 4);
    CHECK(data.provisions[0].code == QStringLiteral("N"));
    CHECK(data.provisions[1].code == QStringLiteral("K"));
    CHECK(data.provisions[2].code == QStringLiteral("E"));
    CHECK(data.provisions[3].name == QStringLiteral("EHC needs assessment requested"));
    CHECK(data.provisions[0].census);
    CHECK_FALSE(data.provisions[3].census);
}

TEST_CASE("The 2021/22 budget adds up to £8,534,936", "[reference]")
{
    TestDatabase t;
    const auto data = ReferenceData::load(t.db());
    qint64 sum = 0;
    QHash<QString, qint64> byFunding;
    QHash<QString, qint64> byLine;
    for (const auto &line : data.budget) {
        REQUIRE(line.financialYear == QStringLiteral("2021/22"));
        sum += line.amountGbp;
        byFunding[line.funding] += line.amountGbp;
        byLine[line.serviceLineCode] += line.amountGbp;
    }
    CHECK(sum == 8'534'936);
    CHECK(data.budgetTotal(u"2021/22") == 8'534'936);
    // The report's row totals…
    CHECK(byFunding.value(QStringLiteral("core")) == 5'701'873);
    CHECK(byFunding.value(QStringLiteral("outreach")) == 2'500'000);
    CHECK(byFunding.value(QStringLiteral("pension")) == 333'063);
    // …and its column totals, pension being given for the service as a whole.
    CHECK(byLine.value(QStringLiteral("district")) == 5'882'036);
    CHECK(byLine.value(QStringLiteral("pd")) == 425'200);
    CHECK(byLine.value(QStringLiteral("sensory")) == 1'894'637);
    CHECK(byLine.value(QString()) == 333'063);
}
