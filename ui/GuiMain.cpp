#include "GuiMain.h"

#include "common/AppIcon.h"
#include "common/Environment.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/Translations.h"
#include "mainwindow/DatabaseWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

namespace casebook::ui {

int runWindow(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "STLS Casebook"));
    QApplication::setWindowIcon(appIcon());
    QApplication::setDesktopFileName(QStringLiteral("casebook"));

    installTranslations();

    QCommandLineParser parser;
    const QCommandLineOption db(QStringList{QStringLiteral("db")},
                                QApplication::translate("main", "The database file."),
                                QStringLiteral("FILE"), Database::defaultPath());
    parser.addOption(db);
    parser.parse(QApplication::arguments());

    DatabaseWindow windows;
    const QString path = parser.value(db);
    // A database that is not there yet is made, as on first use.
    if (!windows.open(path, !QFileInfo::exists(path)))
        return 1;
    return QApplication::exec();
}

} // namespace casebook::ui
