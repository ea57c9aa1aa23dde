#pragma once

#include "records/Feature.h"
#include "records/RecordKind.h"

#include <QDate>

namespace casebook {

// LIFT (Local Inclusion Forum Team) meetings: a district's groups of settings,
// their meetings, the referrals tabled with the decision on each, attendance
// by agency and actions (DESIGN.md, "The tiered access model"; Kent's
// published practice in docs/lift.md).

// A group of settings in one district; it meets about six times a year.
class LiftGroupKind : public RecordKind
{
public:
    LiftGroupKind();
    const RecordType &type() const override { return m_type; }
    QString label(const QVariantMap &record) const override;

private:
    RecordType m_type;
};

// A setting's place in a LIFT group. A setting is in one group at most.
class LiftGroupSettingKind : public RecordKind
{
public:
    LiftGroupSettingKind();
    const RecordType &type() const override { return m_type; }
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;

private:
    RecordType m_type;
};

// A meeting of a group. Its status moves planned → agenda closed → held →
// minutes approved → circulated, one step at a time (a closed agenda may
// open again); approving needs who approved (the date defaults to today),
// circulating a date.
class LiftMeetingKind : public RecordKind
{
public:
    LiftMeetingKind();
    const RecordType &type() const override { return m_type; }
    QVariantMap defaults() const override;
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;
    bool isStep(const QString &field) const override { return field == u"status"; }

    static QStringList statuses();
    static QStringList nextStatuses(const QString &from);

private:
    RecordType m_type;
};

// A referral tabled at a meeting, for a child, or for a whole setting or a
// cohort in it, with the meeting's decision. For a child, the setting and
// the needs default to the child's record.
class LiftReferralKind : public RecordKind
{
public:
    LiftReferralKind();
    const RecordType &type() const override { return m_type; }
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;
    bool isStep(const QString &field) const override { return field == u"decision_code"; }

private:
    RecordType m_type;
};

// Who came to a meeting, for which agency: present, sent apologies or absent.
// An agency of "other" is named.
class LiftAttendanceKind : public RecordKind
{
public:
    LiftAttendanceKind();
    const RecordType &type() const override { return m_type; }
    QVariantMap defaults() const override;
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;

private:
    RecordType m_type;
};

// An action agreed at a meeting: what, whose (a staff member or a named
// person of an agency), by when, and whether it is done (on a date).
class LiftActionKind : public RecordKind
{
public:
    LiftActionKind();
    const RecordType &type() const override { return m_type; }
    QVariantMap defaults() const override;
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;

private:
    RecordType m_type;
};

const LiftGroupKind &liftGroupKind();
const LiftGroupSettingKind &liftGroupSettingKind();
const LiftMeetingKind &liftMeetingKind();
const LiftReferralKind &liftReferralKind();
const LiftAttendanceKind &liftAttendanceKind();
const LiftActionKind &liftActionKind();

// The last day a referral reaches the STLS admin for a meeting on `meetsOn`:
// for a school the Wednesday before the meeting, for an early-years setting
// seven days before.
QDate liftReferralDeadline(QDate meetsOn, bool earlyYears);
// Whether a setting is early years: its phase is Nursery, or it has an
// Ofsted URN (EY…).
bool isEarlyYearsSetting(const QString &phase, const QString &urn);

// LIFT meetings: groups, meetings, referrals with decisions, attendance, actions.
CoreFeature liftFeature();

} // namespace casebook
