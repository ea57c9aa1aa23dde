#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMainWindow;
class QTreeWidget;

namespace casebook::ui {

// A key and what it does, under a heading ("Edit", "Children", "In a form").
struct ShortcutEntry
{
    QString group;
    QString action;
    QString keys; // as shown: "Ctrl+L"
};

// The shortcuts of the window's menus, then those of `page` and the widgets
// inside it (a child's page inside Children), read from their actions so the
// list cannot drift from what the keys do.
QList<ShortcutEntry> menuShortcuts(QMainWindow *window);
QList<ShortcutEntry> pageShortcuts(QWidget *page, const QString &group);
// Keys every form and list answers to.
QList<ShortcutEntry> formShortcuts();

// Help ▸ Keyboard Shortcuts: every entry, grouped, in a list a screen reader
// and the arrow keys can walk.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    KeyboardShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace casebook::ui
