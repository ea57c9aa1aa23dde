#include "common/Error.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"
#include "sync/ChangeLog.h"
#include "sync/FieldClocks.h"
#include "sync/Replica.h"
#include "sync/Store.h"
#include "sync/SyncSchema.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <limits>

using namespace casebook;
using casebook::test::TestDatabase;

namespace {

QVariantMap oakTree()
{
    return {{QStringLiteral("urn"), QStringLiteral("118000")},
            {QStringLiteral("name"), QStringLiteral("Oak Tree Primary School")},
            {QStringLiteral("district_code"), QStringLiteral("ashford")},
            {QStringLiteral("status"), QStringLiteral("open")}};
}

qint64 countRows(Database &db, const QString &table)
{
    Statement count(db.handle(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    count.step();
    return count.int64(0);
}

} // namespace

TEST_CASE("An insert records one change entry per field", "[store]")
{
    TestDatabase t;
    Store store(t.db());
    const QUuid id = store.insert(u"setting", oakTree());
    const auto fields = Replica::of(t.db()).schema().table(u"setting").fields;

    const auto entries = ChangeLog(t.db()).entries();
    REQUIRE(entries.size() == fields.size());
    for (const ChangeEntry &entry : entries) {
        CHECK(entry.table == QStringLiteral("setting"));
        CHECK(entry.rowId == id);
        CHECK(entry.operation == Store::Operation::Insert);
        CHECK(entry.origin == t->installationId());
        CHECK(entry.stamp.milliseconds() == t.time().ms);
        CHECK(entry.replaced == Stamp{});
        CHECK(entry.valueKnown);
        CHECK(entry.value == Store::storageValue(oakTree().value(entry.field)));
    }
    CHECK(entries.first().field == fields.first());
}

TEST_CASE("A one-field update records one change entry with the stamp it replaced", "[store]")
{
    TestDatabase t;
    Store store(t.db());
    const QUuid id = store.insert(u"setting", oakTree());
    const Stamp inserted = ChangeLog(t.db()).entries().first().stamp;
    const qint64 last = ChangeLog(t.db()).lastSequence();

    t.time().ms += 60'000;
    CHECK(store.update(u"setting", id, {{QStringLiteral("status"), QStringLiteral("closed")}}) ==
          1);
    const auto entries = ChangeLog(t.db()).entries(last);
    REQUIRE(entries.size() == 1);
    const ChangeEntry &entry = entries.first();
    CHECK(entry.operation == Store::Operation::Update);
    CHECK(entry.field == QStringLiteral("status"));
    CHECK(entry.value == QVariant(QStringLiteral("closed")));
    CHECK(entry.replaced == inserted);
    CHECK(entry.stamp > inserted);
    CHECK(entry.stamp.milliseconds() == t.time().ms);

    // The insert's entry for that field is now superseded; the others stand.
    const auto all = ChangeLog(t.db()).entriesFor(u"setting", id);
    for (const ChangeEntry &e : all) {
        if (e.operation == Store::Operation::Insert && e.field == QStringLiteral("status"))
            CHECK_FALSE(e.valueKnown);
        if (e.operation == Store::Operation::Insert && e.field == QStringLiteral("name"))
            CHECK(e.valueKnown);
    }
}

TEST_CASE("Writing a value a field already has changes nothing", "[store]")
{
    TestDatabase t;
    Store store(t.db());
    const QUuid id = store.insert(u"setting", oakTree());
    const qint64 last = ChangeLog(t.db()).lastSequence();
    CHECK(store.update(u"setting", id, {{QStringLiteral("status"), QStringLiteral("open")}}) == 0);
    CHECK(ChangeLog(t.db()).entries(last).isEmpty());
}

TEST_CASE("A delete leaves a tombstone and one change entry", "[store]")
{
    TestDatabase t;
    Store store(t.db());
    const QUuid id = store.insert(u"setting", oakTree());
    const qint64 last = ChangeLog(t.db()).lastSequence();
    store.remove(u"setting", id);

    CHECK_FALSE(store.exists(u"setting", id));
    const auto entries = ChangeLog(t.db()).entries(last);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().operation == Store::Operation::Delete);
    CHECK(entries.first().field.isEmpty());
    CHECK(entries.first().rowId == id);
    CHECK(countRows(t.db(), QStringLiteral("sync_tombstone")) == 1);
    CHECK(countRows(t.db(), QStringLiteral("setting")) == 0);
}

TEST_CASE("A failed write leaves neither row nor change entry", "[store]")
{
    TestDatabase t;
    Store store(t.db());
    const qint64 journal = countRows(t.db(), QStringLiteral("sync_journal"));

    SECTION("a foreign key that does not hold")
    {
        QVariantMap values = oakTree();
        values[QStringLiteral("district_code")] = QStringLiteral("atlantis");
        REQUIRE_THROWS_AS(store.insert(u"setting", values), Error);
    }
    SECTION("a field the table does not have")
    {
        QVariantMap values = oakTree();
        values[QStringLiteral("colour")] = QStringLiteral("green");
        REQUIRE_THROWS_AS(store.insert(u"setting", values), Error);
    }
    SECTION("an update that breaks a constraint")
    {
        const QUuid id = store.insert(u"setting", oakTree());
        const qint64 afterInsert = countRows(t.db(), QStringLiteral("sync_journal"));
        REQUIRE_THROWS_AS(
            store.update(u"setting", id,
                         {{QStringLiteral("district_code"), QStringLiteral("nowhere")}}),
            Error);
        CHECK(store.read(u"setting", id)->value(QStringLiteral("district_code")) ==
              QVariant(QStringLiteral("ashford")));
        CHECK(countRows(t.db(), QStringLiteral("sync_journal")) == afterInsert);
        return;
    }
    SECTION("a failure after the row was written, inside the same transaction")
    {
        // The journal refuses the entry: the row written just before must go too.
        executeScript(t->handle(),
                      QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON sync_journal "
                                     "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"));
        REQUIRE_THROWS_AS(store.insert(u"setting", oakTree()), Error);
    }
    CHECK(countRows(t.db(), QStringLiteral("setting")) == 0);
    CHECK(countRows(t.db(), QStringLiteral("sync_journal")) == journal);
}

TEST_CASE("A synced table added by a later migration needs no code, and values round-trip "
          "exactly",
          "[store]")
{
    TestDatabase t;
    executeScript(t->handle(),
                  QStringLiteral("CREATE TABLE sample (id BLOB PRIMARY KEY NOT NULL, i INTEGER, "
                                 "r REAL, t TEXT, b BLOB, x, _clock BLOB NOT NULL) WITHOUT ROWID;"
                                 "INSERT INTO sync_table (id, name) VALUES (99, 'sample');"));
    t.reopen();
    Store store(t.db());
    const double awkward = 0.1 + 0.2;
    const QByteArray blob("\x00\x01\xff\xfe", 4);
    const QString unicode = QStringLiteral("Ysgol Gymraeg — “St Mary’s” 🌳 Ünïcödé");

    const QUuid a =
        store.insert(u"sample", {{QStringLiteral("i"), std::numeric_limits<qint64>::min()},
                                 {QStringLiteral("r"), awkward},
                                 {QStringLiteral("t"), unicode},
                                 {QStringLiteral("b"), blob}});
    const QUuid b = store.insert(u"sample", {{QStringLiteral("t"), QString(QLatin1String(""))},
                                             {QStringLiteral("b"), QByteArray("")},
                                             {QStringLiteral("x"), -0.0}});
    const QUuid c = store.insert(u"sample", {});

    const auto ra = store.read(u"sample", a);
    REQUIRE(ra);
    CHECK(ra->value(QStringLiteral("i")).toLongLong() == std::numeric_limits<qint64>::min());
    const double back = ra->value(QStringLiteral("r")).toDouble();
    CHECK(std::memcmp(&back, &awkward, sizeof back) == 0);
    CHECK(ra->value(QStringLiteral("t")).toString() == unicode);
    CHECK(ra->value(QStringLiteral("b")).toByteArray() == blob);

    // The empty string and the empty blob are not NULL, and NULL is not empty.
    const auto rb = store.read(u"sample", b);
    CHECK_FALSE(rb->value(QStringLiteral("t")).isNull());
    CHECK(rb->value(QStringLiteral("t")).toString().isEmpty());
    CHECK_FALSE(rb->value(QStringLiteral("b")).isNull());
    // SQLite keeps a REAL column's -0.0 as the integer 0; a column with no
    // type keeps the sign.
    const double negativeZero = rb->value(QStringLiteral("x")).toDouble();
    CHECK(std::signbit(negativeZero));
    const auto rc = store.read(u"sample", c);
    for (const auto &field : {QStringLiteral("i"), QStringLiteral("r"), QStringLiteral("t"),
                              QStringLiteral("b"), QStringLiteral("x")})
        CHECK(rc->value(field).isNull());

    // Its change entries are there like any other table's.
    CHECK(ChangeLog(t.db()).entriesFor(u"sample", a).size() == 5);
}

TEST_CASE("Each row's clock names the stamp and origin of every field", "[store]")
{
    TestDatabase t;
    Store store(t.db());
    const QUuid id = store.insert(u"setting", oakTree());
    t.time().ms += 1000;
    store.update(u"setting", id, {{QStringLiteral("postcode"), QStringLiteral("ZZ1 1ZZ")}});
    Statement clock(t->handle(), QStringLiteral("SELECT _clock FROM setting"));
    REQUIRE(clock.step());
    const auto &table = Replica::of(t.db()).schema().table(u"setting");
    const FieldClocks clocks = FieldClocks::decode(clock.blob(0), int(table.fields.size()));
    const int postcode = table.fieldIndex(u"postcode");
    const int name = table.fieldIndex(u"name");
    CHECK(clocks.at(postcode).stamp > clocks.at(name).stamp);
    CHECK(clocks.at(postcode).stamp.milliseconds() == t.time().ms);
    CHECK(clocks.at(name).origin == clocks.at(postcode).origin);
}

TEST_CASE("The clock's high-water mark survives a restart with the wall clock set back", "[store]")
{
    TestDatabase t;
    {
        Store store(t.db());
        store.insert(u"setting", oakTree());
    }
    const Stamp before = Replica::of(t.db()).clock().last();
    t.time().ms -= 86'400'000; // a day back
    t.reopen();
    Store store(t.db());
    store.insert(u"setting", oakTree());
    CHECK(ChangeLog(t.db()).entries().last().stamp > before);
}

TEST_CASE("Writes inside one transaction commit or vanish together", "[store]")
{
    TestDatabase t;
    Store store(t.db());
    {
        Transaction transaction(t.db());
        store.insert(u"setting", oakTree());
        store.insert(u"setting", oakTree());
        // destroyed without commit
    }
    CHECK(countRows(t.db(), QStringLiteral("setting")) == 0);
    CHECK(countRows(t.db(), QStringLiteral("sync_journal")) == 0);
}

TEST_CASE("The store announces each change", "[store]")
{
    TestDatabase t;
    Store store(t.db());
    QSignalSpy spy(&store, &Store::rowChanged);
    const QUuid id = store.insert(u"setting", oakTree());
    store.update(u"setting", id, {{QStringLiteral("name"), QStringLiteral("Oak Tree")}});
    store.remove(u"setting", id);
    REQUIRE(spy.size() == 3);
    CHECK(spy.at(0).at(1).toUuid() == id);
    CHECK(spy.at(2).at(2).value<Store::Operation>() == Store::Operation::Delete);
}

TEST_CASE("A table that is not synced is refused by name", "[store]")
{
    TestDatabase t;
    Store store(t.db());
    try {
        store.insert(u"district", {});
        FAIL("inserted into reference data");
    } catch (const Error &error) {
        CHECK(error.message().contains(QLatin1String("district")));
    }
}

TEST_CASE("A write after another connection's import stamps later than what it took in",
          "[store][clock]")
{
    TestDatabase t;
    Store store(t.db());
    store.insert(u"setting", oakTree());
    // A second connection (the window's sync worker, or the command line)
    // takes in a stamp an hour ahead, as an import from a peer would.
    auto other = Database::open(t.path(), t.time().environment());
    const Stamp remote = Stamp::fromParts(t.time().ms + 3'600'000, 0);
    {
        Transaction transaction(*other);
        Replica::of(*other).clock().receive(remote);
        transaction.commit();
    }
    const QUuid id = store.insert(u"setting", oakTree());
    Statement stamp(t->handle(),
                    QStringLiteral("SELECT max(stamp) FROM sync_journal WHERE row_id = ?"));
    stamp.bindBlob(1, id.toRfc4122());
    REQUIRE(stamp.step());
    CHECK(Stamp{quint64(stamp.int64(0))} > remote);
}
