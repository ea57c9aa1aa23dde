#pragma once

#include <QList>
#include <QString>
#include <QVariant>

class QTextStream;

namespace casebook {

// Writes indented JSON with object keys in the order given. (QJsonObject sorts
// its keys, and the command line promises that a record's id comes first.)
class JsonWriter
{
public:
    explicit JsonWriter(QTextStream &out);
    ~JsonWriter();

    void beginArray();
    void endArray();
    void beginObject();
    void endObject();
    void key(const QString &name);
    // null, a boolean, a number or a string.
    void value(const QVariant &value);
    void field(const QString &name, const QVariant &v)
    {
        key(name);
        value(v);
    }

private:
    void beforeValue();
    void end(char bracket);

    QTextStream &m_out;
    QList<bool> m_hasItems; // one per open array or object
    bool m_afterKey = false;
};

} // namespace casebook
