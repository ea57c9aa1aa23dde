#pragma once

#include <QTableView>

namespace casebook::ui {

// A read-only list of records: whole rows, one at a time, Tab leaves it and
// Enter (activated) opens the current record.
QTableView *makeRecordTableView(QAbstractItemModel *model, const QString &objectName,
                                const QString &accessibleName);

} // namespace casebook::ui
