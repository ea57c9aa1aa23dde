#include "RecordOutput.h"

#include "common/Error.h"
#include "common/JsonWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

namespace casebook {

void addSetOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringList{QStringLiteral("set")},
        QCoreApplication::translate("casebook::RecordOutput",
                                    "Set a field, named as “show --format json” names it "
                                    "(repeatable; an empty value clears the field)."),
        QStringLiteral("FIELD=VALUE")));
}

QVariantMap parseAssignments(const RecordType &type, const QStringList &assignments)
{
    QVariantMap values;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            throw Error(Error::Kind::Usage,
                        QCoreApplication::translate("casebook::RecordOutput",
                                                    "“--set %1” needs the form FIELD=VALUE.")
                            .arg(assignment));
        const FieldSpec &field = type.requireField(assignment.left(equals).trimmed());
        values.insert(field.name, parseFieldText(field, assignment.mid(equals + 1)));
    }
    return values;
}

QString fieldsChangedText(int changed)
{
    if (changed == 0)
        return QCoreApplication::translate("casebook::RecordOutput",
                                           "No field changed: the values were already so.");
    return QCoreApplication::translate("casebook::RecordOutput", "%n field(s) changed.", nullptr,
                                       changed);
}

QVariant outputValue(const FieldSpec &field, const QVariant &stored)
{
    if (stored.isNull())
        return {};
    if (field.type == FieldType::Integer)
        return stored.toLongLong();
    if (field.type == FieldType::Boolean)
        return stored.toLongLong() != 0;
    return fieldValueText(field, stored);
}

void writeRecordMembers(JsonWriter &json, const RecordType &type, QUuid id,
                        const QVariantMap &record, const QList<ExtraValue> &extras)
{
    json.field(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    for (const auto &field : type.fields)
        json.field(field.name, outputValue(field, record.value(field.name)));
    for (const auto &extra : extras)
        json.field(extra.key, extra.value);
}

QString textForPeople(const FieldSpec &field, const QVariant &stored)
{
    if (field.type == FieldType::Boolean && !stored.isNull())
        return stored.toLongLong() != 0
                   ? QCoreApplication::translate("casebook::RecordOutput", "yes")
                   : QCoreApplication::translate("casebook::RecordOutput", "no");
    if (field.type == FieldType::Date) {
        const QDate date = QDate::fromString(stored.toString(), Qt::ISODate);
        if (date.isValid())
            return date.toString(QStringLiteral("dd/MM/yyyy"));
    }
    if (!field.choices.isEmpty() && !stored.isNull())
        return field.choiceLabel(stored.toString());
    return fieldValueText(field, stored);
}

void writeRecord(QTextStream &out, OutputFormat format, const RecordType &type, QUuid id,
                 const QVariantMap &record, const QList<ExtraValue> &extras,
                 const std::function<void(JsonWriter &)> &moreJson)
{
    if (format == OutputFormat::Json) {
        JsonWriter json(out);
        json.beginObject();
        writeRecordMembers(json, type, id, record, extras);
        if (moreJson)
            moreJson(json);
        json.endObject();
        return;
    }
    OutputTable table;
    QVariantList row;
    table.keys.append(QStringLiteral("id"));
    table.headings.append(QStringLiteral("Id"));
    row.append(id.toString(QUuid::WithoutBraces));
    for (const auto &field : type.fields) {
        table.keys.append(field.name);
        table.headings.append(field.label);
        row.append(outputValue(field, record.value(field.name)));
    }
    for (const auto &extra : extras) {
        table.keys.append(extra.key);
        table.headings.append(extra.label);
        row.append(extra.value);
    }
    if (format == OutputFormat::Csv) {
        table.rows.append(row);
        writeTable(out, table, format);
        return;
    }
    qsizetype width = 0;
    for (const auto &heading : table.headings)
        width = std::max(width, heading.size());
    for (int i = 0; i < table.headings.size(); ++i) {
        QString text = row[i].toString();
        if (i >= 1 && i - 1 < type.fields.size())
            text = textForPeople(type.fields[i - 1], record.value(type.fields[i - 1].name));
        if (row[i].typeId() == QMetaType::Bool)
            text = row[i].toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        out << QString(table.headings[i] + u':').leftJustified(width + 2) << text << '\n';
    }
}

void writeRecordList(JsonWriter &json, const QString &key, const RecordType &type,
                     const QList<QPair<QUuid, QVariantMap>> &records)
{
    json.key(key);
    json.beginArray();
    for (const auto &[recordId, record] : records) {
        json.beginObject();
        writeRecordMembers(json, type, recordId, record);
        json.endObject();
    }
    json.endArray();
}

void writeRecordListText(QTextStream &out, const QString &title, const RecordType &type,
                         const QList<QPair<QUuid, QVariantMap>> &records)
{
    out << '\n'
        << title << ": "
        << (records.isEmpty() ? QCoreApplication::translate("casebook::RecordOutput", "none")
                              : QString())
        << '\n';
    for (const auto &[recordId, record] : records) {
        QStringList parts;
        for (const auto &field : type.fields) {
            if (field.type == FieldType::RecordId)
                continue;
            const QString text = textForPeople(field, record.value(field.name));
            if (!text.isEmpty())
                parts.append(field.label + QLatin1String(": ") + text);
        }
        out << "  - " << parts.join(QLatin1String("; ")) << '\n';
    }
}

} // namespace casebook
