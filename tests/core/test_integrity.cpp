#include "records/DatabaseCheck.h"
#include "storage/Statement.h"
#include "support/TestDatabase.h"
#include "sync/Store.h"

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::TestDatabase;

namespace {

bool allPassed(Database &db)
{
    bool passed = true;
    for (const auto &result : checkEverything(db))
        passed = passed && result.passed;
    return passed;
}

QString failedNames(Database &db)
{
    QStringList names;
    for (const auto &result : checkEverything(db))
        if (!result.passed)
            names.append(result.name);
    return names.join(u", ");
}

} // namespace

TEST_CASE("A database written through the store passes every check", "[check]")
{
    TestDatabase t;
    Store store(t.db());
    const QUuid id = store.insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Ash")}});
    store.update(u"setting", id, {{QStringLiteral("name"), QStringLiteral("Ash Grove")}});
    store.insert(u"setting", {});
    store.remove(u"setting", id);
    CHECK(allPassed(t.db()));
}

TEST_CASE("The check finds rows written past the store", "[check]")
{
    TestDatabase t;
    Store store(t.db());
    store.insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Ash")}});

    SECTION("a row with a malformed clock")
    {
        executeScript(t->handle(), QStringLiteral("INSERT INTO setting (id, _clock) VALUES "
                                                  "(randomblob(16), x'0102')"));
        CHECK(failedNames(t.db()) == QStringLiteral("Synced rows and their stamps"));
    }
    SECTION("a row that is also deleted")
    {
        executeScript(t->handle(), QStringLiteral("INSERT INTO sync_tombstone SELECT 1, id, 1, 1 "
                                                  "FROM setting"));
        CHECK(failedNames(t.db()) == QStringLiteral("Synced rows and their stamps"));
    }
    SECTION("a journal entry from an unknown installation")
    {
        executeScript(t->handle(), QStringLiteral("UPDATE sync_journal SET origin = 42"));
        CHECK(failedNames(t.db()) == QStringLiteral("Change journal"));
    }
    SECTION("a dangling foreign key")
    {
        executeScript(t->handle(), QStringLiteral("PRAGMA foreign_keys = OFF;"
                                                  "UPDATE setting SET district_code = 'nowhere';"
                                                  "PRAGMA foreign_keys = ON;"));
        CHECK(failedNames(t.db()) == QStringLiteral("Foreign keys"));
    }
    SECTION("a second installation row")
    {
        executeScript(t->handle(),
                      QStringLiteral("DROP TABLE installation; CREATE TABLE installation "
                                     "(singleton INTEGER, id BLOB, created_at TEXT, clock_high "
                                     "INTEGER)"));
        CHECK(failedNames(t.db()).contains(QLatin1String("Installation identity")));
    }
}
