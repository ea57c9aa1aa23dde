#pragma once

#include "records/Feature.h"
#include "records/RecordKind.h"

#include <QTime>

namespace casebook {

// Drop-in clinics: a district's sessions, each led by one dimension of need
// with slots a setting books, the staff who run them, and the consultations
// held in the slots with what followed (DESIGN.md, "The tiered access model";
// docs/dropin.md).

// A session: where and when, the dimension that leads it, and its slots (how
// long, how many). It is in a place, or online (the place then holds the
// link). Its slots cannot shrink below those booked.
class DropinSessionKind : public RecordKind
{
public:
    DropinSessionKind();
    const RecordType &type() const override { return m_type; }
    QVariantMap defaults() const override;
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;

private:
    RecordType m_type;
};

// A member of staff who runs a session, once per session.
class DropinStaffKind : public RecordKind
{
public:
    DropinStaffKind();
    const RecordType &type() const override { return m_type; }
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;

private:
    RecordType m_type;
};

// A consultation in a slot of a session: the setting and who asked there,
// about one child (on record, or by initials) or a cohort (with how many),
// the question, the advice, and the follow-up. A new one takes the first
// free slot; a session with none free refuses it. A LIFT referral or an
// involvement as the follow-up is made with it (saveDropinConsultation in
// DropinFollowUp.h), so the follow-up needs the record it made.
class DropinConsultationKind : public RecordKind
{
public:
    DropinConsultationKind();
    const RecordType &type() const override { return m_type; }
    QVariantMap defaults() const override;
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;

private:
    RecordType m_type;
};

const DropinSessionKind &dropinSessionKind();
const DropinStaffKind &dropinStaffKind();
const DropinConsultationKind &dropinConsultationKind();

// When slot `slot` (from 1) of a session starting at `startsAt` begins.
QTime dropinSlotTime(QTime startsAt, int slotMinutes, int slot);

// Drop-in clinics: sessions, the staff running them, consultations.
CoreFeature dropinFeature();

} // namespace casebook
