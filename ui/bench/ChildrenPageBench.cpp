#include "ChildrenPageBench.h"

#include "children/ChildPage.h"
#include "children/ChildrenPage.h"
#include "commands/EditSession.h"
#include "common/BenchFigures.h"
#include "storage/Database.h"
#include "storage/Statement.h"

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
        times.push_back(bench::milliseconds(timer.nsecsElapsed()));
    }
    out << "children page open p50: " << bench::ms(bench::percentile(times, 0.5)) << " ms\n";

    // A child's page, as Enter opens it from the list, for the children with
    // the longest histories (five years of contacts).
    Statement busiest(db.handle(),
                      QStringLiteral("SELECT i.child_id, count(*) FROM contact_log l JOIN "
                                     "involvement i ON i.id = l.involvement_id WHERE i.child_id "
                                     "IS NOT NULL GROUP BY i.child_id ORDER BY 2 DESC LIMIT 60"));
    QList<QUuid> children;
    qint64 mostContacts = 0;
    while (busiest.step()) {
        children.append(QUuid::fromRfc4122(busiest.blob(0)));
        mostContacts = std::max(mostContacts, busiest.int64(1));
    }
    if (children.isEmpty())
        return;
    ChildPage page(session);
    page.resize(1200, 900);
    times.clear();
    for (const QUuid &child : std::as_const(children)) {
        QElapsedTimer timer;
        timer.start();
        page.showChild(child);
        page.grab();
        times.push_back(bench::milliseconds(timer.nsecsElapsed()));
    }
    out << "child page open (up to " << mostContacts
        << " contacts) p50: " << bench::ms(bench::percentile(times, 0.5))
        << " ms, p95: " << bench::ms(bench::percentile(times, 0.95)) << " ms\n";
}

} // namespace casebook::ui
