#include "DropinPageBench.h"

#include "commands/EditSession.h"
#include "common/BenchFigures.h"
#include "dropin/DropinPage.h"
#include "records/RowTableModel.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QTextStream>

#include <vector>

namespace casebook::ui {

void benchDropinPage(QTextStream &out, Database &db)
{
    EditSession session(db);
    DropinPage page(session);
    page.resize(1100, 720);
    page.grab();
    auto *district = page.findChild<QComboBox *>(QStringLiteral("dropinDistrict"));
    auto *which = page.findChild<QComboBox *>(QStringLiteral("dropinWhich"));
    if (!district || !which)
        return;
    which->setCurrentIndex(which->count() - 1); // every session
    std::vector<double> times;
    int most = 0;
    for (int round = 0; round < 3; ++round)
        for (int i = 1; i < district->count(); ++i) {
            QElapsedTimer timer;
            timer.start();
            district->setCurrentIndex(i);
            page.refresh();
            page.grab();
            times.push_back(bench::milliseconds(timer.nsecsElapsed()));
            most = std::max(most, page.sessions()->rowCount());
        }
    out << "drop-in page, a district's sessions (up to " << most
        << ") p50: " << bench::ms(bench::percentile(times, 0.5))
        << " ms, p95: " << bench::ms(bench::percentile(times, 0.95)) << " ms\n";
}

} // namespace casebook::ui
