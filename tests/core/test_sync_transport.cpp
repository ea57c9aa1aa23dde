// The convergence property over packages as people carry them: made for one
// installation, for the only one this one knows, or holding everything;
// imported by the right laptop or the wrong one, passed on to a third, held
// back and imported late, imported twice, lost; new laptops joining
// mid-stream from whatever package is at hand; Ctrl+Z after an import.
//
// Whatever happens: a refused package changes nothing; a new laptop that
// accepts a package holds everything its sender held; no undo writes over a
// change from elsewhere; and after a final exchange every installation holds
// the same data, exactly the conflicts the oracle expects, and every value
// anyone wrote (as the field's value, a waiting conflict, or replaced by a
// change that saw it).
//
// CASEBOOK_SYNC_SEEDS=N runs N seeds (default 1000); CASEBOOK_SYNC_SEED=S
// replays one. A failure names its seed.
#include "common/Error.h"
#include "storage/Statement.h"
#include "support/SyncWorld.h"
#include "sync/CanonicalDump.h"
#include "sync/SyncPackages.h"

#include <catch2/catch.hpp>
#include <optional>

using namespace casebook;
using casebook::test::SyncWorld;

namespace {

struct Package
{
    int from = 0;
    int madeFor = -1; // -1: everything, for anyone
    ChangeSet set;
    std::optional<QByteArray> senderDump; // when it holds everything: what its sender held
};

class Transport
{
public:
    explicit Transport(quint32 seed)
        : m_world(seed, 2, 5)
    {}

    void run(int steps)
    {
        for (int step = 0; step < steps; ++step)
            if (!m_world.edit(m_world.tick(), true))
                carry();
        while (!m_pending.isEmpty()) {
            const auto [package, to] = m_pending.takeAt(m_world.pick(int(m_pending.size())));
            deliver(package, to);
        }
        // Then everyone exchanges properly, each package for its recipient.
        for (int round = 0; round < 3; ++round)
            for (size_t s = 0; s < m_world.size(); ++s)
                for (size_t r = 0; r < m_world.size(); ++r)
                    if (s != r)
                        deliver(make(int(s), int(r)), int(r));
    }

    SyncWorld &world() { return m_world; }
    const QStringList &problems() const { return m_problems; }
    int refusals() const { return m_refusals; }

private:
    int other(int than)
    {
        int to = m_world.pick(int(m_world.size()) - 1);
        return to >= than ? to + 1 : to;
    }

    void carry()
    {
        const int what = m_world.pick(100);
        if (what < 8 && m_world.size() < 8) {
            // A new laptop joins from whatever package is at hand.
            const int laptop = m_world.addInstallation();
            if (!m_made.isEmpty())
                deliver(m_made[m_world.pick(int(m_made.size()))], laptop);
            return;
        }
        if (what < 20 && !m_made.isEmpty()) {
            // Last week's package, found in a bag: late, twice, or for someone else.
            deliver(m_made[m_world.pick(int(m_made.size()))], m_world.pick(int(m_world.size())));
            return;
        }
        const int from = m_world.pick(int(m_world.size()));
        const Package package = make(from, -2);
        m_made.append(package);
        const int intended = package.madeFor >= 0 ? package.madeFor : other(from);
        const int fate = m_world.pick(20);
        if (fate < 8) {
            deliver(package, intended);
        } else if (fate < 11) {
            deliver(package, other(from)); // the wrong laptop, perhaps
        } else if (fate < 14) {
            deliver(package, intended);
            deliver(package, other(from)); // and passed on
        } else if (fate < 17) {
            m_pending.append({package, intended});
        } // else lost
        if (!m_pending.isEmpty() && m_world.pick(3) == 0) {
            const auto [late, to] = m_pending.takeAt(m_world.pick(int(m_pending.size())));
            deliver(late, to);
        }
    }

    int indexOf(QUuid id)
    {
        for (size_t i = 0; i < m_world.size(); ++i)
            if (m_world.db(i).installationId() == id)
                return int(i);
        return -1;
    }

    // A package from `from` for installation `to`; -1: everything; -2: as a
    // person would choose (for one of its peers, by default, or everything).
    Package make(int from, int to)
    {
        Database &sender = m_world.db(size_t(from));
        if (to == -2) {
            const int choice = m_world.pick(10);
            const QList<PackagePeer> peers = packagePeers(sender);
            if (choice < 5)
                to = other(from);
            else if (choice < 8 && !peers.isEmpty())
                // Without --for: the one peer; with several, the person picks one.
                to = indexOf(peers[peers.size() == 1 ? 0 : m_world.pick(int(peers.size()))].id);
            else
                to = -1;
        }
        Package package;
        package.from = from;
        package.madeFor = to;
        package.set = collectChanges(
            sender, to < 0 ? QMap<QUuid, Stamp>()
                           : seenByPeer(sender, m_world.db(size_t(to)).installationId()));
        if (package.set.base.isEmpty())
            package.senderDump = canonicalDump(sender);
        return package;
    }

    void deliver(const Package &package, int to)
    {
        if (to == package.from)
            return; // a package made here changes nothing
        Database &db = m_world.db(size_t(to));
        Statement journal(db.handle(), QStringLiteral("SELECT count(*) FROM sync_journal"));
        const bool fresh = journal.step() && journal.int64(0) == 0;
        const QByteArray before = canonicalDump(db);
        try {
            applyChanges(db, package.set);
        } catch (const Error &error) {
            if (error.kind() != Error::Kind::MissingBase)
                m_problems.append(QStringLiteral("import failed: ") + error.message());
            else if (canonicalDump(db) != before)
                m_problems.append(
                    QStringLiteral("a refused package changed installation %1").arg(to));
            ++m_refusals;
            return;
        }
        m_world.oracle().learned(to, package.set);
        if (fresh && (!package.senderDump || canonicalDump(db) != *package.senderDump))
            m_problems.append(
                QStringLiteral("new installation %1 joined from installation %2 incomplete")
                    .arg(to)
                    .arg(package.from));
    }

    SyncWorld m_world;
    QList<Package> m_made;
    QList<std::pair<Package, int>> m_pending;
    QStringList m_problems;
    int m_refusals = 0;
};

} // namespace

TEST_CASE("Packages carried as people carry them lose nothing, and installations converge",
          "[sync][property][transport]")
{
    int refusals = 0;
    const QStringList report = casebook::test::failuresOverSeeds(1000, [&](quint32 seed) {
        Transport transport(seed);
        transport.run(45);
        refusals += transport.refusals();
        return transport.problems() + transport.world().convergenceFailures();
    });
    INFO(report.join(u'\n').toStdString());
    CHECK(report.isEmpty());
    CHECK(refusals > 0); // the transport did hand packages to laptops that could not use them
}
