#include "RecordType.h"

#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct RecordTypeText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::RecordType)
};

[[noreturn]] void invalid(const FieldSpec &field, const QString &why)
{
    throw Error(Error::Kind::Invalid, field.name, field.label, why);
}

QStringList referenceCodes(Database &db, const QString &table)
{
    // The table name comes from a FieldSpec in code, never from input.
    Statement codes(db.handle(), QStringLiteral("SELECT code FROM \"%1\"").arg(table));
    QStringList all;
    while (codes.step())
        all.append(codes.text(0));
    return all;
}

QDate parseDate(const QString &text)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
    return date;
}

} // namespace

FieldSpec textField(const char *name, const QString &label, bool required)
{
    return typedField(name, label, FieldType::Text, required);
}

FieldSpec paragraphField(const char *name, const QString &label)
{
    FieldSpec field = textField(name, label);
    field.multiline = true;
    return field;
}

FieldSpec typedField(const char *name, const QString &label, FieldType type, bool required)
{
    return {QString::fromLatin1(name), label, type, required, {}, {}, {}, {}};
}

FieldSpec codeField(const char *name, const QString &label, const QString &codeTable)
{
    return {QString::fromLatin1(name), label, FieldType::Code, false, {}, codeTable, {}, {}};
}

FieldSpec choiceField(const char *name, const QString &label, const QStringList &choices,
                      const QStringList &choiceLabels, bool required)
{
    return {
        QString::fromLatin1(name), label, FieldType::Code, required, choices, {}, {}, choiceLabels};
}

QString FieldSpec::choiceLabel(const QString &choice) const
{
    const qsizetype index = choices.indexOf(choice);
    return index >= 0 && index < choiceLabels.size() ? choiceLabels[index] : choice;
}

FieldSpec recordIdField(const char *name, const QString &label, const QString &recordTable,
                        OnDelete onDelete, bool required)
{
    FieldSpec field{
        QString::fromLatin1(name), label, FieldType::RecordId, required, {}, {}, recordTable, {}};
    field.onDelete = onDelete;
    return field;
}

const FieldSpec *RecordType::field(QStringView name) const
{
    for (const auto &f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

const FieldSpec &RecordType::requireField(QStringView name) const
{
    if (const auto *found = field(name))
        return *found;
    QStringList names;
    for (const auto &f : fields)
        names.append(f.name);
    throw Error(Error::Kind::Invalid,
                RecordTypeText::tr("A %1 has no field “%2”; its fields are: %3.")
                    .arg(table, name, names.join(QLatin1String(", "))));
}

QList<QPair<QString, QString>> fieldChoices(Database &db, const FieldSpec &field)
{
    QList<QPair<QString, QString>> choices;
    if (!field.choices.isEmpty()) {
        for (const QString &choice : field.choices)
            choices.append({choice, field.choiceLabel(choice)});
        return choices;
    }
    if (field.codeTable.isEmpty())
        return choices;
    // Every reference table has a code, a name and a sort order.
    Statement codes(
        db.handle(),
        QStringLiteral("SELECT code, name FROM \"%1\" ORDER BY sort").arg(field.codeTable));
    while (codes.step())
        choices.append({codes.text(0), codes.text(1)});
    return choices;
}

QVariant parseFieldText(const FieldSpec &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Code:
        return trimmed;
    case FieldType::Date: {
        const QDate date = parseDate(trimmed);
        if (!date.isValid())
            invalid(field,
                    RecordTypeText::tr("“%1” is not a date; write it as yyyy-mm-dd or dd/mm/yyyy.")
                        .arg(trimmed));
        return date.toString(Qt::ISODate);
    }
    case FieldType::Integer: {
        bool ok = false;
        const qint64 number = trimmed.toLongLong(&ok);
        if (!ok)
            invalid(field, RecordTypeText::tr("“%1” is not a whole number.").arg(trimmed));
        return number;
    }
    case FieldType::Boolean: {
        const QString lower = trimmed.toLower();
        if (lower == u"yes" || lower == u"true" || lower == u"1")
            return qint64(1);
        if (lower == u"no" || lower == u"false" || lower == u"0")
            return qint64(0);
        invalid(field, RecordTypeText::tr("“%1” is not yes or no.").arg(trimmed));
    }
    case FieldType::RecordId: {
        const QUuid id = QUuid::fromString(trimmed);
        if (id.isNull())
            invalid(field, RecordTypeText::tr("“%1” is not a record id.").arg(trimmed));
        return id.toRfc4122();
    }
    }
    return trimmed;
}

QString fieldValueText(const FieldSpec &field, const QVariant &stored)
{
    if (stored.isNull())
        return {};
    if (field.type == FieldType::RecordId)
        return QUuid::fromRfc4122(stored.toByteArray()).toString(QUuid::WithoutBraces);
    if (field.type == FieldType::Boolean)
        return stored.toLongLong() ? QStringLiteral("yes") : QStringLiteral("no");
    return stored.toString();
}

QVariantMap checkedValues(Database &db, const RecordType &type, const QVariantMap &values)
{
    QVariantMap checked;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldSpec &field = type.requireField(it.key());
        QVariant value = toStorageValue(it.value());
        if (value.typeId() == QMetaType::QString) {
            const QString text = value.toString().trimmed();
            value = text.isEmpty() ? QVariant() : QVariant(text);
        }
        if (!value.isNull()) {
            switch (field.type) {
            case FieldType::Code: {
                const QStringList known =
                    field.choices.isEmpty() ? referenceCodes(db, field.codeTable) : field.choices;
                const QString text = value.toString();
                const auto match = std::find_if(known.begin(), known.end(), [&](const QString &k) {
                    return k.compare(text, Qt::CaseInsensitive) == 0;
                });
                if (match == known.end())
                    invalid(field, RecordTypeText::tr("“%1” is not one of %2.")
                                       .arg(text, known.join(QLatin1String(", "))));
                value = *match;
                break;
            }
            case FieldType::Date:
                if (!QDate::fromString(value.toString(), Qt::ISODate).isValid())
                    invalid(field, RecordTypeText::tr("“%1” is not a date.").arg(value.toString()));
                break;
            case FieldType::Integer:
            case FieldType::Boolean:
                if (value.typeId() != QMetaType::LongLong)
                    value = parseFieldText(field, value.toString());
                if (!field.choices.isEmpty() && !field.choices.contains(value.toString()))
                    invalid(field,
                            RecordTypeText::tr("%1 is not one of %2.")
                                .arg(value.toString(), field.choices.join(QLatin1String(", "))));
                break;
            case FieldType::RecordId: {
                const QByteArray id = value.toByteArray();
                Statement exists(
                    db.handle(),
                    QStringLiteral("SELECT 1 FROM \"%1\" WHERE id = ?").arg(field.recordTable));
                exists.bindBlob(1, id);
                if (id.size() != 16 || !exists.step())
                    invalid(field,
                            RecordTypeText::tr("there is no such %1.").arg(field.recordTable));
                break;
            }
            case FieldType::Text:
                break;
            }
        }
        checked.insert(it.key(), value);
    }
    return checked;
}

void refuseField(const RecordType &type, QStringView field, const QString &problem)
{
    invalid(type.requireField(field), problem);
}

void checkRequired(const FieldSpec &field, const QVariant &value)
{
    if (field.required && value.isNull())
        invalid(field, RecordTypeText::tr("it must be filled in."));
}

void checkRequired(const RecordType &type, const QVariantMap &record)
{
    for (const auto &field : type.fields)
        checkRequired(field, record.value(field.name));
}

void checkStatusMove(const RecordType &type, QStringView field, const QString &what,
                     const QString &before, const QString &after, const QStringList &allowed)
{
    if (after == before || allowed.contains(after))
        return;
    const FieldSpec &spec = type.requireField(field);
    QStringList names;
    for (const QString &next : allowed)
        names.append(spec.choiceLabel(next).toLower());
    if (names.isEmpty())
        refuseField(type, field,
                    RecordTypeText::tr("%1 that is %2 stays so.")
                        .arg(what, spec.choiceLabel(before).toLower()));
    refuseField(type, field,
                RecordTypeText::tr("%1 that is %2 cannot become %3; it can become: %4.")
                    .arg(what, spec.choiceLabel(before).toLower(),
                         spec.choiceLabel(after).toLower(), names.join(QStringLiteral(", "))));
}

void checkTimeField(const RecordType &type, QStringView field, QVariantMap &record)
{
    const QString key = field.toString();
    const QString text = record.value(key).toString();
    if (text.isEmpty())
        return;
    const QTime time = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!time.isValid())
        refuseField(type, field,
                    RecordTypeText::tr("“%1” is not a time; write it as 09:30.").arg(text));
    record.insert(key, time.toString(QStringLiteral("HH:mm")));
}

FieldSpec requiredField(FieldSpec field)
{
    field.required = true;
    return field;
}

} // namespace casebook
