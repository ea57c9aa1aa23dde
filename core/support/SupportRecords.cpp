#include "SupportRecords.h"

#include "common/DisplayDate.h"
#include "common/Error.h"
#include "lift/LiftMeetings.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct SupportRecordsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::SupportRecords)
};

QDate dateOf(const QVariantMap &record, const char *field)
{
    return storedDate(record.value(QString::fromLatin1(field)));
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

SupportEpisodeKind::SupportEpisodeKind()
{
    m_type = {
        QStringLiteral("support_episode"),
        {
            recordIdField("involvement_id", SupportRecordsText::tr("Involvement"),
                          QStringLiteral("involvement"), OnDelete::Cascade, true),
            recordIdField("child_id", SupportRecordsText::tr("Child"), QStringLiteral("child"),
                          OnDelete::Cascade),
            recordIdField("setting_id", SupportRecordsText::tr("Setting (the placement)"),
                          QStringLiteral("setting"), OnDelete::Refuse),
            recordIdField("lift_referral_id", SupportRecordsText::tr("From the LIFT referral"),
                          QStringLiteral("lift_referral"), OnDelete::Keep),
            typedField("starts_on", SupportRecordsText::tr("Starts on"), FieldType::Date),
            typedField("planned_end_on", SupportRecordsText::tr("Planned end"), FieldType::Date,
                       true),
            choiceField("risk", SupportRecordsText::tr("Risk to the placement"),
                        {QStringLiteral("exclusion"), QStringLiteral("reduced_timetable"),
                         QStringLiteral("specialist_provision"), QStringLiteral("other")},
                        {SupportRecordsText::tr("Risk of exclusion"),
                         SupportRecordsText::tr("Reduced timetable"),
                         SupportRecordsText::tr("Risk of moving to specialist provision"),
                         SupportRecordsText::tr("Other")},
                        true),
            textField("risk_detail", SupportRecordsText::tr("The risk, described")),
            paragraphField("interventions", SupportRecordsText::tr("Interventions modelled")),
            choiceField("outcome", SupportRecordsText::tr("Outcome"),
                        {QStringLiteral("kept"), QStringLiteral("kept_reduced_timetable"),
                         QStringLiteral("moved"), QStringLiteral("ended_other")},
                        {SupportRecordsText::tr("Placement kept"),
                         SupportRecordsText::tr("Kept, with a reduced timetable"),
                         SupportRecordsText::tr("Moved"),
                         SupportRecordsText::tr("Ended another way")}),
            textField("outcome_detail", SupportRecordsText::tr("Where to, or how it ended")),
            typedField("ended_on", SupportRecordsText::tr("Ended on"), FieldType::Date),
            typedField("check_due_on", SupportRecordsText::tr("Follow-up check due"),
                       FieldType::Date),
            choiceField("check_result", SupportRecordsText::tr("At the check"),
                        {QStringLiteral("in_place"), QStringLiteral("not_in_place")},
                        {SupportRecordsText::tr("Still in place"),
                         SupportRecordsText::tr("No longer in place")}),
            typedField("checked_on", SupportRecordsText::tr("Checked on"), FieldType::Date),
        },
        SupportRecordsText::tr("intensive support episode")};
}

QString SupportEpisodeKind::label(const QVariantMap &record) const
{
    return SupportRecordsText::tr("intensive support from %1")
        .arg(dateText(dateOf(record, "starts_on")));
}

void SupportEpisodeKind::validate(Database &db, QUuid id, QVariantMap &record,
                                  const EditOptions &) const
{
    // The child and the placement are the involvement's.
    const QUuid involvement = storedId(record.value(QStringLiteral("involvement_id")));
    const QVariant child =
        recordValue(db, QStringLiteral("involvement"), QStringLiteral("child_id"), involvement);
    if (child.isNull())
        refuseField(m_type, u"involvement_id",
                    SupportRecordsText::tr("intensive support is for a child's placement; this "
                                           "involvement is for a whole setting."));
    record.insert(QStringLiteral("child_id"), child);
    if (record.value(QStringLiteral("setting_id")).isNull())
        record.insert(QStringLiteral("setting_id"),
                      recordValue(db, QStringLiteral("involvement"), QStringLiteral("setting_id"),
                                  involvement));
    if (id.isNull() && record.value(QStringLiteral("lift_referral_id")).isNull())
        if (const auto opening = liftReferralOpening(db, involvement))
            record.insert(QStringLiteral("lift_referral_id"), opening->id.toRfc4122());

    if (record.value(QStringLiteral("starts_on")).isNull())
        record.insert(QStringLiteral("starts_on"), iso(db.environment().today()));
    const QDate starts = dateOf(record, "starts_on");
    if (dateOf(record, "planned_end_on") < starts)
        refuseField(m_type, u"planned_end_on",
                    SupportRecordsText::tr("%1 is before the episode starts (%2).")
                        .arg(dateText(dateOf(record, "planned_end_on")), dateText(starts)));
    if (record.value(QStringLiteral("risk")).toString() == u"other" &&
        record.value(QStringLiteral("risk_detail")).isNull())
        refuseField(m_type, u"risk_detail", SupportRecordsText::tr("describe the risk."));

    const QString outcome = record.value(QStringLiteral("outcome")).toString();
    if (outcome.isEmpty()) {
        if (!record.value(QStringLiteral("ended_on")).isNull())
            refuseField(m_type, u"outcome",
                        SupportRecordsText::tr("an episode closes with its outcome; give it."));
        if (!record.value(QStringLiteral("check_result")).isNull())
            refuseField(m_type, u"check_result",
                        SupportRecordsText::tr("the follow-up check comes after the episode "
                                               "ends; give its outcome first."));
        // One open episode of an involvement at a time.
        Statement open(db.handle(),
                       QStringLiteral("SELECT starts_on FROM support_episode WHERE "
                                      "involvement_id = ? AND outcome IS NULL AND id <> ?"));
        open.bindBlob(1, involvement.toRfc4122());
        open.bindBlob(2, id.toRfc4122());
        if (open.step())
            refuseField(m_type, u"involvement_id",
                        SupportRecordsText::tr("the involvement has an episode open since %1; "
                                               "end it first.")
                            .arg(dateText(open.date(0))));
        return;
    }
    if (record.value(QStringLiteral("ended_on")).isNull())
        record.insert(QStringLiteral("ended_on"), iso(db.environment().today()));
    const QDate ended = dateOf(record, "ended_on");
    if (ended < starts)
        refuseField(m_type, u"ended_on",
                    SupportRecordsText::tr("an episode cannot end before it starts (%1).")
                        .arg(dateText(starts)));
    if ((outcome == u"moved" || outcome == u"ended_other") &&
        record.value(QStringLiteral("outcome_detail")).isNull())
        refuseField(m_type, u"outcome_detail",
                    outcome == u"moved" ? SupportRecordsText::tr("say where the child moved.")
                                        : SupportRecordsText::tr("say how the episode ended."));
    if (record.value(QStringLiteral("check_due_on")).isNull())
        record.insert(QStringLiteral("check_due_on"), iso(ended.addDays(CheckAfterDays)));
    if (dateOf(record, "check_due_on") <= ended)
        refuseField(m_type, u"check_due_on",
                    SupportRecordsText::tr("the follow-up check comes after the end (%1).")
                        .arg(dateText(ended)));
    if (!record.value(QStringLiteral("check_result")).isNull()) {
        if (record.value(QStringLiteral("checked_on")).isNull())
            record.insert(QStringLiteral("checked_on"), iso(db.environment().today()));
        if (dateOf(record, "checked_on") <= ended)
            refuseField(m_type, u"checked_on",
                        SupportRecordsText::tr("the follow-up check comes after the end (%1).")
                            .arg(dateText(ended)));
    }
}

SupportCapacityKind::SupportCapacityKind()
{
    m_type = {QStringLiteral("support_capacity"),
              {
                  recordIdField("episode_id", SupportRecordsText::tr("Episode"),
                                QStringLiteral("support_episode"), OnDelete::Cascade, true),
                  textField("name", SupportRecordsText::tr("Name"), true),
                  textField("role", SupportRecordsText::tr("Role at the setting")),
                  requiredField(
                      paragraphField("can_now", SupportRecordsText::tr("What they can now do"))),
              },
              SupportRecordsText::tr("capacity built")};
}

QString SupportCapacityKind::label(const QVariantMap &record) const
{
    return SupportRecordsText::tr("capacity built in %1")
        .arg(record.value(QStringLiteral("name")).toString());
}

const SupportEpisodeKind &supportEpisodeKind()
{
    static const SupportEpisodeKind kind;
    return kind;
}

const SupportCapacityKind &supportCapacityKind()
{
    static const SupportCapacityKind kind;
    return kind;
}

CoreFeature supportFeature()
{
    return {QStringLiteral("support"), {&supportEpisodeKind(), &supportCapacityKind()}};
}

} // namespace casebook
