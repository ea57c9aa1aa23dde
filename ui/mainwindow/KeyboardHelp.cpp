#include "KeyboardHelp.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(QStringLiteral(", "));
}

QString actionText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

} // namespace

QList<ShortcutEntry> menuShortcuts(QMainWindow *window)
{
    QList<ShortcutEntry> entries;
    for (QAction *menu : window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions())
            if (!action->shortcuts().isEmpty())
                entries.append(
                    {actionText(menu), actionText(action), keysText(action->shortcuts())});
    }
    return entries;
}

QList<ShortcutEntry> pageShortcuts(QWidget *page, const QString &group)
{
    QList<ShortcutEntry> entries;
    QList<QWidget *> widgets{page};
    widgets += page->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets))
        for (QAction *action : widget->actions())
            if (!action->shortcuts().isEmpty() && !action->text().isEmpty())
                entries.append({group, actionText(action), keysText(action->shortcuts())});
    return entries;
}

QList<ShortcutEntry> formShortcuts()
{
    const QString form = KeyboardShortcutsDialog::tr("In forms and lists");
    return {
        {form, KeyboardShortcutsDialog::tr("Next or previous field"),
         KeyboardShortcutsDialog::tr("Tab, Shift+Tab")},
        {form, KeyboardShortcutsDialog::tr("Go to the field or button with that underlined letter"),
         KeyboardShortcutsDialog::tr("Alt+letter")},
        {form, KeyboardShortcutsDialog::tr("Add the record; in a paragraph, a new line"),
         KeyboardShortcutsDialog::tr("Enter")},
        {form, KeyboardShortcutsDialog::tr("Add the record from anywhere in the form"),
         QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)},
        {form, KeyboardShortcutsDialog::tr("Undo the typing in a field, then the last saved edit"),
         QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)},
        {form, KeyboardShortcutsDialog::tr("Open the record chosen in a list"),
         KeyboardShortcutsDialog::tr("Enter")},
        {form, KeyboardShortcutsDialog::tr("Close a dialog without adding"),
         KeyboardShortcutsDialog::tr("Esc")},
    };
}

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QList<ShortcutEntry> &entries,
                                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    QTreeWidgetItem *heading = nullptr;
    for (const ShortcutEntry &entry : entries) {
        if (!heading || heading->text(0) != entry.group) {
            heading = new QTreeWidgetItem(m_list, {entry.group});
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
            heading->setFirstColumnSpanned(true);
            heading->setExpanded(true);
        }
        new QTreeWidgetItem(heading, {entry.action, entry.keys});
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(720, 620);
}

} // namespace casebook::ui
