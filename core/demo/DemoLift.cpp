#include "DemoLift.h"

#include "sync/Store.h"

#include <QMap>

#include <algorithm>

namespace casebook {

namespace {

// Six meetings a school year: the month, and the week of it.
constexpr std::pair<int, int> meetingMonths[] = {{10, 1}, {11, 3}, {1, 2}, {3, 1}, {5, 1}, {6, 3}};

struct Weighted
{
    const char *value;
    int weight;
};

// What the panel decides on the referrals that open no case.
constexpr Weighted otherDecisions[] = {{"advice", 30},         {"training", 15},
                                       {"school_support", 12}, {"early_help", 10},
                                       {"health_advice", 8},   {"declined_best_endeavours", 8},
                                       {"deferred", 7},        {"intensive_support", 5}};

const char *const questions[] = {"How can we support communication in class and at lunchtime?",
                                 "What else can we try before the annual review?",
                                 "Would specialist teacher involvement help with transitions?",
                                 "Is an EHC needs assessment the next step?",
                                 "How do we adapt reading interventions for this pupil?",
                                 "What strategies would help with regulation after break times?"};

const char *const discussions[] = {
    "The SENCO described two cycles of assess, plan, do, review with small-group support. "
    "The panel agreed the evidence shows best endeavours.",
    "Progress is slow despite adjustments. The panel discussed visual supports and a "
    "consistent adult at transitions.",
    "The setting has tried a reduced timetable and a key adult. Parents report anxiety at home.",
    "Attendance is improving; the panel suggested training for the class team first.",
    "The plan needs clearer targets before specialist time is agreed."};

const char *const actionTexts[] = {"Arrange a first visit and observation",
                                   "Send the training dates to the SENCO",
                                   "Share the outcome with parents",
                                   "Update the SEN support plan with the advice",
                                   "Contact Early Help with the family's agreement",
                                   "Return with a further APDR cycle"};

} // namespace

DemoLift::DemoLift(Store &store, QRandomGenerator &random, QDate today,
                   std::function<QString()> personName, std::function<QString()> placeName)
    : m_store(store)
    , m_random(random)
    , m_today(today)
    , m_personName(std::move(personName))
    , m_placeName(std::move(placeName))
{}

void DemoLift::addStaff(QUuid id, const QString &name, const QString &role, int district)
{
    m_staffNames.insert(id, name);
    if (district < 0)
        return;
    if (role == u"stls_lead")
        m_leads.insert(district, id);
    else if (role == u"admin")
        m_admins.insert(district, id);
    else if (role == u"specialist_teacher")
        m_teachers[district].append(id);
}

void DemoLift::addSetting(QUuid setting, int district, const QString &senco)
{
    m_settingIndex.insert(setting, int(m_settings.size()));
    m_settings.append({setting, district, senco, -1, {}});
}

void DemoLift::addChild(QUuid child, QUuid setting, const QString &primaryNeed,
                        const QString &secondaryNeed, QDate consent, QDate withdrawn)
{
    const auto found = m_settingIndex.constFind(setting);
    if (found == m_settingIndex.cend() || !consent.isValid())
        return;
    m_childIndex.insert(child, int(m_children.size()));
    m_settings[*found].children.append(int(m_children.size()));
    m_children.append({child, *found, primaryNeed, secondaryNeed, consent, withdrawn});
}

void DemoLift::addLiftCase(QUuid involvement, QUuid child, QUuid setting, QDate opened,
                           QUuid teacher)
{
    const auto found = m_settingIndex.constFind(setting);
    if (found != m_settingIndex.cend() && !child.isNull())
        m_cases.append({involvement, child, *found, opened, teacher});
}

void DemoLift::run(const QStringList &districtCodes, const QStringList &districtNames)
{
    makeGroups(districtCodes, districtNames);
    for (int g = 0; g < m_groups.size(); ++g)
        makeMeetings(g);

    QList<Referral> referrals;
    // Each LIFT case, at the meeting before it opened, after the agreement was given.
    for (const LiftCase &c : std::as_const(m_cases)) {
        const int group = m_settings[c.setting].group;
        const auto child = m_childIndex.constFind(c.child);
        if (group < 0 || child == m_childIndex.cend())
            continue;
        // Tabled while the agreement was in force.
        const Child &who = m_children[*child];
        const QDate by =
            who.withdrawn.isValid() ? std::min(c.opened, who.withdrawn.addDays(-1)) : c.opened;
        const int meeting = meetingBetween(group, who.consent.addDays(8), by);
        if (meeting < 0 || !hasRoom(meeting, c.setting) ||
            m_meetings[meeting].children.contains(c.child))
            continue;
        ++m_meetings[meeting].referralsBySetting[c.setting];
        m_meetings[meeting].children.insert(c.child);
        referrals.append({meeting,
                          c.setting,
                          c.child,
                          QStringLiteral("specialist_involvement"),
                          c.involvement,
                          c.teacher,
                          {},
                          {}});
    }
    // Other referrals, two to five a meeting, from the group's settings.
    for (int m = 0; m < m_meetings.size(); ++m) {
        const Group &group = m_groups[m_meetings[m].group];
        const QDate on = m_meetings[m].meetsOn;
        const int wanted = 2 + pick(4);
        for (int tries = 0, made = 0; made < wanted && tries < 20; ++tries) {
            const int s = group.settings[pick(int(group.settings.size()))];
            const Setting &setting = m_settings[s];
            if (setting.children.isEmpty() || !hasRoom(m, s))
                continue;
            Child &child = m_children[setting.children[pick(int(setting.children.size()))]];
            // Received a week or more before the meeting, with the agreement given; a
            // child comes to LIFT twice at most besides their case.
            if (child.consent > on.addDays(-21) ||
                (child.withdrawn.isValid() && child.withdrawn <= on) || child.referrals >= 2 ||
                m_meetings[m].children.contains(child.id))
                continue;
            ++child.referrals;
            m_meetings[m].children.insert(child.id);
            QString decision;
            if (on < m_today) {
                int total = 0;
                for (const auto &d : otherDecisions)
                    total += d.weight;
                int r = pick(total);
                const Weighted *d = otherDecisions;
                while (r >= d->weight)
                    r -= (d++)->weight;
                decision = QString::fromLatin1(d->value);
            }
            ++m_meetings[m].referralsBySetting[s];
            referrals.append({m, s, child.id, decision, {}, {}, {}, {}});
            ++made;
        }
    }
    for (Referral &r : referrals) {
        const QUuid id = insertReferral(r);
        // Deferred: tabled again at the group's next meeting, and decided there.
        if (r.decision == u"deferred") {
            const QList<int> &meetings = m_groups[m_meetings[r.meeting].group].meetings;
            const qsizetype at = meetings.indexOf(r.meeting);
            const Child &who = m_children[m_childIndex.value(r.child)];
            if (at + 1 < meetings.size() && hasRoom(meetings[at + 1], r.setting) &&
                !m_meetings[meetings[at + 1]].children.contains(r.child) &&
                (!who.withdrawn.isValid() ||
                 who.withdrawn > m_meetings[meetings[at + 1]].meetsOn)) {
                Referral carried = r;
                carried.meeting = meetings[at + 1];
                ++m_meetings[carried.meeting].referralsBySetting[r.setting];
                m_meetings[carried.meeting].children.insert(r.child);
                carried.carriedFrom = id;
                carried.decision = m_meetings[carried.meeting].meetsOn < m_today
                                       ? QStringLiteral("advice")
                                       : QString();
                insertReferral(carried);
            }
        }
    }
    for (int m = 0; m < m_meetings.size(); ++m)
        if (m_meetings[m].meetsOn < m_today)
            attend(m, m_meetings[m].referralsBySetting.keys());
}

void DemoLift::makeGroups(const QStringList &districtCodes, const QStringList &districtNames)
{
    static const char *const areas[] = {"North", "South", "East", "West"};
    QMap<int, QList<int>> byDistrict; // in order: the same seed gives the same groups
    for (int s = 0; s < m_settings.size(); ++s)
        byDistrict[m_settings[s].district].append(s);
    for (auto it = byDistrict.cbegin(); it != byDistrict.cend(); ++it) {
        const QList<int> &settings = it.value();
        const int count = std::clamp(int(settings.size()) / 20, 2, 4);
        QList<int> groups;
        for (int g = 0; g < count; ++g) {
            const QUuid id = m_store.insert(
                u"lift_group", {{QStringLiteral("name"), QStringLiteral("%1 %2 LIFT")
                                                             .arg(districtNames.value(it.key()),
                                                                  QString::fromLatin1(areas[g]))},
                                {QStringLiteral("district_code"), districtCodes.value(it.key())}});
            groups.append(int(m_groups.size()));
            m_groups.append({id, it.key(), {}, {}});
            ++m_counts.groups;
        }
        for (int i = 0; i < settings.size(); ++i) {
            const int g = groups[i % count];
            m_settings[settings[i]].group = g;
            m_groups[g].settings.append(settings[i]);
            m_store.insert(u"lift_group_setting",
                           {{QStringLiteral("group_id"), m_groups[g].id},
                            {QStringLiteral("setting_id"), m_settings[settings[i]].id}});
        }
    }
}

QString DemoLift::statusOf(QDate meetsOn) const
{
    const qint64 ago = meetsOn.daysTo(m_today);
    if (ago < -7)
        return QStringLiteral("planned");
    if (ago <= 0)
        return QStringLiteral("agenda_closed");
    if (ago < 14)
        return QStringLiteral("held");
    return ago < 21 ? QStringLiteral("minutes_approved") : QStringLiteral("circulated");
}

void DemoLift::makeMeetings(int g)
{
    Group &group = m_groups[g];
    const int startYear = m_today.month() >= 9 ? m_today.year() : m_today.year() - 1;
    const QDate until = m_today.addDays(120);
    for (int year = startYear - 4; year <= startYear + 1; ++year) {
        for (const auto &[month, week] : meetingMonths) {
            const int calendarYear = month >= 9 ? year : year + 1;
            // Each group of a district on its own weekday, Tuesday to Thursday.
            QDate day(calendarYear, month, 1 + 7 * (week - 1));
            const int weekday = 2 + g % 3;
            while (day.dayOfWeek() != weekday)
                day = day.addDays(1);
            if (day > until || day < m_today.addYears(-5))
                continue;
            const QString status = statusOf(day);
            QVariantMap meeting{
                {QStringLiteral("group_id"), group.id},
                {QStringLiteral("meets_on"), day.toString(Qt::ISODate)},
                {QStringLiteral("starts_at"),
                 g % 2 == 0 ? QStringLiteral("09:30") : QStringLiteral("13:30")},
                {QStringLiteral("place"), chance(25) ? QStringLiteral("Microsoft Teams")
                                                     : m_placeName() + QStringLiteral(" Library")},
                {QStringLiteral("chair_id"), m_leads.value(group.district)},
                {QStringLiteral("minute_taker_id"), m_admins.value(group.district)},
                {QStringLiteral("status"), status}};
            meeting.insert(QStringLiteral("online"),
                           qint64(meeting.value(QStringLiteral("place"))
                                      .toString()
                                      .startsWith(QLatin1String("Microsoft"))));
            if (status == u"minutes_approved" || status == u"circulated") {
                meeting.insert(QStringLiteral("approved_by"), m_leads.value(group.district));
                meeting.insert(QStringLiteral("approved_on"), day.addDays(7).toString(Qt::ISODate));
            }
            if (status == u"circulated")
                meeting.insert(QStringLiteral("circulated_on"),
                               day.addDays(10).toString(Qt::ISODate));
            group.meetings.append(int(m_meetings.size()));
            m_meetings.append({m_store.insert(u"lift_meeting", meeting), g, day, {}, {}});
            ++m_counts.meetings;
        }
    }
}

int DemoLift::meetingBetween(int group, QDate from, QDate by) const
{
    int found = -1;
    for (int m : m_groups[group].meetings)
        if (m_meetings[m].meetsOn >= from && m_meetings[m].meetsOn <= by)
            found = m;
    return found;
}

bool DemoLift::hasRoom(int meeting, int setting) const
{
    return m_meetings[meeting].referralsBySetting.value(setting) < 3; // Kent's quota
}

QUuid DemoLift::insertReferral(const Referral &r)
{
    const Meeting &meeting = m_meetings[r.meeting];
    // A week or more before the meeting, once the agreement to engage was given.
    QDate received = meeting.meetsOn.addDays(-7 - pick(14));
    if (const auto child = m_childIndex.constFind(r.child); child != m_childIndex.cend())
        received = std::max(
            received, std::min(m_children[*child].consent.addDays(1), meeting.meetsOn.addDays(-7)));
    QVariantMap referral{
        {QStringLiteral("meeting_id"), meeting.id},
        {QStringLiteral("child_id"), r.child},
        {QStringLiteral("setting_id"), m_settings[r.setting].id},
        {QStringLiteral("referrer_name"), m_settings[r.setting].senco},
        {QStringLiteral("received_on"), received.toString(Qt::ISODate)},
        {QStringLiteral("tried"),
         QStringLiteral("Quality-first teaching, a SEN support plan for two terms and small-group "
                        "work three times a week.")},
        {QStringLiteral("apdr_evidence"),
         QStringLiteral("Two assess, plan, do, review cycles with targets and reviews attached.")},
        {QStringLiteral("parent_views"),
         QStringLiteral("Parents agree with the referral and want to know how to help at home.")},
        {QStringLiteral("question"),
         QString::fromLatin1(questions[pick(int(std::size(questions)))])},
    };
    if (const auto child = m_childIndex.constFind(r.child); child != m_childIndex.cend()) {
        const Child &c = m_children[*child];
        referral.insert(QStringLiteral("primary_need"), c.primaryNeed);
        if (!c.secondaryNeed.isEmpty())
            referral.insert(QStringLiteral("secondary_need"), c.secondaryNeed);
    }
    if (!r.carriedFrom.isNull())
        referral.insert(QStringLiteral("carried_from_id"), r.carriedFrom);
    if (!r.decision.isEmpty()) {
        referral.insert(QStringLiteral("decision_code"), r.decision);
        referral.insert(QStringLiteral("discussion"),
                        QString::fromLatin1(discussions[pick(int(std::size(discussions)))]));
    }
    if (!r.involvement.isNull())
        referral.insert(QStringLiteral("involvement_id"), r.involvement);
    const QUuid id = m_store.insert(u"lift_referral", referral);
    ++m_counts.referrals;
    if (!r.decision.isEmpty())
        addActions(id, r);
    return id;
}

void DemoLift::addActions(QUuid referral, const Referral &r)
{
    const Meeting &meeting = m_meetings[r.meeting];
    const int district = m_groups[meeting.group].district;
    const int count = r.decision == u"specialist_involvement" ? 1 : pick(3);
    for (int a = 0; a < count; ++a) {
        const QDate due = meeting.meetsOn.addDays(14 + 7 * pick(6));
        // The older ones are done; some recent ones are late.
        const bool done = due.addDays(30) < m_today ? true : due < m_today && chance(40);
        QVariantMap action{
            {QStringLiteral("meeting_id"), meeting.id},
            {QStringLiteral("referral_id"), referral},
            {QStringLiteral("text"),
             QString::fromLatin1(r.decision == u"specialist_involvement"
                                     ? actionTexts[0]
                                     : actionTexts[1 + pick(int(std::size(actionTexts)) - 1)])},
            {QStringLiteral("due_on"), due.toString(Qt::ISODate)},
            {QStringLiteral("status"), !done ? QStringLiteral("open")
                                       : due.addDays(30) < m_today && chance(5)
                                           ? QStringLiteral("dropped")
                                           : QStringLiteral("done")}};
        if (!r.teacher.isNull() || chance(50)) {
            const QList<QUuid> teachers = m_teachers.value(district);
            action.insert(QStringLiteral("owner_id"), !r.teacher.isNull() ? r.teacher
                                                      : teachers.isEmpty()
                                                          ? m_leads.value(district)
                                                          : teachers[pick(int(teachers.size()))]);
        } else {
            action.insert(QStringLiteral("owner_name"),
                          QStringLiteral("%1 (SENCO)").arg(m_settings[r.setting].senco));
        }
        if (action.value(QStringLiteral("status")) == QStringLiteral("done"))
            action.insert(QStringLiteral("done_on"), std::min(due, m_today).toString(Qt::ISODate));
        m_store.insert(u"lift_action", action);
        ++m_counts.actions;
    }
}

void DemoLift::attend(int m, const QList<int> &settings)
{
    const Meeting &meeting = m_meetings[m];
    const int district = m_groups[meeting.group].district;
    const auto add = [&](const QString &name, const char *agency, const char *status,
                         const QVariantMap &more) {
        QVariantMap row = more;
        row.insert(QStringLiteral("meeting_id"), meeting.id);
        row.insert(QStringLiteral("name"), name);
        row.insert(QStringLiteral("agency_code"), QString::fromLatin1(agency));
        row.insert(QStringLiteral("status"), QString::fromLatin1(status));
        m_store.insert(u"lift_attendance", row);
        ++m_counts.attendance;
    };
    const auto sometimes = [&](int present, int apologies) {
        const int r = pick(100);
        return r < present ? "present" : r < present + apologies ? "apologies" : "absent";
    };
    const QUuid lead = m_leads.value(district);
    add(m_staffNames.value(lead), "stls_lead", "present", {{QStringLiteral("staff_id"), lead}});
    const QList<QUuid> teachers = m_teachers.value(district);
    const int first = teachers.isEmpty() ? 0 : pick(int(teachers.size()));
    for (int t = 0; t < std::min<qsizetype>(2, teachers.size()); ++t) {
        const QUuid teacher = teachers[(first + t) % teachers.size()];
        add(m_staffNames.value(teacher), "specialist_teacher", "present",
            {{QStringLiteral("staff_id"), teacher}});
    }
    for (int s : settings)
        add(m_settings[s].senco, "senco", sometimes(85, 10),
            {{QStringLiteral("setting_id"), m_settings[s].id}});
    // The agencies whose variable attendance weakens LIFT (decision report, 5.3).
    add(u"Dr "_qs + m_personName(), "educational_psychology", sometimes(45, 35), {});
    add(m_personName(), "speech_language_therapy", sometimes(35, 35), {});
    if (chance(60))
        add(m_personName(), "early_help", sometimes(60, 25), {});
    if (chance(50))
        add(m_personName(), "parent_carer", sometimes(70, 20), {});
    if (chance(30))
        add(m_personName(), "health", sometimes(50, 30), {});
}

} // namespace casebook
