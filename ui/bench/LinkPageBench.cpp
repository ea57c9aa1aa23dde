#include "LinkPageBench.h"

#include "commands/EditSession.h"
#include "common/BenchFigures.h"
#include "links/LinkAllocationPage.h"
#include "records/RowTableModel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QTextStream>

#include <vector>

namespace casebook::ui {

void benchLinkPage(QTextStream &out, Database &db)
{
    EditSession session(db);
    LinkAllocationPage page(session);
    page.resize(1100, 720);
    page.grab();
    auto *district = page.findChild<QComboBox *>(QStringLiteral("linkDistrict"));
    if (!district)
        return;
    district->setCurrentIndex(0); // all districts: the county
    std::vector<double> times;
    for (int round = 0; round < 5; ++round)
        for (int year = 0; year < page.year()->count(); ++year) {
            QElapsedTimer timer;
            timer.start();
            page.year()->setCurrentIndex(year);
            page.refresh();
            page.grab();
            times.push_back(bench::milliseconds(timer.nsecsElapsed()));
        }
    out << "link teacher allocation, a county year (" << page.settings()->rowCount()
        << " settings) p50: " << bench::ms(bench::percentile(times, 0.5))
        << " ms, p95: " << bench::ms(bench::percentile(times, 0.95)) << " ms\n";
}

} // namespace casebook::ui
