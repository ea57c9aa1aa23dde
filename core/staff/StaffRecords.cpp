#include "StaffRecords.h"

#include "common/Error.h"
#include "storage/Database.h"
#include "storage/LocalSettings.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct StaffRecordsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::StaffRecords)
};

const QString whoAmIKey = QStringLiteral("who_am_i");

} // namespace

StaffKind::StaffKind()
{
    m_type = {
        QStringLiteral("staff"),
        {
            textField("first_name", StaffRecordsText::tr("First name"), true),
            textField("last_name", StaffRecordsText::tr("Last name"), true),
            choiceField("role", StaffRecordsText::tr("Role"), roles(), roleLabels(), true),
            codeField("service_line_code", StaffRecordsText::tr("Service line"),
                      QStringLiteral("service_line")),
            codeField("district_code", StaffRecordsText::tr("District"),
                      QStringLiteral("district")),
            textField("specialisms", StaffRecordsText::tr("Specialisms")),
            textField("email", StaffRecordsText::tr("Email")),
            textField("phone", StaffRecordsText::tr("Phone")),
            choiceField("status", StaffRecordsText::tr("Status"),
                        {QStringLiteral("active"), QStringLiteral("left")},
                        {StaffRecordsText::tr("Active"), StaffRecordsText::tr("Left the service")},
                        true),
        },
        StaffRecordsText::tr("staff member")};
}

QVariantMap StaffKind::defaults() const
{
    return {{QStringLiteral("status"), QStringLiteral("active")}};
}

QStringList StaffKind::roles()
{
    return {QStringLiteral("specialist_teacher"), QStringLiteral("stls_lead"),
            QStringLiteral("county_lead"), QStringLiteral("team_lead"), QStringLiteral("admin")};
}

QStringList StaffKind::roleLabels()
{
    return {StaffRecordsText::tr("Specialist teacher"), StaffRecordsText::tr("STLS lead"),
            StaffRecordsText::tr("County professional lead"), StaffRecordsText::tr("Team lead"),
            StaffRecordsText::tr("Admin")};
}

QString StaffKind::roleLabel(const QString &role)
{
    return staffKind().type().requireField(u"role").choiceLabel(role);
}

QString StaffKind::label(const QVariantMap &record) const
{
    return StaffRecordsText::tr("staff member %1 %2")
        .arg(record.value(QStringLiteral("first_name")).toString(),
             record.value(QStringLiteral("last_name")).toString());
}

void StaffKind::validate(Database &db, QUuid, QVariantMap &record, const EditOptions &) const
{
    // Specialisms are need codes: check each and spell them as the census does.
    const QString text = record.value(QStringLiteral("specialisms")).toString();
    if (text.isEmpty())
        return;
    QStringList known;
    Statement codes(db.handle(), QStringLiteral("SELECT code FROM need_code ORDER BY sort"));
    while (codes.step())
        known.append(codes.text(0));
    QStringList canonical;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString code = part.trimmed().toUpper();
        if (!known.contains(code))
            refuseField(m_type, u"specialisms",
                        StaffRecordsText::tr("“%1” is not a need code; use %2.")
                            .arg(part.trimmed(), known.join(QLatin1String(", "))));
        if (!canonical.contains(code))
            canonical.append(code);
    }
    record.insert(QStringLiteral("specialisms"), canonical.join(u','));
}

const StaffKind &staffKind()
{
    static const StaffKind kind;
    return kind;
}

QList<StaffSummary> listStaff(Database &db)
{
    Statement query(
        db.handle(),
        QStringLiteral(
            "SELECT st.id, st.first_name, st.last_name, st.role, st.service_line_code, "
            "sl.name, st.district_code, d.name, st.specialisms, st.email, st.status "
            "FROM staff st LEFT JOIN service_line sl ON sl.code = st.service_line_code "
            "LEFT JOIN district d ON d.code = st.district_code "
            "ORDER BY st.last_name COLLATE NOCASE, st.first_name COLLATE NOCASE, st.id"));
    QList<StaffSummary> staff;
    while (query.step())
        staff.append({QUuid::fromRfc4122(query.blob(0)), query.text(1), query.text(2),
                      query.text(3), query.text(4), query.text(5), query.text(6), query.text(7),
                      query.text(8), query.text(9), query.text(10)});
    return staff;
}

std::optional<QUuid> whoAmI(Database &db)
{
    Statement query(db.handle(), QStringLiteral("SELECT l.value FROM local_setting l JOIN staff s "
                                                "ON s.id = l.value WHERE l.key = ?"));
    query.bindText(1, whoAmIKey);
    if (query.step())
        return QUuid::fromRfc4122(query.blob(0));
    return std::nullopt;
}

void setWhoAmI(Database &db, QUuid staffId)
{
    Transaction transaction(db);
    Statement exists(db.handle(), QStringLiteral("SELECT 1 FROM staff WHERE id = ?"));
    exists.bindBlob(1, staffId.toRfc4122());
    if (!exists.step())
        throw Error(Error::Kind::NotFound,
                    StaffRecordsText::tr("There is no staff member with id %1.")
                        .arg(staffId.toString(QUuid::WithoutBraces)));
    setLocalSetting(db, whoAmIKey, staffId.toRfc4122());
    transaction.commit();
}

CoreFeature staffFeature()
{
    return {QStringLiteral("staff"), {&staffKind()}};
}

} // namespace casebook
