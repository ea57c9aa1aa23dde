#include "PeerIndex.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace casebook {

PeerIndex::PeerIndex(Database &db)
    : m_db(db)
{
    Statement peers(db.handle(), QStringLiteral("SELECT idx, installation_id FROM sync_peer"));
    while (peers.step()) {
        const auto index = quint32(peers.int64(0));
        const QUuid uuid = QUuid::fromRfc4122(peers.blob(1));
        m_uuids.insert(index, uuid);
        m_indexes.insert(uuid, index);
    }
}

std::optional<quint32> PeerIndex::find(QUuid uuid) const
{
    const auto it = m_indexes.constFind(uuid);
    if (it == m_indexes.constEnd())
        return std::nullopt;
    return *it;
}

quint32 PeerIndex::indexFor(QUuid uuid)
{
    if (const auto index = find(uuid))
        return *index;
    Statement add(
        m_db.handle(),
        QStringLiteral("INSERT INTO sync_peer (installation_id) VALUES (?) RETURNING idx"));
    add.bindBlob(1, uuid.toRfc4122());
    add.step();
    const auto index = quint32(add.int64(0));
    add.reset();
    m_uuids.insert(index, uuid);
    m_indexes.insert(uuid, index);
    return index;
}

QList<std::pair<quint32, QUuid>> PeerIndex::all() const
{
    QList<std::pair<quint32, QUuid>> list;
    for (auto it = m_uuids.cbegin(); it != m_uuids.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace casebook
