#include "ChildrenPageBench.h"

#include "children/ChildrenPage.h"
#include "commands/EditSession.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace casebook::ui {

void benchChildrenPage(QTextStream &out, Database &db)
{
    EditSession session(db);
    std::vector<double> times;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer timer;
        timer.start();
        ChildrenPage page(session);
        page.resize(1200, 760);
        page.grab(); // lays out and paints the first screen
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    out << "children page open p50: " << QString::number(times[times.size() / 2], 'f', 1)
        << " ms\n";
}

} // namespace casebook::ui
