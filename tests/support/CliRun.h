#pragma once

#include "common/Environment.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace casebook::test {

// The casebook binary run as a process, with its exit status and output.
struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run runCasebook(const QStringList &arguments);

// `casebook …` run inside the test, through the entry point main uses, with
// its output captured and time from `environment`.
Run runInProcess(const QStringList &arguments, Environment environment);

// The run gives up (status -1) after `timeoutMs`.
Run runCasebook(const QStringList &arguments, int timeoutMs);

// A file's or folder's permission bits (0600, say).
int fileMode(const QString &path);

// Writes a file only its owner may read (a passphrase file must be).
void writeOwnerOnlyFile(const QString &path, const QByteArray &content);

// A clock that starts at the real time and moves on a millisecond each time
// it is read, or as far as a test moves it; ids are random, as in the program.
struct TestClock
{
    qint64 ms;

    TestClock();
    Environment environment(); // reads this clock, which must outlive it
};

// A database file in a folder of its own, and the command line run on it:
// in the test's own process, or (for exit codes, signals and permissions as
// the shell sees them) the real binary.
struct CliDatabase
{
    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("cli.sqlite"));
    std::shared_ptr<TestClock> clock = std::make_shared<TestClock>();

    Run run(QStringList arguments) const;
    Run spawn(QStringList arguments) const;
};

} // namespace casebook::test
