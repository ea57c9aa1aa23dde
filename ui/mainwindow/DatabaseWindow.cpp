#include "DatabaseWindow.h"

#include "MainWindow.h"
#include "commands/EditSession.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace casebook::ui {

namespace {

const QString recentKey = QStringLiteral("recentDatabases");

} // namespace

DatabaseWindow::DatabaseWindow() = default;

DatabaseWindow::~DatabaseWindow()
{
    // The window and its commands refer to the session, which refers to the
    // database: they go in that order.
    delete m_window;
    m_session.reset();
    m_database.reset();
}

bool DatabaseWindow::open(const QString &path, bool create)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    std::unique_ptr<Database> database;
    try {
        if (!create && !QFileInfo::exists(file))
            throw Error(Error::Kind::NotFound,
                        tr("There is no file “%1”: it may have been moved or deleted.")
                            .arg(QDir::toNativeSeparators(file)));
        if (create && QFileInfo::exists(file))
            throw Error(Error::Kind::Invalid,
                        tr("“%1” exists already; choose a new name for the new database, or "
                           "open it with File ▸ Open….")
                            .arg(QDir::toNativeSeparators(file)));
        database = Database::open(file);
    } catch (const Error &error) {
        MessageBox::critical(m_window, tr("Cannot open the database"), error.message());
        return false;
    }
    auto session = std::make_unique<EditSession>(*database);
    auto *window = new MainWindow(*session);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::databaseChosen, this, &DatabaseWindow::open);
    window->show();

    // The new one is up: the old window closes (it may be the one whose menu
    // asked for this), and its session and database go once it has.
    if (m_window) {
        struct Old
        {
            std::unique_ptr<Database> database;
            std::unique_ptr<EditSession> session;
        };
        auto old = std::make_shared<Old>(Old{std::move(m_database), std::move(m_session)});
        connect(m_window, &QObject::destroyed, this, [old]() mutable {
            old->session.reset();
            old->database.reset();
        });
        m_window->close(); // deleted later: Qt::WA_DeleteOnClose
    }
    m_session = std::move(session);
    m_database = std::move(database);
    m_window = window;
    remember(file);
    return true;
}

MainWindow *DatabaseWindow::window() const
{
    return m_window;
}

QStringList DatabaseWindow::recentDatabases()
{
    return QSettings().value(recentKey).toStringList();
}

void DatabaseWindow::remember(const QString &path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaximumRecent)
        recent.removeLast();
    QSettings().setValue(recentKey, recent);
}

} // namespace casebook::ui
