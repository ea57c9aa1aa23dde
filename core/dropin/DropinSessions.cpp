#include "DropinSessions.h"

#include "DropinRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace casebook {

namespace {

struct DropinSessionsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::DropinSessions)
};

QUuid uuidAt(const Statement &query, int column)
{
    return QUuid::fromRfc4122(query.blob(column));
}

} // namespace

QList<DropinSessionSummary> listDropinSessions(Database &db, const DropinSessionFilter &filter)
{
    QString sql = QStringLiteral(
        "SELECT s.id, s.district_code, d.name, s.held_on, s.starts_at, s.place, s.online, "
        "  s.dimension_code, n.name, s.slot_minutes, s.slot_count, "
        "  (SELECT count(*) FROM dropin_consultation c WHERE c.session_id = s.id), "
        "  (SELECT group_concat(name, ', ') FROM (SELECT t.first_name || ' ' || t.last_name "
        "     AS name FROM dropin_staff r JOIN staff t ON t.id = r.staff_id "
        "     WHERE r.session_id = s.id ORDER BY t.last_name, t.first_name)) "
        "FROM dropin_session s LEFT JOIN district d ON d.code = s.district_code "
        "LEFT JOIN need_dimension n ON n.code = s.dimension_code WHERE 1");
    QVariantList bound;
    const auto where = [&](const char *condition, const QVariant &value) {
        sql += QLatin1String(" AND ") + QLatin1String(condition);
        bound.append(value);
    };
    if (!filter.districtCode.isEmpty())
        where("s.district_code = ?", filter.districtCode);
    if (filter.from.isValid())
        where("s.held_on >= ?", filter.from);
    if (filter.to.isValid())
        where("s.held_on <= ?", filter.to);
    if (!filter.id.isNull())
        where("s.id = ?", filter.id);
    sql += QStringLiteral(" ORDER BY s.held_on, s.starts_at, d.name");
    Statement query(db.handle(), sql);
    for (int i = 0; i < bound.size(); ++i)
        query.bind(i + 1, bound.at(i));
    QList<DropinSessionSummary> sessions;
    while (query.step()) {
        DropinSessionSummary s;
        s.id = uuidAt(query, 0);
        s.districtCode = query.text(1);
        s.districtName = query.text(2);
        s.heldOn = query.date(3);
        s.startsAt = QTime::fromString(query.text(4), QStringLiteral("HH:mm"));
        s.place = query.text(5);
        s.online = query.int64(6) != 0;
        s.dimensionCode = query.text(7);
        s.dimensionName = query.text(8);
        s.slotMinutes = int(query.int64(9));
        s.slotCount = int(query.int64(10));
        s.booked = int(query.int64(11));
        s.staffNames = query.text(12);
        sessions.append(s);
    }
    return sessions;
}

QList<DropinConsultationSummary> listDropinConsultations(Database &db,
                                                         const DropinConsultationFilter &filter)
{
    QString sql = QStringLiteral(
        "SELECT c.id, c.session_id, s.held_on, c.slot, s.starts_at, s.slot_minutes, n.name, "
        "  c.setting_id, t.name, c.asker_name, c.asker_role, c.child_id, "
        "  k.first_name || ' ' || k.last_name, c.child_initials, c.cohort, c.cohort_size, "
        "  c.question, c.advice, c.follow_up, c.signpost_to, c.lift_referral_id, "
        "  c.involvement_id "
        "FROM dropin_consultation c LEFT JOIN dropin_session s ON s.id = c.session_id "
        "LEFT JOIN need_dimension n ON n.code = s.dimension_code "
        "LEFT JOIN setting t ON t.id = c.setting_id LEFT JOIN child k ON k.id = c.child_id ");
    QByteArray bound;
    if (!filter.session.isNull()) {
        sql += QStringLiteral("WHERE c.session_id = ? ORDER BY c.slot");
        bound = filter.session.toRfc4122();
    } else if (!filter.setting.isNull()) {
        sql += QStringLiteral("WHERE c.setting_id = ? ORDER BY s.held_on DESC, c.slot");
        bound = filter.setting.toRfc4122();
    } else {
        sql += QStringLiteral("WHERE c.child_id = ? ORDER BY s.held_on DESC, c.slot");
        bound = filter.child.toRfc4122();
    }
    Statement query(db.handle(), sql);
    query.bindBlob(1, bound);
    QList<DropinConsultationSummary> list;
    while (query.step()) {
        DropinConsultationSummary c;
        c.id = uuidAt(query, 0);
        c.session = uuidAt(query, 1);
        c.heldOn = query.date(2);
        c.slot = int(query.int64(3));
        c.slotTime = dropinSlotTime(QTime::fromString(query.text(4), QStringLiteral("HH:mm")),
                                    int(query.int64(5)), c.slot);
        c.dimensionName = query.text(6);
        c.setting = uuidAt(query, 7);
        c.settingName = query.text(8);
        c.askerName = query.text(9);
        c.askerRole = query.text(10);
        c.child = uuidAt(query, 11);
        if (!c.child.isNull())
            c.about = query.text(12);
        else if (!query.text(13).isEmpty())
            c.about = query.text(13);
        else
            c.about = DropinSessionsText::tr("%1 (%n children)", nullptr, int(query.int64(15)))
                          .arg(query.text(14));
        c.question = query.text(16);
        c.advice = query.text(17);
        c.followUp = query.text(18);
        c.signpostTo = query.text(19);
        c.liftReferral = uuidAt(query, 20);
        c.involvement = uuidAt(query, 21);
        list.append(c);
    }
    return list;
}

QList<DropinSessionStaff> listDropinSessionStaff(Database &db, QUuid session)
{
    Statement query(db.handle(),
                    QStringLiteral("SELECT r.id, r.staff_id, t.first_name || ' ' || t.last_name "
                                   "FROM dropin_staff r LEFT JOIN staff t ON t.id = r.staff_id "
                                   "WHERE r.session_id = ? ORDER BY t.last_name, t.first_name"));
    query.bindBlob(1, session.toRfc4122());
    QList<DropinSessionStaff> staff;
    while (query.step())
        staff.append({uuidAt(query, 0), uuidAt(query, 1), query.text(2)});
    return staff;
}

} // namespace casebook
