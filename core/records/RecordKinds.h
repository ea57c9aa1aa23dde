#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace casebook {

class Database;
class RecordKind;
struct FieldSpec;

// Every kind of record people edit, one per synced table: those of the
// installed features (see Feature.h), in their order.
QList<const RecordKind *> allRecordKinds();

// A field of some kind that refers to records of another table, with the
// rule its declaration gives for when such a record is deleted.
struct RecordReference
{
    const RecordKind *kind = nullptr;
    const FieldSpec *field = nullptr;
};
// The fields that refer to records of `table`.
QList<RecordReference> referencesTo(QStringView table);

// Live records whose reference names a record that is not there (deleted,
// or never arrived) where the rule is not Keep: "involvement … child_id → …".
QStringList danglingReferences(Database &db);

// The kind of record a synced table holds, for code that meets records
// without knowing their feature (sync conflicts); null for a table people do
// not edit as records.
const RecordKind *recordKindForTable(QStringView table);

// Text a person typed to settle field `field` of a record of `table` (the
// window's "Set another value", `sync resolve --keep VALUE`): parsed as the
// field's type and checked with the record's rules as it would then be.
// Throws Error::Kind::Invalid naming the problem; without a known kind the
// text is taken as it is.
QVariant settlementValue(Database &db, QStringView table, QUuid row, const QString &field,
                         const QString &text);

} // namespace casebook
