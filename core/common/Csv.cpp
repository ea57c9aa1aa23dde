#include "Csv.h"

#include "Error.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace casebook {

CsvReader::CsvReader(QString text)
    : m_text(std::move(text))
{}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    if (m_pos >= m_text.size())
        return false;
    m_recordLine = m_line;
    QString field;
    const qsizetype end = m_text.size();
    while (true) {
        if (m_pos < end && m_text[m_pos] == u'"') {
            // A quoted field, up to the quote that is not doubled.
            const int startLine = m_line;
            ++m_pos;
            while (true) {
                if (m_pos >= end)
                    throw Error(Error::Kind::Invalid,
                                QCoreApplication::translate(
                                    "casebook::CsvReader",
                                    "A quoted field that starts on line %1 never ends.")
                                    .arg(startLine));
                const QChar c = m_text[m_pos++];
                if (c == u'"') {
                    if (m_pos < end && m_text[m_pos] == u'"') {
                        field.append(u'"');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                if (c == u'\n')
                    ++m_line;
                field.append(c);
            }
        }
        // The rest of the field (normally nothing after a closing quote).
        while (m_pos < end) {
            const QChar c = m_text[m_pos];
            if (c == u',' || c == u'\n' || c == u'\r')
                break;
            field.append(c);
            ++m_pos;
        }
        fields.append(field);
        field.clear();
        if (m_pos >= end)
            return true;
        const QChar c = m_text[m_pos++];
        if (c == u',')
            continue;
        if (c == u'\r' && m_pos < end && m_text[m_pos] == u'\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

QString decodeWindows1252(QByteArrayView bytes)
{
    // 0x80–0x9F differ from Latin-1; 0 marks the five bytes Windows-1252 leaves
    // undefined, which become U+FFFD.
    static constexpr std::array<char16_t, 32> high = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
    };
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        if (b >= 0x80 && b < 0xA0) {
            const char16_t mapped = high[size_t(b - 0x80)];
            *out++ = QChar(mapped ? mapped : char16_t(0xFFFD));
        } else {
            *out++ = QChar(char16_t(b));
        }
    }
    return text;
}

QString decodeTextFile(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    return decodeWindows1252(bytes);
}

} // namespace casebook
