#pragma once

#include "records/Feature.h"
#include "records/RecordKind.h"

namespace casebook {

// Intensive specialist support (DESIGN.md, "The tiered access model";
// docs/support.md): a time-limited episode for a child whose placement is at
// risk of breakdown, on the child's involvement, and the setting staff whose
// capacity it built. Its sessions are the involvement's contact-log entries
// between its start and its end.

// An episode: the child and setting come from its involvement (a child's
// one), and the LIFT referral whose decision opened that involvement, if
// one did. It starts, ends as planned or not, and closes with an outcome (a
// move says where), on a day not before it started; a follow-up check falls
// after the end (six weeks after unless given) and records whether the
// placement held. One episode of an involvement is open at a time.
class SupportEpisodeKind : public RecordKind
{
public:
    SupportEpisodeKind();
    const RecordType &type() const override { return m_type; }
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;
    bool isStep(const QString &field) const override
    {
        return field == u"outcome" || field == u"check_result";
    }

    // Days from the end to the follow-up check when none is given.
    static constexpr int CheckAfterDays = 42;

private:
    RecordType m_type;
};

// A member of the setting's staff whose capacity an episode built: who, their
// role, and what they can now do.
class SupportCapacityKind : public RecordKind
{
public:
    SupportCapacityKind();
    const RecordType &type() const override { return m_type; }
    QString label(const QVariantMap &record) const override;

private:
    RecordType m_type;
};

const SupportEpisodeKind &supportEpisodeKind();
const SupportCapacityKind &supportCapacityKind();

// Intensive specialist support: episodes and the capacity they built.
CoreFeature supportFeature();

} // namespace casebook
