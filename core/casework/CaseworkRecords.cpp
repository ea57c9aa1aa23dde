#include "CaseworkRecords.h"

#include "common/DisplayDate.h"
#include "common/Error.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"
#include "storage/LocalSettings.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct CaseworkRecordsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::CaseworkRecords)
};

const QString lastContactTypeKey = QStringLiteral("last_contact_type");

void checkNotFuture(Database &db, const RecordType &type, QStringView field,
                    const QVariantMap &record)
{
    const QDate date = storedDate(record.value(field.toString()));
    if (date.isValid() && date > db.environment().today())
        refuseField(type, field,
                    CaseworkRecordsText::tr("%1 is in the future.").arg(dateText(date)));
}

} // namespace

InvolvementKind::InvolvementKind()
{
    m_type = {
        QStringLiteral("involvement"),
        {
            recordIdField("child_id", CaseworkRecordsText::tr("Child"), QStringLiteral("child"),
                          OnDelete::Cascade),
            recordIdField("setting_id", CaseworkRecordsText::tr("Setting"),
                          QStringLiteral("setting"), OnDelete::Refuse),
            requiredField(codeField("service_line_code", CaseworkRecordsText::tr("Service line"),
                                    QStringLiteral("service_line"))),
            choiceField("route", CaseworkRecordsText::tr("Route in"),
                        {QStringLiteral("lift"), QStringLiteral("sensory_referral"),
                         QStringLiteral("drop_in_follow_up"), QStringLiteral("link_teacher")},
                        {CaseworkRecordsText::tr("LIFT"),
                         CaseworkRecordsText::tr("Direct sensory referral"),
                         CaseworkRecordsText::tr("Drop-in follow-up"),
                         CaseworkRecordsText::tr("Link-teacher work with the setting")},
                        true),
            textField("best_endeavours",
                      CaseworkRecordsText::tr("Setting's own resources and best endeavours")),
            textField("decision", CaseworkRecordsText::tr("Decision")),
            recordIdField("teacher_id", CaseworkRecordsText::tr("Allocated teacher"),
                          QStringLiteral("staff"), OnDelete::Keep),
            choiceField("status", CaseworkRecordsText::tr("Status"), statuses(),
                        {CaseworkRecordsText::tr("Referred"), CaseworkRecordsText::tr("Accepted"),
                         CaseworkRecordsText::tr("Declined"), CaseworkRecordsText::tr("Active"),
                         CaseworkRecordsText::tr("Closed")},
                        true),
            typedField("opened_on", CaseworkRecordsText::tr("Opened on"), FieldType::Date),
            typedField("closed_on", CaseworkRecordsText::tr("Closed on"), FieldType::Date),
            textField("closure_reason", CaseworkRecordsText::tr("Closure reason")),
        },
        CaseworkRecordsText::tr("involvement")};
}

QVariantMap InvolvementKind::defaults() const
{
    return {{QStringLiteral("status"), QStringLiteral("referred")}};
}

QStringList InvolvementKind::statuses()
{
    return {QStringLiteral("referred"), QStringLiteral("accepted"), QStringLiteral("declined"),
            QStringLiteral("active"), QStringLiteral("closed")};
}

QStringList InvolvementKind::nextStatuses(const QString &from)
{
    if (from == u"referred")
        return {QStringLiteral("accepted"), QStringLiteral("declined")};
    if (from == u"accepted")
        return {QStringLiteral("active")};
    if (from == u"active")
        return {QStringLiteral("closed")};
    return {}; // declined and closed are where a case ends
}

QString InvolvementKind::label(const QVariantMap &record) const
{
    return record.value(QStringLiteral("child_id")).isNull()
               ? CaseworkRecordsText::tr("whole-setting involvement")
               : CaseworkRecordsText::tr("involvement");
}

void InvolvementKind::validate(Database &db, QUuid id, QVariantMap &record,
                               const EditOptions &) const
{
    const QString childKey = QStringLiteral("child_id");
    const QString settingKey = QStringLiteral("setting_id");
    if (record.value(childKey).isNull() && record.value(settingKey).isNull())
        refuseField(
            m_type, childKey,
            CaseworkRecordsText::tr("an involvement is for a child or a whole setting; give one."));
    const QUuid child = storedId(record.value(childKey));
    if (!child.isNull() && record.value(settingKey).isNull())
        record.insert(settingKey, recordValue(db, QStringLiteral("child"), settingKey, child));
    if (record.value(QStringLiteral("opened_on")).isNull())
        record.insert(QStringLiteral("opened_on"), db.environment().today().toString(Qt::ISODate));
    checkNotFuture(db, m_type, u"opened_on", record);

    // The route fits the service line.
    const QString line = record.value(QStringLiteral("service_line_code")).toString();
    Statement direct(
        db.handle(),
        QStringLiteral("SELECT direct_referrals, name FROM service_line WHERE code = ?"));
    direct.bindText(1, line);
    const bool takesDirect = direct.step() && direct.int64(0) != 0;
    const QString route = record.value(QStringLiteral("route")).toString();
    if (route == u"sensory_referral" && !takesDirect)
        refuseField(m_type, u"route",
                    CaseworkRecordsText::tr(
                        "%1 takes no direct referrals; its involvements come through LIFT or a "
                        "drop-in follow-up.")
                        .arg(direct.text(1)));

    // The life cycle.
    const QString status = record.value(QStringLiteral("status")).toString();
    if (id.isNull()) {
        if (status == u"closed")
            refuseField(m_type, u"status",
                        CaseworkRecordsText::tr("a new involvement cannot start closed."));
        if (!child.isNull() && !consentInForce(db, child, db.environment().today()))
            refuseField(m_type, childKey,
                        CaseworkRecordsText::tr(
                            "the child has no agreement to engage in force; record one first."));
    } else {
        const QString before =
            recordValue(db, m_type.table, QStringLiteral("status"), id).toString();
        checkStatusMove(m_type, u"status", CaseworkRecordsText::tr("an involvement"), before,
                        status, nextStatuses(before));
    }
    if (status == u"closed") {
        if (record.value(QStringLiteral("closed_on")).isNull())
            record.insert(QStringLiteral("closed_on"),
                          db.environment().today().toString(Qt::ISODate));
        if (record.value(QStringLiteral("closure_reason")).isNull())
            refuseField(m_type, u"closure_reason",
                        CaseworkRecordsText::tr("say why the involvement closes."));
        checkNotFuture(db, m_type, u"closed_on", record);
        if (storedDate(record.value(QStringLiteral("closed_on"))) <
            storedDate(record.value(QStringLiteral("opened_on"))))
            refuseField(m_type, u"closed_on",
                        CaseworkRecordsText::tr("%1 is before the involvement opened (%2).")
                            .arg(dateText(storedDate(record.value(QStringLiteral("closed_on")))),
                                 dateText(storedDate(record.value(QStringLiteral("opened_on"))))));
    } else if (!record.value(QStringLiteral("closed_on")).isNull()) {
        refuseField(m_type, u"closed_on",
                    CaseworkRecordsText::tr("only a closed involvement has a closing date."));
    }
}

OutcomeKind::OutcomeKind()
{
    m_type = {QStringLiteral("outcome"),
              {
                  recordIdField("involvement_id", CaseworkRecordsText::tr("Involvement"),
                                QStringLiteral("involvement"), OnDelete::Cascade, true),
                  textField("description", CaseworkRecordsText::tr("Expected outcome"), true),
                  textField("baseline", CaseworkRecordsText::tr("Baseline")),
                  textField("target", CaseworkRecordsText::tr("Target")),
                  typedField("review_due", CaseworkRecordsText::tr("Review due"), FieldType::Date),
              },
              CaseworkRecordsText::tr("outcome")};
}

QString OutcomeKind::label(const QVariantMap &record) const
{
    return CaseworkRecordsText::tr("outcome “%1”")
        .arg(record.value(QStringLiteral("description")).toString());
}

OutcomeReviewKind::OutcomeReviewKind()
{
    FieldSpec rating =
        typedField("rating", CaseworkRecordsText::tr("Attainment (GAS)"), FieldType::Integer, true);
    for (int r = -2; r <= 2; ++r) {
        rating.choices.append(QString::number(r));
        rating.choiceLabels.append(ratingLabel(r));
    }
    m_type = {
        QStringLiteral("outcome_review"),
        {
            recordIdField("outcome_id", CaseworkRecordsText::tr("Outcome"),
                          QStringLiteral("outcome"), OnDelete::Cascade, true),
            typedField("reviewed_on", CaseworkRecordsText::tr("Reviewed on"), FieldType::Date),
            rating,
            recordIdField("reviewed_by", CaseworkRecordsText::tr("Reviewed by"),
                          QStringLiteral("staff"), OnDelete::Keep),
            textField("notes", CaseworkRecordsText::tr("Notes")),
        },
        CaseworkRecordsText::tr("outcome review")};
}

QString OutcomeReviewKind::ratingLabel(int rating)
{
    switch (rating) {
    case -2:
        return CaseworkRecordsText::tr("−2 much less than expected");
    case -1:
        return CaseworkRecordsText::tr("−1 somewhat less than expected");
    case 0:
        return CaseworkRecordsText::tr("0 as expected");
    case 1:
        return CaseworkRecordsText::tr("+1 somewhat more than expected");
    case 2:
        return CaseworkRecordsText::tr("+2 much more than expected");
    default:
        return QString::number(rating);
    }
}

QString OutcomeReviewKind::label(const QVariantMap &) const
{
    return CaseworkRecordsText::tr("outcome review");
}

void OutcomeReviewKind::validate(Database &db, QUuid, QVariantMap &record,
                                 const EditOptions &) const
{
    // The rating's scale is its choices, checked with the field.
    if (record.value(QStringLiteral("reviewed_on")).isNull())
        record.insert(QStringLiteral("reviewed_on"),
                      db.environment().today().toString(Qt::ISODate));
    checkNotFuture(db, m_type, u"reviewed_on", record);
}

ContactLogKind::ContactLogKind()
{
    m_type = {
        QStringLiteral("contact_log"),
        {
            recordIdField("involvement_id", CaseworkRecordsText::tr("Involvement"),
                          QStringLiteral("involvement"), OnDelete::Cascade, true),
            choiceField("contact_type", CaseworkRecordsText::tr("Type"),
                        {QStringLiteral("visit"), QStringLiteral("observation"),
                         QStringLiteral("assessment"), QStringLiteral("meeting"),
                         QStringLiteral("modelled_intervention"), QStringLiteral("report"),
                         QStringLiteral("call")},
                        {CaseworkRecordsText::tr("Visit"), CaseworkRecordsText::tr("Observation"),
                         CaseworkRecordsText::tr("Assessment"), CaseworkRecordsText::tr("Meeting"),
                         CaseworkRecordsText::tr("Modelled intervention"),
                         CaseworkRecordsText::tr("Report written"),
                         CaseworkRecordsText::tr("Phone or video call")},
                        true),
            typedField("contact_date", CaseworkRecordsText::tr("Date"), FieldType::Date, true),
            recordIdField("staff_id", CaseworkRecordsText::tr("Staff member"),
                          QStringLiteral("staff"), OnDelete::Keep, true),
            typedField("minutes", CaseworkRecordsText::tr("Minutes spent"), FieldType::Integer,
                       true),
            paragraphField("seen", CaseworkRecordsText::tr("What was seen")),
            paragraphField("advice", CaseworkRecordsText::tr("Advice given")),
            paragraphField("next_steps", CaseworkRecordsText::tr("Next steps")),
            textField("outcome_ids", CaseworkRecordsText::tr("Linked outcomes")),
        },
        CaseworkRecordsText::tr("contact-log entry")};
}

QString ContactLogKind::label(const QVariantMap &record) const
{
    return CaseworkRecordsText::tr("%1 on %2")
        .arg(m_type.requireField(u"contact_type")
                 .choiceLabel(record.value(QStringLiteral("contact_type")).toString())
                 .toLower(),
             dateText(storedDate(record.value(QStringLiteral("contact_date")))));
}

void ContactLogKind::validate(Database &db, QUuid id, QVariantMap &record,
                              const EditOptions &) const
{
    checkNotFuture(db, m_type, u"contact_date", record);
    const qint64 minutes = record.value(QStringLiteral("minutes")).toLongLong();
    if (minutes < 1 || minutes > 24 * 60)
        refuseField(m_type, u"minutes",
                    CaseworkRecordsText::tr("%1 is not a number of minutes in a day (1 to 1440).")
                        .arg(minutes));
    // An entry that says nothing tells the next reader nothing.
    const auto said = [&record](const char *field) {
        return !record.value(QString::fromLatin1(field)).toString().trimmed().isEmpty();
    };
    if (!said("seen") && !said("advice") && !said("next_steps"))
        refuseField(
            m_type, u"advice",
            CaseworkRecordsText::tr(
                "write what was seen, the advice given or the next steps; a contact needs at "
                "least one of them."));

    const QUuid involvement = storedId(record.value(QStringLiteral("involvement_id")));
    if (id.isNull()) {
        const QString status =
            recordValue(db, QStringLiteral("involvement"), QStringLiteral("status"), involvement)
                .toString();
        if (status == u"closed" || status == u"declined")
            refuseField(
                m_type, u"involvement_id",
                CaseworkRecordsText::tr("the involvement is %1; new contacts go on an open one.")
                    .arg(involvementKind()
                             .type()
                             .requireField(u"status")
                             .choiceLabel(status)
                             .toLower()));
        const QUuid child = storedId(recordValue(db, QStringLiteral("involvement"),
                                                 QStringLiteral("child_id"), involvement));
        QDate withdrawn;
        const QDate date = storedDate(record.value(QStringLiteral("contact_date")));
        if (!child.isNull() && !consentInForce(db, child, date, &withdrawn))
            refuseField(
                m_type, u"contact_date",
                withdrawn.isValid()
                    ? CaseworkRecordsText::tr(
                          "the agreement to engage was withdrawn on %1; no new contacts can "
                          "be recorded (those before stay).")
                          .arg(dateText(withdrawn))
                    : CaseworkRecordsText::tr("there is no agreement to engage in force on %1.")
                          .arg(dateText(date)));
    }

    // Linked outcomes: the involvement's own, as ids in canonical form.
    const QString linked = record.value(QStringLiteral("outcome_ids")).toString();
    QStringList canonical;
    for (const QString &part : linked.split(u',', Qt::SkipEmptyParts)) {
        const QUuid outcome = QUuid::fromString(part.trimmed());
        if (outcome.isNull() ||
            storedId(recordValue(db, QStringLiteral("outcome"), QStringLiteral("involvement_id"),
                                 outcome)) != involvement)
            refuseField(m_type, u"outcome_ids",
                        CaseworkRecordsText::tr("“%1” is not an outcome of this involvement.")
                            .arg(part.trimmed()));
        canonical.append(outcome.toString(QUuid::WithoutBraces));
    }
    record.insert(QStringLiteral("outcome_ids"),
                  canonical.isEmpty() ? QVariant() : QVariant(canonical.join(u',')));
}

const InvolvementKind &involvementKind()
{
    static const InvolvementKind kind;
    return kind;
}

const OutcomeKind &outcomeKind()
{
    static const OutcomeKind kind;
    return kind;
}

const OutcomeReviewKind &outcomeReviewKind()
{
    static const OutcomeReviewKind kind;
    return kind;
}

const ContactLogKind &contactLogKind()
{
    static const ContactLogKind kind;
    return kind;
}

std::optional<QDate> consentInForce(Database &db, QUuid child, QDate date, QDate *withdrawnOn)
{
    Statement query(db.handle(), QStringLiteral("SELECT given_on, withdrawn_on FROM consent "
                                                "WHERE child_id = ? ORDER BY given_on"));
    query.bindBlob(1, child.toRfc4122());
    std::optional<QDate> inForce;
    QDate latestWithdrawal;
    while (query.step()) {
        const QDate given = QDate::fromString(query.text(0), Qt::ISODate);
        const QDate withdrawn = QDate::fromString(query.text(1), Qt::ISODate);
        if (withdrawn.isValid() && withdrawn > latestWithdrawal)
            latestWithdrawal = withdrawn;
        if (given.isValid() && given <= date && (!withdrawn.isValid() || withdrawn > date))
            inForce = given;
    }
    if (!inForce && withdrawnOn)
        *withdrawnOn = latestWithdrawal;
    return inForce;
}

QVariantMap contactDefaults(Database &db)
{
    QVariantMap values{
        {QStringLiteral("contact_date"), db.environment().today().toString(Qt::ISODate)},
        {QStringLiteral("contact_type"), QStringLiteral("visit")}};
    if (const auto me = whoAmI(db))
        values.insert(QStringLiteral("staff_id"), *me);
    const QString last = localSetting(db, lastContactTypeKey).toString();
    if (contactLogKind().type().requireField(u"contact_type").choices.contains(last))
        values.insert(QStringLiteral("contact_type"), last);
    return values;
}

void rememberContactType(Database &db, const QString &type)
{
    setLocalSetting(db, lastContactTypeKey, type);
}

CoreFeature caseworkFeature()
{
    return {QStringLiteral("casework"),
            {&involvementKind(), &outcomeKind(), &outcomeReviewKind(), &contactLogKind()}};
}

} // namespace casebook
