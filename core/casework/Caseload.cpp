#include "Caseload.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>

namespace casebook {

QList<CaseSummary> listCases(Database &db, const CaseFilter &filter, QDate today)
{
    // Only the conditions asked for, so that SQLite can use the teacher's or
    // the child's index.
    QStringList conditions{QStringLiteral("1")};
    if (filter.teacher)
        conditions.append(QStringLiteral("i.teacher_id = ?"));
    if (filter.child)
        conditions.append(QStringLiteral("i.child_id = ?"));
    if (filter.openOnly)
        conditions.append(QStringLiteral("i.status IN ('referred', 'accepted', 'active')"));
    // An outcome's review is still to do while no review on or after its due
    // date exists.
    Statement query(
        db.handle(),
        QStringLiteral(
            "SELECT i.id, i.child_id, coalesce(c.first_name || ' ' || c.last_name, s.name), "
            "s.name, sl.name, i.status, i.teacher_id, st.first_name || ' ' || st.last_name, "
            "i.opened_on, "
            "(SELECT max(contact_date) FROM contact_log WHERE involvement_id = i.id), "
            "(SELECT min(o.review_due) FROM outcome o WHERE o.involvement_id = i.id AND "
            " o.review_due IS NOT NULL AND NOT EXISTS (SELECT 1 FROM outcome_review r WHERE "
            " r.outcome_id = o.id AND r.reviewed_on >= o.review_due)) "
            "FROM involvement i "
            "LEFT JOIN child c ON c.id = i.child_id "
            "LEFT JOIN setting s ON s.id = i.setting_id "
            "LEFT JOIN service_line sl ON sl.code = i.service_line_code "
            "LEFT JOIN staff st ON st.id = i.teacher_id "
            "WHERE %1")
            .arg(conditions.join(QStringLiteral(" AND "))));
    int index = 0;
    for (const auto &id : {filter.teacher, filter.child})
        if (id)
            query.bindBlob(++index, id->toRfc4122());
    QList<CaseSummary> cases;
    while (query.step()) {
        CaseSummary c;
        c.id = QUuid::fromRfc4122(query.blob(0));
        if (!query.isNull(1))
            c.child = QUuid::fromRfc4122(query.blob(1));
        c.subject = query.text(2);
        c.settingName = query.text(3);
        c.serviceLine = query.text(4);
        c.status = query.text(5);
        if (!query.isNull(6))
            c.teacher = QUuid::fromRfc4122(query.blob(6));
        c.teacherName = query.text(7);
        c.openedOn = QDate::fromString(query.text(8), Qt::ISODate);
        c.lastContact = QDate::fromString(query.text(9), Qt::ISODate);
        c.nextReview = QDate::fromString(query.text(10), Qt::ISODate);
        c.reviewOverdue = c.nextReview.isValid() && c.nextReview < today;
        cases.append(c);
    }
    std::sort(cases.begin(), cases.end(), [](const CaseSummary &a, const CaseSummary &b) {
        if (a.reviewOverdue != b.reviewOverdue)
            return a.reviewOverdue;
        if (a.nextReview != b.nextReview)
            return b.nextReview.isNull() || (a.nextReview.isValid() && a.nextReview < b.nextReview);
        return a.subject.localeAwareCompare(b.subject) < 0;
    });
    return cases;
}

namespace {

constexpr const char *contactColumns =
    "SELECT l.id, l.involvement_id, l.contact_date, l.contact_type, "
    "st.first_name || ' ' || st.last_name, l.minutes, l.advice "
    "FROM involvement i JOIN contact_log l ON l.involvement_id = i.id "
    "LEFT JOIN staff st ON st.id = l.staff_id ";

QList<ContactSummary> readContacts(Statement &query)
{
    QList<ContactSummary> contacts;
    while (query.step())
        contacts.append({QUuid::fromRfc4122(query.blob(0)), QUuid::fromRfc4122(query.blob(1)),
                         QDate::fromString(query.text(2), Qt::ISODate), query.text(3),
                         query.text(4), int(query.int64(5)), query.text(6)});
    return contacts;
}

} // namespace

QList<ContactSummary> contactsForChild(Database &db, QUuid child)
{
    Statement query(db.handle(), QLatin1String(contactColumns) +
                                     QLatin1String("WHERE i.child_id = ? ORDER BY "
                                                   "l.contact_date DESC, l.id DESC"));
    query.bindBlob(1, child.toRfc4122());
    return readContacts(query);
}

QList<ContactSummary> contactsBetween(Database &db, QUuid involvement, QDate from, QDate to)
{
    Statement query(db.handle(),
                    QLatin1String(contactColumns) +
                        QLatin1String("WHERE i.id = ? AND l.contact_date BETWEEN ? AND ? "
                                      "ORDER BY l.contact_date DESC, l.id DESC"));
    query.bindBlob(1, involvement.toRfc4122());
    query.bindText(2, from.toString(Qt::ISODate));
    query.bindText(3, to.toString(Qt::ISODate));
    return readContacts(query);
}

} // namespace casebook
