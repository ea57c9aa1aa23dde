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

// A database file in a folder of its own, and the binary run on it.
struct CliDatabase
{
    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("cli.sqlite"));

    Run run(QStringList arguments) const;
};

} // namespace casebook::test
