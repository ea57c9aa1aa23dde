#include "CliRun.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace casebook::test {

Run runCasebook(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CASEBOOK_BINARY), arguments);
    REQUIRE(process.waitForFinished(120'000));
    Run run;
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run CliDatabase::run(QStringList arguments) const
{
    arguments.prepend(path);
    arguments.prepend(QStringLiteral("--db"));
    return runCasebook(arguments);
}

} // namespace casebook::test
