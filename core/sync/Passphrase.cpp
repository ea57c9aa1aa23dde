#include "Passphrase.h"

#include "common/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct PassphraseText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::Passphrase)
};

// As ls -l shows them: rw-r--r--.
QString permissionText(QFile::Permissions p)
{
    const QFile::Permission bits[] = {QFile::ReadOwner, QFile::WriteOwner, QFile::ExeOwner,
                                      QFile::ReadGroup, QFile::WriteGroup, QFile::ExeGroup,
                                      QFile::ReadOther, QFile::WriteOther, QFile::ExeOther};
    QString text;
    for (int i = 0; i < 9; ++i)
        text += (p & bits[i]) ? QLatin1Char("rwx"[i % 3]) : QLatin1Char('-');
    return text;
}

QByteArray firstLine(QByteArray text)
{
    const qsizetype end = text.indexOf('\n');
    if (end >= 0)
        text.truncate(end);
    if (text.endsWith('\r'))
        text.chop(1);
    return text;
}

#ifdef Q_OS_UNIX
QByteArray promptWithoutEcho(QTextStream &prompt, const QString &question)
{
    prompt << question << Qt::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(char(c));
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    prompt << '\n' << Qt::flush;
    return line;
}
#endif

} // namespace

void addPassphraseOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringList{QStringLiteral("passphrase-file")},
        PassphraseText::tr("Read the group passphrase from the first line of FILE (otherwise "
                           "CASEBOOK_PASSPHRASE, otherwise a prompt)."),
        QStringLiteral("FILE")));
}

QByteArray readPassphrase(const QCommandLineParser &parser, QTextStream &prompt, bool twice)
{
    QByteArray passphrase;
    if (parser.isSet(QStringLiteral("passphrase-file"))) {
        const QString path = parser.value(QStringLiteral("passphrase-file"));
        const QFileInfo info(path);
        if (info.exists() && (info.permissions() & (QFile::ReadGroup | QFile::ReadOther |
                                                    QFile::WriteGroup | QFile::WriteOther)))
            throw Error(Error::Kind::Invalid,
                        PassphraseText::tr(
                            "The passphrase file %1 can be read or changed by other users (its "
                            "permissions are %2), so its passphrase may not be secret any more. "
                            "Make it private first (chmod 600 %1), and change the group's "
                            "passphrase if others may have read it.")
                            .arg(path, permissionText(info.permissions())));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::NotFound,
                        PassphraseText::tr("Cannot read the passphrase file %1: %2")
                            .arg(path, file.errorString()));
        passphrase = firstLine(file.read(4096));
    } else if (qEnvironmentVariableIsSet("CASEBOOK_PASSPHRASE")) {
        passphrase = qgetenv("CASEBOOK_PASSPHRASE");
    } else {
#ifdef Q_OS_UNIX
        if (!isatty(STDIN_FILENO))
            throw Error(Error::Kind::Usage,
                        PassphraseText::tr(
                            "No passphrase: give --passphrase-file FILE or set CASEBOOK_PASSPHRASE "
                            "(there is no terminal to ask on)."));
        passphrase = promptWithoutEcho(prompt, PassphraseText::tr("Group passphrase: "));
        if (twice &&
            promptWithoutEcho(prompt, PassphraseText::tr("Again, to be sure: ")) != passphrase)
            throw Error(Error::Kind::Usage,
                        PassphraseText::tr("The two passphrases differ; nothing was done."));
#else
        Q_UNUSED(prompt);
        Q_UNUSED(twice);
        throw Error(Error::Kind::Usage,
                    PassphraseText::tr(
                        "No passphrase: give --passphrase-file FILE or set CASEBOOK_PASSPHRASE."));
#endif
    }
    if (passphrase.isEmpty())
        throw Error(Error::Kind::Usage, PassphraseText::tr("The passphrase is empty."));
    return passphrase;
}

} // namespace casebook
