#include "DemoCasework.h"

#include "sync/Store.h"

namespace casebook {

namespace {

struct Phrases
{
    const char *outcome, *baseline, *target;
};

constexpr Phrases outcomePhrases[] = {
    {"Stays with the group for circle time", "Leaves after about a minute",
     "Stays for ten minutes with one visual prompt"},
    {"Moves between activities using a now-and-next board", "Needs an adult at each transition",
     "Moves with one visual prompt"},
    {"Reads and spells CVC words", "Reads 5 of 20 CVC words", "Reads 18 of 20"},
    {"Asks an adult for help when stuck", "Waits or leaves the room", "Asks in 4 of 5 lessons"},
    {"Uses a radio aid in every lesson", "Used in about half of lessons",
     "Used in every lesson, checked daily"},
    {"Reads enlarged print independently", "Needs an adult to read to them",
     "Reads N18 text alone in literacy"},
    {"Manages lunchtime with a trusted adult nearby", "Two incidents a week",
     "No more than one a fortnight"},
    {"Uses a communication book to make choices", "Points to one of two objects",
     "Chooses from a page of six symbols"},
};

const char *const advicePhrases[] = {
    "Use a visual timetable and show the next change before it happens.",
    "Give instructions one step at a time and check understanding.",
    "Seat the pupil near the teacher, away from the door and the window.",
    "Pre-teach the key vocabulary for the next topic.",
    "Offer a movement break every twenty minutes.",
    "Use a quiet space for calming, agreed with the pupil in advance.",
    "Enlarge worksheets to N18 on buff paper.",
    "Check the radio aid at the start of every lesson.",
    "Model the strategy with a small group, then hand over to the teaching assistant.",
};

const char *const nextStepPhrases[] = {
    "Review at the next visit.",
    "SENCO to share the plan with all staff.",
    "Teaching assistant to keep a daily log for three weeks.",
    "Meet parents at the end of term.",
    "Observe at lunchtime next visit.",
    "Refer to educational psychology if no progress by the review."};

struct Weighted
{
    const char *value;
    int weight;
};

constexpr Weighted contactTypes[] = {
    {"visit", 40},   {"observation", 15},          {"assessment", 8},
    {"meeting", 14}, {"modelled_intervention", 9}, {"report", 5},
    {"call", 9}};

} // namespace

DemoCasework::DemoCasework(Store &store, QRandomGenerator &random, QDate today)
    : m_store(store)
    , m_random(random)
    , m_today(today)
{}

void DemoCasework::addTeacher(const QString &serviceLine, int district, QUuid id)
{
    m_teachers[serviceLine == u"district" ? QStringLiteral("district/%1").arg(district)
                                          : serviceLine]
        .append(id);
}

QUuid DemoCasework::teacherFor(const QString &serviceLine, int district)
{
    const QList<QUuid> &teachers = m_teachers.value(
        serviceLine == u"district" ? QStringLiteral("district/%1").arg(district) : serviceLine);
    return teachers.isEmpty() ? QUuid() : teachers[pick(int(teachers.size()))];
}

void DemoCasework::addChild(const Child &child)
{
    if (!child.consentGiven.isValid() || !chance(68))
        return;
    const QString need = child.primaryNeed;
    const QString line = need == u"HI" || need == u"VI" || need == u"MSI"
                             ? QStringLiteral("sensory")
                         : need == u"PD" ? QStringLiteral("pd")
                                         : QStringLiteral("district");
    // The agreement comes with the referral; the case opens after the panel met.
    const QDate opened = child.consentGiven.addDays(14 + pick(70));
    if (opened > m_today)
        return;
    const QDate limit = child.consentWithdrawn.isValid() ? child.consentWithdrawn : m_today;
    openCase(child.id, child.setting, child.district, line, opened, limit);
}

void DemoCasework::addSetting(QUuid setting, int district)
{
    if (!chance(15))
        return;
    const QDate opened = m_today.addDays(-pick(5 * 365));
    openCase({}, setting, district, QStringLiteral("district"), opened, m_today);
}

QDate DemoCasework::nextContactDate(QDate from, int days, QDate until)
{
    QDate date = from.addDays(days);
    // School holidays: none in August, few at Christmas and Easter.
    if (date.month() == 8)
        date = QDate(date.year(), 9, 3 + pick(10));
    if ((date.month() == 12 && date.day() > 19) || (date.month() == 4 && date.day() < 15))
        date = date.addDays(14);
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date > until ? QDate() : date;
}

void DemoCasework::openCase(QUuid child, QUuid setting, int district, const QString &serviceLine,
                            QDate opened, QDate limit)
{
    const QUuid teacher = teacherFor(serviceLine, district);
    if (teacher.isNull())
        return;
    // Cases last a term to two years; those ended before the limit are closed.
    const QDate planned = opened.addDays(100 + pick(600));
    const bool closes = planned < limit;
    const QDate end = closes ? planned : limit;
    const bool recent = opened.daysTo(m_today) < 21;
    QString status = closes ? QStringLiteral("closed")
                     : recent
                         ? (chance(50) ? QStringLiteral("referred") : QStringLiteral("accepted"))
                         : QStringLiteral("active");
    QVariantMap involvement{
        {QStringLiteral("child_id"), child.isNull() ? QVariant() : QVariant(child)},
        {QStringLiteral("setting_id"), setting},
        {QStringLiteral("service_line_code"), serviceLine},
        {QStringLiteral("route"), serviceLine == u"sensory" ? QStringLiteral("sensory_referral")
                                  : chance(80)              ? QStringLiteral("lift")
                                                            : QStringLiteral("drop_in_follow_up")},
        {QStringLiteral("best_endeavours"),
         QStringLiteral(
             "Quality-first teaching, a SEN support plan for two terms and advice from the "
             "local specialist resource provision.")},
        {QStringLiteral("decision"), QStringLiteral("Specialist involvement agreed at LIFT.")},
        {QStringLiteral("teacher_id"), teacher},
        {QStringLiteral("status"), status},
        {QStringLiteral("opened_on"), opened.toString(Qt::ISODate)},
    };
    if (closes) {
        involvement.insert(QStringLiteral("closed_on"), end.toString(Qt::ISODate));
        involvement.insert(QStringLiteral("closure_reason"),
                           chance(70)
                               ? QStringLiteral("Outcomes met; the setting continues the plan.")
                               : QStringLiteral("Moved to another setting."));
    }
    const QUuid id = m_store.insert(u"involvement", involvement);
    ++m_counts.involvements;
    if (!child.isNull() && involvement.value(QStringLiteral("route")).toString() == u"lift")
        m_liftCases.append({id, child, setting, teacher, opened});
    if (status != u"active" && status != u"closed")
        return; // not started yet

    // Outcomes, each reviewed about every twelve weeks with progress mostly
    // upwards; now and then an open case's last review has not happened yet.
    QList<QUuid> outcomes;
    // Distinct outcomes: one case never agrees the same outcome twice.
    const int phraseCount = int(std::size(outcomePhrases));
    const int outcomeCount = std::min(1 + pick(3), phraseCount);
    const int firstPhrase = pick(phraseCount);
    for (int o = 0; o < outcomeCount; ++o) {
        const Phrases &p = outcomePhrases[(firstPhrase + o) % phraseCount];
        QDate due = opened.addDays(84);
        while (due <= end)
            due = due.addDays(84);
        QDate reviewedUntil = end;
        if (!closes && due.addDays(-84) > opened && chance(15)) {
            due = due.addDays(-84); // overdue: its date has passed with no review
            reviewedUntil = due.addDays(-1);
        }
        const QUuid outcome = m_store.insert(
            u"outcome", {{QStringLiteral("involvement_id"), id},
                         {QStringLiteral("description"), QString::fromUtf8(p.outcome)},
                         {QStringLiteral("baseline"), QString::fromUtf8(p.baseline)},
                         {QStringLiteral("target"), QString::fromUtf8(p.target)},
                         {QStringLiteral("review_due"),
                          closes ? QVariant() : QVariant(due.toString(Qt::ISODate))}});
        outcomes.append(outcome);
        ++m_counts.outcomes;
        int rating = -1 - pick(2);
        for (QDate on = opened.addDays(84); on <= reviewedUntil; on = on.addDays(84)) {
            rating = std::min(2, rating + (chance(60) ? 1 : 0));
            m_store.insert(u"outcome_review",
                           {{QStringLiteral("outcome_id"), outcome},
                            {QStringLiteral("reviewed_on"), on.toString(Qt::ISODate)},
                            {QStringLiteral("rating"), qint64(rating)},
                            {QStringLiteral("reviewed_by"), teacher}});
            ++m_counts.reviews;
        }
    }

    int total = 0;
    for (const auto &t : contactTypes)
        total += t.weight;
    for (QDate date = nextContactDate(opened, pick(10), end); date.isValid();
         date = nextContactDate(date, 7 + pick(21), end)) {
        int r = pick(total);
        const Weighted *type = contactTypes;
        while (r >= type->weight)
            r -= (type++)->weight;
        m_store.insert(u"contact_log",
                       {{QStringLiteral("involvement_id"), id},
                        {QStringLiteral("contact_type"), QString::fromLatin1(type->value)},
                        {QStringLiteral("contact_date"), date.toString(Qt::ISODate)},
                        {QStringLiteral("staff_id"), teacher},
                        {QStringLiteral("minutes"), qint64(30 + 15 * pick(8))},
                        {QStringLiteral("seen"),
                         QStringLiteral("Observed in class and talked with the SENCO.")},
                        {QStringLiteral("advice"),
                         QString::fromUtf8(advicePhrases[pick(int(std::size(advicePhrases)))])},
                        {QStringLiteral("next_steps"),
                         QString::fromUtf8(nextStepPhrases[pick(int(std::size(nextStepPhrases)))])},
                        {QStringLiteral("outcome_ids"),
                         outcomes[pick(int(outcomes.size()))].toString(QUuid::WithoutBraces)}});
        ++m_counts.contacts;
    }
}

} // namespace casebook
