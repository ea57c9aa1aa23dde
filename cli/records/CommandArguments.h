#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QUuid>

class QCommandLineParser;

namespace casebook {

class Database;
class RecordKind;

// An option that takes a value: valueOption("child", tr("The child's id."), "ID").
QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName);

// An id as the command line prints it, without braces; empty for a null id.
QString idText(QUuid id);

// The id of an existing record of `kind`, from its id or from the start of
// it, long enough to name one record (dashes and case do not matter). Throws
// Error::Kind::NotFound, or Usage when the start fits more than one.
QUuid recordArgument(Database &db, const RecordKind &kind, const QString &text);

// A staff member's id (or the start of it), or "me" for whoever uses this
// installation.
QUuid staffArgument(Database &db, const QString &text);

// A setting's id from its URN, its id, or the start of its id.
QUuid settingArgument(Database &db, const QString &text);

// The command's one positional argument; Usage ("Give one `what`.") otherwise.
QString onePositional(const QCommandLineParser &parser, const QString &what);

} // namespace casebook
