// The one Catch2 main. Each test program supplies its Qt application object
// (core programs a QGuiApplication, widget programs a QApplication).
#define CATCH_CONFIG_RUNNER
#include "Features.h"
#include "common/Environment.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTranslator>

#include <catch2/catch.hpp>
#include <cstdio>
#include <memory>

std::unique_ptr<QCoreApplication> makeTestApplication(int &argc, char **argv);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    casebook::installFeatures();
    const auto app = makeTestApplication(argc, argv);
    casebook::setApplicationIdentity();
    casebook::installTranslations();
    // A translation to test under, searched before the program's own.
    QTranslator testTranslation;
    if (const QString file = qEnvironmentVariable("CASEBOOK_TEST_TRANSLATION"); !file.isEmpty()) {
        if (!testTranslation.load(file)) {
            fprintf(stderr, "Cannot load the translation %s\n", qPrintable(file));
            return 2;
        }
        QCoreApplication::installTranslator(&testTranslation);
    }
    QStandardPaths::setTestModeEnabled(true); // settings and data never touch the user's
    return Catch::Session().run(argc, argv);
}
