#include "RecordTableView.h"

#include <QFocusEvent>
#include <QHeaderView>
#include <QSettings>

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
