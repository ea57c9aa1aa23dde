#pragma once

#include "records/Feature.h"
#include "records/RecordKind.h"

#include <QDate>

#include <optional>

namespace casebook {

// An involvement (a case) for one child or a whole setting (DESIGN.md, "Main
// records"). Rules:
// - a child or a setting; for a child, the setting defaults to the child's,
//   and opening one needs an agreement to engage in force;
// - the route fits the service line: only a line that takes direct referrals
//   (sensory) has them; the others come through LIFT or a drop-in follow-up;
// - the status follows its life cycle, referred → accepted or declined →
//   active → closed, and a move it does not allow is refused with the moves
//   it does; closing needs a date (not before opening, not in the future) and
//   a reason.
class InvolvementKind : public RecordKind
{
public:
    InvolvementKind();
    const RecordType &type() const override { return m_type; }
    QVariantMap defaults() const override;
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;
    bool isStep(const QString &field) const override { return field == u"status"; }

    static QStringList statuses();
    // The statuses an involvement that is `from` may move to.
    static QStringList nextStatuses(const QString &from);

private:
    RecordType m_type;
};

// An expected outcome agreed for an involvement: baseline, target, next review.
class OutcomeKind : public RecordKind
{
public:
    OutcomeKind();
    const RecordType &type() const override { return m_type; }
    QString label(const QVariantMap &record) const override;

private:
    RecordType m_type;
};

// One review of an outcome, rated by Goal Attainment Scaling (−2 … +2).
class OutcomeReviewKind : public RecordKind
{
public:
    OutcomeReviewKind();
    const RecordType &type() const override { return m_type; }
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;

    static QString ratingLabel(int rating);

private:
    RecordType m_type;
};

// One entry of an involvement's contact log. A new entry is refused on a
// closed or declined involvement, and on a child's once the agreement to
// engage is withdrawn (the entries before stay). Linked outcomes must be the
// involvement's own.
class ContactLogKind : public RecordKind
{
public:
    ContactLogKind();
    const RecordType &type() const override { return m_type; }
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;

private:
    RecordType m_type;
};

const InvolvementKind &involvementKind();
const OutcomeKind &outcomeKind();
const OutcomeReviewKind &outcomeReviewKind();
const ContactLogKind &contactLogKind();

// The agreement to engage in force for a child on `date`: its given_on, or
// nothing (with the latest withdrawal date in `withdrawnOn`, when there was one).
std::optional<QDate> consentInForce(Database &db, QUuid child, QDate date,
                                    QDate *withdrawnOn = nullptr);

// What a new contact-log entry starts with: today, the staff member using
// this installation, and the type of the last entry made here.
QVariantMap contactDefaults(Database &db);
// Remembers the type for the next entry's default (never synced).
void rememberContactType(Database &db, const QString &type);

// Casework: involvements, their outcomes and reviews, the contact log.
CoreFeature caseworkFeature();

} // namespace casebook
