#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QUuid>

#include <functional>

namespace casebook {

class Store;

// Demo LIFT meetings for the settings, staff, children and casework the demo
// makes: two to four groups a district with every open setting in one, six
// meetings a year over five years and a term ahead, a referral for each LIFT
// case at the group's meeting before it opened (decided "specialist
// involvement", linked to the case), other referrals with Kent's other
// outcomes, attendance where educational psychology and speech and language
// therapy are often missing, and actions, the recent ones still open.
class DemoLift
{
public:
    struct Counts
    {
        int groups = 0, meetings = 0, referrals = 0, attendance = 0, actions = 0;
    };

    DemoLift(Store &store, QRandomGenerator &random, QDate today,
             std::function<QString()> personName, std::function<QString()> placeName);

    // A staff member of `district` (-1: a county line's), by name.
    void addStaff(QUuid id, const QString &name, const QString &role, int district);
    void addSetting(QUuid setting, int district, const QString &senco);
    // A child with an agreement to engage from `consent` (until `withdrawn`, if valid).
    void addChild(QUuid child, QUuid setting, const QString &primaryNeed,
                  const QString &secondaryNeed, QDate consent, QDate withdrawn);
    // A case the casework opened through LIFT.
    void addLiftCase(QUuid involvement, QUuid child, QUuid setting, QDate opened, QUuid teacher);

    // Makes it all; the districts' codes and names in district order.
    void run(const QStringList &districtCodes, const QStringList &districtNames);
    const Counts &counts() const { return m_counts; }

private:
    struct Setting
    {
        QUuid id;
        int district = 0;
        QString senco;
        int group = -1;
        QList<int> children; // indexes into m_children
    };
    struct Child
    {
        QUuid id;
        int setting = 0;
        QString primaryNeed, secondaryNeed;
        QDate consent, withdrawn;
        int referrals = 0; // besides their case's
    };
    struct Meeting
    {
        QUuid id;
        int group = 0;
        QDate meetsOn;
        QMap<int, int> referralsBySetting; // ordered: the same seed, the same data
        QSet<QUuid> children;              // one referral a child a meeting
    };
    struct Group
    {
        QUuid id;
        int district = 0;
        QList<int> settings;
        QList<int> meetings; // indexes into m_meetings, by date
    };
    struct Referral
    {
        int meeting = 0, setting = 0;
        QUuid child;
        QString decision; // empty: not decided (a meeting still to come)
        QUuid involvement, teacher, carriedFrom;
        QDate received;
    };

    int pick(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    void makeGroups(const QStringList &districtCodes, const QStringList &districtNames);
    void makeMeetings(int group);
    // The group's last meeting on or before `by` and not before `from`; -1 if none.
    int meetingBetween(int group, QDate from, QDate by) const;
    bool hasRoom(int meeting, int setting) const;
    QUuid insertReferral(const Referral &referral);
    void attend(int meeting, const QList<int> &settings);
    void addActions(QUuid referral, const Referral &r);
    QString statusOf(QDate meetsOn) const;

    Store &m_store;
    QRandomGenerator &m_random;
    QDate m_today;
    std::function<QString()> m_personName, m_placeName;
    QHash<int, QUuid> m_leads, m_admins;
    QHash<QUuid, QString> m_staffNames;
    QHash<int, QList<QUuid>> m_teachers;
    QList<Setting> m_settings;
    QHash<QUuid, int> m_settingIndex;
    QList<Child> m_children;
    QHash<QUuid, int> m_childIndex;
    struct LiftCase
    {
        QUuid involvement, child;
        int setting;
        QDate opened;
        QUuid teacher;
    };
    QList<LiftCase> m_cases;
    QList<Group> m_groups;
    QList<Meeting> m_meetings;
    Counts m_counts;
};

} // namespace casebook
