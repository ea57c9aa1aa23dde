#pragma once

#include "records/Feature.h"
#include "records/RecordKind.h"

#include <QList>

namespace casebook {

// An early-years setting or school. The name and status are required; a URN
// (DfE digits, or an Ofsted URN such as EY123456) belongs to one setting only.
class SettingKind : public RecordKind
{
public:
    SettingKind();
    const RecordType &type() const override { return m_type; }
    QVariantMap defaults() const override;
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;

private:
    RecordType m_type;
};

const SettingKind &settingKind();

// One line of the Settings list.
struct SettingSummary
{
    QUuid id;
    QString urn, name, phase, establishmentType, districtCode, districtName, postcode, status;
};

struct SettingFilter
{
    QString text; // part of the name, URN or postcode
    QString districtCode;
    QString status;
};

// Settings in name order. There are hundreds, not tens of thousands, so the
// list is read whole.
QList<SettingSummary> listSettings(Database &db, const SettingFilter &filter = {});
// The setting with this URN (any case), if there is one.
std::optional<QUuid> findSettingByUrn(Database &db, const QString &urn);

// Settings: schools, nurseries and colleges.
CoreFeature settingsFeature();

} // namespace casebook
