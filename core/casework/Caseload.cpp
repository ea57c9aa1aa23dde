#include "Caseload.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>

namespace casebook {

QList<CaseSummary> listCases(Database &db, const CaseFilter &filter, QDate today)
{
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
            "WHERE (?1 IS NULL OR i.teacher_id = ?1) AND (?2 IS NULL OR i.child_id = ?2) AND "
            "(?3 = 0 OR i.status IN ('referred', 'accepted', 'active'))"));
    const auto bindId = [&](int index, const std::optional<QUuid> &id) {
        if (id)
            query.bindBlob(index, id->toRfc4122());
        else
            query.bindNull(index);
    };
    bindId(1, filter.teacher);
    bindId(2, filter.child);
    query.bindInt64(3, filter.openOnly ? 1 : 0);
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

} // namespace casebook
