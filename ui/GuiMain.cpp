#include "GuiMain.h"

#include "commands/EditSession.h"
#include "common/AppIcon.h"
#include "common/Environment.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/Translations.h"
#include "mainwindow/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>

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

    std::unique_ptr<Database> database;
    try {
        database = Database::open(parser.value(db));
    } catch (const Error &error) {
        MessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the database"),
                             error.message());
        return 1;
    }
    EditSession session(*database);
    MainWindow window(session);
    window.show();
    return QApplication::exec();
}

} // namespace casebook::ui
