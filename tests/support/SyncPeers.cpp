#include "SyncPeers.h"

namespace casebook::test {

Installation::Installation()
    : m_store(std::make_unique<Store>(m_database.db()))
{}

ImportSummary send(Installation &from, Installation &to)
{
    const ChangeSet set =
        collectChanges(from.db(), seenByPeer(from.db(), to.db().installationId()));
    const ImportSummary summary = applyChanges(to.db(), set);
    // The reply that tells `from` what `to` has now seen.
    ChangeSet acknowledgement;
    acknowledgement.sender = to.db().installationId();
    acknowledgement.senderSeen = seenHere(to.db());
    applyChanges(from.db(), acknowledgement);
    return summary;
}

} // namespace casebook::test
