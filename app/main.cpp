#include "Features.h"
#include "GuiMain.h"
#include "bench/ChildrenPageBench.h"
#include "bench/DropinPageBench.h"
#include "bench/LinkPageBench.h"
#include "bench/WindowBench.h"
#include "common/Command.h"
#include "common/CommandLine.h"
#include "common/Environment.h"
#include "common/PrivateFiles.h"
#include "common/Translations.h"

#include <QApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    // Before anything is read or written: owner-only files, no core dumps.
    casebook::protectProcess();

    casebook::installFeatures();
    casebook::installFeaturePages();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (!casebook::wantsCommandLine(arguments))
        return casebook::ui::runWindow(argc, argv);

    // Whatever the command needs, shown nowhere: the offscreen platform
    // unless one is chosen.
    std::unique_ptr<QCoreApplication> app;
    const casebook::ApplicationNeeds needs = casebook::applicationNeeds(arguments);
    if (needs != casebook::ApplicationNeeds::Core && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (needs == casebook::ApplicationNeeds::Widgets) {
        app = std::make_unique<QApplication>(argc, argv);
        casebook::setWindowBench([](QTextStream &out, casebook::Database &db) {
            casebook::ui::benchChildrenPage(out, db);
            casebook::ui::benchDropinPage(out, db);
            casebook::ui::benchLinkPage(out, db);
        });
    } else if (needs == casebook::ApplicationNeeds::Gui) {
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    casebook::setApplicationIdentity();
    casebook::installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = casebook::runCommandLine(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return status;
}
