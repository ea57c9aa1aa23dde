#include "ChildRecords.h"

#include "commands/BatchEditCommand.h"
#include "commands/EditSession.h"
#include "common/Error.h"
#include "domain/AcademicYear.h"
#include "domain/Upn.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Store.h"

#include <QCoreApplication>
#include <QDate>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct ChildRecordsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::ChildRecords)
};

QString dateText(const QVariant &iso)
{
    return QDate::fromString(iso.toString(), Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

ChildKind::ChildKind()
{
    FieldSpec yearGroupOverride = typedField(
        "year_group_override", ChildRecordsText::tr("Year group override"), FieldType::Integer);
    for (int year = -3; year <= 14; ++year) {
        yearGroupOverride.choices.append(QString::number(year));
        yearGroupOverride.choiceLabels.append(AcademicYear::label(year));
    }
    m_type = {
        QStringLiteral("child"),
        {
            textField("first_name", ChildRecordsText::tr("First name"), true),
            textField("last_name", ChildRecordsText::tr("Last name"), true),
            typedField("date_of_birth", ChildRecordsText::tr("Date of birth"), FieldType::Date,
                       true),
            textField("upn", ChildRecordsText::tr("UPN")),
            recordIdField("setting_id", ChildRecordsText::tr("Setting"), QStringLiteral("setting"),
                          OnDelete::Refuse),
            yearGroupOverride,
            codeField("sen_provision", ChildRecordsText::tr("SEN provision"),
                      QStringLiteral("sen_provision")),
            codeField("primary_need", ChildRecordsText::tr("Primary need"),
                      QStringLiteral("need_code")),
            codeField("secondary_need", ChildRecordsText::tr("Secondary need"),
                      QStringLiteral("need_code")),
            choiceField("status", ChildRecordsText::tr("Status"), statuses(), statusLabels(), true),
            textField("notes", ChildRecordsText::tr("Notes")),
        },
        ChildRecordsText::tr("child")};
}

QVariantMap ChildKind::defaults() const
{
    return {{QStringLiteral("status"), QStringLiteral("active")}};
}

QStringList ChildKind::statuses()
{
    return {QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("left")};
}

QStringList ChildKind::statusLabels()
{
    return {ChildRecordsText::tr("Active"), ChildRecordsText::tr("Inactive"),
            ChildRecordsText::tr("Left the service")};
}

QString ChildKind::label(const QVariantMap &record) const
{
    return ChildRecordsText::tr("child %1 %2")
        .arg(record.value(QStringLiteral("first_name")).toString(),
             record.value(QStringLiteral("last_name")).toString());
}

void ChildKind::validate(Database &db, QUuid id, QVariantMap &record,
                         const EditOptions &options) const
{
    const QDate born =
        QDate::fromString(record.value(QStringLiteral("date_of_birth")).toString(), Qt::ISODate);
    const QDate today = db.environment().today();
    if (born > today)
        throw Error(Error::Kind::Invalid,
                    ChildRecordsText::tr("Date of birth (date_of_birth): %1 is in the future.")
                        .arg(dateText(born)));
    if (born < today.addYears(-26))
        throw Error(Error::Kind::Invalid,
                    ChildRecordsText::tr(
                        "Date of birth (date_of_birth): %1 is more than 25 years ago; the service "
                        "works with children and young people up to 25.")
                        .arg(dateText(born)));

    const QVariant upnValue = record.value(QStringLiteral("upn"));
    if (!upnValue.isNull()) {
        const UpnCheck upn = Upn::check(upnValue.toString());
        if (!upn.valid)
            throw Error(Error::Kind::Invalid,
                        ChildRecordsText::tr("UPN (upn): “%1” is not valid: %2")
                            .arg(upnValue.toString(), upn.error));
        record.insert(QStringLiteral("upn"), upn.normalised);
        // Only a new or changed UPN is checked: a pair confirmed as two children
        // stays editable.
        Statement current(db.handle(), QStringLiteral("SELECT upn FROM child WHERE id = ?"));
        current.bindBlob(1, id.toRfc4122());
        const bool unchanged = current.step() && current.text(0) == upn.normalised;
        if (!unchanged && !options.confirmedNotDuplicate) {
            Statement same(db.handle(),
                           QStringLiteral("SELECT first_name, last_name, date_of_birth FROM child "
                                          "WHERE upn = ? AND id <> ? LIMIT 1"));
            same.bindText(1, upn.normalised);
            same.bindBlob(2, id.toRfc4122());
            if (same.step())
                throw Error(
                    Error::Kind::Duplicate,
                    ChildRecordsText::tr("UPN (upn): %1 already belongs to %2 %3, born %4.")
                        .arg(upn.normalised, same.text(0), same.text(1), dateText(same.text(2))));
        }
    }

    const QVariant primary = record.value(QStringLiteral("primary_need"));
    if (!primary.isNull() && primary == record.value(QStringLiteral("secondary_need")))
        throw Error(Error::Kind::Invalid,
                    ChildRecordsText::tr(
                        "Secondary need (secondary_need): it is the same as the primary need."));

    const QVariant override = record.value(QStringLiteral("year_group_override"));
    if (!override.isNull() && (override.toLongLong() < -3 || override.toLongLong() > 14))
        throw Error(Error::Kind::Invalid,
                    ChildRecordsText::tr(
                        "Year group override (year_group_override): %1 is not a year group; use "
                        "−3 to −1 for pre-school and nursery, 0 for Reception, 1 to 14 for Year 1 "
                        "to Year 14.")
                        .arg(override.toLongLong()));
}

ChildContactKind::ChildContactKind()
{
    m_type = {QStringLiteral("child_contact"),
              {
                  recordIdField("child_id", ChildRecordsText::tr("Child"), QStringLiteral("child"),
                                OnDelete::Cascade, true),
                  textField("name", ChildRecordsText::tr("Name"), true),
                  textField("relationship", ChildRecordsText::tr("Relationship")),
                  textField("phone", ChildRecordsText::tr("Phone")),
                  textField("email", ChildRecordsText::tr("Email")),
                  textField("address", ChildRecordsText::tr("Address")),
                  typedField("parental_responsibility",
                             ChildRecordsText::tr("Parental responsibility"), FieldType::Boolean),
              },
              ChildRecordsText::tr("child’s contact")};
}

QString ChildContactKind::label(const QVariantMap &record) const
{
    return ChildRecordsText::tr("contact %1").arg(record.value(QStringLiteral("name")).toString());
}

ConsentKind::ConsentKind()
{
    m_type = {QStringLiteral("consent"),
              {
                  recordIdField("child_id", ChildRecordsText::tr("Child"), QStringLiteral("child"),
                                OnDelete::Cascade, true),
                  textField("given_by", ChildRecordsText::tr("Given by"), true),
                  typedField("given_on", ChildRecordsText::tr("Given on"), FieldType::Date, true),
                  textField("scope", ChildRecordsText::tr("Scope")),
                  typedField("withdrawn_on", ChildRecordsText::tr("Withdrawn on"), FieldType::Date),
                  textField("withdrawn_by", ChildRecordsText::tr("Withdrawn by")),
              },
              ChildRecordsText::tr("agreement to engage")};
}

QString ConsentKind::label(const QVariantMap &record) const
{
    return ChildRecordsText::tr("agreement to engage from %1")
        .arg(record.value(QStringLiteral("given_by")).toString());
}

void ConsentKind::validate(Database &db, QUuid, QVariantMap &record, const EditOptions &) const
{
    const QDate given =
        QDate::fromString(record.value(QStringLiteral("given_on")).toString(), Qt::ISODate);
    const QVariant withdrawnValue = record.value(QStringLiteral("withdrawn_on"));
    if (given > db.environment().today())
        throw Error(
            Error::Kind::Invalid,
            ChildRecordsText::tr("Given on (given_on): %1 is in the future.").arg(dateText(given)));
    if (!withdrawnValue.isNull()) {
        const QDate withdrawn = QDate::fromString(withdrawnValue.toString(), Qt::ISODate);
        if (withdrawn < given)
            throw Error(Error::Kind::Invalid,
                        ChildRecordsText::tr(
                            "Withdrawn on (withdrawn_on): %1 is before the agreement was given "
                            "(%2).")
                            .arg(dateText(withdrawn), dateText(given)));
    }
}

QUuid findChild(Database &db, const QString &idOrUpn)
{
    const QUuid id = QUuid::fromString(idOrUpn);
    if (!id.isNull()) {
        Statement exists(db.handle(), QStringLiteral("SELECT 1 FROM child WHERE id = ?"));
        exists.bindBlob(1, id.toRfc4122());
        if (exists.step())
            return id;
        throw Error(Error::Kind::NotFound,
                    ChildRecordsText::tr("There is no child with id %1.").arg(idOrUpn));
    }
    Statement byUpn(db.handle(), QStringLiteral("SELECT id FROM child WHERE upn = ? ORDER BY id"));
    byUpn.bindText(1, idOrUpn.trimmed().toUpper().remove(u' '));
    QList<QUuid> found;
    while (byUpn.step())
        found.append(QUuid::fromRfc4122(byUpn.blob(0)));
    if (found.isEmpty())
        throw Error(Error::Kind::NotFound,
                    ChildRecordsText::tr("There is no child with UPN or id “%1”.").arg(idOrUpn));
    if (found.size() > 1) {
        QStringList ids;
        for (const auto &f : found)
            ids.append(f.toString(QUuid::WithoutBraces));
        throw Error(Error::Kind::Invalid,
                    ChildRecordsText::tr("UPN %1 belongs to %2 children; give the id of one: %3.")
                        .arg(idOrUpn)
                        .arg(found.size())
                        .arg(ids.join(QLatin1String(", "))));
    }
    return found.first();
}

void deleteChild(EditSession &session, QUuid id)
{
    if (!session.store().exists(u"child", id))
        throw Error(Error::Kind::NotFound, ChildRecordsText::tr("There is no child with id %1.")
                                               .arg(id.toString(QUuid::WithoutBraces)));
    deleteRecord(session, childKind(), id); // with their cases, contacts and consent
}

const ChildKind &childKind()
{
    static const ChildKind kind;
    return kind;
}

const ChildContactKind &childContactKind()
{
    static const ChildContactKind kind;
    return kind;
}

const ConsentKind &consentKind()
{
    static const ConsentKind kind;
    return kind;
}

CoreFeature childrenFeature()
{
    return {QStringLiteral("children"), {&childKind(), &childContactKind(), &consentKind()}};
}

} // namespace casebook
