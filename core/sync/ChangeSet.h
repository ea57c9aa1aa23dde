#pragma once

#include "HybridClock.h"
#include "Store.h"
#include "common/Progress.h"

#include <QList>
#include <QMap>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace casebook {

// A version of a field (or a tombstone) as it travels: the stamp and the
// installation that wrote it. Ordered by stamp, then installation, which is
// how last-writer-wins picks the same winner everywhere.
struct Version
{
    Stamp stamp;
    QUuid origin;

    friend bool operator==(const Version &, const Version &) = default;
    friend bool operator<(const Version &a, const Version &b)
    {
        if (a.stamp != b.stamp)
            return a.stamp < b.stamp;
        return a.origin.toRfc4122() < b.origin.toRfc4122();
    }
};

// One field of a change: the versions it replaced and, when the sender still
// holds it, its value (a value that a later edit replaced is not sent: only
// that it existed, so the history stays whole).
struct FieldChange
{
    int field = 0;
    QList<Version> parents;
    bool hasValue = false;
    QVariant value;
};

// One journal entry: an insert, an update or a delete of one row.
struct Change
{
    int tableId = 0;
    QUuid row;
    Store::Operation operation = Store::Operation::Update;
    Version version;
    QList<FieldChange> fields; // insert and update
    QList<Version> parents;    // delete: what it superseded; insert: the tombstones it lifts
};

// What one installation sends another: every change the recipient has not
// seen, in an order where a change follows the changes it replaced, and what
// the sender has seen of each installation (so that the recipient knows what
// to send back).
//
// `base` is what the set was computed against: for each installation, the
// stamp after which it carries every change of that installation the sender
// holds (an installation not named: from its first change). An importer must
// hold at least the base, or it would count as seen the changes in between
// that it never had (docs/sync.md, "Knowledge is never assumed").
struct ChangeSet
{
    QUuid sender;
    QMap<QUuid, Stamp> senderSeen;
    QMap<QUuid, Stamp> base;
    QList<Change> changes;
};

struct ImportSummary
{
    int changesApplied = 0; // not seen here before
    int changesKnown = 0;   // seen already: skipped
    int rowsAdded = 0;
    int rowsChanged = 0;
    int rowsDeleted = 0;
    int conflicts = 0; // values that lost to a concurrent edit, kept for a person
};

// What this installation has seen: the highest stamp of each installation's
// changes. Knowledge is always complete up to that stamp, because no import
// takes in a set whose base this installation does not cover.
QMap<QUuid, Stamp> seenHere(Database &db);

// The first installation whose changes `set` counts on beyond what `seen`
// holds (its base is ahead of `seen`), or nothing when `seen` covers the base.
// A set with no changes is checked too: a new laptop must not join its group
// from a package that holds nothing of what the group has.
struct MissingBase
{
    QUuid origin;
    Stamp needed;
    Stamp held;
};
std::optional<MissingBase> missingBase(const ChangeSet &set, const QMap<QUuid, Stamp> &seen);

// Every change this installation knows that `recipientSeen` does not cover,
// written straight into a payload (PayloadCodec) without holding them.
struct EncodedChanges
{
    QByteArray payload;
    qsizetype changes = 0;
};
EncodedChanges encodeChanges(Database &db, const QMap<QUuid, Stamp> &recipientSeen,
                             const ProgressReport &progress = {});

// The same changes as a change set (the payload decoded).
ChangeSet collectChanges(Database &db, const QMap<QUuid, Stamp> &recipientSeen);

// Merges a change set in one transaction: changes seen before are skipped,
// each field keeps the latest version (stamp, then installation), and a
// concurrent losing value becomes a conflict record. Changing nothing, throws
// Error::Kind::Clock when a stamp is too far ahead of this clock, and
// Error::Kind::MissingBase when this installation does not hold the set's base.
ImportSummary applyChanges(Database &db, const ChangeSet &changes,
                           const ProgressReport &progress = {});
// The check applyChanges makes first: throws Error::Kind::MissingBase, with a
// message saying which package to ask for, when `set` counts on changes this
// installation has not had.
void requireBase(Database &db, const ChangeSet &set);

// What a peer has told us it has seen (empty for one never heard from).
QMap<QUuid, Stamp> seenByPeer(Database &db, QUuid peer);

} // namespace casebook
