#pragma once

#include "records/Feature.h"
#include "records/RecordKind.h"

#include <QList>

#include <optional>

namespace casebook {

// A member of the service's staff: role, service line, district and
// specialisms (need codes such as HI or ASD).
class StaffKind : public RecordKind
{
public:
    StaffKind();
    const RecordType &type() const override { return m_type; }
    QVariantMap defaults() const override;
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;

    static QStringList roles();
    static QStringList roleLabels();
    static QString roleLabel(const QString &role);

private:
    RecordType m_type;
};

const StaffKind &staffKind();

struct StaffSummary
{
    QUuid id;
    QString firstName, lastName, role, serviceLineCode, serviceLineName, districtCode, districtName,
        specialisms, email, status;

    QString fullName() const { return firstName + u' ' + lastName; }
};

// Staff in name order (last name, first name).
QList<StaffSummary> listStaff(Database &db);

// Which staff member uses this installation. It belongs to the installation
// and never syncs; contact-log entries made here are stamped with it.
std::optional<QUuid> whoAmI(Database &db);
// Throws Error::Kind::NotFound when there is no such staff member.
void setWhoAmI(Database &db, QUuid staffId);

// The service's staff.
CoreFeature staffFeature();

} // namespace casebook
