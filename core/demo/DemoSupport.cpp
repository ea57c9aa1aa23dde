#include "DemoSupport.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Store.h"

#include <QList>
#include <QUuid>
#include <QVariantMap>

#include <algorithm>

namespace casebook {

namespace {

struct Weighted
{
    const char *value;
    int weight;
};

constexpr Weighted risks[] = {
    {"exclusion", 40}, {"reduced_timetable", 30}, {"specialist_provision", 20}, {"other", 10}};
constexpr Weighted outcomes[] = {
    {"kept", 65}, {"kept_reduced_timetable", 15}, {"moved", 12}, {"ended_other", 8}};

const char *const interventions[] = {
    "A calm start each morning with a key adult; zones of regulation taught and modelled.",
    "Visual timetable and now-and-next board; planned movement breaks every forty minutes.",
    "Social stories for transitions; a quiet base at lunchtime with a structured activity.",
    "Precision teaching modelled daily; work chunked with a visual checklist.",
};
const char *const abilities[] = {
    "Runs the calm start and the regulation check-ins without support.",
    "Plans now-and-next boards and uses them across the day.",
    "Writes and reads social stories with the pupil before changes.",
    "Delivers precision teaching sessions and records progress.",
};
const char *const roles[] = {"Class teacher", "Teaching assistant", "SENCO", "Pastoral lead"};

template<size_t N>
const char *weighted(QRandomGenerator &random, const Weighted (&items)[N])
{
    int total = 0;
    for (const Weighted &item : items)
        total += item.weight;
    int r = int(random.bounded(total));
    for (const Weighted &item : items) {
        if (r < item.weight)
            return item.value;
        r -= item.weight;
    }
    return items[0].value;
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

DemoSupport::DemoSupport(Store &store, QRandomGenerator &random, QDate today,
                         std::function<QString()> personName)
    : m_store(store)
    , m_random(random)
    , m_today(today)
    , m_personName(std::move(personName))
{}

int DemoSupport::run()
{
    Statement cases(m_store.database().handle(),
                    QStringLiteral("SELECT i.id, i.child_id, i.setting_id, i.opened_on, "
                                   "i.closed_on, (SELECT r.id FROM lift_referral r WHERE "
                                   "r.involvement_id = i.id LIMIT 1) FROM involvement i WHERE "
                                   "i.child_id IS NOT NULL AND i.status IN ('active', 'closed') "
                                   "ORDER BY i.id"));
    struct Case
    {
        QUuid id, child, setting, referral;
        QDate opened, closed;
    };
    QList<Case> chosen;
    while (cases.step())
        if (chance(2))
            chosen.append({QUuid::fromRfc4122(cases.blob(0)), QUuid::fromRfc4122(cases.blob(1)),
                           QUuid::fromRfc4122(cases.blob(2)), QUuid::fromRfc4122(cases.blob(5)),
                           cases.date(3), cases.date(4)});
    int made = 0;
    for (const Case &c : std::as_const(chosen)) {
        const QDate starts = c.opened.addDays(7 + pick(24));
        if (starts > m_today || (c.closed.isValid() && starts > c.closed))
            continue;
        const QDate plannedEnd = starts.addDays(42 + pick(43));
        const QString risk = QString::fromLatin1(weighted(m_random, risks));
        QVariantMap episode{
            {QStringLiteral("involvement_id"), c.id},
            {QStringLiteral("child_id"), c.child},
            {QStringLiteral("setting_id"), c.setting},
            {QStringLiteral("starts_on"), iso(starts)},
            {QStringLiteral("planned_end_on"), iso(plannedEnd)},
            {QStringLiteral("risk"), risk},
            {QStringLiteral("interventions"),
             QString::fromLatin1(interventions[pick(int(std::size(interventions)))])}};
        if (!c.referral.isNull())
            episode.insert(QStringLiteral("lift_referral_id"), c.referral);
        if (risk == u"other")
            episode.insert(QStringLiteral("risk_detail"),
                           QStringLiteral("Leaves the classroom several times a day"));
        // Ended, unless it still runs or (now and then) its outcome is not recorded yet.
        const QDate ended = std::clamp(plannedEnd.addDays(pick(29) - 14), starts, m_today);
        const bool open = plannedEnd.addDays(14) > m_today || chance(3);
        if (!open) {
            const QString outcome = QString::fromLatin1(weighted(m_random, outcomes));
            episode.insert(QStringLiteral("outcome"), outcome);
            episode.insert(QStringLiteral("ended_on"), iso(ended));
            if (outcome == u"moved")
                episode.insert(QStringLiteral("outcome_detail"),
                               chance(60) ? QStringLiteral("A special school place")
                                          : QStringLiteral("A pupil referral unit"));
            if (outcome == u"ended_other")
                episode.insert(QStringLiteral("outcome_detail"),
                               QStringLiteral("The family moved out of the county"));
            const QDate check = ended.addDays(42);
            episode.insert(QStringLiteral("check_due_on"), iso(check));
            const QDate checked = check.addDays(pick(11));
            if (checked <= m_today) {
                episode.insert(QStringLiteral("check_result"),
                               chance(85) ? QStringLiteral("in_place")
                                          : QStringLiteral("not_in_place"));
                episode.insert(QStringLiteral("checked_on"), iso(checked));
            }
        }
        const QUuid id = m_store.insert(u"support_episode", episode);
        for (int staff = 1 + pick(3); staff > 0; --staff)
            m_store.insert(u"support_capacity",
                           {{QStringLiteral("episode_id"), id},
                            {QStringLiteral("name"), m_personName()},
                            {QStringLiteral("role"), QString::fromLatin1(roles[pick(4)])},
                            {QStringLiteral("can_now"),
                             QString::fromLatin1(abilities[pick(int(std::size(abilities)))])}});
        ++made;
    }
    return made;
}

} // namespace casebook
