#include "DropinRecords.h"

#include "common/DisplayDate.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct DropinRecordsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::DropinRecords)
};

void refuseBelowOne(const RecordType &type, QStringView field, const QVariantMap &record)
{
    const QVariant value = record.value(field.toString());
    if (!value.isNull() && value.toLongLong() < 1)
        refuseField(type, field, DropinRecordsText::tr("give a number of 1 or more."));
}

// The slots of `session` taken by consultations other than `except`.
QList<int> takenSlots(Database &db, const QByteArray &session, QUuid except)
{
    Statement query(db.handle(), QStringLiteral("SELECT slot FROM dropin_consultation "
                                                "WHERE session_id = ? AND id <> ? ORDER BY slot"));
    query.bindBlob(1, session);
    query.bindBlob(2, except.toRfc4122());
    QList<int> taken;
    while (query.step())
        taken.append(int(query.int64(0)));
    return taken;
}

// Initials typed as "ab", "A B" or "A.B." become "A.B."; refused unless they
// are one to four letters.
QString canonicalInitials(const RecordType &type, const QString &typed)
{
    QString letters = typed;
    letters.remove(QRegularExpression(QStringLiteral("[\\s.]")));
    static const QRegularExpression onlyLetters(QStringLiteral("^\\p{L}{1,4}$"));
    if (!onlyLetters.match(letters).hasMatch())
        refuseField(type, u"child_initials",
                    DropinRecordsText::tr("“%1” are not initials; give one to four letters, "
                                          "such as J.S.")
                        .arg(typed));
    QString dotted;
    for (const QChar letter : letters)
        dotted += letter.toUpper() + u'.';
    return dotted;
}

} // namespace

DropinSessionKind::DropinSessionKind()
{
    m_type = {
        QStringLiteral("dropin_session"),
        {
            requiredField(codeField("district_code", DropinRecordsText::tr("District"),
                                    QStringLiteral("district"))),
            typedField("held_on", DropinRecordsText::tr("Date"), FieldType::Date, true),
            textField("starts_at", DropinRecordsText::tr("Starts at"), true),
            textField("place", DropinRecordsText::tr("Place or link")),
            typedField("online", DropinRecordsText::tr("Online"), FieldType::Boolean),
            requiredField(codeField("dimension_code", DropinRecordsText::tr("Led by the dimension"),
                                    QStringLiteral("need_dimension"))),
            typedField("slot_minutes", DropinRecordsText::tr("Minutes a slot"), FieldType::Integer,
                       true),
            typedField("slot_count", DropinRecordsText::tr("Slots"), FieldType::Integer, true),
        },
        DropinRecordsText::tr("drop-in session")};
}

QVariantMap DropinSessionKind::defaults() const
{
    return {{QStringLiteral("online"), 0},
            {QStringLiteral("slot_minutes"), 30},
            {QStringLiteral("slot_count"), 6}};
}

QString DropinSessionKind::label(const QVariantMap &record) const
{
    return DropinRecordsText::tr("drop-in session of %1")
        .arg(dateText(storedDate(record.value(QStringLiteral("held_on")))));
}

void DropinSessionKind::validate(Database &db, QUuid id, QVariantMap &record,
                                 const EditOptions &) const
{
    checkTimeField(m_type, u"starts_at", record);
    if (!record.value(QStringLiteral("online")).toBool() &&
        record.value(QStringLiteral("place")).isNull())
        refuseField(m_type, u"place",
                    DropinRecordsText::tr("say where the session is held, or that it is online."));
    refuseBelowOne(m_type, u"slot_minutes", record);
    refuseBelowOne(m_type, u"slot_count", record);
    if (id.isNull())
        return;
    const QList<int> taken = takenSlots(db, id.toRfc4122(), QUuid());
    const int count = record.value(QStringLiteral("slot_count")).toInt();
    if (!taken.isEmpty() && taken.last() > count)
        refuseField(m_type, u"slot_count",
                    DropinRecordsText::tr("slot %1 is booked; move or cancel the consultations "
                                          "in the later slots first.")
                        .arg(taken.last()));
}

DropinStaffKind::DropinStaffKind()
{
    m_type = {QStringLiteral("dropin_staff"),
              {
                  recordIdField("session_id", DropinRecordsText::tr("Session"),
                                QStringLiteral("dropin_session"), OnDelete::Cascade, true),
                  recordIdField("staff_id", DropinRecordsText::tr("Staff member"),
                                QStringLiteral("staff"), OnDelete::Keep, true),
              },
              DropinRecordsText::tr("member of staff running a session")};
}

QString DropinStaffKind::label(const QVariantMap &) const
{
    return DropinRecordsText::tr("member of staff running a drop-in session");
}

void DropinStaffKind::validate(Database &db, QUuid id, QVariantMap &record,
                               const EditOptions &) const
{
    Statement other(db.handle(), QStringLiteral("SELECT 1 FROM dropin_staff WHERE session_id = ? "
                                                "AND staff_id = ? AND id <> ?"));
    other.bindBlob(1, record.value(QStringLiteral("session_id")).toByteArray());
    other.bindBlob(2, record.value(QStringLiteral("staff_id")).toByteArray());
    other.bindBlob(3, id.toRfc4122());
    if (other.step())
        refuseField(m_type, u"staff_id", DropinRecordsText::tr("they run this session already."));
}

DropinConsultationKind::DropinConsultationKind()
{
    m_type = {
        QStringLiteral("dropin_consultation"),
        {
            recordIdField("session_id", DropinRecordsText::tr("Session"),
                          QStringLiteral("dropin_session"), OnDelete::Cascade, true),
            typedField("slot", DropinRecordsText::tr("Slot"), FieldType::Integer),
            recordIdField("setting_id", DropinRecordsText::tr("Setting"), QStringLiteral("setting"),
                          OnDelete::Refuse),
            textField("asker_name", DropinRecordsText::tr("Asked by"), true),
            textField("asker_role", DropinRecordsText::tr("Their role at the setting")),
            recordIdField("child_id", DropinRecordsText::tr("Child"), QStringLiteral("child"),
                          OnDelete::Refuse),
            textField("child_initials", DropinRecordsText::tr("Child's initials (not on record)")),
            textField("cohort", DropinRecordsText::tr("Cohort")),
            typedField("cohort_size", DropinRecordsText::tr("Children in the cohort"),
                       FieldType::Integer),
            paragraphField("question", DropinRecordsText::tr("Question")),
            paragraphField("advice", DropinRecordsText::tr("Advice given")),
            choiceField("follow_up", DropinRecordsText::tr("Follow-up"),
                        {QStringLiteral("none"), QStringLiteral("lift_referral"),
                         QStringLiteral("signpost"), QStringLiteral("involvement")},
                        {DropinRecordsText::tr("None"), DropinRecordsText::tr("LIFT referral"),
                         DropinRecordsText::tr("Signposting"),
                         DropinRecordsText::tr("Involvement")},
                        true),
            choiceField("signpost_to", DropinRecordsText::tr("Signposted to"),
                        {QStringLiteral("early_help"), QStringLiteral("health"),
                         QStringLiteral("local_offer"), QStringLiteral("other_service")},
                        {DropinRecordsText::tr("Early Help"), DropinRecordsText::tr("Health"),
                         DropinRecordsText::tr("The local offer"),
                         DropinRecordsText::tr("Another service")}),
            textField("signpost_detail", DropinRecordsText::tr("Service and what was suggested")),
            recordIdField("lift_referral_id", DropinRecordsText::tr("LIFT referral made"),
                          QStringLiteral("lift_referral"), OnDelete::Keep),
            recordIdField("involvement_id", DropinRecordsText::tr("Involvement opened"),
                          QStringLiteral("involvement"), OnDelete::Keep),
        },
        DropinRecordsText::tr("drop-in consultation")};
}

QVariantMap DropinConsultationKind::defaults() const
{
    return {{QStringLiteral("follow_up"), QStringLiteral("none")}};
}

QString DropinConsultationKind::label(const QVariantMap &record) const
{
    return record.value(QStringLiteral("cohort")).isNull()
               ? DropinRecordsText::tr("drop-in consultation")
               : DropinRecordsText::tr("drop-in consultation about a cohort");
}

void DropinConsultationKind::validate(Database &db, QUuid id, QVariantMap &record,
                                      const EditOptions &) const
{
    const QString childKey = QStringLiteral("child_id");
    const QString settingKey = QStringLiteral("setting_id");
    const QUuid child = storedId(record.value(childKey));
    if (!child.isNull() && record.value(settingKey).isNull())
        record.insert(settingKey, recordValue(db, QStringLiteral("child"), settingKey, child));
    if (record.value(settingKey).isNull())
        refuseField(m_type, settingKey, DropinRecordsText::tr("say which setting asked."));

    // About one child, or a cohort.
    const bool initials = !record.value(QStringLiteral("child_initials")).isNull();
    const bool cohort = !record.value(QStringLiteral("cohort")).isNull();
    if (child.isNull() && !initials && !cohort)
        refuseField(m_type, childKey,
                    DropinRecordsText::tr("a consultation is about one child (on record, or by "
                                          "initials) or about a cohort; give one."));
    if (!child.isNull() && initials)
        refuseField(m_type, u"child_initials",
                    DropinRecordsText::tr("the child is on record; initials are for a child the "
                                          "service does not know."));
    if ((!child.isNull() || initials) && cohort)
        refuseField(m_type, u"cohort",
                    DropinRecordsText::tr("a consultation is about one child or about a cohort, "
                                          "not both."));
    if (initials)
        record.insert(
            QStringLiteral("child_initials"),
            canonicalInitials(m_type, record.value(QStringLiteral("child_initials")).toString()));
    if (cohort && record.value(QStringLiteral("cohort_size")).isNull())
        refuseField(m_type, u"cohort_size",
                    DropinRecordsText::tr("say how many children the cohort has."));
    refuseBelowOne(m_type, u"cohort_size", record);

    // A slot of the session, free.
    const QByteArray session = record.value(QStringLiteral("session_id")).toByteArray();
    const QVariant count = recordValue(db, QStringLiteral("dropin_session"),
                                       QStringLiteral("slot_count"), QUuid::fromRfc4122(session));
    const int slotCount = count.toInt();
    const QList<int> taken = takenSlots(db, session, id);
    QVariant chosen = record.value(QStringLiteral("slot"));
    if (chosen.isNull()) {
        for (int free = 1; free <= slotCount && chosen.isNull(); ++free)
            if (!taken.contains(free))
                chosen = free;
        if (chosen.isNull())
            refuseField(m_type, u"slot",
                        DropinRecordsText::tr("the session is fully booked: all %1 slots are "
                                              "taken. Offer another session.")
                            .arg(slotCount));
        record.insert(QStringLiteral("slot"), chosen);
    }
    // Two laptops may book one slot offline; the consultations stay editable
    // until someone moves one.
    const bool moved =
        id.isNull() || recordValue(db, m_type.table, QStringLiteral("slot"), id) != chosen;
    if (moved && (chosen.toInt() < 1 || chosen.toInt() > slotCount))
        refuseField(m_type, u"slot",
                    DropinRecordsText::tr("the session has slots 1 to %1.").arg(slotCount));
    if (moved && taken.contains(chosen.toInt()))
        refuseField(m_type, u"slot",
                    DropinRecordsText::tr("slot %1 is booked already.").arg(chosen.toInt()));

    // What followed.
    const QString followUp = record.value(QStringLiteral("follow_up")).toString();
    if (followUp == u"signpost") {
        const QString to = record.value(QStringLiteral("signpost_to")).toString();
        if (to.isEmpty())
            refuseField(m_type, u"signpost_to", DropinRecordsText::tr("say where you signposted."));
        if (to == u"other_service" && record.value(QStringLiteral("signpost_detail")).isNull())
            refuseField(m_type, u"signpost_detail", DropinRecordsText::tr("name the service."));
    }
    if (followUp == u"lift_referral" && record.value(QStringLiteral("lift_referral_id")).isNull())
        refuseField(m_type, u"follow_up",
                    DropinRecordsText::tr("a LIFT referral as the follow-up is made with the "
                                          "consultation: record it in the consultation dialog, "
                                          "or with `casebook dropin consult`."));
    if (followUp == u"involvement" && record.value(QStringLiteral("involvement_id")).isNull())
        refuseField(m_type, u"follow_up",
                    DropinRecordsText::tr("an involvement as the follow-up is opened with the "
                                          "consultation: record it in the consultation dialog, "
                                          "or with `casebook dropin consult`."));
}

const DropinSessionKind &dropinSessionKind()
{
    static const DropinSessionKind kind;
    return kind;
}

const DropinStaffKind &dropinStaffKind()
{
    static const DropinStaffKind kind;
    return kind;
}

const DropinConsultationKind &dropinConsultationKind()
{
    static const DropinConsultationKind kind;
    return kind;
}

QTime dropinSlotTime(QTime startsAt, int slotMinutes, int slot)
{
    return startsAt.isValid() ? startsAt.addSecs(qint64(slot - 1) * slotMinutes * 60) : QTime();
}

CoreFeature dropinFeature()
{
    return {QStringLiteral("dropin"),
            {&dropinSessionKind(), &dropinStaffKind(), &dropinConsultationKind()}};
}

} // namespace casebook
