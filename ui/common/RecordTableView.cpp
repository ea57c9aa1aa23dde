#include "RecordTableView.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QHeaderView>
#include <QSettings>

namespace casebook::ui {

void RecordTableView::focusInEvent(QFocusEvent *event)
{
    const QPersistentModelIndex before = currentIndex();
    QTableView::focusInEvent(event);
    const bool byKeyboard = event->reason() == Qt::TabFocusReason ||
                            event->reason() == Qt::BacktabFocusReason ||
                            event->reason() == Qt::ShortcutFocusReason;
    if (byKeyboard && model() && model()->rowCount() > 0 && !currentIndex().isValid())
        setCurrentIndex(model()->index(0, 0));
    else if (byKeyboard && currentIndex().isValid() &&
             !selectionModel()->isSelected(currentIndex()))
        selectRow(currentIndex().row());
    if (currentIndex() == before)
        announceCurrent(); // a new current row was announced as it became so
}

void RecordTableView::announceCurrent()
{
    const QModelIndex current = currentIndex();
    if (!QAccessible::isActive() || !current.isValid())
        return;
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(this);
    QAccessibleTableInterface *cells = table ? table->tableInterface() : nullptr;
    QAccessibleInterface *cell = cells ? cells->cellAt(current.row(), current.column()) : nullptr;
    if (!cell)
        return;
    QAccessibleEvent focus(this, QAccessible::Focus);
    focus.setChild(table->indexOfChild(cell));
    QAccessible::updateAccessibility(&focus);
}

void RecordTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    // QTableView tells accessibility the current cell has focus even when the
    // view has none; focusInEvent says it when focus arrives.
    if (hasFocus())
        QTableView::currentChanged(current, previous);
    else
        QAbstractItemView::currentChanged(current, previous);
}

QTableView *makeRecordTableView(QAbstractItemModel *model, const QString &objectName,
                                const QString &accessibleName)
{
    auto *view = new RecordTableView;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    // One line a row, the whole value in its tooltip: more rows in less room.
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void rememberColumns(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    // Per number of columns: a newer version's table starts from its defaults.
    const QString key =
        QStringLiteral("tables/%1/%2").arg(view->objectName()).arg(view->model()->columnCount());
    const QByteArray saved = QSettings().value(key).toByteArray();
    if (!saved.isEmpty() && header->restoreState(saved) && view->isSortingEnabled() &&
        header->sortIndicatorSection() >= 0)
        view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    const auto save = [header, key] {
        QSettings().setValue(key, header->saveState());
    };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}

} // namespace casebook::ui
