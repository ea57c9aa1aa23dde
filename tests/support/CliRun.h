#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace casebook::test {

// The casebook binary run as a process, with its exit status and output.
struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run runCasebook(const QStringList &arguments);

// The run gives up (status -1) after `timeoutMs`.
Run runCasebook(const QStringList &arguments, int timeoutMs);

// A file's or folder's permission bits (0600, say).
int fileMode(const QString &path);

// Writes a file only its owner may read (a passphrase file must be).
void writeOwnerOnlyFile(const QString &path, const QByteArray &content);

// A database file in a folder of its own, and the binary run on it.
struct CliDatabase
{
    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("cli.sqlite"));

    Run run(QStringList arguments) const;
};

} // namespace casebook::test
