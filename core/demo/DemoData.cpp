#include "DemoData.h"

#include "DemoCasework.h"
#include "DemoDropin.h"
#include "DemoLift.h"
#include "DemoLinks.h"
#include "DemoNames.h"
#include "DemoSupport.h"
#include "common/Error.h"
#include "domain/AcademicYear.h"
#include "domain/Upn.h"
#include "reference/ReferenceData.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/Store.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct DemoDataText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::DemoData)
};

struct Weighted
{
    const char *value;
    int weight;
};

struct DistrictInfo
{
    const char *code;
    int weight;
    const char *postcode; // an outward code of the district's area
    const char *town;
};

constexpr DistrictInfo districts[] = {
    {"dartford", 7, "DA1", "Dartford"},      {"gravesham", 7, "DA11", "Gravesend"},
    {"sevenoaks", 8, "TN13", "Sevenoaks"},   {"ashford", 9, "TN23", "Ashford"},
    {"dover", 8, "CT16", "Dover"},           {"folkestone", 8, "CT20", "Folkestone"},
    {"canterbury", 10, "CT1", "Canterbury"}, {"swale", 10, "ME10", "Sittingbourne"},
    {"thanet", 9, "CT9", "Margate"},         {"maidstone", 11, "ME14", "Maidstone"},
    {"tonbridge", 9, "TN9", "Tonbridge"},    {"tunbridge_wells", 8, "TN1", "Tunbridge Wells"},
};

enum class Kind { Nursery, Primary, Secondary, Special, SixteenPlus, Pru };

struct SettingShape
{
    Kind kind;
    int count; // of about 700
    const char *phase;
    const char *types; // '|'-separated GIAS types
    int establishmentBase;
};

constexpr SettingShape shapes[] = {
    {Kind::Nursery, 100, "Nursery",
     "Private, voluntary or independent early years setting|Local authority nursery school", 1000},
    {Kind::Primary, 440, "Primary",
     "Community school|Academy converter|Voluntary controlled school|Voluntary aided school|"
     "Academy sponsor led|Foundation school",
     2000},
    {Kind::Secondary, 100, "Secondary",
     "Academy converter|Academy sponsor led|Foundation school|Community school", 4000},
    {Kind::Special, 24, "Not applicable", "Community special school|Foundation special school",
     7000},
    {Kind::SixteenPlus, 20, "16 plus", "Further education|Sixth form centres", 8000},
    {Kind::Pru, 16, "Not applicable", "Pupil referral unit", 1100},
};

struct DemoSetting
{
    QUuid id;
    Kind kind;
    int district;
    QString establishmentNumber;
    int upnSerial = 0;
};

class Generator
{
public:
    Generator(Database &db, const DemoOptions &options)
        : m_db(db)
        , m_store(db)
        , m_random(options.seed)
        , m_options(options)
        , m_today(db.environment().today())
        , m_yearStart(AcademicYear::startYear(m_today))
        , m_casework(m_store, m_random, m_today)
        , m_lift(
              m_store, m_random, m_today, [this] { return personName(); },
              [this] { return place(); })
    {}

    DemoSummary run()
    {
        Transaction transaction(m_db);
        makeSettings();
        makeStaff();
        for (int i = 0; i < m_options.children; ++i)
            makeChild();
        for (const DemoSetting &setting : std::as_const(m_settings))
            m_casework.addSetting(setting.id, setting.district);
        for (const DemoCasework::LiftCase &c : m_casework.liftCases())
            m_lift.addLiftCase(c.involvement, c.child, c.setting, c.opened, c.teacher);
        QStringList codes, names;
        for (const DistrictInfo &d : districts) {
            codes.append(QString::fromLatin1(d.code));
            names.append(QString::fromLatin1(d.town));
        }
        for (const auto &d : ReferenceData::load(m_db).districts)
            if (const qsizetype at = codes.indexOf(d.code); at >= 0)
                names[at] = d.name;
        m_lift.run(codes, names);
        DemoDropin dropin(m_store, m_random, m_today, [this] { return personName(); });
        dropin.run();
        m_summary.supportEpisodes =
            DemoSupport(m_store, m_random, m_today, [this] { return personName(); }).run();
        m_summary.linkTeachers = DemoLinks(m_store, m_random, m_today).run();
        // The laptop belongs to the specialist teacher with the most open cases.
        Statement busiest(m_db.handle(),
                          QStringLiteral("SELECT teacher_id FROM involvement WHERE status IN "
                                         "('referred', 'accepted', 'active') GROUP BY teacher_id "
                                         "ORDER BY count(*) DESC, teacher_id LIMIT 1"));
        if (busiest.step())
            setWhoAmI(m_db, QUuid::fromRfc4122(busiest.blob(0)));
        transaction.commit();
        const DemoCasework::Counts &casework = m_casework.counts();
        m_summary.involvements = casework.involvements;
        m_summary.outcomes = casework.outcomes;
        m_summary.reviews = casework.reviews;
        m_summary.contactLog = casework.contacts;
        const DemoLift::Counts &lift = m_lift.counts();
        m_summary.liftGroups = lift.groups;
        m_summary.liftMeetings = lift.meetings;
        m_summary.liftReferrals = lift.referrals;
        m_summary.liftAttendance = lift.attendance;
        m_summary.liftActions = lift.actions;
        m_summary.dropinSessions = dropin.counts().sessions;
        m_summary.dropinConsultations = dropin.counts().consultations;
        m_summary.liftReferrals += dropin.counts().liftReferrals;
        m_summary.involvements += dropin.counts().involvements;
        return m_summary;
    }

private:
    int pick(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    const QString &from(const QStringList &list) { return list[pick(int(list.size()))]; }
    template<typename T, size_t N>
    int weighted(const T (&items)[N])
    {
        int total = 0;
        for (const auto &item : items)
            total += item.weight;
        int r = pick(total);
        for (size_t i = 0; i < N; ++i) {
            if (r < items[i].weight)
                return int(i);
            r -= items[i].weight;
        }
        return 0;
    }

    QString surname() { return from(demo::surnameStarts()) + from(demo::surnameEnds()); }
    QString place() { return from(demo::placeStarts()) + from(demo::placeEnds()); }
    QString personName() { return from(demo::firstNames()) + u' ' + surname(); }
    QString postcode(int district)
    {
        static const QString letters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
        return QStringLiteral("%1 %2%3%4")
            .arg(QString::fromLatin1(districts[district].postcode))
            .arg(1 + pick(9))
            .arg(letters[pick(int(letters.size()))])
            .arg(letters[pick(int(letters.size()))]);
    }

    QString settingName(Kind kind)
    {
        while (true) {
            const QString p = place();
            QString name;
            switch (kind) {
            case Kind::Nursery:
                name =
                    chance(50)
                        ? p + QStringLiteral(" Day Nursery")
                        : QStringLiteral("Little %1 Pre-school").arg(from(demo::settingFeatures()));
                if (chance(50))
                    name = p + u' ' + from(demo::settingFeatures()) + QStringLiteral(" Nursery");
                break;
            case Kind::Primary:
                name = chance(30) ? QString(p + u' ' + from(demo::settingFeatures())) : p;
                name += QStringLiteral(" Primary School");
                break;
            case Kind::Secondary: {
                const QStringList kinds = {
                    QStringLiteral(" Academy"), QStringLiteral(" Grammar School"),
                    QStringLiteral(" High School"), QStringLiteral(" School")};
                name = p + from(kinds);
                break;
            }
            case Kind::Special:
                name = p + u' ' + from(demo::settingFeatures()) + QStringLiteral(" School");
                break;
            case Kind::SixteenPlus:
                name = p + QStringLiteral(" College");
                break;
            case Kind::Pru:
                name = p + QStringLiteral(" Learning Centre");
                break;
            }
            if (!m_settingNames.contains(name)) {
                m_settingNames.insert(name);
                return name;
            }
        }
    }

    void makeSettings()
    {
        int urn = 700001;
        int ofsted = 500001;
        for (const auto &shape : shapes) {
            const QStringList types = QString::fromLatin1(shape.types).split(u'|');
            for (int i = 0; i < shape.count; ++i) {
                const int district = weighted(districts);
                const QString type = types[i % 8 == 0 ? pick(int(types.size())) : 0];
                const bool earlyYears = type.startsWith(QLatin1String("Private"));
                const QString name = settingName(shape.kind);
                const QString number = QString::number(shape.establishmentBase + i);
                const QString senco = personName();
                QVariantMap values{
                    {QStringLiteral("urn"),
                     earlyYears ? QStringLiteral("EY%1").arg(ofsted++) : QString::number(urn++)},
                    {QStringLiteral("la_code"), QStringLiteral("886")},
                    {QStringLiteral("establishment_number"), earlyYears ? QVariant() : number},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("establishment_type"), type},
                    {QStringLiteral("phase"), QString::fromLatin1(shape.phase)},
                    {QStringLiteral("district_code"),
                     QString::fromLatin1(districts[district].code)},
                    {QStringLiteral("postcode"), postcode(district)},
                    {QStringLiteral("status"),
                     chance(2) ? QStringLiteral("closed") : QStringLiteral("open")},
                    {QStringLiteral("senco_name"), senco},
                    {QStringLiteral("senco_email"),
                     QStringLiteral("senco@%1.example.org")
                         .arg(name.toLower().remove(u' ').remove(u'\'').left(24))},
                    {QStringLiteral("senco_phone"),
                     QStringLiteral("01632 960%1").arg(pick(1000), 3, 10, QChar(u'0'))},
                };
                const QUuid id = m_store.insert(u"setting", values);
                if (values.value(QStringLiteral("status")).toString() == u"open") {
                    m_settings.append({id, shape.kind, district, number, 0});
                    m_lift.addSetting(id, district, senco);
                }
                ++m_summary.settings;
            }
        }
    }

    void addStaff(const char *role, const char *serviceLine, int district,
                  const QString &specialisms)
    {
        const QString first = from(demo::firstNames());
        const QString last = surname();
        const QUuid id = m_store.insert(
            u"staff",
            {{QStringLiteral("first_name"), first},
             {QStringLiteral("last_name"), last},
             {QStringLiteral("role"), QString::fromLatin1(role)},
             {QStringLiteral("service_line_code"),
              serviceLine ? QVariant(QString::fromLatin1(serviceLine)) : QVariant()},
             {QStringLiteral("district_code"),
              district >= 0 ? QVariant(QString::fromLatin1(districts[district].code)) : QVariant()},
             {QStringLiteral("specialisms"), specialisms.isEmpty() ? QVariant() : specialisms},
             {QStringLiteral("email"), QStringLiteral("%1.%2@stls.example.org")
                                           .arg(first.toLower(), last.toLower().remove(u'\''))},
             {QStringLiteral("status"), QStringLiteral("active")}});
        m_lift.addStaff(id, first + u' ' + last, QString::fromLatin1(role), district);
        if (QLatin1String(role) == QLatin1String("specialist_teacher")) {
            if (!m_me)
                m_me = id;
            m_casework.addTeacher(QString::fromLatin1(serviceLine), district, id);
        }
        ++m_summary.staff;
    }

    void makeStaff()
    {
        const QStringList districtSpecialisms = {
            QStringLiteral("ASD"),      QStringLiteral("SLCN"),    QStringLiteral("SEMH"),
            QStringLiteral("SPLD"),     QStringLiteral("MLD"),     QStringLiteral("ASD,SLCN"),
            QStringLiteral("SEMH,ASD"), QStringLiteral("MLD,SPLD")};
        const QStringList sensory = {QStringLiteral("HI"), QStringLiteral("VI"),
                                     QStringLiteral("MSI"), QStringLiteral("HI,MSI")};
        for (int d = 0; d < int(std::size(districts)); ++d) {
            addStaff("stls_lead", "district", d, {});
            addStaff("admin", nullptr, d, {});
            for (int t = 0; t < 8; ++t)
                addStaff("specialist_teacher", "district", d, from(districtSpecialisms));
        }
        for (int t = 0; t < 10; ++t)
            addStaff("specialist_teacher", "pd", -1, QStringLiteral("PD"));
        for (int t = 0; t < 16; ++t)
            addStaff("specialist_teacher", "sensory", -1, from(sensory));
        addStaff("county_lead", "pd", -1, QStringLiteral("PD"));
        addStaff("county_lead", "sensory", -1, QStringLiteral("HI,VI"));
        for (int a = 0; a < 4; ++a)
            addStaff("team_lead", "district", a * 3, {});
        setWhoAmI(m_db, *m_me);
    }

    Kind settingKindFor(int yearGroup, const QString &provision)
    {
        if (provision == u"E" && chance(25))
            return Kind::Special;
        if (yearGroup < 0)
            return Kind::Nursery;
        if (yearGroup <= 6)
            return Kind::Primary;
        if (yearGroup >= 12 && chance(40))
            return Kind::SixteenPlus;
        if (chance(3))
            return Kind::Pru;
        return Kind::Secondary;
    }

    DemoSetting &settingFor(Kind kind)
    {
        for (int attempt = 0; attempt < 10'000; ++attempt) {
            DemoSetting &s = m_settings[pick(int(m_settings.size()))];
            if (s.kind == kind)
                return s;
        }
        return m_settings[pick(int(m_settings.size()))];
    }

    QString upnFor(DemoSetting &setting, int entryYear)
    {
        const QString lastTwelve = QStringLiteral("886%1%2%3")
                                       .arg(setting.establishmentNumber)
                                       .arg(entryYear % 100, 2, 10, QChar(u'0'))
                                       .arg(++setting.upnSerial % 1000, 3, 10, QChar(u'0'));
        return Upn::checkLetter(lastTwelve) + lastTwelve;
    }

    void makeChild()
    {
        static constexpr Weighted yearGroups[] = {
            {"-2", 2}, {"-1", 4}, {"0", 6}, {"1", 7}, {"2", 8},  {"3", 8},  {"4", 8},  {"5", 8},
            {"6", 8},  {"7", 7},  {"8", 6}, {"9", 6}, {"10", 5}, {"11", 5}, {"12", 2}, {"13", 2}};
        static constexpr Weighted provisions[] = {
            {"K", 55}, {"E", 30}, {"EHC_REQUESTED", 8}, {"N", 7}};
        static constexpr Weighted needs[] = {
            {"ASD", 25}, {"SLCN", 20}, {"SEMH", 17}, {"MLD", 10}, {"SPLD", 8}, {"HI", 4}, {"PD", 4},
            {"SLD", 3},  {"OTH", 3},   {"NSA", 2},   {"VI", 2},   {"PMLD", 1}, {"MSI", 1}};
        static constexpr Weighted statuses[] = {{"active", 85}, {"inactive", 10}, {"left", 5}};

        const int yearGroup = QByteArray(yearGroups[weighted(yearGroups)].value).toInt();
        // Born in the academic year that makes them this year group now.
        const QDate cohortStart(m_yearStart - yearGroup - 5, 9, 1);
        const QDate born = cohortStart.addDays(pick(365));
        const QString provision = QString::fromLatin1(provisions[weighted(provisions)].value);
        const QString primary = QString::fromLatin1(needs[weighted(needs)].value);
        QString secondary;
        if (chance(40)) {
            do
                secondary = QString::fromLatin1(needs[weighted(needs)].value);
            while (secondary == primary);
        }
        DemoSetting &setting = settingFor(settingKindFor(yearGroup, provision));
        const QString last = surname();
        QVariantMap child{
            {QStringLiteral("first_name"), from(demo::firstNames())},
            {QStringLiteral("last_name"), last},
            {QStringLiteral("date_of_birth"), born.toString(Qt::ISODate)},
            {QStringLiteral("setting_id"), setting.id},
            {QStringLiteral("sen_provision"), provision},
            {QStringLiteral("primary_need"), primary},
            {QStringLiteral("secondary_need"), secondary.isEmpty() ? QVariant() : secondary},
            {QStringLiteral("status"), QString::fromLatin1(statuses[weighted(statuses)].value)},
        };
        if (yearGroup >= 0 || chance(50))
            child.insert(QStringLiteral("upn"), upnFor(setting, cohortStart.year() + 5));
        if (chance(3))
            child.insert(QStringLiteral("year_group_override"), yearGroup - 1); // held back a year
        const QUuid id = m_store.insert(u"child", child);
        ++m_summary.children;

        const QStringList relationships = {QStringLiteral("Mother"), QStringLiteral("Father"),
                                           QStringLiteral("Carer"), QStringLiteral("Grandparent"),
                                           QStringLiteral("Foster carer")};
        QString firstContact;
        const int contacts = chance(30) ? 2 : 1;
        for (int c = 0; c < contacts; ++c) {
            const QString first = from(demo::firstNames());
            const QString name = first + u' ' + (chance(80) ? last : surname());
            if (c == 0)
                firstContact = name;
            m_store.insert(
                u"child_contact",
                {{QStringLiteral("child_id"), id},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("relationship"), from(relationships)},
                 {QStringLiteral("phone"),
                  QStringLiteral("07700 900%1").arg(pick(1000), 3, 10, QChar(u'0'))},
                 {QStringLiteral("email"), QStringLiteral("%1.%2@example.org")
                                               .arg(first.toLower(), last.toLower().remove(u'\''))},
                 {QStringLiteral("parental_responsibility"), qint64(chance(90) ? 1 : 0)}});
            ++m_summary.contacts;
        }
        DemoCasework::Child forCasework{id, setting.id, setting.district, primary, {}, {}};
        if (chance(85)) {
            // Given when the service began to work with the child, up to five years ago.
            const QDate given = m_today.addDays(-pick(5 * 365));
            forCasework.consentGiven = given;
            QVariantMap consent{
                {QStringLiteral("child_id"), id},
                {QStringLiteral("given_by"), firstContact},
                {QStringLiteral("given_on"), given.toString(Qt::ISODate)},
                {QStringLiteral("scope"),
                 QStringLiteral("Observation, assessment and advice to the setting")}};
            if (chance(4)) {
                forCasework.consentWithdrawn = given.addDays(pick(int(given.daysTo(m_today)) + 1));
                consent.insert(QStringLiteral("withdrawn_on"),
                               forCasework.consentWithdrawn.toString(Qt::ISODate));
                consent.insert(QStringLiteral("withdrawn_by"), firstContact);
            }
            m_store.insert(u"consent", consent);
            ++m_summary.consents;
            m_lift.addChild(id, setting.id, primary, secondary, forCasework.consentGiven,
                            forCasework.consentWithdrawn);
        }
        m_casework.addChild(forCasework);
    }

    Database &m_db;
    Store m_store;
    QRandomGenerator m_random;
    DemoOptions m_options;
    QDate m_today;
    int m_yearStart;
    QSet<QString> m_settingNames;
    QList<DemoSetting> m_settings;
    std::optional<QUuid> m_me;
    DemoCasework m_casework;
    DemoLift m_lift;
    DemoSummary m_summary;
};

} // namespace

DemoSummary generateDemoData(Database &db, const DemoOptions &options)
{
    Statement existing(db.handle(), QStringLiteral("SELECT (SELECT count(*) FROM setting) + "
                                                   "(SELECT count(*) FROM child)"));
    if (existing.step() && existing.int64(0) > 0)
        throw Error(Error::Kind::Invalid,
                    DemoDataText::tr(
                        "%1 already holds settings or children; demo data goes into a new, empty "
                        "database (casebook --db NEW.sqlite demo).")
                        .arg(db.path()));
    return Generator(db, options).run();
}

} // namespace casebook
