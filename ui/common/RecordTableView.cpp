#include "RecordTableView.h"

#include <QHeaderView>

namespace casebook::ui {

QTableView *makeRecordTableView(QAbstractItemModel *model, const QString &objectName,
                                const QString &accessibleName)
{
    auto *view = new QTableView;
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
