#pragma once

#include "sync/ChangeSet.h"

namespace casebook::fuzz {

// The passphrase of the seed packages: the reader target opens with it, so
// mutations reach the parts behind the key.
inline const QByteArray passphrase = "fuzzing passphrase";

// A change set with every kind of change and value.
inline ChangeSet sampleChangeSet()
{
    ChangeSet set;
    set.sender = QUuid::fromString(QStringLiteral("01a20000-0000-7000-8000-000000000001"));
    const QUuid other = QUuid::fromString(QStringLiteral("01a20000-0000-7000-8000-000000000002"));
    set.senderSeen.insert(set.sender, Stamp{1000});
    set.senderSeen.insert(other, Stamp{900});
    const QUuid row = QUuid::fromString(QStringLiteral("01a20000-0000-7000-8000-0000000000aa"));
    Change insert{1, row, Store::Operation::Insert, {Stamp{10}, set.sender}, {}, {}};
    insert.fields = {{0, {}, true, QStringLiteral("123456")},
                     {3, {}, true, QStringLiteral("Zoë’s Nursery")},
                     {4, {}, true, qint64(-7)},
                     {5, {}, true, 2.5},
                     {6, {}, true, QByteArray("\0\1", 2)},
                     {7, {}, true, QVariant()}};
    Change update{1, row, Store::Operation::Update, {Stamp{20}, other}, {}, {}};
    update.fields = {{3, {{Stamp{10}, set.sender}}, false, {}}};
    Change remove{1, row, Store::Operation::Delete, {Stamp{30}, set.sender}, {}, {}};
    remove.parents = {{Stamp{20}, other}, {Stamp{10}, QUuid()}};
    set.changes = {insert, update, remove};
    return set;
}

} // namespace casebook::fuzz
