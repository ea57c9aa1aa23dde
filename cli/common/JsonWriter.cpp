#include "JsonWriter.h"

#include <QTextStream>

namespace casebook {

namespace {

QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

} // namespace

JsonWriter::JsonWriter(QTextStream &out)
    : m_out(out)
{}

JsonWriter::~JsonWriter() = default;

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasItems.isEmpty())
        return;
    m_out << (m_hasItems.last() ? ",\n" : "\n") << QString(m_hasItems.size() * 4, u' ');
    m_hasItems.last() = true;
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out << '[';
    m_hasItems.append(false);
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out << '{';
    m_hasItems.append(false);
}

void JsonWriter::end(char bracket)
{
    const bool hadItems = m_hasItems.takeLast();
    if (hadItems)
        m_out << '\n' << QString(m_hasItems.size() * 4, u' ');
    m_out << bracket;
    if (m_hasItems.isEmpty())
        m_out << '\n';
}

void JsonWriter::endArray()
{
    end(']');
}

void JsonWriter::endObject()
{
    end('}');
}

void JsonWriter::key(const QString &name)
{
    beforeValue();
    m_out << quoted(name) << ": ";
    m_afterKey = true;
}

void JsonWriter::value(const QVariant &value)
{
    beforeValue();
    if (value.isNull()) {
        m_out << "null";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        m_out << (value.toBool() ? "true" : "false");
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        m_out << value.toLongLong();
        return;
    case QMetaType::Double:
        m_out << QString::number(value.toDouble(), 'g', 17);
        return;
    default:
        m_out << quoted(value.toString());
    }
}

} // namespace casebook
