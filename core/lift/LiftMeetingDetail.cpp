#include "LiftMeetingDetail.h"

#include "LiftMeetings.h"
#include "LiftRecords.h"
#include "commands/EditSession.h"
#include "common/Error.h"
#include "records/RecordKind.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace casebook {

namespace {

struct LiftMeetingDetailText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::LiftMeetingDetail)
};

QString staffName(const char *alias)
{
    return QStringLiteral("trim(coalesce(%1.first_name, '') || ' ' || coalesce(%1.last_name, ''))")
        .arg(QLatin1String(alias));
}

QHash<QUuid, QVariantMap> recordsOf(Database &db, const RecordType &type, QStringView field,
                                    QUuid meeting)
{
    QHash<QUuid, QVariantMap> records;
    for (auto &[id, record] : readRecordsWhere(db, type, field, meeting))
        records.insert(id, std::move(record));
    return records;
}

// The names and addresses the circulated minutes must leave out.
void addFamily(Database &db, LiftReferralItem &item)
{
    Statement query(
        db.handle(),
        QStringLiteral("SELECT name, address FROM child_contact WHERE child_id = ?1 "
                       "UNION SELECT given_by, NULL FROM consent WHERE child_id = ?1 "
                       "UNION SELECT withdrawn_by, NULL FROM consent WHERE child_id = ?1"));
    query.bindBlob(1, item.child.toRfc4122());
    while (query.step()) {
        if (const QString name = query.text(0).trimmed();
            !name.isEmpty() && !item.parents.contains(name))
            item.parents.append(name);
        if (const QString address = query.text(1).trimmed(); !address.isEmpty())
            item.addresses.append(address);
    }
}

// The actions agreed at meetings chosen by `where` (bound to the meeting's
// id), with their owners and their referrals' children.
QList<LiftActionItem> actionsWhere(Database &db, const QString &where, QUuid meeting, QDate today)
{
    Statement query(
        db.handle(),
        QStringLiteral("SELECT a.id, %1, a.owner_name, r.child_id, "
                       "  trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), "
                       "  m.meets_on "
                       "FROM lift_action a JOIN lift_meeting m ON m.id = a.meeting_id "
                       "LEFT JOIN staff o ON o.id = a.owner_id "
                       "LEFT JOIN lift_referral r ON r.id = a.referral_id "
                       "LEFT JOIN child c ON c.id = r.child_id "
                       "WHERE %2 ORDER BY m.meets_on, a.due_on IS NULL, a.due_on, a.id")
            .arg(staffName("o"), where));
    query.bindBlob(1, meeting.toRfc4122());
    QList<QUuid> ids;
    QList<LiftActionItem> actions;
    while (query.step()) {
        LiftActionItem action;
        action.id = QUuid::fromRfc4122(query.blob(0));
        action.owner = query.text(1).isEmpty() ? query.text(2) : query.text(1);
        if (!query.isNull(3))
            action.child = QUuid::fromRfc4122(query.blob(3));
        action.childName = query.text(4);
        action.agreedAt = query.date(5);
        actions.append(action);
    }
    const RecordType &type = liftActionKind().type();
    for (LiftActionItem &action : actions) {
        action.record = readRecords(db, type, u"id", action.id.toRfc4122()).value(0).second;
        action.due = storedDate(action.record.value(QStringLiteral("due_on")));
        action.open = action.record.value(QStringLiteral("status")).toString() == u"open";
        action.overdue = action.open && action.due.isValid() && action.due < today;
        const QByteArray referral =
            action.record.value(QStringLiteral("referral_id")).toByteArray();
        if (!referral.isEmpty())
            action.referral = QUuid::fromRfc4122(referral);
    }
    return actions;
}

} // namespace

QString LiftReferralItem::childName() const
{
    return QStringList{childFirstName, childLastName}.join(u' ').trimmed();
}

bool LiftReferralItem::urgent() const
{
    return !text(u"urgent_reason").trimmed().isEmpty();
}

QString LiftReferralItem::text(QStringView field) const
{
    return record.value(field.toString()).toString();
}

QDate LiftReferralItem::date(QStringView field) const
{
    return storedDate(record.value(field.toString()));
}

QString LiftMeetingDetail::text(QStringView field) const
{
    return record.value(field.toString()).toString();
}

QDate LiftMeetingDetail::date(QStringView field) const
{
    return storedDate(record.value(field.toString()));
}

const LiftReferralItem *LiftMeetingDetail::referral(QUuid referralId) const
{
    for (const LiftReferralItem &item : referrals)
        if (item.id == referralId)
            return &item;
    return nullptr;
}

LiftMeetingDetail loadLiftMeeting(Database &db, QUuid meeting, QDate today)
{
    Statement head(db.handle(),
                   QStringLiteral("SELECT g.name, g.district_code, d.name, m.meets_on, %1, %2, %3 "
                                  "FROM lift_meeting m LEFT JOIN lift_group g ON g.id = m.group_id "
                                  "LEFT JOIN district d ON d.code = g.district_code "
                                  "LEFT JOIN staff ch ON ch.id = m.chair_id "
                                  "LEFT JOIN staff mt ON mt.id = m.minute_taker_id "
                                  "LEFT JOIN staff ap ON ap.id = m.approved_by WHERE m.id = ?")
                       .arg(staffName("ch"), staffName("mt"), staffName("ap")));
    head.bindBlob(1, meeting.toRfc4122());
    if (!head.step())
        throw Error(Error::Kind::NotFound,
                    LiftMeetingDetailText::tr("There is no LIFT meeting with id %1.")
                        .arg(meeting.toString(QUuid::WithoutBraces)));
    LiftMeetingDetail detail;
    detail.id = meeting;
    detail.groupName = head.text(0);
    detail.districtCode = head.text(1);
    detail.districtName = head.text(2);
    detail.meetsOn = head.date(3);
    detail.chairName = head.text(4);
    detail.minuteTakerName = head.text(5);
    detail.approvedByName = head.text(6);
    detail.record =
        readRecords(db, liftMeetingKind().type(), u"id", meeting.toRfc4122()).value(0).second;
    if (detail.meetsOn.isValid()) {
        detail.schoolDeadline = liftReferralDeadline(detail.meetsOn, false);
        detail.earlyYearsDeadline = liftReferralDeadline(detail.meetsOn, true);
    }

    QHash<QUuid, QVariantMap> referrals =
        recordsOf(db, liftReferralKind().type(), u"meeting_id", meeting);
    Statement agenda(
        db.handle(),
        QStringLiteral(
            "SELECT r.id, r.child_id, c.first_name, c.last_name, c.date_of_birth, c.upn, s.name, "
            "  r.primary_need, n1.name, r.secondary_need, n2.name "
            "FROM lift_referral r LEFT JOIN child c ON c.id = r.child_id "
            "LEFT JOIN setting s ON s.id = r.setting_id "
            "LEFT JOIN need_code n1 ON n1.code = r.primary_need "
            "LEFT JOIN need_code n2 ON n2.code = r.secondary_need WHERE r.meeting_id = ? "
            "ORDER BY r.agenda_position IS NULL, r.agenda_position, "
            "  coalesce(trim(r.urgent_reason), '') = '', s.name COLLATE NOCASE, r.received_on, "
            "  c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, r.id"));
    agenda.bindBlob(1, meeting.toRfc4122());
    while (agenda.step()) {
        LiftReferralItem item;
        item.id = QUuid::fromRfc4122(agenda.blob(0));
        item.record = referrals.take(item.id);
        item.number = int(detail.referrals.size()) + 1;
        if (!agenda.isNull(1))
            item.child = QUuid::fromRfc4122(agenda.blob(1));
        item.childFirstName = agenda.text(2);
        item.childLastName = agenda.text(3);
        item.childBorn = agenda.date(4);
        item.upn = agenda.text(5);
        item.settingName = agenda.text(6);
        QStringList needs;
        for (int column : {7, 9})
            if (!agenda.isNull(column))
                needs.append(agenda.text(column) + u' ' + agenda.text(column + 1));
        item.needs = needs.join(QStringLiteral("; "));
        detail.referrals.append(item);
    }
    for (LiftReferralItem &item : detail.referrals)
        if (!item.child.isNull())
            addFamily(db, item);

    const QStringList agencies = liftAttendanceKind().type().requireField(u"agency_code").choices;
    detail.attendance = readRecordsWhere(db, liftAttendanceKind().type(), u"meeting_id", meeting);
    std::stable_sort(detail.attendance.begin(), detail.attendance.end(),
                     [&](const auto &a, const auto &b) {
                         const auto rank = [&](const QVariantMap &r) {
                             return agencies.indexOf(r.value(QStringLiteral("agency_code")));
                         };
                         if (rank(a.second) != rank(b.second))
                             return rank(a.second) < rank(b.second);
                         return a.second.value(QStringLiteral("name"))
                                    .toString()
                                    .compare(b.second.value(QStringLiteral("name")).toString(),
                                             Qt::CaseInsensitive) < 0;
                     });
    detail.missingAgencies = missingLiftAgencies(db, meeting);

    detail.actions = actionsWhere(db, QStringLiteral("a.meeting_id = ?1"), meeting, today);
    detail.carriedActions = actionsWhere(
        db,
        QStringLiteral("a.status = 'open' AND m.id IN (SELECT e.id FROM lift_meeting this "
                       "JOIN lift_meeting e ON e.group_id = this.group_id "
                       "WHERE this.id = ?1 AND e.meets_on < this.meets_on)"),
        meeting, today);
    return detail;
}

void moveLiftReferral(EditSession &session, QUuid referral, int to)
{
    const LiftReferralKind &kind = liftReferralKind();
    const QByteArray meeting =
        recordValue(session.database(), kind.type().table, QStringLiteral("meeting_id"), referral)
            .toByteArray();
    if (meeting.isEmpty())
        throw Error(Error::Kind::NotFound,
                    LiftMeetingDetailText::tr("There is no LIFT referral with id %1.")
                        .arg(referral.toString(QUuid::WithoutBraces)));
    LiftMeetingDetail detail =
        loadLiftMeeting(session.database(), QUuid::fromRfc4122(meeting), QDate());
    const auto from = std::find_if(detail.referrals.begin(), detail.referrals.end(),
                                   [&](const LiftReferralItem &r) { return r.id == referral; });
    const int target = std::clamp(to, 1, int(detail.referrals.size())) - 1;
    LiftReferralItem moving = *from;
    detail.referrals.erase(from);
    detail.referrals.insert(target, moving);

    RecordBatch batch(
        session, LiftMeetingDetailText::tr("Move %1 on the agenda").arg(kind.label(moving.record)));
    for (int i = 0; i < detail.referrals.size(); ++i) {
        const LiftReferralItem &item = detail.referrals.at(i);
        if (item.record.value(QStringLiteral("agenda_position")) != QVariant(qint64(i + 1)))
            batch.edit(kind, item.id, {{QStringLiteral("agenda_position"), qint64(i + 1)}});
    }
    batch.commit();
}

} // namespace casebook
