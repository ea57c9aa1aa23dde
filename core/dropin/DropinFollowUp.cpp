#include "DropinFollowUp.h"

#include "DropinRecords.h"
#include "casework/CaseworkRecords.h"
#include "commands/EditSession.h"
#include "common/DisplayDate.h"
#include "common/Error.h"
#include "lift/LiftMeetings.h"
#include "lift/LiftRecords.h"
#include "records/RecordKind.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Store.h"

#include <QCoreApplication>

namespace casebook {

namespace {

struct DropinFollowUpText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::DropinFollowUp)
};

QDate sessionDate(Database &db, const QVariantMap &consultation)
{
    return storedDate(recordValue(db, QStringLiteral("dropin_session"), QStringLiteral("held_on"),
                                  storedId(consultation.value(QStringLiteral("session_id")))));
}

// "Advice at the drop-in of 04/03/2026: …", for what the referral or the
// involvement says the setting has tried.
QString adviceGiven(Database &db, const QVariantMap &consultation)
{
    const QString advice = consultation.value(QStringLiteral("advice")).toString();
    if (advice.isEmpty())
        return {};
    return DropinFollowUpText::tr("Advice at the drop-in of %1: %2")
        .arg(dateText(sessionDate(db, consultation)), advice);
}

// The question, with who the child is when the service does not know them.
QString questionAsked(const QVariantMap &consultation)
{
    const QString question = consultation.value(QStringLiteral("question")).toString();
    const QString initials = consultation.value(QStringLiteral("child_initials")).toString();
    if (initials.isEmpty())
        return question;
    return DropinFollowUpText::tr("About a child not yet known to the service (%1). %2")
        .arg(initials, question)
        .trimmed();
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariantMap liftReferralFrom(Database &db, const QVariantMap &consultation)
{
    const QUuid setting = storedId(consultation.value(QStringLiteral("setting_id")));
    const QDate today = db.environment().today();
    const LiftMeetingSummary meeting = nextLiftMeetingForSetting(db, setting, today);
    if (meeting.id.isNull())
        refuseField(dropinConsultationKind().type(), u"follow_up",
                    DropinFollowUpText::tr("the setting's LIFT group has no planned meeting that "
                                           "still takes referrals (or the setting is in no "
                                           "group); plan one on the LIFT page first."));
    return {{QStringLiteral("meeting_id"), meeting.id},
            {QStringLiteral("child_id"), consultation.value(QStringLiteral("child_id"))},
            {QStringLiteral("setting_id"), consultation.value(QStringLiteral("setting_id"))},
            {QStringLiteral("cohort"), consultation.value(QStringLiteral("cohort"))},
            {QStringLiteral("referrer_name"), consultation.value(QStringLiteral("asker_name"))},
            {QStringLiteral("received_on"), today.toString(Qt::ISODate)},
            {QStringLiteral("tried"), orNull(adviceGiven(db, consultation))},
            {QStringLiteral("question"), orNull(questionAsked(consultation))}};
}

QVariantMap involvementFrom(Database &db, const QVariantMap &consultation)
{
    QStringList evidence;
    for (const QString &text : {questionAsked(consultation), adviceGiven(db, consultation)})
        if (!text.isEmpty())
            evidence.append(text);
    return {{QStringLiteral("child_id"), consultation.value(QStringLiteral("child_id"))},
            {QStringLiteral("setting_id"), consultation.value(QStringLiteral("setting_id"))},
            {QStringLiteral("service_line_code"), QStringLiteral("district")},
            {QStringLiteral("route"), QStringLiteral("drop_in_follow_up")},
            {QStringLiteral("status"), QStringLiteral("referred")},
            {QStringLiteral("best_endeavours"), orNull(evidence.join(QStringLiteral("\n\n")))}};
}

} // namespace

QUuid dropinFollowUpId(QUuid consultation, const char *what)
{
    return QUuid::createUuidV5(consultation, QByteArray(what));
}

QUuid saveDropinConsultation(EditSession &session, QUuid id, const QVariantMap &values)
{
    Database &db = session.database();
    const DropinConsultationKind &kind = dropinConsultationKind();
    const bool adding = id.isNull();
    QVariantMap record = kind.defaults();
    if (!adding) {
        const auto stored = session.store().read(kind.type().table, id);
        if (!stored)
            throw Error(Error::Kind::NotFound,
                        DropinFollowUpText::tr("There is no drop-in consultation with id %1.")
                            .arg(id.toString(QUuid::WithoutBraces)));
        record = *stored;
    }
    record.insert(checkedValues(db, kind.type(), values));
    const QUuid child = storedId(record.value(QStringLiteral("child_id")));
    if (!child.isNull() && record.value(QStringLiteral("setting_id")).isNull())
        record.insert(
            QStringLiteral("setting_id"),
            recordValue(db, QStringLiteral("child"), QStringLiteral("setting_id"), child));
    const QUuid consultation = adding ? db.environment().newId() : id;
    QVariantMap changes = values;

    RecordBatch batch(session, adding
                                   ? DropinFollowUpText::tr("Book %1").arg(kind.label(record))
                                   : DropinFollowUpText::tr("Record %1").arg(kind.label(record)));
    const QString followUp = record.value(QStringLiteral("follow_up")).toString();
    const auto makeOnce = [&](const char *field, const RecordKind &made, const char *what,
                              const QVariantMap &madeValues) {
        const QString key = QString::fromLatin1(field);
        if (!record.value(key).isNull())
            return;
        const QUuid madeId = dropinFollowUpId(consultation, what);
        if (!session.store().read(made.type().table, madeId)) {
            try {
                batch.add(made, madeValues, {}, madeId);
            } catch (const Error &error) {
                // Said as the consultation's: its form has no field of the other record.
                if (error.kind() != Error::Kind::Invalid)
                    throw;
                refuseField(kind.type(), u"follow_up",
                            DropinFollowUpText::tr("the %1 cannot be made. %2")
                                .arg(made.noun(), error.message()));
            }
        }
        changes.insert(key, madeId);
    };
    if (followUp == u"lift_referral")
        makeOnce("lift_referral_id", liftReferralKind(), "lift_referral",
                 liftReferralFrom(db, record));
    else if (followUp == u"involvement")
        makeOnce("involvement_id", involvementKind(), "involvement", involvementFrom(db, record));

    if (adding)
        batch.add(kind, changes, {}, consultation);
    else
        batch.edit(kind, id, changes);
    batch.commit();
    return consultation;
}

} // namespace casebook
