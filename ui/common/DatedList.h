#pragma once

#include <QString>
#include <QUuid>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QTableView;

namespace casebook {
class Database;
}

namespace casebook::ui {

class RowTableModel;

// The choices atop a list of dated records (LIFT meetings, drop-in
// sessions): the district (mine first) and whether to show the recent and
// coming ones or every one. Their object names are `prefix` + "District" and
// + "Which"; the "which" item data is true for every one.
struct DatedListChoices
{
    QComboBox *district = nullptr;
    QComboBox *which = nullptr;

    bool everyOne() const;
    QString districtCode() const;
};

// Makes the choices and lays them out in a row: "District […] Show […]".
QHBoxLayout *makeDatedListChoices(DatedListChoices &choices, Database &db, const QString &prefix,
                                  const QString &whichName, const QString &recent,
                                  const QString &every);

// After the list was read again: chooses the row of `chosen` while it is
// listed, else `fallback` (the first from today; -1: the last). Returns
// false when the list is empty.
bool chooseListRow(QTableView *view, const RowTableModel *model, QUuid chosen, int fallback);

// Chooses `id` in the list, first widening the choices to every district
// and date (and reading the list again with `refresh`) when it is not there.
void showInDatedList(const DatedListChoices &choices, QTableView *view, const RowTableModel *model,
                     QUuid id, const std::function<void()> &refresh);

} // namespace casebook::ui
