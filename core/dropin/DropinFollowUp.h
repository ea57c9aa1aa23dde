#pragma once

#include <QUuid>
#include <QVariantMap>

namespace casebook {

class EditSession;

// Books or records a consultation (a new one when `id` is null; else
// `values` are the fields that change) as one undo step, with what its
// follow-up makes:
// - a LIFT referral: one referral, for the next meeting of the setting's LIFT
//   group that still takes it, filled from the consultation (the child or the
//   cohort, who asked, the question, the advice given as what was tried), by
//   the LIFT intake rules, which may refuse it (no agreement to engage);
// - an involvement: one, referred by the drop-in route, for the child or the
//   whole setting.
// Either is made once: a consultation that has made one keeps it whatever
// its follow-up becomes, and its id comes from the consultation's, so two
// laptops making the same follow-up make the same record. Returns the
// consultation's id.
QUuid saveDropinConsultation(EditSession &session, QUuid id, const QVariantMap &values);

// The id of the record a consultation's follow-up makes ("lift_referral",
// "involvement"): the same on every laptop that makes it.
QUuid dropinFollowUpId(QUuid consultation, const char *what);

} // namespace casebook
