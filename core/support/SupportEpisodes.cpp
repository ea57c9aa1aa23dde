#include "SupportEpisodes.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace casebook {

QList<SupportEpisodeSummary> listSupportEpisodes(Database &db, const SupportFilter &filter,
                                                 QDate today)
{
    QString sql = QStringLiteral(
        "SELECT e.id, e.involvement_id, e.child_id, c.first_name || ' ' || c.last_name, s.name, "
        "  t.first_name || ' ' || t.last_name, e.starts_on, e.planned_end_on, e.risk, "
        "  e.outcome, e.ended_on, e.check_due_on, e.check_result, "
        "  (SELECT count(*) FROM contact_log l WHERE l.involvement_id = e.involvement_id AND "
        "     l.contact_date BETWEEN e.starts_on AND coalesce(e.ended_on, ?1)) "
        "FROM support_episode e LEFT JOIN child c ON c.id = e.child_id "
        "LEFT JOIN setting s ON s.id = e.setting_id "
        "LEFT JOIN involvement i ON i.id = e.involvement_id "
        "LEFT JOIN staff t ON t.id = i.teacher_id WHERE 1");
    if (filter.openOnly)
        sql += QStringLiteral(" AND e.outcome IS NULL");
    if (filter.teacher)
        sql += QStringLiteral(" AND i.teacher_id = ?2");
    if (!filter.involvement.isNull())
        sql += QStringLiteral(" AND e.involvement_id = ?3");
    Statement query(db.handle(), sql);
    query.bindText(1, today.toString(Qt::ISODate));
    if (filter.teacher)
        query.bindBlob(2, filter.teacher->toRfc4122());
    if (!filter.involvement.isNull())
        query.bindBlob(3, filter.involvement.toRfc4122());
    QList<SupportEpisodeSummary> episodes;
    while (query.step()) {
        SupportEpisodeSummary e;
        e.id = QUuid::fromRfc4122(query.blob(0));
        e.involvement = QUuid::fromRfc4122(query.blob(1));
        e.child = QUuid::fromRfc4122(query.blob(2));
        e.childName = query.text(3);
        e.settingName = query.text(4);
        e.teacherName = query.text(5);
        e.startsOn = query.date(6);
        e.plannedEndOn = query.date(7);
        e.risk = query.text(8);
        e.outcome = query.text(9);
        e.endedOn = query.date(10);
        e.checkDueOn = query.date(11);
        e.checkResult = query.text(12);
        e.sessions = int(query.int64(13));
        e.pastPlannedEnd = e.outcome.isEmpty() && e.plannedEndOn < today;
        e.checkOverdue = !e.outcome.isEmpty() && e.checkResult.isEmpty() &&
                         e.checkDueOn.isValid() && e.checkDueOn <= today;
        episodes.append(e);
    }
    std::stable_sort(episodes.begin(), episodes.end(),
                     [](const SupportEpisodeSummary &a, const SupportEpisodeSummary &b) {
                         const auto rank = [](const SupportEpisodeSummary &e) {
                             return e.pastPlannedEnd ? 0 : e.checkOverdue ? 1 : 2;
                         };
                         if (rank(a) != rank(b))
                             return rank(a) < rank(b);
                         if (a.plannedEndOn != b.plannedEndOn)
                             return a.plannedEndOn < b.plannedEndOn;
                         return a.childName < b.childName;
                     });
    return episodes;
}

QList<ContactSummary> supportSessions(Database &db, QUuid episode, QDate today)
{
    Statement query(db.handle(), QStringLiteral("SELECT involvement_id, starts_on, "
                                                "coalesce(ended_on, ?) FROM support_episode "
                                                "WHERE id = ?"));
    query.bindText(1, today.toString(Qt::ISODate));
    query.bindBlob(2, episode.toRfc4122());
    if (!query.step())
        return {};
    return contactsBetween(db, QUuid::fromRfc4122(query.blob(0)), query.date(1), query.date(2));
}

QHash<QUuid, QDate> supportPastPlannedEnd(Database &db, QDate today)
{
    Statement query(db.handle(),
                    QStringLiteral("SELECT involvement_id, planned_end_on FROM support_episode "
                                   "WHERE outcome IS NULL AND planned_end_on < ?"));
    query.bindText(1, today.toString(Qt::ISODate));
    QHash<QUuid, QDate> past;
    while (query.step())
        past.insert(QUuid::fromRfc4122(query.blob(0)), query.date(1));
    return past;
}

} // namespace casebook
