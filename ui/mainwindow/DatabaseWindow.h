#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace casebook {
class Database;
class EditSession;
} // namespace casebook

namespace casebook::ui {

class MainWindow;

// The open database and its window. File ▸ Open…, Open Recent and New
// Database… come here: the chosen file is opened first, and only once it has
// opened does its window replace the one before; a file that is refused (from
// a newer version, not a Casebook database, missing) says why and leaves the
// window as it was.
class DatabaseWindow : public QObject
{
    Q_OBJECT
public:
    DatabaseWindow();
    ~DatabaseWindow() override;

    // Opens `path` (making a new database there when `create`). Returns false,
    // having told the person why, when it cannot; the previous database stays.
    bool open(const QString &path, bool create);

    MainWindow *window() const;
    Database *database() const { return m_database.get(); }

    // Databases opened lately, newest first (at most MaximumRecent).
    static QStringList recentDatabases();
    static constexpr int MaximumRecent = 8;

private:
    static void remember(const QString &path);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<EditSession> m_session;
    QPointer<MainWindow> m_window;
};

} // namespace casebook::ui
