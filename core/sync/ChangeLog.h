#pragma once

#include "HybridClock.h"
#include "Store.h"

#include <QList>
#include <QUuid>
#include <QVariant>

namespace casebook {

class Database;

// One change entry per changed field, as DESIGN.md describes them. Physically
// the journal keeps one row per write naming the changed fields; the value of
// an entry is read from the row itself while that write is still the field's
// latest (as cr-sqlite does), so `valueKnown` is false for a superseded value.
struct ChangeEntry
{
    qint64 sequence = 0;
    QString table;
    QUuid rowId;
    Store::Operation operation = Store::Operation::Insert;
    QString field; // empty for a delete (the tombstone)
    QVariant value;
    bool valueKnown = false;
    Stamp stamp;
    Stamp replaced; // the stamp of the value this change replaced (0 for an insert)
    QUuid origin;   // the installation that made the change
};

class ChangeLog
{
public:
    explicit ChangeLog(Database &db);

    // The entries after `afterSequence`, in the order they were written here.
    QList<ChangeEntry> entries(qint64 afterSequence = 0) const;
    QList<ChangeEntry> entriesFor(QStringView table, QUuid rowId) const;
    qint64 lastSequence() const;

private:
    QList<ChangeEntry> query(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace casebook
