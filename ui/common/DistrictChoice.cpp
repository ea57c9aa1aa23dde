#include "DistrictChoice.h"

#include "reference/ReferenceData.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCoreApplication>

namespace casebook::ui {

namespace {

struct DistrictChoiceText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::ui::DistrictChoice)
};

} // namespace

void fillDistrictChoice(QComboBox *combo, Database &db)
{
    combo->clear();
    combo->addItem(DistrictChoiceText::tr("All districts"), QString());
    for (const auto &d : ReferenceData::load(db).districts)
        combo->addItem(d.name, d.code);
    QString mine;
    if (const auto me = whoAmI(db))
        for (const StaffSummary &member : listStaff(db))
            if (member.id == *me)
                mine = member.districtCode;
    combo->setCurrentIndex(std::max(0, mine.isEmpty() ? 0 : combo->findData(mine)));
}

} // namespace casebook::ui
