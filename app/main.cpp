#include "GuiMain.h"
#include "cli/CommandLine.h"
#include "common/Environment.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (!casebook::wantsCommandLine(arguments))
        return casebook::ui::runWindow(argc, argv);

    QCoreApplication app(argc, argv);
    casebook::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = casebook::runCommandLine(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return status;
}
