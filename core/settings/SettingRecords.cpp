#include "SettingRecords.h"

#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct SettingRecordsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::SettingRecords)
};

} // namespace

SettingKind::SettingKind()
{
    m_type = {
        QStringLiteral("setting"),
        {
            textField("urn", SettingRecordsText::tr("URN")),
            textField("la_code", SettingRecordsText::tr("LA code")),
            textField("establishment_number", SettingRecordsText::tr("Establishment number")),
            textField("name", SettingRecordsText::tr("Name"), true),
            textField("establishment_type", SettingRecordsText::tr("Type of establishment")),
            textField("phase", SettingRecordsText::tr("Phase")),
            codeField("district_code", SettingRecordsText::tr("District"),
                      QStringLiteral("district")),
            textField("postcode", SettingRecordsText::tr("Postcode")),
            choiceField("status", SettingRecordsText::tr("Status"),
                        {QStringLiteral("open"), QStringLiteral("closed")},
                        {SettingRecordsText::tr("Open"), SettingRecordsText::tr("Closed")}, true),
            textField("senco_name", SettingRecordsText::tr("SENCO")),
            textField("senco_email", SettingRecordsText::tr("SENCO email")),
            textField("senco_phone", SettingRecordsText::tr("SENCO phone")),
            typedField("opened_on", SettingRecordsText::tr("Opened on"), FieldType::Date),
            typedField("closed_on", SettingRecordsText::tr("Closed on"), FieldType::Date),
            typedField("pupils_on_roll", SettingRecordsText::tr("Pupils on roll"),
                       FieldType::Integer),
        },
        SettingRecordsText::tr("setting")};
}

QVariantMap SettingKind::defaults() const
{
    return {{QStringLiteral("status"), QStringLiteral("open")}};
}

QString SettingKind::label(const QVariantMap &record) const
{
    return SettingRecordsText::tr("setting %1")
        .arg(record.value(QStringLiteral("name")).toString());
}

void SettingKind::validate(Database &db, QUuid id, QVariantMap &record, const EditOptions &) const
{
    const QVariant urnValue = record.value(QStringLiteral("urn"));
    if (urnValue.isNull())
        return;
    const QString urn = urnValue.toString().toUpper();
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{0,2}[0-9]{5,8}$"));
    if (!shape.match(urn).hasMatch())
        refuseField(
            m_type, u"urn",
            SettingRecordsText::tr("“%1” is not a URN; a DfE URN is digits (e.g. 118234), an "
                                   "Ofsted URN may start with letters (e.g. EY123456).")
                .arg(urnValue.toString()));
    record.insert(QStringLiteral("urn"), urn);
    Statement same(db.handle(),
                   QStringLiteral("SELECT name FROM setting WHERE upper(urn) = ? AND id <> ?"));
    same.bindText(1, urn);
    same.bindBlob(2, id.toRfc4122());
    if (same.step())
        refuseField(m_type, u"urn",
                    SettingRecordsText::tr("%1 already belongs to %2.").arg(urn, same.text(0)));
}

const SettingKind &settingKind()
{
    static const SettingKind kind;
    return kind;
}

QList<SettingSummary> listSettings(Database &db, const SettingFilter &filter)
{
    QString sql = QStringLiteral(
        "SELECT s.id, s.urn, s.name, s.phase, s.establishment_type, s.district_code, d.name, "
        "s.postcode, s.status FROM setting s LEFT JOIN district d ON d.code = s.district_code "
        "WHERE (coalesce(?1, '') = '' OR s.name LIKE ?2 OR s.urn LIKE ?2 OR replace(s.postcode, ' "
        "', '') LIKE "
        "?3) AND (coalesce(?4, '') = '' OR s.district_code = ?4) AND (coalesce(?5, '') = '' OR "
        "s.status = ?5) "
        "ORDER BY s.name COLLATE NOCASE, s.id");
    Statement query(db.handle(), sql);
    const QString text = filter.text.trimmed();
    query.bindText(1, text);
    query.bindText(2, u'%' + text + u'%');
    query.bindText(3, u'%' + QString(text).remove(u' ') + u'%');
    query.bindText(4, filter.districtCode);
    query.bindText(5, filter.status);
    QList<SettingSummary> settings;
    while (query.step()) {
        settings.append({QUuid::fromRfc4122(query.blob(0)), query.text(1), query.text(2),
                         query.text(3), query.text(4), query.text(5), query.text(6), query.text(7),
                         query.text(8)});
    }
    return settings;
}

std::optional<QUuid> findSettingByUrn(Database &db, const QString &urn)
{
    Statement query(db.handle(), QStringLiteral("SELECT id FROM setting WHERE upper(urn) = ?"));
    query.bindText(1, urn.trimmed().toUpper());
    if (query.step())
        return QUuid::fromRfc4122(query.blob(0));
    return std::nullopt;
}

CoreFeature settingsFeature()
{
    return {QStringLiteral("settings"), {&settingKind()}};
}

} // namespace casebook
