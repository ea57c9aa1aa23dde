#include "Error.h"

#include <QCoreApplication>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::Error)
};

} // namespace

Error::Error(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{}

Error::Error(Kind kind, QString field, const QString &fieldLabel, const QString &problem)
    : m_kind(kind)
    , m_message(ErrorText::tr("%1: %2", "a field's label, then what is wrong with it")
                    .arg(fieldLabel, problem))
    , m_field(std::move(field))
    , m_commandLineMessage(ErrorText::tr("%1 (%2): %3",
                                         "a field's label, its name on the command line, then what "
                                         "is wrong with it")
                               .arg(fieldLabel, m_field, problem))
    , m_utf8(m_commandLineMessage.toUtf8())
{}

QString Error::commandLineMessage() const
{
    return m_field.isEmpty() ? m_message : m_commandLineMessage;
}

} // namespace casebook
