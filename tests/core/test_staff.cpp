#include "commands/EditSession.h"
#include "common/Error.h"
#include "staff/StaffRecords.h"
#include "support/TestDatabase.h"
#include "sync/Replica.h"
#include "sync/Store.h"
#include "sync/SyncSchema.h"

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::TestDatabase;

namespace {

QVariantMap teacher()
{
    return {{QStringLiteral("first_name"), QStringLiteral("Robin")},
            {QStringLiteral("last_name"), QStringLiteral("Fenwick")},
            {QStringLiteral("role"), QStringLiteral("specialist_teacher")},
            {QStringLiteral("service_line_code"), QStringLiteral("sensory")},
            {QStringLiteral("specialisms"), QStringLiteral(" hi, vi,HI ")}};
}

} // namespace

TEST_CASE("Staff: role, service line and specialisms are checked", "[staff]")
{
    TestDatabase t;
    EditSession session(t.db());
    const QUuid id = addRecord(session, staffKind(), teacher());
    const auto row = session.store().read(u"staff", id);
    REQUIRE(row);
    CHECK(row->value(QStringLiteral("specialisms")).toString() == QStringLiteral("HI,VI"));
    CHECK(row->value(QStringLiteral("status")).toString() == QStringLiteral("active"));

    auto bad = teacher();
    bad.insert(QStringLiteral("role"), QStringLiteral("wizard"));
    CHECK_THROWS_AS(addRecord(session, staffKind(), bad), Error);
    bad = teacher();
    bad.insert(QStringLiteral("specialisms"), QStringLiteral("HI,XX"));
    CHECK_THROWS_WITH(addRecord(session, staffKind(), bad), Catch::Contains("XX"));
    bad = teacher();
    bad.insert(QStringLiteral("service_line_code"), QStringLiteral("nowhere"));
    CHECK_THROWS_AS(addRecord(session, staffKind(), bad), Error);
    CHECK(listStaff(t.db()).size() == 1);
}

TEST_CASE("Who am I: set per installation, kept across opening, never synced", "[staff]")
{
    TestDatabase t;
    CHECK_FALSE(whoAmI(t.db()));
    QUuid id;
    {
        EditSession session(t.db());
        id = addRecord(session, staffKind(), teacher());
    }
    setWhoAmI(t.db(), id);
    t.reopen();
    REQUIRE(whoAmI(t.db()));
    CHECK(*whoAmI(t.db()) == id);
    CHECK(Replica::of(t.db()).schema().find(u"local_setting") == nullptr);
    CHECK_THROWS_AS(setWhoAmI(t.db(), QUuid::createUuid()), Error);
    CHECK(*whoAmI(t.db()) == id);

    // When the staff member is deleted, nobody is set.
    {
        EditSession session(t.db());
        deleteRecord(session, staffKind(), id);
    }
    CHECK_FALSE(whoAmI(t.db()));
}
