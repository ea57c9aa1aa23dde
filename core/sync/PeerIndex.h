#pragma once

#include "ChangeSet.h"
#include "FieldClocks.h"

#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>

namespace casebook {

class Database;

// The installations known here, between the local index used in stamps and
// the UUID that travels. Index 0 stands for "any installation" (a version
// recorded before installations were named with stamps).
class PeerIndex
{
public:
    explicit PeerIndex(Database &db);

    QUuid uuid(quint32 index) const { return m_uuids.value(index); }
    std::optional<quint32> find(QUuid uuid) const;
    // The index of `uuid`, adding it as a peer when it is new.
    quint32 indexFor(QUuid uuid);

    Version version(const FieldClock &local) const { return {local.stamp, uuid(local.origin)}; }
    FieldClock local(const Version &version)
    {
        return {version.stamp, version.origin.isNull() ? 0 : indexFor(version.origin)};
    }

    QList<std::pair<quint32, QUuid>> all() const;

private:
    Database &m_db;
    QHash<quint32, QUuid> m_uuids;
    QHash<QUuid, quint32> m_indexes;
};

} // namespace casebook
