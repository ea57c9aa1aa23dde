#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace casebook {

// Reads comma-separated values as RFC 4180 writes them: fields in double
// quotes may hold commas, line breaks and doubled quotes; records end in CRLF
// or LF. A quote inside an unquoted field is taken as it is.
class CsvReader
{
public:
    explicit CsvReader(QString text);

    // The next record's fields; false at the end. Throws Error::Kind::Invalid
    // naming the line when a quoted field never ends.
    bool next(QStringList &fields);
    // The line on which the record last returned by next() starts (from 1).
    int recordLine() const { return m_recordLine; }

private:
    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
};

// Bytes as text: UTF-8 when they start with a byte-order mark or are valid
// UTF-8, otherwise Windows-1252 (which is how GIAS publishes its files).
QString decodeTextFile(const QByteArray &bytes);
QString decodeWindows1252(QByteArrayView bytes);

} // namespace casebook
