#pragma once

#include <QString>
#include <QUuid>
#include <QVariant>

namespace casebook {

class Database;
class RecordKind;

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
