// Merging change sets between installations: directed cases. The property
// test over random scenarios is in test_sync_convergence.cpp.
#include "common/Error.h"
#include "support/SyncPeers.h"
#include "sync/CanonicalDump.h"
#include "sync/ChangeSet.h"
#include "sync/Conflicts.h"
#include "sync/Replica.h"
#include "sync/Store.h"

#include <array>
#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::Installation;
using casebook::test::send;

namespace {

QString nameOf(Installation &i, QUuid id)
{
    const auto row = i.store().read(u"setting", id);
    return row ? row->value(QStringLiteral("name")).toString() : QString();
}

int conflictCount(Installation &i)
{
    return casebook::conflictCount(i.db());
}

} // namespace

TEST_CASE("A new record reaches another installation and an edit follows it", "[sync]")
{
    Installation a, b;
    const QUuid id =
        a.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
    const ImportSummary first = send(a, b);
    CHECK(first.changesApplied == 1);
    CHECK(first.rowsAdded == 1);
    CHECK(nameOf(b, id) == QStringLiteral("Oak"));

    a.store().update(u"setting", id, {{QStringLiteral("name"), QStringLiteral("Oak Tree")}});
    const ImportSummary second = send(a, b);
    CHECK(second.changesApplied == 1); // only what b lacked
    CHECK(second.changesKnown == 0);
    CHECK(nameOf(b, id) == QStringLiteral("Oak Tree"));
    CHECK(canonicalDump(a.db()) == canonicalDump(b.db()));
}

TEST_CASE("Importing the same changes again changes nothing", "[sync]")
{
    Installation a, b;
    a.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
    const ChangeSet set = collectChanges(a.db(), {});
    applyChanges(b.db(), set);
    const QByteArray once = canonicalDump(b.db());
    const ImportSummary again = applyChanges(b.db(), set);
    CHECK(again.changesApplied == 0);
    CHECK(again.changesKnown == 1);
    CHECK(canonicalDump(b.db()) == once);
}

TEST_CASE("Sequential edits on two installations make no conflict", "[sync]")
{
    Installation a, b;
    const QUuid id =
        a.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
    send(a, b);
    b.store().update(u"setting", id, {{QStringLiteral("name"), QStringLiteral("Elm")}});
    send(b, a);
    a.store().update(u"setting", id, {{QStringLiteral("name"), QStringLiteral("Ash")}});
    send(a, b);
    CHECK(nameOf(a, id) == QStringLiteral("Ash"));
    CHECK(nameOf(b, id) == QStringLiteral("Ash"));
    CHECK(conflictCount(a) == 0);
    CHECK(conflictCount(b) == 0);
    CHECK(canonicalDump(a.db()) == canonicalDump(b.db()));
}

TEST_CASE("Concurrent edits of one field: the same winner everywhere, the loser kept", "[sync]")
{
    Installation a, b, office;
    const QUuid id =
        a.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
    send(a, office);
    send(office, b);
    a.time().ms += 10;
    a.store().update(u"setting", id, {{QStringLiteral("name"), QStringLiteral("From A")}});
    b.time().ms += 20;
    b.store().update(u"setting", id, {{QStringLiteral("name"), QStringLiteral("From B")}});
    // Other fields edited concurrently are no conflict.
    a.store().update(u"setting", id, {{QStringLiteral("postcode"), QStringLiteral("ZZ1 1AA")}});

    send(a, office);
    const ImportSummary clash = send(b, office);
    CHECK(clash.conflicts == 1);
    send(office, a);
    send(office, b);
    for (Installation *i : {&a, &b, &office}) {
        CHECK(nameOf(*i, id) == QStringLiteral("From B")); // the later stamp
        CHECK(conflictCount(*i) == 1);
        const QByteArray loser = "t:" + QByteArray("From A").toHex();
        CHECK(canonicalDump(i->db()).contains(loser)); // the loser, kept
    }
    CHECK(canonicalDump(a.db()) == canonicalDump(office.db()));
    CHECK(canonicalDump(b.db()) == canonicalDump(office.db()));
}

TEST_CASE("A delete against a concurrent edit: the delete stands, the edit is kept", "[sync]")
{
    Installation a, b;
    const QUuid id =
        a.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
    send(a, b);
    a.store().remove(u"setting", id);
    b.store().update(u"setting", id, {{QStringLiteral("name"), QStringLiteral("Edited")}});
    send(a, b);
    send(b, a);
    for (Installation *i : {&a, &b}) {
        CHECK_FALSE(i->store().exists(u"setting", id));
        CHECK(conflictCount(*i) == 1);
    }
    CHECK(canonicalDump(a.db()) == canonicalDump(b.db()));

    // Undoing the delete where the edit is known brings the row back.
    a.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}}, id);
    send(a, b);
    CHECK(b.store().exists(u"setting", id));
    CHECK(canonicalDump(a.db()) == canonicalDump(b.db()));
}

TEST_CASE("Changes travel through a third installation", "[sync]")
{
    Installation teacher, office, otherTeacher;
    const QUuid id =
        teacher.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
    send(teacher, office);
    send(office, otherTeacher);
    CHECK(nameOf(otherTeacher, id) == QStringLiteral("Oak"));
    // The office now knows what the other teacher has: nothing more to send.
    const ImportSummary nothing = send(office, otherTeacher);
    CHECK(nothing.changesApplied == 0);
    CHECK(nothing.changesKnown == 0);
}

TEST_CASE("A stamp from a clock far ahead is refused and nothing changes", "[sync]")
{
    Installation a, b;
    a.time().ms += 3LL * 24 * 60 * 60 * 1000; // three days ahead
    a.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
    const QByteArray before = canonicalDump(b.db());
    const Stamp clockBefore = Replica::of(b.db()).clock().last();
    try {
        send(a, b);
        FAIL("accepted");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Clock);
        CHECK(error.message().contains(a.db().installationId().toString(QUuid::WithoutBraces)));
    }
    CHECK(canonicalDump(b.db()) == before);
    CHECK(Replica::of(b.db()).clock().last() == clockBefore);
}

TEST_CASE("Settling a conflict is a change that clears it everywhere", "[sync]")
{
    Installation a, b, office;
    const QUuid id =
        a.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
    send(a, office);
    send(office, b);
    a.store().update(u"setting", id, {{QStringLiteral("name"), QStringLiteral("From A")}});
    b.time().ms += 5;
    b.store().update(u"setting", id, {{QStringLiteral("name"), QStringLiteral("From B")}});
    send(a, office);
    send(b, office);
    send(office, a);
    send(office, b);

    const QList<Conflict> conflicts = listConflicts(office.db());
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().current.toString() == QStringLiteral("From B"));
    CHECK(conflicts.first().waiting.toString() == QStringLiteral("From A"));
    CHECK(listConflicts(a.db()).first().id == conflicts.first().id); // the same id everywhere

    resolveConflict(office.store(), conflicts.first().id, ConflictChoice::KeepWaiting);
    send(office, a);
    send(office, b);
    for (Installation *i : {&a, &b, &office}) {
        CHECK(nameOf(*i, id) == QStringLiteral("From A"));
        CHECK(conflictCount(i->db()) == 0);
    }
    CHECK(canonicalDump(a.db()) == canonicalDump(b.db()));
    CHECK(canonicalDump(a.db()) == canonicalDump(office.db()));
    CHECK_THROWS_AS(resolveConflict(office.store(), QStringLiteral("000000000000"),
                                    ConflictChoice::KeepCurrent),
                    Error);
}

TEST_CASE("An edit to a deleted record: dismissed, or the record brought back", "[sync]")
{
    for (const ConflictChoice choice : {ConflictChoice::KeepCurrent, ConflictChoice::KeepWaiting}) {
        Installation a, b;
        const QUuid id =
            a.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
        send(a, b);
        a.store().remove(u"setting", id);
        b.store().update(u"setting", id, {{QStringLiteral("name"), QStringLiteral("Edited")}});
        send(a, b);
        send(b, a);
        const QList<Conflict> conflicts = listConflicts(a.db());
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts.first().rowDeleted);
        resolveConflict(a.store(), conflicts.first().id, choice);
        send(a, b);
        for (Installation *i : {&a, &b}) {
            CHECK(conflictCount(i->db()) == 0);
            CHECK(i->store().exists(u"setting", id) == (choice == ConflictChoice::KeepWaiting));
        }
        if (choice == ConflictChoice::KeepWaiting)
            CHECK(nameOf(b, id) == QStringLiteral("Edited"));
        CHECK(canonicalDump(a.db()) == canonicalDump(b.db()));
    }
}

TEST_CASE("Every order of four packages gives the same data", "[sync]")
{
    // Four laptops edit the same records, concurrently, from a common start.
    Installation origin;
    const QUuid oak =
        origin.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Oak")}});
    const QUuid elm =
        origin.store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Elm")}});
    std::vector<std::unique_ptr<Installation>> laptops;
    for (int i = 0; i < 4; ++i) {
        laptops.push_back(std::make_unique<Installation>());
        send(origin, *laptops.back());
    }
    laptops[0]->store().update(u"setting", oak,
                               {{QStringLiteral("name"), QStringLiteral("Oak 0")}});
    laptops[1]->store().update(u"setting", oak,
                               {{QStringLiteral("name"), QStringLiteral("Oak 1")}});
    laptops[2]->store().remove(u"setting", elm);
    laptops[3]->store().update(u"setting", elm,
                               {{QStringLiteral("postcode"), QStringLiteral("ZZ9")}});
    laptops[3]->store().insert(u"setting", {{QStringLiteral("name"), QStringLiteral("Ash")}});
    QList<ChangeSet> packages;
    for (auto &laptop : laptops)
        packages.append(collectChanges(laptop->db(), {}));

    std::array<int, 4> order = {0, 1, 2, 3};
    QByteArray first;
    int orders = 0;
    do {
        Installation office;
        send(origin, office);
        for (const int i : order)
            applyChanges(office.db(), packages[i]);
        const QByteArray dump = canonicalDump(office.db());
        if (first.isEmpty())
            first = dump;
        INFO("order " << order[0] << order[1] << order[2] << order[3]);
        CHECK(dump == first);
        ++orders;
    } while (std::next_permutation(order.begin(), order.end()));
    CHECK(orders == 24);
    CHECK(first.count("conflict ") == 2); // Oak's names; Elm's postcode against the delete
}
