#include "DemoLinks.h"

#include "domain/AcademicYear.h"
#include "links/LinkRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Store.h"

#include <QList>
#include <QMap>
#include <QUuid>

namespace casebook {

DemoLinks::DemoLinks(Store &store, QRandomGenerator &random, QDate today)
    : m_store(store)
    , m_random(random)
    , m_today(today)
{}

int DemoLinks::run()
{
    Database &db = m_store.database();
    QMap<QString, QList<QUuid>> teachers; // by district: ordered, the same seed the same data
    Statement staff(db.handle(), QStringLiteral("SELECT id, district_code FROM staff WHERE role = "
                                                "'specialist_teacher' AND service_line_code = "
                                                "'district' AND status = 'active' ORDER BY id"));
    while (staff.step())
        teachers[staff.text(1)].append(QUuid::fromRfc4122(staff.blob(0)));
    struct Setting
    {
        QUuid id;
        QString district;
        QUuid teacher; // last year's
    };
    QList<Setting> settings;
    Statement open(db.handle(), QStringLiteral("SELECT id, district_code, phase FROM setting "
                                               "WHERE status = 'open' ORDER BY id"));
    while (open.step()) {
        settings.append({QUuid::fromRfc4122(open.blob(0)), open.text(1), {}});
        const QString phase = open.text(2);
        const int pupils = phase == u"Primary"     ? 120 + pick(400)
                           : phase == u"Secondary" ? 600 + pick(1000)
                           : phase == u"Nursery"   ? 20 + pick(50)
                                                   : 40 + pick(160);
        m_store.update(u"setting", settings.last().id,
                       {{QStringLiteral("pupils_on_roll"), pupils}});
    }
    const int thisYear = AcademicYear::startYear(m_today);
    int made = 0;
    for (int year = thisYear - 4; year <= thisYear; ++year) {
        const QString text = academicYearText(year);
        const QDate yearStart(year, 8, 20);
        for (Setting &setting : settings) {
            const QList<QUuid> &district = teachers[setting.district];
            if (district.isEmpty())
                continue;
            if (setting.teacher.isNull() || chance(15))
                setting.teacher = district[pick(int(district.size()))];
            QVariantMap allocation{
                {QStringLiteral("setting_id"), setting.id},
                {QStringLiteral("staff_id"), setting.teacher},
                {QStringLiteral("academic_year"), text},
                {QStringLiteral("service_line_code"), QStringLiteral("district")},
                {QStringLiteral("assigned_on"), yearStart.toString(Qt::ISODate)}};
            // Now and then a teacher hands a setting on during the year.
            const QDate handover = yearStart.addDays(60 + pick(200));
            if (chance(4) && handover < m_today && district.size() > 1) {
                QVariantMap replaced = allocation;
                replaced.insert(QStringLiteral("replaced_on"), handover.toString(Qt::ISODate));
                m_store.insert(u"link_teacher", replaced);
                ++made;
                QUuid next = setting.teacher;
                while (next == setting.teacher)
                    next = district[pick(int(district.size()))];
                setting.teacher = next;
                allocation.insert(QStringLiteral("staff_id"), next);
                allocation.insert(QStringLiteral("assigned_on"), handover.toString(Qt::ISODate));
            }
            m_store.insert(u"link_teacher", allocation);
            ++made;
        }
    }
    return made;
}

} // namespace casebook
