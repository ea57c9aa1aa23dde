#include "RecordTableView.h"

#include <QFocusEvent>
#include <QHeaderView>

namespace casebook::ui {

void RecordTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    const bool byKeyboard = event->reason() == Qt::TabFocusReason ||
                            event->reason() == Qt::BacktabFocusReason ||
                            event->reason() == Qt::ShortcutFocusReason;
    if (byKeyboard && model() && model()->rowCount() > 0 && !currentIndex().isValid())
        setCurrentIndex(model()->index(0, 0));
    else if (byKeyboard && currentIndex().isValid() &&
             !selectionModel()->isSelected(currentIndex()))
        selectRow(currentIndex().row());
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
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace casebook::ui
