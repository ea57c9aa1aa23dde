#pragma once

#include "common/Pages.h"

#include <QMainWindow>

#include <vector>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

// The window: a navigation list of the areas of work beside the page for the
// one chosen, menus, and a status bar naming the database and installation.
// The pages are the features' (see Pages.h), each in its place below.
class MainWindow : public QMainWindow, public PageHost
{
    Q_OBJECT
public:
    enum Page {
        Children,
        Settings,
        Staff,
        Casework,
        Lift,
        DropIn,
        Training,
        Reports,
        Sync,
        PageCount
    };
    Q_ENUM(Page)

    explicit MainWindow(EditSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void showPage(Page page);

    void openRecord(const QString &table, const QUuid &id) override;
    void whoAmIChosen() override;
    void onWhoAmIChanged(std::function<void()> callback) override;

signals:
    // File ▸ Open…, Open Recent or New Database… chose `path`; DatabaseWindow
    // opens it and, once it has opened, closes this window.
    void databaseChosen(const QString &path, bool create);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct PageText
    {
        const char *title;
        const char *description;
    };
    static const PageText &pageText(int page);

    void createPages();
    void createMenus();
    void createStatusBar();
    void fillRecentMenu(QMenu *menu);
    void showAbout();
    // F1: what the current page is for, and its keys.
    void showPageHelp();
    void showKeyboardShortcuts();
    void updateWhoAmI();
    // Shows the Staff page to choose who uses the laptop, when nobody is
    // chosen and there are staff to choose from.
    void askWhoAmI();
    // A hint in the status bar that stays until the next message.
    void showGuidance(const QString &text);
    void showConflictCount(int count);
    void restoreLayout();
    void saveLayout() const;

    EditSession &m_session;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_whoAmI = nullptr;
    std::vector<std::function<void()>> m_whoAmIListeners;
};

} // namespace casebook::ui
