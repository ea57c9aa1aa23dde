#include "Output.h"

#include "JsonWriter.h"

#include <QLocale>
#include <QTextStream>

namespace casebook {

std::optional<OutputFormat> parseOutputFormat(const QString &text)
{
    if (text == QLatin1String("table"))
        return OutputFormat::Table;
    if (text == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (text == QLatin1String("json"))
        return OutputFormat::Json;
    return std::nullopt;
}

QString dateText(QDate date, OutputFormat format)
{
    return format == OutputFormat::Table ? date.toString(QStringLiteral("dd/MM/yyyy"))
                                         : date.toString(Qt::ISODate);
}

QString formatPounds(qint64 pounds)
{
    return u'£' + QLocale(QLocale::English, QLocale::UnitedKingdom).toString(pounds);
}

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u'"', QLatin1String("\"\"")) + u'"';
}

void writeCsv(QTextStream &out, const OutputTable &table)
{
    QStringList header;
    for (const auto &key : table.keys)
        header.append(csvField(key));
    out << header.join(u',') << "\r\n";
    for (const auto &row : table.rows) {
        QStringList fields;
        for (const auto &value : row)
            fields.append(csvField(value.toString()));
        out << fields.join(u',') << "\r\n";
    }
}

void writeJson(QTextStream &out, const OutputTable &table)
{
    JsonWriter json(out);
    json.beginArray();
    for (const auto &row : table.rows) {
        json.beginObject();
        for (int i = 0; i < table.keys.size() && i < row.size(); ++i)
            json.field(table.keys[i], row[i]);
        json.endObject();
    }
    json.endArray();
}

void writeAligned(QTextStream &out, const OutputTable &table)
{
    const int columns = int(table.headings.size());
    QList<QStringList> cells;
    QList<qsizetype> widths(columns);
    QList<bool> rightAligned(columns, false);
    for (int c = 0; c < columns; ++c)
        widths[c] = table.headings[c].size();
    for (const auto &row : table.rows) {
        QStringList texts;
        for (int c = 0; c < columns; ++c) {
            const QVariant value = c < row.size() ? row[c] : QVariant();
            QString text = value.toString();
            if (table.moneyColumns.contains(c) && isNumber(value))
                text = formatPounds(value.toLongLong());
            if (isNumber(value))
                rightAligned[c] = true;
            widths[c] = std::max(widths[c], text.size());
            texts.append(text);
        }
        cells.append(texts);
    }
    auto line = [&](const QStringList &texts) {
        QString text;
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                text += QLatin1String("  ");
            text += rightAligned[c] ? texts[c].rightJustified(widths[c])
                                    : texts[c].leftJustified(c + 1 < columns ? widths[c] : 0);
        }
        out << text << '\n';
    };
    line(table.headings);
    QStringList rules;
    for (int c = 0; c < columns; ++c)
        rules.append(QString(widths[c], u'-'));
    line(rules);
    for (const auto &texts : cells)
        line(texts);
}

} // namespace

void writeTable(QTextStream &out, const OutputTable &table, OutputFormat format)
{
    switch (format) {
    case OutputFormat::Table:
        writeAligned(out, table);
        break;
    case OutputFormat::Csv:
        writeCsv(out, table);
        break;
    case OutputFormat::Json:
        writeJson(out, table);
        break;
    }
}

} // namespace casebook
