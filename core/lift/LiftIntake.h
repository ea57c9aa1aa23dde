#pragma once

#include <QDate>
#include <QUuid>
#include <QVariantMap>

#include <optional>

namespace casebook {

class Database;
struct RecordType;

// One of a group's meetings, by date.
struct LiftMeetingDate
{
    QUuid id;
    QDate meetsOn;
};

// The meeting of the same group that comes next after `meeting`, if one is planned.
std::optional<LiftMeetingDate> nextLiftMeeting(Database &db, QUuid meeting);

// Kent's intake rules for a referral being tabled at its meeting (`record`,
// as it would be stored; `type` is the referral's). Each is refused with what
// to do, naming the field where its recorded override goes:
// - a child's referral needs an agreement to engage in force on the day it
//   was received (agreement_override: why it is tabled without);
// - a setting brings three referrals to a meeting at most (quota_approved_by:
//   the chair who agreed a fourth);
// - a referral received after the meeting's deadline (liftReferralDeadline)
//   waits for the next meeting (urgent_reason: why it cannot).
void checkLiftIntake(Database &db, const RecordType &type, QUuid id, const QVariantMap &record);

} // namespace casebook
