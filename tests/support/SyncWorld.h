#pragma once

#include "SyncOracle.h"
#include "SyncPeers.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace casebook {
class EditSession;
}

namespace casebook::test {

// Installations for the sync property tests and the edits people make on
// them (settings only: adding, editing directly and through undoable
// commands, deleting, undoing a delete, settling a conflict, Ctrl+Z and
// Ctrl+Shift+Z), each recorded in the oracle. The transport is the test's.
class SyncWorld
{
public:
    // Between `least` and `most` installations, by the seed.
    SyncWorld(quint32 seed, int least, int most);
    ~SyncWorld();

    int pick(int n) { return int(m_random.bounded(n)); }
    size_t size() const { return m_peers.size(); }
    Installation &peer(size_t i) { return *m_peers[i]; }
    Database &db(size_t i) { return m_peers[i]->db(); }
    SyncOracle &oracle() { return m_oracle; }
    // A new, empty installation; its index.
    int addInstallation();
    // An installation picked at random, its clock moved on by 0 to 2 ms (0
    // now and then: equal stamps on two laptops).
    int tick();

    // One random edit on p (nothing when it does not apply), or false: this
    // step is the transport's. With `undoable`, some edits go through the
    // undo stack, and Ctrl+Z and Ctrl+Shift+Z happen too.
    bool edit(int p, bool undoable);

    // Undo or redo that wrote over a version this installation's own steps
    // did not write: a change made elsewhere, lost to the undo.
    const QStringList &undoOverwrites() const { return m_undoOverwrites; }

    // After a final exchange, what does not hold: identical canonical dumps,
    // exactly the oracle's conflicts on every installation, no value lost,
    // no undo that wrote over another's change. Empty when all hold.
    QStringList convergenceFailures();

private:
    void insert(int p);
    void update(int p, bool undoable);
    void remove(int p);
    void resurrect(int p);
    void settle(int p);
    void undoOrRedo(int p);
    // The version of the change just written on p, or none when nothing was.
    std::optional<Version> latestChange(int p, qint64 &lastSeq);
    qint64 lastSeq(int p);
    void recordEdit(int p, QUuid row, const QString &field, const QByteArray &replaced,
                    const Version &version, bool ownStep);

    QRandomGenerator m_random;
    std::vector<std::unique_ptr<Installation>> m_peers;
    std::vector<std::unique_ptr<EditSession>> m_sessions;
    std::vector<QSet<QByteArray>> m_ownSteps; // versions written by each one's undo stack
    QList<QUuid> m_ids;
    QHash<int, QHash<QUuid, QVariantMap>> m_deleted;
    SyncOracle m_oracle;
    QStringList m_undoOverwrites;
};

// The seeds a property test runs: CASEBOOK_SYNC_SEED=S replays one,
// CASEBOOK_SYNC_SEEDS=N runs N, otherwise `fallback`.
QList<quint32> propertySeeds(int fallback);

// Runs `scenario` for each of propertySeeds(fallback) and gathers the
// failures it returns, each naming its seed for replay; stops after five.
QStringList failuresOverSeeds(int fallback, const std::function<QStringList(quint32)> &scenario);

} // namespace casebook::test
