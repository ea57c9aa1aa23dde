#pragma once

#include "ChangeSet.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace casebook {

class Database;
class Store;

// A value that lost to a concurrent edit, or an edit made to a record that
// another installation deleted, waiting for a person.
struct Conflict
{
    QString id; // the same on every installation: a hash of what it is
    QString table;
    QUuid row;
    QString field;
    bool rowDeleted = false;
    QVariant current; // the value now in the record (none when deleted)
    Version currentVersion;
    QVariant waiting; // the value that lost, or was made to the deleted record
    bool waitingKnown = true;
    Version waitingVersion;
};

QList<Conflict> listConflicts(Database &db);
int conflictCount(Database &db);
// The conflict with that id; Error::Kind::NotFound when there is none.
Conflict findConflict(Database &db, const QString &id);

enum class ConflictChoice {
    KeepCurrent, // the value in the record (for a deleted record: it stays deleted)
    KeepWaiting, // the waiting value (for a deleted record: bring it back)
    SetValue,    // another value typed by the person
};

// Settles the conflict's field (every value waiting for it) or, for a deleted
// record, the record. The settlement is a change that syncs. Throws
// Error::Kind::NotFound for an unknown id.
void resolveConflict(Store &store, const QString &id, ConflictChoice choice,
                     const QVariant &value = {});

} // namespace casebook
