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

// A name as people match it by eye: no accents, no case, single spaces.
QString foldedName(const QString &name)
{
    QString folded;
    for (const QChar c : name.normalized(QString::NormalizationForm_D))
        if (!c.isMark())
            folded.append(c);
    return folded.simplified().toCaseFolded();
}

} // namespace

void ChildKind::refuseLikelyDuplicate(Database &db, QUuid id, const QVariantMap &record) const
{
    const auto text = [&record](const char *field) {
        return record.value(QString::fromLatin1(field)).toString();
    };
    if (!id.isNull()) {
        // An edit is checked only when it changes who the record says it is.
        Statement current(db.handle(), QStringLiteral("SELECT first_name, last_name, "
                                                      "date_of_birth FROM child WHERE id = ?"));
        current.bindBlob(1, id.toRfc4122());
        if (current.step() && current.text(0) == text("first_name") &&
            current.text(1) == text("last_name") && current.text(2) == text("date_of_birth"))
            return;
    }
    const QString first = foldedName(text("first_name"));
    const QString last = foldedName(text("last_name"));
    const QString upn = text("upn");
    Statement born(db.handle(),
                   QStringLiteral("SELECT c.id, c.first_name, c.last_name, c.upn, s.name FROM "
                                  "child c LEFT JOIN setting s ON s.id = c.setting_id WHERE "
                                  "c.date_of_birth = ? AND c.id <> ?"));
    born.bindText(1, text("date_of_birth"));
    born.bindBlob(2, id.toRfc4122());
    while (born.step()) {
        if (foldedName(born.text(1)) != first || foldedName(born.text(2)) != last)
            continue;
        if (!upn.isEmpty() && !born.isNull(3))
            continue; // two different UPNs: two children
        const QString where =
            born.isNull(4) ? ChildRecordsText::tr("no setting recorded") : born.text(4);
        Error error(Error::Kind::Duplicate,
                    ChildRecordsText::tr("%1 %2, born %3, is already recorded (%4). Is this the "
                                         "same child?")
                        .arg(born.text(1), born.text(2), dateText(text("date_of_birth")), where));
        error.setRecord(QUuid::fromRfc4122(born.blob(0)));
        throw error;
    }
}

ChildKind::ChildKind()
{
    FieldSpec yearGroupOverride = typedField(
        "year_group_override", ChildRecordsText::tr("Year group override"), FieldType::Integer);
    for (int year = -3; year <= 14; ++year) {
        yearGroupOverride.choices.append(QString::number(year));
        yearGroupOverride.choiceLabels.append(AcademicYear::label(year));
    }
    FieldSpec primaryNeed = codeField("primary_need", ChildRecordsText::tr("Primary need"),
                                      QStringLiteral("need_code"));
    FieldSpec secondaryNeed = codeField("secondary_need", ChildRecordsText::tr("Secondary need"),
                                        QStringLiteral("need_code"));
    primaryNeed.codeShown = secondaryNeed.codeShown = true; // census codes: ASD, SLCN …
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
            primaryNeed,
            secondaryNeed,
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
        refuseField(m_type, u"date_of_birth",
                    ChildRecordsText::tr("%1 is in the future.").arg(dateText(born)));
    if (born < today.addYears(-26))
        refuseField(m_type, u"date_of_birth",
                    ChildRecordsText::tr("%1 is more than 25 years ago; the service works with "
                                         "children and young people up to 25.")
                        .arg(dateText(born)));

    const QVariant upnValue = record.value(QStringLiteral("upn"));
    if (!upnValue.isNull()) {
        const UpnCheck upn = Upn::check(upnValue.toString());
        if (!upn.valid)
            refuseField(
                m_type, u"upn",
                ChildRecordsText::tr("“%1” is not valid: %2").arg(upnValue.toString(), upn.error));
        record.insert(QStringLiteral("upn"), upn.normalised);
        // Only a new or changed UPN is checked: a pair confirmed as two children
        // stays editable.
        Statement current(db.handle(), QStringLiteral("SELECT upn FROM child WHERE id = ?"));
        current.bindBlob(1, id.toRfc4122());
        const bool unchanged = current.step() && current.text(0) == upn.normalised;
        if (!unchanged && !options.confirmedNotDuplicate) {
            Statement same(db.handle(),
                           QStringLiteral("SELECT first_name, last_name, date_of_birth, id FROM "
                                          "child WHERE upn = ? AND id <> ? LIMIT 1"));
            same.bindText(1, upn.normalised);
            same.bindBlob(2, id.toRfc4122());
            if (same.step()) {
                Error error(
                    Error::Kind::Duplicate, QStringLiteral("upn"),
                    m_type.requireField(u"upn").label,
                    ChildRecordsText::tr("%1 already belongs to %2 %3, born %4.")
                        .arg(upn.normalised, same.text(0), same.text(1), dateText(same.text(2))));
                error.setRecord(QUuid::fromRfc4122(same.blob(3)));
                throw error;
            }
        }
    }

    if (!options.confirmedNotDuplicate)
        refuseLikelyDuplicate(db, id, record);

    const QVariant primary = record.value(QStringLiteral("primary_need"));
    if (!primary.isNull() && primary == record.value(QStringLiteral("secondary_need")))
        refuseField(m_type, u"secondary_need",
                    ChildRecordsText::tr("it is the same as the primary need."));

    const QVariant override = record.value(QStringLiteral("year_group_override"));
    if (!override.isNull() && (override.toLongLong() < -3 || override.toLongLong() > 14))
        refuseField(m_type, u"year_group_override",
                    ChildRecordsText::tr("%1 is not a year group; use −3 to −1 for pre-school and "
                                         "nursery, 0 for Reception, 1 to 14 for Year 1 to Year 14.")
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
        refuseField(m_type, u"given_on",
                    ChildRecordsText::tr("%1 is in the future.").arg(dateText(given)));
    if (!withdrawnValue.isNull()) {
        const QDate withdrawn = QDate::fromString(withdrawnValue.toString(), Qt::ISODate);
        if (withdrawn < given)
            refuseField(m_type, u"withdrawn_on",
                        ChildRecordsText::tr("%1 is before the agreement was given (%2).")
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
