#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace casebook {

class Database;

// A LIFT group as a list shows it.
struct LiftGroupSummary
{
    QUuid id;
    QString name;
    QString districtCode;
    QString districtName;
    int settings = 0;
    QDate nextMeeting; // invalid: none planned from today
};

// A meeting as a list shows it, with its referral deadlines.
struct LiftMeetingSummary
{
    QUuid id;
    QUuid group;
    QString groupName;
    QString districtCode;
    QString districtName;
    QDate meetsOn;
    QString startsAt;
    QString place;
    bool online = false;
    QString status;
    int referrals = 0;
    QDate schoolDeadline;
    QDate earlyYearsDeadline;
};

// A setting in a LIFT group: its place there (lift_group_setting) and itself.
struct LiftGroupMember
{
    QUuid id;
    QUuid setting;
    QString name, urn, phase;
};

// One of a child's LIFT referrals, as their page and a later referral list them.
struct LiftReferralHistory
{
    QUuid id;
    QUuid meeting;
    QDate meetsOn;
    QString groupName;
    QString decisionCode; // empty: not decided yet
    QString question;
    bool involvementOpened = false;
};

struct LiftMeetingFilter
{
    QString districtCode; // empty: every district
    QDate from;           // invalid: every date
};

// The agencies a meeting should hear from that nobody present spoke for:
// attendance codes, in the order the attendance field lists them ("other" is
// never missing).
QStringList missingLiftAgencies(Database &db, QUuid meeting);

// The groups, by district then name; only `districtCode`'s when it is given.
QList<LiftGroupSummary> listLiftGroups(Database &db, const QString &districtCode, QDate today);
// The meetings by date, newest last.
QList<LiftMeetingSummary> listLiftMeetings(Database &db, const LiftMeetingFilter &filter);

// The settings of `group`, by name.
QList<LiftGroupMember> listLiftGroupMembers(Database &db, QUuid group);

// The first meeting of the group `setting` is in that still takes referrals
// from it on `today`: planned, and its referral deadline for the setting not
// past. Invalid id when there is none.
LiftMeetingSummary nextLiftMeetingForSetting(Database &db, QUuid setting, QDate today);

// The referral whose decision opened `involvement`, if one did: the case's
// link back to the meeting.
std::optional<LiftReferralHistory> liftReferralOpening(Database &db, QUuid involvement);

// Every LIFT referral of `child`, the newest meeting first.
QList<LiftReferralHistory> listChildLiftReferrals(Database &db, QUuid child);

} // namespace casebook
