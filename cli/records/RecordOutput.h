#pragma once

#include "common/Output.h"
#include "records/RecordType.h"

#include <functional>

class QCommandLineParser;
class QTextStream;

namespace casebook {

class JsonWriter;

// A value shown with a record that is not one of its fields (a computed year
// group, the setting's name).
struct ExtraValue
{
    QString key, label;
    QVariant value;
};

// Adds the repeatable --set FIELD=VALUE option.
void addSetOption(QCommandLineParser &parser);
// The --set options as stored values. FIELD is the name `show --format json`
// uses. Throws Error::Kind::Usage or Invalid naming the field.
QVariantMap parseAssignments(const RecordType &type, const QStringList &assignments);

// A record's id and fields (then extras) as JSON members, in field order.
void writeRecordMembers(JsonWriter &json, const RecordType &type, QUuid id,
                        const QVariantMap &record, const QList<ExtraValue> &extras = {});

// One record: a "Label: value" list for people, one row with a header in csv,
// an object in json (id first). `moreJson` may add members such as lists.
void writeRecord(QTextStream &out, OutputFormat format, const RecordType &type, QUuid id,
                 const QVariantMap &record, const QList<ExtraValue> &extras = {},
                 const std::function<void(JsonWriter &)> &moreJson = {});

// Records belonging to one shown (a child's contacts): a JSON array under
// `key`, or for people a titled list, one line a record ("none" when empty).
void writeRecordList(JsonWriter &json, const QString &key, const RecordType &type,
                     const QList<QPair<QUuid, QVariantMap>> &records);
void writeRecordListText(QTextStream &out, const QString &title, const RecordType &type,
                         const QList<QPair<QUuid, QVariantMap>> &records);

// "No field changed.", "1 field changed.", "3 fields changed."
QString fieldsChangedText(int changed);

// A stored value as a person reads it: dates dd/mm/yyyy, choices by their
// labels, yes or no.
QString textForPeople(const FieldSpec &field, const QVariant &stored);

// The text of a stored value for output: ISO dates, ids without braces, and
// integers kept as numbers for json.
QVariant outputValue(const FieldSpec &field, const QVariant &stored);

} // namespace casebook
