#include "DemoDropin.h"

#include "casework/CaseworkRecords.h"
#include "domain/AcademicYear.h"
#include "dropin/DropinFollowUp.h"
#include "lift/LiftRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Store.h"

#include <QList>
#include <QMap>
#include <QSet>

namespace casebook {

namespace {

constexpr const char *dimensions[] = {"cl", "ci", "semh", "ps"};

// What settings ask about, and the advice, by dimension in the order above.
constexpr std::pair<const char *, const char *> exchanges[][2] = {
    {{"Reading has not moved in two terms despite phonics catch-up.",
      "Check phonological awareness first; try precision teaching for ten minutes daily."},
     {"How do we adapt maths for a pupil working well below the class?",
      "Use concrete resources and pre-teach the vocabulary; review in six weeks."}},
    {{"A pupil rarely speaks in class and struggles with instructions.",
      "Give instructions in short chunks with visuals; set up a talking partner."},
     {"Transitions and changes to routine lead to distress.",
      "Introduce a visual timetable and warn of changes the day before."}},
    {{"Dysregulation after break times is leading to internal exclusions.",
      "Plan a calm start after break with a key adult; track triggers for three weeks."},
     {"Attendance is falling and the pupil says school is too noisy.",
      "Agree a quiet base and a soft start; meet the family with Early Help."}},
    {{"A pupil with a hearing loss misses group discussion.",
      "Seat them near the speaker, check the radio aid daily, repeat others' answers."},
     {"Fine motor difficulties make written work very slow.",
      "Try a sloped board and pencil grips; allow typed work for longer pieces."}},
};

constexpr const char *roles[] = {"Class teacher", "Head teacher", "Teaching assistant",
                                 "Early years practitioner"};

struct Weighted
{
    const char *value;
    int weight;
};

constexpr Weighted signposts[] = {
    {"early_help", 40}, {"health", 30}, {"local_offer", 20}, {"other_service", 10}};

} // namespace

struct DemoDropin::Impl
{
    Impl(DemoDropin &owner, Database &database)
        : d(owner)
        , db(database)
    {}

    DemoDropin &d;
    Database &db;
    struct Setting
    {
        QUuid id;
        QString senco, phase, urn;
        QUuid group;
        QList<QUuid> children;
    };
    QMap<QString, QList<Setting>> settingsByDistrict; // ordered: the same seed, the same data
    QMap<QString, QList<QUuid>> teachersByDistrict;
    QMap<QString, QString> townOf;
    QMap<QUuid, QList<std::pair<QDate, QUuid>>> meetingsByGroup; // by date
    QMap<std::pair<QUuid, QUuid>, int> referralsAt;              // (meeting, setting)
    QSet<std::pair<QUuid, QUuid>> childrenAt;                    // (meeting, child)

    int pick(int n) { return int(d.m_random.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    template<size_t N>
    const char *weighted(const Weighted (&items)[N])
    {
        int total = 0;
        for (const Weighted &item : items)
            total += item.weight;
        int r = pick(total);
        for (const Weighted &item : items) {
            if (r < item.weight)
                return item.value;
            r -= item.weight;
        }
        return items[0].value;
    }

    void read()
    {
        Statement settings(db.handle(),
                           QStringLiteral("SELECT s.id, s.district_code, s.senco_name, s.phase, "
                                          "s.urn, m.group_id FROM setting s LEFT JOIN "
                                          "lift_group_setting m ON m.setting_id = s.id "
                                          "WHERE s.status = 'open' ORDER BY s.id"));
        QMap<QUuid, std::pair<QString, int>> where;
        while (settings.step()) {
            const QString district = settings.text(1);
            QList<Setting> &list = settingsByDistrict[district];
            where.insert(QUuid::fromRfc4122(settings.blob(0)), {district, int(list.size())});
            list.append({QUuid::fromRfc4122(settings.blob(0)),
                         settings.text(2),
                         settings.text(3),
                         settings.text(4),
                         QUuid::fromRfc4122(settings.blob(5)),
                         {}});
        }
        Statement children(db.handle(),
                           QStringLiteral("SELECT id, setting_id FROM child ORDER BY id"));
        while (children.step()) {
            const auto at = where.constFind(QUuid::fromRfc4122(children.blob(1)));
            if (at != where.cend())
                settingsByDistrict[at->first][at->second].children.append(
                    QUuid::fromRfc4122(children.blob(0)));
        }
        Statement teachers(db.handle(),
                           QStringLiteral("SELECT id, district_code FROM staff WHERE role = "
                                          "'specialist_teacher' AND district_code IS NOT NULL "
                                          "ORDER BY id"));
        while (teachers.step())
            teachersByDistrict[teachers.text(1)].append(QUuid::fromRfc4122(teachers.blob(0)));
        Statement towns(db.handle(), QStringLiteral("SELECT code, name FROM district"));
        while (towns.step())
            townOf.insert(towns.text(0), towns.text(1));
        Statement meetings(db.handle(), QStringLiteral("SELECT group_id, meets_on, id FROM "
                                                       "lift_meeting ORDER BY meets_on, id"));
        while (meetings.step())
            meetingsByGroup[QUuid::fromRfc4122(meetings.blob(0))].append(
                {meetings.date(1), QUuid::fromRfc4122(meetings.blob(2))});
        Statement referrals(db.handle(), QStringLiteral("SELECT meeting_id, setting_id, child_id "
                                                        "FROM lift_referral"));
        while (referrals.step()) {
            const QUuid meeting = QUuid::fromRfc4122(referrals.blob(0));
            ++referralsAt[{meeting, QUuid::fromRfc4122(referrals.blob(1))}];
            if (!referrals.isNull(2))
                childrenAt.insert({meeting, QUuid::fromRfc4122(referrals.blob(2))});
        }
    }

    // The first meeting of the setting's group that takes a referral
    // received on `received`; null when there is none or the setting has
    // brought three already.
    QUuid meetingFor(const Setting &setting, QDate received)
    {
        const bool earlyYears = isEarlyYearsSetting(setting.phase, setting.urn);
        for (const auto &[meetsOn, meeting] : meetingsByGroup.value(setting.group))
            if (liftReferralDeadline(meetsOn, earlyYears) >= received)
                return referralsAt.value({meeting, setting.id}) < 3 ? meeting : QUuid();
        return {};
    }

    void consult(QUuid session, int slot, QDate heldOn, int dimension, bool held,
                 const QString &district, QUuid teacher)
    {
        const QList<Setting> &settings = settingsByDistrict[district];
        if (settings.isEmpty())
            return;
        const Setting &setting = settings[pick(int(settings.size()))];
        const bool senco = !setting.senco.isEmpty() && chance(70);
        QVariantMap c{{QStringLiteral("session_id"), session},
                      {QStringLiteral("slot"), slot},
                      {QStringLiteral("setting_id"), setting.id},
                      {QStringLiteral("asker_name"), senco ? setting.senco : d.m_personName()},
                      {QStringLiteral("asker_role"),
                       senco ? QStringLiteral("SENCO")
                             : QString::fromLatin1(roles[pick(int(std::size(roles)))])}};
        QUuid child;
        const int about = pick(100);
        if (about < 45 && !setting.children.isEmpty()) {
            child = setting.children[pick(int(setting.children.size()))];
            c.insert(QStringLiteral("child_id"), child);
        } else if (about < 75) {
            const QString letters = QStringLiteral("ABCDEFGHJKLMNPRSTW");
            c.insert(QStringLiteral("child_initials"),
                     QStringLiteral("%1.%2.").arg(letters[pick(int(letters.size()))],
                                                  letters[pick(int(letters.size()))]));
        } else {
            c.insert(QStringLiteral("cohort"), QStringLiteral("Year %1").arg(1 + pick(6)));
            c.insert(QStringLiteral("cohort_size"), 4 + pick(27));
        }
        const auto &exchange = exchanges[dimension][pick(2)];
        c.insert(QStringLiteral("question"), QString::fromLatin1(exchange.first));
        QString followUp = QStringLiteral("none");
        const QUuid id = d.m_store.database().environment().newId();
        if (held) {
            c.insert(QStringLiteral("advice"), QString::fromLatin1(exchange.second));
            const int next = pick(100);
            const bool agreed = !child.isNull() && consentInForce(db, child, heldOn);
            if (next < 15 && (child.isNull() || agreed))
                followUp = referToLift(id, c, setting, heldOn, child)
                               ? QStringLiteral("lift_referral")
                               : followUp;
            else if (next < 40) {
                followUp = QStringLiteral("signpost");
                const QString to = QString::fromLatin1(weighted(signposts));
                c.insert(QStringLiteral("signpost_to"), to);
                if (to == u"other_service")
                    c.insert(QStringLiteral("signpost_detail"),
                             QStringLiteral("The school nursing service, for a health review"));
            } else if (next < 45 && agreed) {
                followUp = QStringLiteral("involvement");
                openInvolvement(id, c, setting, heldOn, child, teacher);
            }
        }
        c.insert(QStringLiteral("follow_up"), followUp);
        if (followUp == u"lift_referral")
            c.insert(QStringLiteral("lift_referral_id"), dropinFollowUpId(id, "lift_referral"));
        if (followUp == u"involvement")
            c.insert(QStringLiteral("involvement_id"), dropinFollowUpId(id, "involvement"));
        d.m_store.insert(u"dropin_consultation", c, id);
        ++d.m_counts.consultations;
    }

    bool referToLift(QUuid consultation, const QVariantMap &c, const Setting &setting, QDate heldOn,
                     QUuid child)
    {
        const QUuid meeting = meetingFor(setting, heldOn);
        if (meeting.isNull() || (!child.isNull() && childrenAt.contains({meeting, child})))
            return false;
        QVariantMap referral{
            {QStringLiteral("meeting_id"), meeting},
            {QStringLiteral("child_id"), child.isNull() ? QVariant() : QVariant(child)},
            {QStringLiteral("setting_id"), setting.id},
            {QStringLiteral("cohort"), c.value(QStringLiteral("cohort"))},
            {QStringLiteral("referrer_name"), c.value(QStringLiteral("asker_name"))},
            {QStringLiteral("received_on"), heldOn.toString(Qt::ISODate)},
            {QStringLiteral("tried"), QStringLiteral("Advice at the drop-in of %1: %2")
                                          .arg(heldOn.toString(QStringLiteral("dd/MM/yyyy")),
                                               c.value(QStringLiteral("advice")).toString())},
            {QStringLiteral("question"), c.value(QStringLiteral("question"))}};
        // The panel has met on the ones whose meeting is past.
        const QDate meetsOn = storedDate(
            recordValue(db, QStringLiteral("lift_meeting"), QStringLiteral("meets_on"), meeting));
        if (meetsOn < d.m_today)
            referral.insert(QStringLiteral("decision_code"),
                            QString::fromLatin1(chance(60) ? "advice" : "training"));
        d.m_store.insert(u"lift_referral", referral,
                         dropinFollowUpId(consultation, "lift_referral"));
        ++referralsAt[{meeting, setting.id}];
        if (!child.isNull())
            childrenAt.insert({meeting, child});
        ++d.m_counts.liftReferrals;
        return true;
    }

    void openInvolvement(QUuid consultation, const QVariantMap &c, const Setting &setting,
                         QDate heldOn, QUuid child, QUuid teacher)
    {
        const QDate closed = heldOn.addDays(120);
        QVariantMap involvement{
            {QStringLiteral("child_id"), child},
            {QStringLiteral("setting_id"), setting.id},
            {QStringLiteral("service_line_code"), QStringLiteral("district")},
            {QStringLiteral("route"), QStringLiteral("drop_in_follow_up")},
            {QStringLiteral("best_endeavours"), c.value(QStringLiteral("advice"))},
            {QStringLiteral("teacher_id"), teacher},
            {QStringLiteral("opened_on"), heldOn.toString(Qt::ISODate)}};
        if (closed < d.m_today) {
            involvement.insert(QStringLiteral("status"), QStringLiteral("closed"));
            involvement.insert(QStringLiteral("closed_on"), closed.toString(Qt::ISODate));
            involvement.insert(QStringLiteral("closure_reason"),
                               QStringLiteral("Advice in place; outcomes met"));
        } else {
            involvement.insert(QStringLiteral("status"), QStringLiteral("active"));
        }
        d.m_store.insert(u"involvement", involvement,
                         dropinFollowUpId(consultation, "involvement"));
        ++d.m_counts.involvements;
    }

    void run()
    {
        read();
        const QDate first(AcademicYear::startYear(d.m_today) - 4, 9, 7);
        const QDate last = d.m_today.addDays(84);
        int dimension = 0;
        for (auto district = settingsByDistrict.cbegin(); district != settingsByDistrict.cend();
             ++district) {
            const QList<QUuid> teachers = teachersByDistrict.value(district.key());
            // About every fortnight, on a weekday; none in August or over Christmas.
            for (QDate day = first.addDays(pick(10)); day <= last;
                 day = day.addDays(12 + pick(5))) {
                while (day.dayOfWeek() > 5)
                    day = day.addDays(1);
                if (day.month() == 8 || (day.month() == 12 && day.day() >= 20) ||
                    (day.month() == 1 && day.day() <= 3))
                    continue;
                const bool online = chance(25);
                const int slotCount = chance(20) ? 8 : 6;
                const bool held = day < d.m_today;
                const QUuid session = d.m_store.insert(
                    u"dropin_session",
                    {{QStringLiteral("district_code"), district.key()},
                     {QStringLiteral("held_on"), day.toString(Qt::ISODate)},
                     {QStringLiteral("starts_at"),
                      QString::fromLatin1(chance(60) ? "15:30" : "09:30")},
                     {QStringLiteral("place"),
                      online
                          ? QStringLiteral("https://meet.example.org/stls-%1").arg(district.key())
                          : QStringLiteral("%1 Library").arg(townOf.value(district.key()))},
                     {QStringLiteral("online"), online ? 1 : 0},
                     {QStringLiteral("dimension_code"), QString::fromLatin1(dimensions[dimension])},
                     {QStringLiteral("slot_minutes"), slotCount == 8 ? 20 : 30},
                     {QStringLiteral("slot_count"), slotCount}});
                ++d.m_counts.sessions;
                QUuid lead;
                if (!teachers.isEmpty()) {
                    lead = teachers[pick(int(teachers.size()))];
                    d.m_store.insert(u"dropin_staff", {{QStringLiteral("session_id"), session},
                                                       {QStringLiteral("staff_id"), lead}});
                    const QUuid second = teachers[pick(int(teachers.size()))];
                    if (second != lead && chance(40))
                        d.m_store.insert(u"dropin_staff", {{QStringLiteral("session_id"), session},
                                                           {QStringLiteral("staff_id"), second}});
                }
                const int booked = held ? slotCount / 2 + pick(slotCount / 2 + 1) : pick(4);
                for (int slot = 1; slot <= std::min(booked, slotCount); ++slot)
                    consult(session, slot, day, dimension, held, district.key(), lead);
                dimension = (dimension + 1) % int(std::size(dimensions));
            }
        }
    }
};

DemoDropin::DemoDropin(Store &store, QRandomGenerator &random, QDate today,
                       std::function<QString()> personName)
    : m_store(store)
    , m_random(random)
    , m_today(today)
    , m_personName(std::move(personName))
{}

void DemoDropin::run()
{
    Impl impl(*this, m_store.database());
    impl.run();
}

} // namespace casebook
