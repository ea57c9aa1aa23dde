#pragma once

#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

class QTextStream;

namespace casebook {

enum class OutputFormat { Table, Csv, Json };

std::optional<OutputFormat> parseOutputFormat(const QString &text);

// A list for the command line. `keys` name the columns in csv headers and json
// objects (snake_case, stable for scripts); `headings` are for people.
struct OutputTable
{
    QStringList keys;
    QStringList headings;
    QList<QVariantList> rows;
    // Numbers in these columns are shown with thousands separators and a £.
    QList<int> moneyColumns;
};

void writeTable(QTextStream &out, const OutputTable &table, OutputFormat format);
QString formatPounds(qint64 pounds);
// A date for people (dd/mm/yyyy) or, in csv and json, for scripts (ISO 8601).
QString dateText(QDate date, OutputFormat format);

} // namespace casebook
