#pragma once

#include <QObject>

namespace casebook::ui {

// Ctrl+Z in a text field undoes the field's own typing; once the field has
// none left to undo (the edit was saved, or nothing was typed), Ctrl+Z goes on
// to the window's Edit ▸ Undo, as it does in Qt Creator and Tiled. Redo
// likewise. Installed on the application, it looks only at shortcut events.
class UndoShortcutRouter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace casebook::ui
