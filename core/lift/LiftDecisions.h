#pragma once

#include <QString>
#include <QUuid>

namespace casebook {

class EditSession;

// The panel's decision on one referral, as the meeting makes it.
struct LiftDecision
{
    QString outcome;    // a decision_code of lift_referral
    QString discussion; // the summary for the minutes; kept when empty
    QUuid teacher;      // for specialist involvement: the allocated teacher
};

// What the decision made besides itself.
struct LiftDecisionResult
{
    QUuid involvement; // opened by specialist involvement
    QUuid carriedTo;   // the referral carried to the next meeting, when deferred
};

// Records the decision on `referral` as one undo step. Specialist involvement
// and intensive specialist support also open the involvement (the child's or the setting's, route
// LIFT, the referral's evidence as the setting's best endeavours, the allocated teacher), linked
// from the referral; deferred carries the referral to the group's next meeting as a new referral,
// and is refused until one is planned. A referral that has opened an involvement keeps that
// decision.
LiftDecisionResult decideLiftReferral(EditSession &session, QUuid referral,
                                      const LiftDecision &decision);

} // namespace casebook
