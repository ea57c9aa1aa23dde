#include "LiftRecords.h"

#include "LiftIntake.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct LiftRecordsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::LiftRecords)
};

QString today(Database &db)
{
    return db.environment().today().toString(Qt::ISODate);
}

// The same date for a field that is empty: an approval, a circulation, an
// action done.
void dateTodayWhenEmpty(Database &db, QVariantMap &record, const QString &field)
{
    if (record.value(field).isNull())
        record.insert(field, today(db));
}

} // namespace

LiftGroupKind::LiftGroupKind()
{
    m_type = {QStringLiteral("lift_group"),
              {
                  textField("name", LiftRecordsText::tr("Name"), true),
                  requiredField(codeField("district_code", LiftRecordsText::tr("District"),
                                          QStringLiteral("district"))),
              },
              LiftRecordsText::tr("LIFT group")};
}

QString LiftGroupKind::label(const QVariantMap &record) const
{
    return LiftRecordsText::tr("LIFT group %1")
        .arg(record.value(QStringLiteral("name")).toString());
}

LiftGroupSettingKind::LiftGroupSettingKind()
{
    m_type = {QStringLiteral("lift_group_setting"),
              {
                  recordIdField("group_id", LiftRecordsText::tr("LIFT group"),
                                QStringLiteral("lift_group"), OnDelete::Cascade, true),
                  recordIdField("setting_id", LiftRecordsText::tr("Setting"),
                                QStringLiteral("setting"), OnDelete::Cascade, true),
              },
              LiftRecordsText::tr("LIFT group member")};
}

QString LiftGroupSettingKind::label(const QVariantMap &) const
{
    return LiftRecordsText::tr("setting in a LIFT group");
}

void LiftGroupSettingKind::validate(Database &db, QUuid id, QVariantMap &record,
                                    const EditOptions &) const
{
    Statement other(db.handle(), QStringLiteral("SELECT g.name FROM lift_group_setting m "
                                                "JOIN lift_group g ON g.id = m.group_id "
                                                "WHERE m.setting_id = ? AND m.id <> ?"));
    other.bindBlob(1, record.value(QStringLiteral("setting_id")).toByteArray());
    other.bindBlob(2, id.toRfc4122());
    if (other.step())
        refuseField(m_type, u"setting_id",
                    LiftRecordsText::tr("the setting is in the LIFT group %1 already; a setting "
                                        "is in one group.")
                        .arg(other.text(0)));
}

LiftMeetingKind::LiftMeetingKind()
{
    m_type = {
        QStringLiteral("lift_meeting"),
        {
            recordIdField("group_id", LiftRecordsText::tr("LIFT group"),
                          QStringLiteral("lift_group"), OnDelete::Refuse, true),
            typedField("meets_on", LiftRecordsText::tr("Date"), FieldType::Date, true),
            textField("starts_at", LiftRecordsText::tr("Starts at")),
            textField("place", LiftRecordsText::tr("Place or link")),
            typedField("online", LiftRecordsText::tr("Online"), FieldType::Boolean),
            recordIdField("chair_id", LiftRecordsText::tr("Chair"), QStringLiteral("staff"),
                          OnDelete::Keep),
            recordIdField("minute_taker_id", LiftRecordsText::tr("Minute taker"),
                          QStringLiteral("staff"), OnDelete::Keep),
            choiceField("status", LiftRecordsText::tr("Status"), statuses(),
                        {LiftRecordsText::tr("Planned"), LiftRecordsText::tr("Agenda closed"),
                         LiftRecordsText::tr("Held"), LiftRecordsText::tr("Minutes approved"),
                         LiftRecordsText::tr("Circulated")},
                        true),
            recordIdField("approved_by", LiftRecordsText::tr("Minutes approved by"),
                          QStringLiteral("staff"), OnDelete::Keep),
            typedField("approved_on", LiftRecordsText::tr("Minutes approved on"), FieldType::Date),
            typedField("circulated_on", LiftRecordsText::tr("Circulated on"), FieldType::Date),
        },
        LiftRecordsText::tr("LIFT meeting")};
}

QVariantMap LiftMeetingKind::defaults() const
{
    return {{QStringLiteral("status"), QStringLiteral("planned")}, {QStringLiteral("online"), 0}};
}

QStringList LiftMeetingKind::statuses()
{
    return {QStringLiteral("planned"), QStringLiteral("agenda_closed"), QStringLiteral("held"),
            QStringLiteral("minutes_approved"), QStringLiteral("circulated")};
}

QStringList LiftMeetingKind::nextStatuses(const QString &from)
{
    if (from == u"agenda_closed") // a referral that comes late may still go on
        return {QStringLiteral("planned"), QStringLiteral("held")};
    const QStringList all = statuses();
    const qsizetype at = all.indexOf(from);
    return at >= 0 && at + 1 < all.size() ? QStringList{all.at(at + 1)} : QStringList{};
}

QString LiftMeetingKind::label(const QVariantMap &record) const
{
    const QDate date =
        QDate::fromString(record.value(QStringLiteral("meets_on")).toString(), Qt::ISODate);
    return LiftRecordsText::tr("LIFT meeting of %1")
        .arg(date.toString(QStringLiteral("dd/MM/yyyy")));
}

void LiftMeetingKind::validate(Database &db, QUuid id, QVariantMap &record,
                               const EditOptions &) const
{
    checkTimeField(m_type, u"starts_at", record);
    const QString status = record.value(QStringLiteral("status")).toString();
    if (id.isNull()) {
        if (status != u"planned")
            refuseField(m_type, u"status", LiftRecordsText::tr("a new meeting starts planned."));
    } else {
        const QString before =
            recordValue(db, m_type.table, QStringLiteral("status"), id).toString();
        checkStatusMove(m_type, u"status", LiftRecordsText::tr("a meeting"), before, status,
                        nextStatuses(before));
    }
    const qsizetype reached = statuses().indexOf(status);
    if (reached >= statuses().indexOf(QStringLiteral("minutes_approved"))) {
        if (record.value(QStringLiteral("approved_by")).isNull())
            refuseField(m_type, u"approved_by",
                        LiftRecordsText::tr("say who approved the minutes (the chair)."));
        dateTodayWhenEmpty(db, record, QStringLiteral("approved_on"));
    }
    if (status == u"circulated")
        dateTodayWhenEmpty(db, record, QStringLiteral("circulated_on"));
}

LiftReferralKind::LiftReferralKind()
{
    const QStringList decisions = {QStringLiteral("advice"),
                                   QStringLiteral("training"),
                                   QStringLiteral("school_support"),
                                   QStringLiteral("specialist_involvement"),
                                   QStringLiteral("early_help"),
                                   QStringLiteral("health_advice"),
                                   QStringLiteral("intensive_support"),
                                   QStringLiteral("declined_best_endeavours"),
                                   QStringLiteral("deferred")};
    const QStringList decisionLabels = {LiftRecordsText::tr("Advice to take back and try"),
                                        LiftRecordsText::tr("Training"),
                                        LiftRecordsText::tr("Support from another school"),
                                        LiftRecordsText::tr("Specialist involvement"),
                                        LiftRecordsText::tr("Recommend a referral to Early Help"),
                                        LiftRecordsText::tr("Recommend seeking health advice"),
                                        LiftRecordsText::tr("Intensive specialist support"),
                                        LiftRecordsText::tr("Declined: best endeavours not shown"),
                                        LiftRecordsText::tr("Deferred: more information needed")};
    m_type = {
        QStringLiteral("lift_referral"),
        {
            recordIdField("meeting_id", LiftRecordsText::tr("Meeting"),
                          QStringLiteral("lift_meeting"), OnDelete::Cascade, true),
            recordIdField("child_id", LiftRecordsText::tr("Child"), QStringLiteral("child"),
                          OnDelete::Refuse),
            recordIdField("setting_id", LiftRecordsText::tr("Setting"), QStringLiteral("setting"),
                          OnDelete::Refuse),
            textField("cohort", LiftRecordsText::tr("Cohort")),
            textField("referrer_name", LiftRecordsText::tr("Referred by (SENCO)")),
            typedField("received_on", LiftRecordsText::tr("Received on"), FieldType::Date),
            codeField("primary_need", LiftRecordsText::tr("Primary need"),
                      QStringLiteral("need_code")),
            codeField("secondary_need", LiftRecordsText::tr("Secondary need"),
                      QStringLiteral("need_code")),
            paragraphField("tried", LiftRecordsText::tr("What the setting has tried")),
            paragraphField("apdr_evidence",
                           LiftRecordsText::tr("Assess, plan, do, review evidence")),
            paragraphField("parent_views", LiftRecordsText::tr("Parent or carer's views")),
            paragraphField("question", LiftRecordsText::tr("Question for the panel")),
            textField("urgent_reason", LiftRecordsText::tr("Urgent because")),
            recordIdField("quota_approved_by", LiftRecordsText::tr("Extra referral agreed by"),
                          QStringLiteral("staff"), OnDelete::Keep),
            textField("agreement_override",
                      LiftRecordsText::tr("Tabled without an agreement to engage because")),
            typedField("agenda_position", LiftRecordsText::tr("Agenda position"),
                       FieldType::Integer),
            paragraphField("discussion", LiftRecordsText::tr("Discussion")),
            choiceField("decision_code", LiftRecordsText::tr("Decision"), decisions,
                        decisionLabels),
            recordIdField("involvement_id", LiftRecordsText::tr("Involvement opened"),
                          QStringLiteral("involvement"), OnDelete::Keep),
            recordIdField("carried_from_id", LiftRecordsText::tr("Carried from"),
                          QStringLiteral("lift_referral"), OnDelete::Keep),
        },
        LiftRecordsText::tr("LIFT referral")};
    for (FieldSpec &field : m_type.fields)
        if (field.name.endsWith(QLatin1String("_need")))
            field.codeShown = true;
}

QString LiftReferralKind::label(const QVariantMap &record) const
{
    return record.value(QStringLiteral("child_id")).isNull()
               ? LiftRecordsText::tr("LIFT referral of a setting")
               : LiftRecordsText::tr("LIFT referral");
}

void LiftReferralKind::validate(Database &db, QUuid id, QVariantMap &record,
                                const EditOptions &) const
{
    if (record.value(QStringLiteral("received_on")).isNull())
        record.insert(QStringLiteral("received_on"), today(db));
    const QUuid child = storedId(record.value(QStringLiteral("child_id")));
    if (child.isNull() && record.value(QStringLiteral("setting_id")).isNull())
        refuseField(m_type, u"child_id",
                    LiftRecordsText::tr("a referral is for a child, or for a setting or a cohort "
                                        "in it; give one."));
    // For a child, what their record says unless the referral says otherwise.
    if (!child.isNull())
        for (const char *field : {"setting_id", "primary_need", "secondary_need"})
            if (const QString key = QString::fromLatin1(field); record.value(key).isNull())
                record.insert(key, recordValue(db, QStringLiteral("child"), key, child));
    // Once tabled, a referral's decision and notes may be written whatever
    // happens after (an agreement withdrawn); moving it to another meeting
    // tables it again.
    const QVariant meeting = record.value(QStringLiteral("meeting_id"));
    if (id.isNull() || recordValue(db, m_type.table, QStringLiteral("meeting_id"), id) != meeting)
        checkLiftIntake(db, m_type, id, record);
}

LiftAttendanceKind::LiftAttendanceKind()
{
    m_type = {
        QStringLiteral("lift_attendance"),
        {
            recordIdField("meeting_id", LiftRecordsText::tr("Meeting"),
                          QStringLiteral("lift_meeting"), OnDelete::Cascade, true),
            textField("name", LiftRecordsText::tr("Name"), true),
            choiceField(
                "agency_code", LiftRecordsText::tr("Agency"),
                {QStringLiteral("stls_lead"), QStringLiteral("specialist_teacher"),
                 QStringLiteral("senco"), QStringLiteral("educational_psychology"),
                 QStringLiteral("speech_language_therapy"), QStringLiteral("early_help"),
                 QStringLiteral("parent_carer"), QStringLiteral("health"), QStringLiteral("other")},
                {LiftRecordsText::tr("STLS lead"), LiftRecordsText::tr("Specialist teacher"),
                 LiftRecordsText::tr("SENCO (setting)"),
                 LiftRecordsText::tr("Educational psychology"),
                 LiftRecordsText::tr("Speech and language therapy"),
                 LiftRecordsText::tr("Early Help"),
                 LiftRecordsText::tr("Parent or carer representative"),
                 LiftRecordsText::tr("Health"), LiftRecordsText::tr("Other")},
                true),
            textField("agency_name", LiftRecordsText::tr("Agency's name")),
            recordIdField("staff_id", LiftRecordsText::tr("Staff member"), QStringLiteral("staff"),
                          OnDelete::Keep),
            recordIdField("setting_id", LiftRecordsText::tr("Setting"), QStringLiteral("setting"),
                          OnDelete::Keep),
            choiceField(
                "status", LiftRecordsText::tr("Attendance"),
                {QStringLiteral("present"), QStringLiteral("apologies"), QStringLiteral("absent")},
                {LiftRecordsText::tr("Present"), LiftRecordsText::tr("Sent apologies"),
                 LiftRecordsText::tr("Absent")},
                true),
        },
        LiftRecordsText::tr("attendance")};
}

QVariantMap LiftAttendanceKind::defaults() const
{
    return {{QStringLiteral("status"), QStringLiteral("present")}};
}

QString LiftAttendanceKind::label(const QVariantMap &record) const
{
    return LiftRecordsText::tr("attendance of %1")
        .arg(record.value(QStringLiteral("name")).toString());
}

void LiftAttendanceKind::validate(Database &, QUuid, QVariantMap &record, const EditOptions &) const
{
    if (record.value(QStringLiteral("agency_code")).toString() == u"other" &&
        record.value(QStringLiteral("agency_name")).isNull())
        refuseField(m_type, u"agency_name", LiftRecordsText::tr("name the agency."));
}

LiftActionKind::LiftActionKind()
{
    m_type = {
        QStringLiteral("lift_action"),
        {
            recordIdField("meeting_id", LiftRecordsText::tr("Meeting"),
                          QStringLiteral("lift_meeting"), OnDelete::Cascade, true),
            recordIdField("referral_id", LiftRecordsText::tr("Referral"),
                          QStringLiteral("lift_referral"), OnDelete::Cascade),
            requiredField(paragraphField("text", LiftRecordsText::tr("Action"))),
            recordIdField("owner_id", LiftRecordsText::tr("Owner (staff)"), QStringLiteral("staff"),
                          OnDelete::Keep),
            textField("owner_name", LiftRecordsText::tr("Owner (anyone else, with their agency)")),
            typedField("due_on", LiftRecordsText::tr("Due on"), FieldType::Date, true),
            choiceField("status", LiftRecordsText::tr("Status"),
                        {QStringLiteral("open"), QStringLiteral("done"), QStringLiteral("dropped")},
                        {LiftRecordsText::tr("Open"), LiftRecordsText::tr("Done"),
                         LiftRecordsText::tr("Dropped")},
                        true),
            typedField("done_on", LiftRecordsText::tr("Done on"), FieldType::Date),
        },
        LiftRecordsText::tr("LIFT action")};
}

QVariantMap LiftActionKind::defaults() const
{
    return {{QStringLiteral("status"), QStringLiteral("open")}};
}

QString LiftActionKind::label(const QVariantMap &) const
{
    return LiftRecordsText::tr("LIFT action");
}

void LiftActionKind::validate(Database &db, QUuid, QVariantMap &record, const EditOptions &) const
{
    if (record.value(QStringLiteral("owner_id")).isNull() &&
        record.value(QStringLiteral("owner_name")).isNull())
        refuseField(m_type, u"owner_id",
                    LiftRecordsText::tr("say whose action it is: a staff member, or a named "
                                        "person of an agency."));
    if (record.value(QStringLiteral("status")).toString() == u"done")
        dateTodayWhenEmpty(db, record, QStringLiteral("done_on"));
}

const LiftGroupKind &liftGroupKind()
{
    static const LiftGroupKind kind;
    return kind;
}

const LiftGroupSettingKind &liftGroupSettingKind()
{
    static const LiftGroupSettingKind kind;
    return kind;
}

const LiftMeetingKind &liftMeetingKind()
{
    static const LiftMeetingKind kind;
    return kind;
}

const LiftReferralKind &liftReferralKind()
{
    static const LiftReferralKind kind;
    return kind;
}

const LiftAttendanceKind &liftAttendanceKind()
{
    static const LiftAttendanceKind kind;
    return kind;
}

const LiftActionKind &liftActionKind()
{
    static const LiftActionKind kind;
    return kind;
}

QDate liftReferralDeadline(QDate meetsOn, bool earlyYears)
{
    if (earlyYears)
        return meetsOn.addDays(-7);
    // The Wednesday strictly before: a Wednesday meeting's is a week earlier.
    const int back = (meetsOn.dayOfWeek() - Qt::Wednesday + 7) % 7;
    return meetsOn.addDays(-(back == 0 ? 7 : back));
}

bool isEarlyYearsSetting(const QString &phase, const QString &urn)
{
    return phase.compare(QLatin1String("Nursery"), Qt::CaseInsensitive) == 0 ||
           urn.startsWith(QLatin1String("EY"), Qt::CaseInsensitive);
}

CoreFeature liftFeature()
{
    return {QStringLiteral("lift"),
            {&liftGroupKind(), &liftGroupSettingKind(), &liftMeetingKind(), &liftReferralKind(),
             &liftAttendanceKind(), &liftActionKind()}};
}

} // namespace casebook
