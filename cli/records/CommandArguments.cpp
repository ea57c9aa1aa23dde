#include "CommandArguments.h"

#include "common/Error.h"
#include "records/RecordKind.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace casebook {

namespace {

struct CommandArgumentsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::CommandArguments)
};

} // namespace

QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName)
{
    return QCommandLineOption(QStringList{QString::fromLatin1(name)}, description,
                              QString::fromLatin1(valueName));
}

QString idText(QUuid id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QUuid recordArgument(Database &db, const RecordKind &kind, const QString &text)
{
    const QString table = quoteIdentifier(kind.type().table);
    const QUuid whole = QUuid::fromString(text);
    QString start = text.trimmed().toUpper();
    start.remove(u'-');
    static const QRegularExpression hex(QStringLiteral("^[0-9A-F]{1,32}$"));
    Statement query(
        db.handle(),
        whole.isNull()
            ? QStringLiteral("SELECT id FROM %1 WHERE substr(hex(id), 1, ?) = ? LIMIT 2").arg(table)
            : QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(table));
    if (whole.isNull()) {
        query.bindInt64(1, start.size());
        query.bindText(2, hex.match(start).hasMatch() ? start : QStringLiteral("-"));
    } else {
        query.bindBlob(1, whole.toRfc4122());
    }
    if (!query.step())
        throw Error(Error::Kind::NotFound,
                    CommandArgumentsText::tr("There is no %1 “%2”.").arg(kind.noun(), text));
    const QUuid found = QUuid::fromRfc4122(query.blob(0));
    if (query.step())
        throw Error(Error::Kind::Usage,
                    CommandArgumentsText::tr("“%1” is the start of more than one %2's id; give "
                                             "more of it.")
                        .arg(text, kind.noun()));
    return found;
}

QUuid staffArgument(Database &db, const QString &text)
{
    if (text == u"me") {
        const auto me = whoAmI(db);
        if (!me)
            throw Error(Error::Kind::Usage,
                        CommandArgumentsText::tr("No staff member uses this installation yet; set "
                                                 "one with “casebook staff whoami ID”."));
        return *me;
    }
    return recordArgument(db, staffKind(), text);
}

QUuid settingArgument(Database &db, const QString &text)
{
    if (const auto found = findSettingByUrn(db, text))
        return *found;
    try {
        return recordArgument(db, settingKind(), text);
    } catch (const Error &) {
        throw Error(Error::Kind::NotFound,
                    CommandArgumentsText::tr("There is no setting with URN or id “%1”.").arg(text));
    }
}

QString onePositional(const QCommandLineParser &parser, const QString &what)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        throw Error(Error::Kind::Usage, CommandArgumentsText::tr("Give one %1.").arg(what));
    return positional.first();
}

} // namespace casebook
