#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantMap>

namespace casebook {

class Database;

enum class FieldType {
    Text,
    Date, // stored as ISO 8601 text
    Integer,
    Boolean,  // stored as 0 or 1
    Code,     // one of `choices`, or a code of the reference table `codeTable`
    RecordId, // the id of a record of the synced table `recordTable`
};

// What deleting a record does to the records whose field refers to it.
enum class OnDelete {
    Undeclared, // a RecordId field must say; a test fails on one that does not
    Cascade,    // they are deleted with it, in the same undo step (a child's cases)
    Refuse,     // the delete is refused while any exists (a setting's children)
    Keep,       // they stay, naming the deleted record (history: who made a visit)
};

// One field of a synced record as people and scripts see it: its column, its
// label in the window, and how text typed for it becomes a stored value.
struct FieldSpec
{
    QString name;
    QString label;
    FieldType type = FieldType::Text;
    bool required = false;
    QStringList choices;
    QString codeTable;
    QString recordTable;
    QStringList choiceLabels; // for people, one per choice (the choice itself when empty)
    OnDelete onDelete = OnDelete::Undeclared; // RecordId fields
    bool multiline = false;                   // Text that runs to paragraphs (advice given)
    bool codeShown = false; // a Code people know by its code (ASD), shown beside its name

    QString choiceLabel(const QString &choice) const;
};

// Shorthands for the field lists of record kinds.
FieldSpec textField(const char *name, const QString &label, bool required = false);
FieldSpec paragraphField(const char *name, const QString &label);
FieldSpec typedField(const char *name, const QString &label, FieldType type, bool required = false);
FieldSpec codeField(const char *name, const QString &label, const QString &codeTable);
FieldSpec choiceField(const char *name, const QString &label, const QStringList &choices,
                      const QStringList &choiceLabels, bool required = false);
FieldSpec recordIdField(const char *name, const QString &label, const QString &recordTable,
                        OnDelete onDelete, bool required = false);
// `field`, which a record must have filled in.
FieldSpec requiredField(FieldSpec field);

// The fields of one kind of record, in the order forms and `show` list them.
struct RecordType
{
    QString table;
    QList<FieldSpec> fields;
    QString noun; // what one record is called, for messages and help: "child"

    const FieldSpec *field(QStringView name) const;
    // Throws Error::Kind::Invalid listing the fields there are.
    const FieldSpec &requireField(QStringView name) const;
};

// The values a Code field (or an Integer field with choices) can take, with
// their labels for people, in the order to offer them.
QList<QPair<QString, QString>> fieldChoices(Database &db, const FieldSpec &field);

// Text typed for a field (command line, import) as its stored value: trimmed,
// empty as null, dates from ISO 8601 (yyyy-mm-dd) or dd/mm/yyyy. Throws
// Error::Kind::Invalid naming the field when the text does not fit.
QVariant parseFieldText(const FieldSpec &field, const QString &text);

// A stored value as text for the command line and files: dates ISO 8601,
// ids as UUIDs without braces.
QString fieldValueText(const FieldSpec &field, const QVariant &stored);

// `values` checked against their fields and put in their stored form: text
// trimmed and empty text as null (so "" and "  " never differ from an empty
// field), codes matched without regard to case and spelled as the reference
// table spells them, record ids present in their table. Throws
// Error::Kind::Invalid naming the first field that fails.
QVariantMap checkedValues(Database &db, const RecordType &type, const QVariantMap &values);
// Throws Error::Kind::Invalid about `field` of `type`: "Date of birth: `problem`".
[[noreturn]] void refuseField(const RecordType &type, QStringView field, const QString &problem);
// Refuses moving the choice `field` from `before` to `after` unless `allowed`
// (the moves from `before`) has it, naming the moves there are. `what` names
// the record with its article: "an involvement".
void checkStatusMove(const RecordType &type, QStringView field, const QString &what,
                     const QString &before, const QString &after, const QStringList &allowed);
// A time of day typed in `field` ("9:30") as HH:MM; refused when it is not
// one. An empty field stays empty.
void checkTimeField(const RecordType &type, QStringView field, QVariantMap &record);
// Throws Error::Kind::Invalid naming the first required field that is empty.
void checkRequired(const RecordType &type, const QVariantMap &record);
// The same for one field's value.
void checkRequired(const FieldSpec &field, const QVariant &value);

} // namespace casebook
