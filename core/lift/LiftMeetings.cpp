#include "LiftMeetings.h"

#include "LiftRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace casebook {

QList<LiftGroupSummary> listLiftGroups(Database &db, const QString &districtCode, QDate today)
{
    Statement query(
        db.handle(),
        QStringLiteral("SELECT g.id, g.name, g.district_code, d.name, "
                       "  (SELECT count(*) FROM lift_group_setting m WHERE m.group_id = g.id), "
                       "  (SELECT min(meets_on) FROM lift_meeting x "
                       "   WHERE x.group_id = g.id AND x.meets_on >= ?) "
                       "FROM lift_group g LEFT JOIN district d ON d.code = g.district_code "
                       "WHERE coalesce(?, '') = '' OR g.district_code = ? "
                       "ORDER BY d.sort, g.name COLLATE NOCASE"));
    query.bindText(1, today.toString(Qt::ISODate));
    query.bindText(2, districtCode);
    query.bindText(3, districtCode);
    QList<LiftGroupSummary> groups;
    while (query.step())
        groups.append({QUuid::fromRfc4122(query.blob(0)), query.text(1), query.text(2),
                       query.text(3), int(query.int64(4)), query.date(5)});
    return groups;
}

QList<LiftMeetingSummary> listLiftMeetings(Database &db, const LiftMeetingFilter &filter)
{
    Statement query(
        db.handle(),
        QStringLiteral("SELECT m.id, m.group_id, g.name, g.district_code, m.meets_on, "
                       "  m.starts_at, m.place, m.online, m.status, "
                       "  (SELECT count(*) FROM lift_referral r WHERE r.meeting_id = m.id), d.name "
                       "FROM lift_meeting m LEFT JOIN lift_group g ON g.id = m.group_id "
                       "LEFT JOIN district d ON d.code = g.district_code "
                       "WHERE (coalesce(?, '') = '' OR g.district_code = ?) AND "
                       "coalesce(m.meets_on, '') >= coalesce(?, '') "
                       "ORDER BY m.meets_on, g.name COLLATE NOCASE"));
    query.bindText(1, filter.districtCode);
    query.bindText(2, filter.districtCode);
    query.bindText(3, filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString());
    QList<LiftMeetingSummary> meetings;
    while (query.step()) {
        LiftMeetingSummary m;
        m.id = QUuid::fromRfc4122(query.blob(0));
        m.group = QUuid::fromRfc4122(query.blob(1));
        m.groupName = query.text(2);
        m.districtCode = query.text(3);
        m.meetsOn = query.date(4);
        m.startsAt = query.text(5);
        m.place = query.text(6);
        m.online = query.int64(7) != 0;
        m.status = query.text(8);
        m.referrals = int(query.int64(9));
        m.districtName = query.text(10);
        if (m.meetsOn.isValid()) {
            m.schoolDeadline = liftReferralDeadline(m.meetsOn, false);
            m.earlyYearsDeadline = liftReferralDeadline(m.meetsOn, true);
        }
        meetings.append(m);
    }
    return meetings;
}

QStringList missingLiftAgencies(Database &db, QUuid meeting)
{
    Statement present(db.handle(),
                      QStringLiteral("SELECT DISTINCT agency_code FROM lift_attendance "
                                     "WHERE meeting_id = ? AND status = 'present'"));
    present.bindBlob(1, meeting.toRfc4122());
    QStringList came;
    while (present.step())
        came.append(present.text(0));
    QStringList missing;
    for (const QString &agency : liftAttendanceKind().type().requireField(u"agency_code").choices)
        if (agency != u"other" && !came.contains(agency))
            missing.append(agency);
    return missing;
}

QList<LiftGroupMember> listLiftGroupMembers(Database &db, QUuid group)
{
    Statement query(
        db.handle(),
        QStringLiteral("SELECT m.id, m.setting_id, s.name, s.urn, s.phase "
                       "FROM lift_group_setting m LEFT JOIN setting s ON s.id = m.setting_id "
                       "WHERE m.group_id = ? ORDER BY s.name COLLATE NOCASE, m.id"));
    query.bindBlob(1, group.toRfc4122());
    QList<LiftGroupMember> members;
    while (query.step())
        members.append({QUuid::fromRfc4122(query.blob(0)), QUuid::fromRfc4122(query.blob(1)),
                        query.text(2), query.text(3), query.text(4)});
    return members;
}

LiftMeetingSummary nextLiftMeetingForSetting(Database &db, QUuid setting, QDate today)
{
    Statement query(
        db.handle(),
        QStringLiteral("SELECT m.id, m.group_id, g.name, m.meets_on, t.phase, t.urn "
                       "FROM lift_group_setting s JOIN lift_meeting m ON m.group_id = s.group_id "
                       "JOIN lift_group g ON g.id = m.group_id "
                       "LEFT JOIN setting t ON t.id = s.setting_id "
                       "WHERE s.setting_id = ? AND m.meets_on >= ? AND m.status = 'planned' "
                       "ORDER BY m.meets_on"));
    query.bindBlob(1, setting.toRfc4122());
    query.bindText(2, today.toString(Qt::ISODate));
    LiftMeetingSummary next;
    while (query.step()) {
        const QDate meetsOn = query.date(3);
        if (liftReferralDeadline(meetsOn, isEarlyYearsSetting(query.text(4), query.text(5))) <
            today)
            continue;
        next.id = QUuid::fromRfc4122(query.blob(0));
        next.group = QUuid::fromRfc4122(query.blob(1));
        next.groupName = query.text(2);
        next.meetsOn = meetsOn;
        break;
    }
    return next;
}

namespace {

constexpr const char *referralHistory =
    "SELECT r.id, r.meeting_id, m.meets_on, g.name, r.decision_code, r.question, "
    "  r.involvement_id IS NOT NULL "
    "FROM lift_referral r LEFT JOIN lift_meeting m ON m.id = r.meeting_id "
    "LEFT JOIN lift_group g ON g.id = m.group_id ";

LiftReferralHistory historyOf(const Statement &query)
{
    return {QUuid::fromRfc4122(query.blob(0)),
            QUuid::fromRfc4122(query.blob(1)),
            query.date(2),
            query.text(3),
            query.text(4),
            query.text(5),
            query.int64(6) != 0};
}

} // namespace

std::optional<LiftReferralHistory> liftReferralOpening(Database &db, QUuid involvement)
{
    Statement query(db.handle(), QString::fromLatin1(referralHistory) +
                                     QStringLiteral("WHERE r.involvement_id = ? LIMIT 1"));
    query.bindBlob(1, involvement.toRfc4122());
    if (!query.step())
        return std::nullopt;
    return historyOf(query);
}

QList<LiftReferralHistory> listChildLiftReferrals(Database &db, QUuid child)
{
    Statement query(db.handle(), QString::fromLatin1(referralHistory) +
                                     QStringLiteral("WHERE r.child_id = ? "
                                                    "ORDER BY m.meets_on DESC, r.id DESC"));
    query.bindBlob(1, child.toRfc4122());
    QList<LiftReferralHistory> referrals;
    while (query.step())
        referrals.append(historyOf(query));
    return referrals;
}

} // namespace casebook
