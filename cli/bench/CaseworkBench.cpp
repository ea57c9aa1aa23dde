#include "CaseworkBench.h"

#include "casework/Caseload.h"
#include "casework/CaseworkRecords.h"
#include "commands/EditSession.h"
#include "common/BenchFigures.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace casebook {

using bench::milliseconds;
using bench::ms;
using bench::percentile;

void runCaseworkBench(QTextStream &out, Database &db)
{
    Statement counts(db.handle(), QStringLiteral("SELECT (SELECT count(*) FROM involvement), "
                                                 "(SELECT count(*) FROM contact_log)"));
    if (counts.step())
        out << "demo involvements: " << counts.int64(0) << '\n'
            << "demo contact-log entries: " << counts.int64(1) << '\n';

    Statement busiest(db.handle(),
                      QStringLiteral("SELECT teacher_id, count(*) FROM involvement WHERE status "
                                     "IN ('referred', 'accepted', 'active') GROUP BY teacher_id "
                                     "ORDER BY 2 DESC LIMIT 1"));
    if (!busiest.step())
        return;
    const QUuid teacher = QUuid::fromRfc4122(busiest.blob(0));
    const QDate today = db.environment().today();
    QElapsedTimer timer;
    std::vector<double> caseload;
    QList<CaseSummary> cases;
    for (int round = 0; round < 20; ++round) {
        timer.start();
        cases = listCases(db, {teacher, std::nullopt, true}, today);
        caseload.push_back(milliseconds(timer.nsecsElapsed()));
    }
    out << "my caseload (" << cases.size() << " open cases) p50: " << ms(percentile(caseload, 0.5))
        << " ms, p95: " << ms(percentile(caseload, 0.95)) << " ms\n";

    // A contact on each of the teacher's active cases where the rules allow one.
    EditSession session(db);
    std::vector<double> adding;
    for (const CaseSummary &c : cases) {
        if (c.status != u"active" || adding.size() >= 40)
            continue;
        QVariantMap values = contactDefaults(db);
        values.insert(QStringLiteral("involvement_id"), c.id);
        values.insert(QStringLiteral("staff_id"), teacher);
        values.insert(QStringLiteral("advice"), QStringLiteral("Bench advice"));
        values.insert(QStringLiteral("minutes"), 30);
        timer.start();
        try {
            addRecord(session, contactLogKind(), values);
        } catch (const Error &) {
            continue; // consent withdrawn since: refused, as it should be
        }
        adding.push_back(milliseconds(timer.nsecsElapsed()));
    }
    out << "add a contact p50: " << ms(percentile(adding, 0.5))
        << " ms, p95: " << ms(percentile(adding, 0.95)) << " ms (" << adding.size()
        << " contacts)\n";
}

} // namespace casebook
