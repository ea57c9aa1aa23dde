#pragma once

#include "sync/ChangeSet.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <vector>

namespace casebook {
class Database;
}

namespace casebook::test {

// The property tests' own record of who wrote what and who knows it, kept
// apart from the code under test: the model the installations must agree with.
class SyncOracle
{
public:
    // One edit of one field, and the edit whose value it replaced: the value
    // its installation showed at the time, by the oracle's own reckoning.
    struct Write
    {
        QUuid row;
        QString field;
        Version version;
        QByteArray replaced; // empty: the value the record was made with
    };

    static QByteArray key(const Version &version);

    void addInstallation() { m_knows.emplace_back(); }
    // Installation p made or received the change `version`.
    void knows(int p, const Version &version) { m_knows[size_t(p)].insert(key(version)); }
    void learned(int p, const ChangeSet &set);

    // An edit of a field on p: known there, and a head until replaced.
    void edited(int p, const Write &write);
    // A value that must never be lost (every write, a new record's too).
    void valueWritten(QUuid row, const QString &field, const Version &version);
    // A row whose conflicts follow other rules (deleted, settled).
    void untrack(QUuid row) { m_untracked.insert(row); }

    // What field `field` of `row` shows on p: its latest head among the
    // edits p knows (empty: the value it was made with).
    QByteArray shownOn(int p, QUuid row, const QString &field) const;

    // The values that truly lost to a concurrent edit: a field's heads are
    // the edits no later edit replaced; all but the latest wait as conflicts.
    // As "row field version" lines, untracked rows left out.
    QSet<QString> expectedConflicts() const;
    QSet<QString> conflictsOn(Database &db) const;

    // Values written anywhere that `db` does not hold: neither the field's
    // value, nor a waiting conflict, nor replaced by a change that saw it (or
    // not known there at all). As lines for a failure message.
    QStringList lostOn(Database &db) const;

private:
    static QString line(QUuid row, const QString &field, const Version &version);
    static QList<const Write *> headsOf(const QList<const Write *> &writes);

    QList<Write> m_writes;
    struct Value
    {
        QUuid row;
        QString field;
        Version version;
    };
    QList<Value> m_values;
    std::vector<QSet<QByteArray>> m_knows; // per installation: versions it has
    QSet<QUuid> m_untracked;
};

} // namespace casebook::test
