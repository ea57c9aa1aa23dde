#pragma once

#include "RecordType.h"

#include <QList>
#include <QSet>
#include <QUuid>
#include <QVariantMap>

namespace casebook {

class Database;
class EditSession;
struct RecordChange;

// What a person confirmed when a rule asked them (see Error::Kind::Duplicate).
struct EditOptions
{
    EditOptions(bool notDuplicate = false)
        : confirmedNotDuplicate(notDuplicate)
    {}

    // "This is a different child, even though the UPN is the same."
    bool confirmedNotDuplicate = false;
    // The record a new one takes the place of in the same batch (a setting's
    // new link teacher): a rule that allows one such record counts it gone.
    QUuid replaces;
};

// A kind of synced record with its rules: children, settings, staff … The
// window and the command line add and edit records only through
// addRecord/editRecord below, so a rule holds whichever way the edit comes.
class RecordKind
{
public:
    virtual ~RecordKind() = default;
    virtual const RecordType &type() const = 0;
    QString noun() const { return type().noun; }
    // Values a new record takes for the fields it is not given.
    virtual QVariantMap defaults() const { return {}; }
    // True for a field whose every change is a step of its own for undo (a
    // case's status); edits of other fields typed one after another merge.
    virtual bool isStep(const QString &field) const
    {
        Q_UNUSED(field);
        return false;
    }
    // A short name for the Undo menu: "child Ava Stone".
    virtual QString label(const QVariantMap &record) const = 0;
    // Checks the whole record as it would be after the edit, and may put
    // values in their canonical form (a UPN in capitals). `id` is null for a
    // new record. Throws Error naming the field.
    virtual void validate(Database &db, QUuid id, QVariantMap &record,
                          const EditOptions &options) const;
};

// Checks, then adds through the undo stack. Returns the new record's id.
QUuid addRecord(EditSession &session, const RecordKind &kind, const QVariantMap &values,
                const EditOptions &options = {});
// Checks the record as it would be, then changes only the fields that change.
// Returns the number of fields changed (0: nothing to undo, nothing pushed).
int editRecord(EditSession &session, const RecordKind &kind, QUuid id, const QVariantMap &changes,
               const EditOptions &options = {});
// Deletes the record and, in the same undo step, every record that refers to
// it through a field whose rule is Cascade (and theirs in turn). Refused,
// naming what holds it, while a record refers to it through a Refuse field.
void deleteRecord(EditSession &session, const RecordKind &kind, QUuid id);

// One column of one synced record, or null when the record is not there.
QVariant recordValue(Database &db, const QString &table, const QString &column, QUuid id);

// Adds and edits of several records, each checked by its kind's rules as it
// is given, made as one undo step by commit() (a decision that opens a case,
// say). A value may name a record the batch adds before it. Nothing changes
// until commit(); what is left uncommitted is dropped.
class RecordBatch
{
public:
    RecordBatch(EditSession &session, QString text);
    ~RecordBatch();
    // `id` gives the new record's id: one derived from another record's, so
    // that two laptops making the same follow-up make one record.
    QUuid add(const RecordKind &kind, const QVariantMap &values, const EditOptions &options = {},
              QUuid id = {});
    void edit(const RecordKind &kind, QUuid id, const QVariantMap &changes,
              const EditOptions &options = {});
    void commit();

private:
    // `values` less those naming a record this batch adds (put in `links`):
    // they are not in the database to be checked yet.
    QVariantMap withoutPendingLinks(const QVariantMap &values, QVariantMap &links) const;

    EditSession &m_session;
    QString m_text;
    QList<RecordChange> m_changes;
    QSet<QUuid> m_added;
};

// The records of `type` whose `field` holds `id` (a child's contacts, say),
// oldest first.
QList<QPair<QUuid, QVariantMap>> readRecordsWhere(Database &db, const RecordType &type,
                                                  QStringView field, QUuid id);
// The records of `type`, oldest first: all of them when `field` is empty,
// else those whose `field` holds the stored value `stored` (null: is empty).
QList<QPair<QUuid, QVariantMap>> readRecords(Database &db, const RecordType &type,
                                             QStringView field = {}, const QVariant &stored = {});

} // namespace casebook
