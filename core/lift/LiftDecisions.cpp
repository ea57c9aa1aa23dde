#include "LiftDecisions.h"

#include "LiftIntake.h"
#include "LiftRecords.h"
#include "casework/CaseworkRecords.h"
#include "commands/EditSession.h"
#include "common/Error.h"
#include "records/RecordKind.h"
#include "sync/Store.h"

#include <QCoreApplication>

namespace casebook {

namespace {

struct LiftDecisionsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::LiftDecisions)
};

// What a carried referral keeps of the one deferred.
const char *const carriedFields[] = {
    "child_id",          "setting_id",        "cohort",         "referrer_name",
    "received_on",       "primary_need",      "secondary_need", "tried",
    "apdr_evidence",     "parent_views",      "question",       "urgent_reason",
    "quota_approved_by", "agreement_override"};

} // namespace

LiftDecisionResult decideLiftReferral(EditSession &session, QUuid referral,
                                      const LiftDecision &decision)
{
    const LiftReferralKind &kind = liftReferralKind();
    const auto record = session.store().read(kind.type().table, referral);
    if (!record)
        throw Error(Error::Kind::NotFound,
                    LiftDecisionsText::tr("There is no LIFT referral with id %1.")
                        .arg(referral.toString(QUuid::WithoutBraces)));
    const QString before = record->value(QStringLiteral("decision_code")).toString();
    if (!record->value(QStringLiteral("involvement_id")).isNull() && decision.outcome != before)
        refuseField(kind.type(), u"decision_code",
                    LiftDecisionsText::tr("the referral has opened an involvement already; "
                                          "close that involvement rather than change the "
                                          "decision."));

    QVariantMap changes{{QStringLiteral("decision_code"), decision.outcome}};
    if (!decision.discussion.trimmed().isEmpty())
        changes.insert(QStringLiteral("discussion"), decision.discussion);
    RecordBatch batch(session, LiftDecisionsText::tr("Decide on %1").arg(kind.label(*record)));
    LiftDecisionResult result;

    // Specialist involvement and intensive support are both casework: they
    // open the case (intensive support's episode is started on it).
    const bool opensCase =
        decision.outcome == u"specialist_involvement" || decision.outcome == u"intensive_support";
    if (opensCase && record->value(QStringLiteral("involvement_id")).isNull()) {
        QStringList evidence;
        for (const char *field : {"tried", "apdr_evidence"})
            if (const QString text = record->value(QString::fromLatin1(field)).toString();
                !text.isEmpty())
                evidence.append(text);
        QVariantMap involvement{
            {QStringLiteral("child_id"), record->value(QStringLiteral("child_id"))},
            {QStringLiteral("setting_id"), record->value(QStringLiteral("setting_id"))},
            {QStringLiteral("service_line_code"), QStringLiteral("district")},
            {QStringLiteral("route"), QStringLiteral("lift")},
            {QStringLiteral("status"), QStringLiteral("accepted")},
            {QStringLiteral("decision"),
             kind.type().requireField(u"decision_code").choiceLabel(decision.outcome)},
            {QStringLiteral("best_endeavours"),
             evidence.isEmpty() ? QVariant() : QVariant(evidence.join(QStringLiteral("\n\n")))}};
        if (!decision.teacher.isNull())
            involvement.insert(QStringLiteral("teacher_id"), decision.teacher);
        result.involvement = batch.add(involvementKind(), involvement);
        changes.insert(QStringLiteral("involvement_id"), result.involvement);
    }
    batch.edit(kind, referral, changes);

    if (decision.outcome == u"deferred" && before != u"deferred") {
        const QUuid meeting =
            QUuid::fromRfc4122(record->value(QStringLiteral("meeting_id")).toByteArray());
        const auto next = nextLiftMeeting(session.database(), meeting);
        if (!next)
            refuseField(kind.type(), u"decision_code",
                        LiftDecisionsText::tr("deferred carries the referral to the group's next "
                                              "meeting, and none is planned yet; plan it first."));
        QVariantMap carried{{QStringLiteral("meeting_id"), next->id},
                            {QStringLiteral("carried_from_id"), referral}};
        for (const char *field : carriedFields)
            carried.insert(QString::fromLatin1(field), record->value(QString::fromLatin1(field)));
        result.carriedTo = batch.add(kind, carried);
    }
    batch.commit();
    return result;
}

} // namespace casebook
