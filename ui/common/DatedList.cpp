#include "DatedList.h"

#include "DistrictChoice.h"
#include "records/RowTableModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>

namespace casebook::ui {

namespace {

struct DatedListText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::ui::DatedList)
};

} // namespace

bool DatedListChoices::everyOne() const
{
    return which->currentData().toBool();
}

QString DatedListChoices::districtCode() const
{
    return district->currentData().toString();
}

QHBoxLayout *makeDatedListChoices(DatedListChoices &choices, Database &db, const QString &prefix,
                                  const QString &whichName, const QString &recent,
                                  const QString &every)
{
    choices.district = new QComboBox;
    choices.district->setObjectName(prefix + QStringLiteral("District"));
    choices.district->setAccessibleName(DatedListText::tr("District"));
    auto *districtLabel = new QLabel(DatedListText::tr("&District"));
    districtLabel->setBuddy(choices.district);
    choices.which = new QComboBox;
    choices.which->setObjectName(prefix + QStringLiteral("Which"));
    choices.which->setAccessibleName(whichName);
    choices.which->addItem(recent, false);
    choices.which->addItem(every, true);
    auto *whichLabel = new QLabel(DatedListText::tr("Sho&w"));
    whichLabel->setBuddy(choices.which);
    for (QComboBox *combo : {choices.district, choices.which}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    fillDistrictChoice(choices.district, db);
    auto *row = new QHBoxLayout;
    row->addWidget(districtLabel);
    row->addWidget(choices.district, 1);
    row->addWidget(whichLabel);
    row->addWidget(choices.which, 1);
    return row;
}

bool chooseListRow(QTableView *view, const RowTableModel *model, QUuid chosen, int fallback)
{
    int row = model->rowOf(chosen);
    if (row < 0)
        row = fallback >= 0 ? fallback : model->rowCount() - 1;
    if (row < 0)
        return false;
    view->setCurrentIndex(model->index(row, 0));
    return true;
}

void showInDatedList(const DatedListChoices &choices, QTableView *view, const RowTableModel *model,
                     QUuid id, const std::function<void()> &refresh)
{
    if (model->rowOf(id) < 0) {
        choices.which->setCurrentIndex(1);
        choices.district->setCurrentIndex(0);
        refresh();
    }
    if (const int row = model->rowOf(id); row >= 0)
        view->setCurrentIndex(model->index(row, 0));
}

} // namespace casebook::ui
