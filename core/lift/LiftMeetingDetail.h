#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantMap>

namespace casebook {

class Database;
class EditSession;

// A referral as the meeting's agenda and minutes show it: the record as
// stored, its number on the agenda and whom it is about.
struct LiftReferralItem
{
    QUuid id;
    QVariantMap record;
    int number = 0; // its place on the agenda, from 1
    QUuid child;    // null for a whole setting or a cohort
    QString childFirstName, childLastName;
    QDate childBorn;
    QString upn;
    QStringList parents;   // the names of the child's contacts and who agreed to engage
    QStringList addresses; // the child's contacts' addresses
    QString settingName;
    QString needs; // "SLCN Speech, language and communication needs; ASD Autism"

    QString childName() const;
    bool urgent() const;
    QString text(QStringView field) const;
    QDate date(QStringView field) const;
};

// An action with its owner's name and whether it is late.
struct LiftActionItem
{
    QUuid id;
    QVariantMap record;
    QString owner; // the staff member's name, or the named person
    QDate due;
    bool open = false;
    bool overdue = false; // open and due before today
    QUuid referral;
    QUuid child;       // the referral's child, if any
    QString childName; // for an action carried from an earlier meeting
    QDate agreedAt;    // the date of the meeting that agreed it
};

// Everything a meeting's workspace, agenda and minutes show.
struct LiftMeetingDetail
{
    QUuid id;
    QVariantMap record;
    QString groupName, districtCode, districtName;
    QDate meetsOn;
    QString chairName, minuteTakerName, approvedByName;
    QDate schoolDeadline, earlyYearsDeadline;
    // In agenda order: those given a place first, by it; then the urgent, then
    // by setting, by the day they were received and by the child's name.
    QList<LiftReferralItem> referrals;
    // By agency, in the order the attendance field lists them, then by name.
    QList<QPair<QUuid, QVariantMap>> attendance;
    QList<LiftActionItem> actions;        // agreed at this meeting, by due date
    QList<LiftActionItem> carriedActions; // still open from the group's earlier meetings
    QStringList missingAgencies;          // see missingLiftAgencies

    QString text(QStringView field) const;
    QDate date(QStringView field) const;
    const LiftReferralItem *referral(QUuid id) const;
};

// Meeting `meeting` with all it holds; overdue is against `today`. Throws
// Error::Kind::NotFound when there is none.
LiftMeetingDetail loadLiftMeeting(Database &db, QUuid meeting, QDate today);

// Moves `referral` to place `to` (from 1) on its meeting's agenda, numbering
// every referral of the meeting in the order that results, as one undo step.
void moveLiftReferral(EditSession &session, QUuid referral, int to);

} // namespace casebook
