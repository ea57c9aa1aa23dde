#include "CliRun.h"

#include "common/CommandLine.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <catch2/catch.hpp>
#include <sys/stat.h>

namespace casebook::test {

Run runCasebook(const QStringList &arguments)
{
    return runCasebook(arguments, 120'000);
}

int fileMode(const QString &path)
{
    struct stat status = {};
    REQUIRE(stat(QFile::encodeName(path).constData(), &status) == 0);
    return int(status.st_mode & 07777);
}

Run runCasebook(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CASEBOOK_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void writeOwnerOnlyFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    REQUIRE(file.write(content) == content.size());
}

Run runInProcess(const QStringList &arguments, Environment environment)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.status = runCommandLine(QStringList{QStringLiteral("casebook")} + arguments, out, err,
                                std::move(environment));
    out.flush();
    err.flush();
    return run;
}

TestClock::TestClock()
    : ms(QDateTime::currentMSecsSinceEpoch())
{}

Environment TestClock::environment()
{
    Environment environment = Environment::system();
    environment.wallClockMs = [this] {
        return ms++;
    };
    return environment;
}

Run CliDatabase::run(QStringList arguments) const
{
    arguments.prepend(path);
    arguments.prepend(QStringLiteral("--db"));
    return runInProcess(arguments, clock->environment());
}

Run CliDatabase::spawn(QStringList arguments) const
{
    arguments.prepend(path);
    arguments.prepend(QStringLiteral("--db"));
    return runCasebook(arguments);
}

} // namespace casebook::test
