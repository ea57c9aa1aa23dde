#include "LiftBench.h"

#include "commands/EditSession.h"
#include "common/BenchFigures.h"
#include "lift/LiftMeetingDetail.h"
#include "lift/LiftMinutes.h"
#include "lift/LiftRecords.h"
#include "records/RecordKind.h"
#include "reports/PrintedPages.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

namespace casebook {

using bench::milliseconds;
using bench::ms;
using bench::percentile;

void runLiftBench(QTextStream &out, Database &db)
{
    Statement counts(db.handle(), QStringLiteral("SELECT (SELECT count(*) FROM lift_meeting), "
                                                 "(SELECT count(*) FROM lift_referral), "
                                                 "(SELECT count(*) FROM lift_attendance)"));
    if (counts.step())
        out << "demo LIFT meetings: " << counts.int64(0) << '\n'
            << "demo LIFT referrals: " << counts.int64(1) << '\n'
            << "demo LIFT attendance: " << counts.int64(2) << '\n';

    // The next planned meeting with the most referrals, filled to 25 with
    // children of its group's settings (others when there are too few), each
    // tabled through the rules.
    Statement busiest(db.handle(),
                      QStringLiteral("SELECT m.id, m.group_id, m.chair_id FROM lift_meeting m "
                                     "WHERE m.status = 'planned' ORDER BY (SELECT count(*) FROM "
                                     "lift_referral r WHERE r.meeting_id = m.id) DESC, m.meets_on "
                                     "LIMIT 1"));
    if (!busiest.step())
        return;
    const QUuid meeting = QUuid::fromRfc4122(busiest.blob(0));
    const QByteArray chair = busiest.blob(2);
    EditSession session(db);
    Statement children(db.handle(),
                       QStringLiteral("SELECT c.id FROM child c LEFT JOIN lift_group_setting s ON "
                                      "s.setting_id = c.setting_id AND s.group_id = ? "
                                      "WHERE c.id NOT IN (SELECT child_id FROM lift_referral "
                                      "WHERE meeting_id = ? AND child_id IS NOT NULL) "
                                      "ORDER BY s.id IS NULL LIMIT 40"));
    children.bindBlob(1, busiest.blob(1));
    children.bindBlob(2, meeting.toRfc4122());
    QList<QUuid> more;
    while (children.step())
        more.append(QUuid::fromRfc4122(children.blob(0)));
    const auto referrals = [&] {
        return readRecordsWhere(db, liftReferralKind().type(), u"meeting_id", meeting).size();
    };
    for (const QUuid &child : std::as_const(more)) {
        if (referrals() >= 25)
            break;
        addRecord(session, liftReferralKind(),
                  {{QStringLiteral("meeting_id"), meeting},
                   {QStringLiteral("child_id"), child},
                   {QStringLiteral("question"), QStringLiteral("Bench question")},
                   {QStringLiteral("agreement_override"), QStringLiteral("Bench")},
                   {QStringLiteral("quota_approved_by"), chair},
                   {QStringLiteral("urgent_reason"), QStringLiteral("Bench")}});
    }

    const QDate today = db.environment().today();
    QElapsedTimer timer;
    std::vector<double> opening;
    LiftMeetingDetail detail;
    for (int round = 0; round < 20; ++round) {
        timer.start();
        detail = loadLiftMeeting(db, meeting, today);
        opening.push_back(milliseconds(timer.nsecsElapsed()));
    }
    out << "open a LIFT meeting (" << detail.referrals.size()
        << " referrals) p50: " << ms(percentile(opening, 0.5))
        << " ms, p95: " << ms(percentile(opening, 0.95)) << " ms\n";

    QTemporaryDir folder;
    for (const LiftCopy copy : {LiftCopy::Full, LiftCopy::Circulated}) {
        const QString path = folder.filePath(QStringLiteral("minutes.pdf"));
        timer.start();
        writePdfFile(*liftMinutesDocument(detail, copy, authorityName(db)),
                     liftMinutesTitle(detail, copy), protectiveMarking(), path);
        out << (copy == LiftCopy::Full ? "LIFT minutes PDF, full: "
                                       : "LIFT minutes PDF, circulated: ")
            << ms(milliseconds(timer.nsecsElapsed())) << " ms, " << QFileInfo(path).size() / 1024
            << " KiB\n";
    }
}

} // namespace casebook
