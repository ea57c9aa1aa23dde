#pragma once

#include <QString>
#include <QUuid>

#include <exception>

namespace casebook {

// The one exception type core throws. Its message is already translated and
// names the problem (file, version, field) so that the window and the command
// line can show it as it is.
class Error : public std::exception
{
public:
    enum class Kind {
        NotCasebook, // the file is not a Casebook database
        TooNew,      // schema newer than this program
        Storage,     // SQLite refused or failed
        Invalid,     // a value a person gave is not acceptable
        NotFound,    // a record or file that was asked for does not exist
        Clock,       // a remote stamp too far ahead
        Usage,       // the command line was used wrongly
        Duplicate,   // may be a record that exists already; a person must confirm
        Cancelled,   // a person stopped long work before it finished
        MissingBase, // a sync package counts on changes this installation lacks
        Stale,       // an undo or redo would overwrite a change made since
    };

    Error(Kind kind, QString message);
    // A problem with one field of a record: the window names it by its label
    // ("Date of birth: …"), the command line by its label and the name --set
    // takes ("Date of birth (date_of_birth): …").
    Error(Kind kind, QString field, const QString &fieldLabel, const QString &problem);

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    // The field's name when the problem is with one field, else empty.
    const QString &field() const { return m_field; }
    QString commandLineMessage() const;
    // The record the problem is about, when it is one that exists (the child
    // a likely duplicate matches), else null.
    QUuid record() const { return m_record; }
    void setRecord(QUuid record) { m_record = record; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QString m_field;
    QString m_commandLineMessage;
    QUuid m_record;
    QByteArray m_utf8;
};

} // namespace casebook
