#include "LinkAllocation.h"

#include "LinkRecords.h"
#include "casework/CaseworkRecords.h"
#include "commands/EditSession.h"
#include "common/Error.h"
#include "records/RecordKind.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace casebook {

namespace {

struct LinkAllocationText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::LinkAllocation)
};

QString previousYear(const QString &year)
{
    const int start = parseAcademicYear(year);
    return start < 0 ? QString() : academicYearText(start - 1);
}

// Settings with their current link teacher of `year` and the line, and the
// last one of the year before; `where` narrows it.
constexpr const char *linkRows =
    "SELECT s.id, s.urn, s.name, s.phase, s.district_code, d.name, s.pupils_on_roll, "
    "  l.id, l.staff_id, t.first_name || ' ' || t.last_name, t.email, t.phone, "
    "  (SELECT p.first_name || ' ' || p.last_name FROM link_teacher b JOIN staff p "
    "     ON p.id = b.staff_id WHERE b.setting_id = s.id AND b.academic_year = ?2 AND "
    "     b.service_line_code = ?3 ORDER BY b.replaced_on IS NULL DESC, b.replaced_on DESC "
    "     LIMIT 1) "
    "FROM setting s LEFT JOIN district d ON d.code = s.district_code "
    "LEFT JOIN link_teacher l ON l.setting_id = s.id AND l.academic_year = ?1 AND "
    "  l.service_line_code = ?3 AND l.replaced_on IS NULL "
    "LEFT JOIN staff t ON t.id = l.staff_id ";

QList<LinkRow> readRows(Statement &query)
{
    QList<LinkRow> rows;
    while (query.step()) {
        LinkRow r;
        r.setting = QUuid::fromRfc4122(query.blob(0));
        r.urn = query.text(1);
        r.name = query.text(2);
        r.phase = query.text(3);
        r.districtCode = query.text(4);
        r.districtName = query.text(5);
        r.pupils = query.isNull(6) ? -1 : int(query.int64(6));
        r.allocation = QUuid::fromRfc4122(query.blob(7));
        r.teacher = QUuid::fromRfc4122(query.blob(8));
        r.teacherName = query.text(9);
        r.teacherEmail = query.text(10);
        r.teacherPhone = query.text(11);
        r.lastYearTeacherName = query.text(12);
        rows.append(r);
    }
    return rows;
}

} // namespace

QList<LinkRow> listLinkAllocation(Database &db, const LinkFilter &filter)
{
    QString sql = QLatin1String(linkRows) + QLatin1String("WHERE s.status = 'open'");
    if (!filter.districtCode.isEmpty())
        sql += QStringLiteral(" AND s.district_code = ?4");
    if (filter.unallocatedOnly)
        sql += QStringLiteral(" AND l.id IS NULL");
    sql += QStringLiteral(" ORDER BY d.name, s.name COLLATE NOCASE, s.id");
    Statement query(db.handle(), sql);
    query.bindText(1, filter.year);
    query.bindText(2, previousYear(filter.year));
    query.bindText(3, filter.serviceLine);
    if (!filter.districtCode.isEmpty())
        query.bindText(4, filter.districtCode);
    return readRows(query);
}

QList<LinkLoad> linkLoads(const QList<LinkRow> &rows)
{
    QHash<QUuid, LinkLoad> byTeacher;
    for (const LinkRow &row : rows) {
        if (row.teacher.isNull())
            continue;
        LinkLoad &load = byTeacher[row.teacher];
        load.teacher = row.teacher;
        load.name = row.teacherName;
        ++load.settings;
        load.pupils += std::max(0, row.pupils);
    }
    QList<LinkLoad> loads = byTeacher.values();
    if (!loads.isEmpty()) {
        int total = 0;
        for (const LinkLoad &load : std::as_const(loads))
            total += load.settings;
        // Half as many again as the average is far more.
        for (LinkLoad &load : loads)
            load.heavy = load.settings * 2 * loads.size() > total * 3;
    }
    std::sort(loads.begin(), loads.end(), [](const LinkLoad &a, const LinkLoad &b) {
        return a.settings != b.settings ? a.settings > b.settings : a.name < b.name;
    });
    return loads;
}

QUuid assignLinkTeacher(EditSession &session, QUuid setting, QUuid teacher, const QString &year,
                        const QString &serviceLine)
{
    Database &db = session.database();
    const LinkTeacherKind &kind = linkTeacherKind();
    const int start = parseAcademicYear(year);
    if (start < 0)
        refuseField(
            kind.type(), u"academic_year",
            LinkAllocationText::tr("“%1” is not an academic year; write it as 2026/27.").arg(year));
    Statement current(db.handle(),
                      QStringLiteral("SELECT id, staff_id FROM link_teacher WHERE setting_id = ? "
                                     "AND academic_year = ? AND service_line_code = ? AND "
                                     "replaced_on IS NULL"));
    current.bindBlob(1, setting.toRfc4122());
    current.bindText(2, academicYearText(start));
    current.bindText(3, serviceLine);
    RecordBatch batch(session, LinkAllocationText::tr("Assign a link teacher"));
    const QString today = db.environment().today().toString(Qt::ISODate);
    EditOptions options;
    if (current.step()) {
        const QUuid id = QUuid::fromRfc4122(current.blob(0));
        if (QUuid::fromRfc4122(current.blob(1)) == teacher)
            return id;
        batch.edit(kind, id, {{QStringLiteral("replaced_on"), today}});
        options.replaces = id;
    }
    const QUuid added = batch.add(kind,
                                  {{QStringLiteral("setting_id"), setting},
                                   {QStringLiteral("staff_id"), teacher},
                                   {QStringLiteral("academic_year"), academicYearText(start)},
                                   {QStringLiteral("service_line_code"), serviceLine},
                                   {QStringLiteral("assigned_on"), today}},
                                  options);
    batch.commit();
    return added;
}

LinkCopyReport copyLinkTeachersForward(EditSession &session, const QString &from, const QString &to)
{
    Database &db = session.database();
    const LinkTeacherKind &kind = linkTeacherKind();
    for (const QString &year : {from, to})
        if (parseAcademicYear(year) < 0)
            refuseField(kind.type(), u"academic_year",
                        LinkAllocationText::tr("“%1” is not an academic year; write it as "
                                               "2026/27.")
                            .arg(year));
    Statement query(
        db.handle(),
        QStringLiteral("SELECT l.setting_id, s.urn, s.name, s.status, l.staff_id, "
                       "  t.first_name || ' ' || t.last_name, t.status, l.service_line_code, "
                       "  (SELECT count(*) FROM link_teacher n WHERE n.setting_id = l.setting_id "
                       "     AND n.academic_year = ?2 AND n.service_line_code = "
                       "     l.service_line_code AND n.replaced_on IS NULL) "
                       "FROM link_teacher l LEFT JOIN setting s ON s.id = l.setting_id "
                       "LEFT JOIN staff t ON t.id = l.staff_id "
                       "WHERE l.academic_year = ?1 AND l.replaced_on IS NULL "
                       "ORDER BY s.name COLLATE NOCASE, s.id"));
    query.bindText(1, academicYearText(parseAcademicYear(from)));
    query.bindText(2, academicYearText(parseAcademicYear(to)));
    LinkCopyReport report;
    RecordBatch batch(session,
                      LinkAllocationText::tr("Copy the link teachers of %1 to %2").arg(from, to));
    const QString today = db.environment().today().toString(Qt::ISODate);
    while (query.step()) {
        const QString urn = query.text(1), name = query.text(2);
        if (query.text(3) != u"open") {
            report.skipped.append({urn, name, LinkAllocationText::tr("the setting has closed")});
            continue;
        }
        if (query.text(6) == u"left") {
            report.skipped.append(
                {urn, name, LinkAllocationText::tr("%1 has left the service").arg(query.text(5))});
            continue;
        }
        if (query.int64(8) > 0) {
            ++report.alreadyAllocated;
            continue;
        }
        batch.add(kind, {{QStringLiteral("setting_id"), QUuid::fromRfc4122(query.blob(0))},
                         {QStringLiteral("staff_id"), QUuid::fromRfc4122(query.blob(4))},
                         {QStringLiteral("academic_year"), academicYearText(parseAcademicYear(to))},
                         {QStringLiteral("service_line_code"), query.text(7)},
                         {QStringLiteral("assigned_on"), today}});
        ++report.copied;
    }
    batch.commit();
    return report;
}

QList<LinkHistory> linkHistoryOfSetting(Database &db, QUuid setting)
{
    Statement query(db.handle(),
                    QStringLiteral("SELECT l.id, l.academic_year, v.name, t.first_name || ' ' || "
                                   "t.last_name, t.email, t.phone, l.assigned_on, l.replaced_on "
                                   "FROM link_teacher l LEFT JOIN staff t ON t.id = l.staff_id "
                                   "LEFT JOIN service_line v ON v.code = l.service_line_code "
                                   "WHERE l.setting_id = ? ORDER BY l.academic_year DESC, "
                                   "l.replaced_on IS NULL DESC, l.replaced_on DESC, v.sort"));
    query.bindBlob(1, setting.toRfc4122());
    QList<LinkHistory> history;
    while (query.step())
        history.append({QUuid::fromRfc4122(query.blob(0)), query.text(1), query.text(2),
                        query.text(3), query.text(4), query.text(5), query.date(6), query.date(7)});
    return history;
}

QList<LinkRow> linkSettingsOf(Database &db, QUuid teacher, const QString &year)
{
    Statement query(db.handle(),
                    QLatin1String(linkRows) + QLatin1String("WHERE l.staff_id = ?4 ORDER BY s.name "
                                                            "COLLATE NOCASE, s.id"));
    query.bindText(1, year);
    query.bindText(2, previousYear(year));
    // Their own service line's settings.
    const QString line =
        recordValue(db, QStringLiteral("staff"), QStringLiteral("service_line_code"), teacher)
            .toString();
    query.bindText(3, line.isEmpty() ? QStringLiteral("district") : line);
    query.bindBlob(4, teacher.toRfc4122());
    return readRows(query);
}

QUuid settingVisitInvolvement(EditSession &session, QUuid setting, bool open)
{
    Database &db = session.database();
    Statement found(db.handle(),
                    QStringLiteral("SELECT id FROM involvement WHERE setting_id = ? AND child_id "
                                   "IS NULL AND service_line_code = 'district' AND status IN "
                                   "('referred', 'accepted', 'active') ORDER BY opened_on DESC, "
                                   "id LIMIT 1"));
    found.bindBlob(1, setting.toRfc4122());
    if (found.step())
        return QUuid::fromRfc4122(found.blob(0));
    if (!open)
        return {};
    QVariantMap values{{QStringLiteral("setting_id"), setting},
                       {QStringLiteral("service_line_code"), QStringLiteral("district")},
                       {QStringLiteral("route"), QStringLiteral("link_teacher")},
                       {QStringLiteral("status"), QStringLiteral("active")}};
    if (const auto me = whoAmI(db))
        values.insert(QStringLiteral("teacher_id"), *me);
    return addRecord(session, involvementKind(), values);
}

} // namespace casebook
