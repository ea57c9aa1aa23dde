#include "UndoShortcutRouter.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

#include <optional>

namespace casebook::ui {

namespace {

// Whether a text editor has typing of its own to undo (or redo); nothing
// when `object` is no text editor.
std::optional<bool> hasOwnStep(QObject *object, bool redo)
{
    if (auto *line = qobject_cast<QLineEdit *>(object))
        return redo ? line->isRedoAvailable() : line->isUndoAvailable();
    QTextDocument *document = nullptr;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(object))
        document = plain->document();
    else if (auto *rich = qobject_cast<QTextEdit *>(object))
        document = rich->document();
    if (document)
        return redo ? document->isRedoAvailable() : document->isUndoAvailable();
    return std::nullopt;
}

} // namespace

bool UndoShortcutRouter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const QKeyCombination pressed = key->keyCombination();
    const bool redo = key->matches(QKeySequence::Redo) ||
                      pressed == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z) ||
                      pressed == QKeyCombination(Qt::CTRL, Qt::Key_Y);
    if (!undo && !redo)
        return false;
    const std::optional<bool> own = hasOwnStep(watched, redo);
    if (!own || *own)
        return false; // the field's own undo
    // Not overridden: the shortcut reaches the window's Undo or Redo.
    event->ignore();
    return true;
}

} // namespace casebook::ui
