#include "LinkRecords.h"

#include "common/DisplayDate.h"
#include "common/Error.h"
#include "domain/AcademicYear.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct LinkRecordsText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::LinkRecords)
};

} // namespace

QString academicYearText(int startYear)
{
    return QStringLiteral("%1/%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QChar(u'0'));
}

int parseAcademicYear(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\s*(\\d{4})\\s*[/-]\\s*(\\d{2})\\s*$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return -1;
    const int start = match.captured(1).toInt();
    return (start + 1) % 100 == match.captured(2).toInt() ? start : -1;
}

QString academicYearOf(QDate date)
{
    return academicYearText(AcademicYear::startYear(date));
}

LinkTeacherKind::LinkTeacherKind()
{
    m_type = {QStringLiteral("link_teacher"),
              {
                  recordIdField("setting_id", LinkRecordsText::tr("Setting"),
                                QStringLiteral("setting"), OnDelete::Cascade, true),
                  recordIdField("staff_id", LinkRecordsText::tr("Link teacher"),
                                QStringLiteral("staff"), OnDelete::Keep, true),
                  textField("academic_year", LinkRecordsText::tr("Academic year"), true),
                  requiredField(codeField("service_line_code", LinkRecordsText::tr("Service line"),
                                          QStringLiteral("service_line"))),
                  typedField("assigned_on", LinkRecordsText::tr("Assigned on"), FieldType::Date),
                  typedField("replaced_on", LinkRecordsText::tr("Replaced on"), FieldType::Date),
              },
              LinkRecordsText::tr("link teacher")};
}

QVariantMap LinkTeacherKind::defaults() const
{
    return {{QStringLiteral("service_line_code"), QStringLiteral("district")}};
}

QString LinkTeacherKind::label(const QVariantMap &record) const
{
    return LinkRecordsText::tr("link teacher for %1")
        .arg(record.value(QStringLiteral("academic_year")).toString());
}

void LinkTeacherKind::validate(Database &db, QUuid id, QVariantMap &record,
                               const EditOptions &options) const
{
    const QString yearText = record.value(QStringLiteral("academic_year")).toString();
    const int year = parseAcademicYear(yearText);
    if (year < 0)
        refuseField(m_type, u"academic_year",
                    LinkRecordsText::tr("“%1” is not an academic year; write it as 2026/27.")
                        .arg(yearText));
    record.insert(QStringLiteral("academic_year"), academicYearText(year));
    if (record.value(QStringLiteral("assigned_on")).isNull())
        record.insert(QStringLiteral("assigned_on"),
                      db.environment().today().toString(Qt::ISODate));
    const QDate assigned = storedDate(record.value(QStringLiteral("assigned_on")));
    const QDate replaced = storedDate(record.value(QStringLiteral("replaced_on")));
    if (replaced.isValid() && replaced < assigned)
        refuseField(m_type, u"replaced_on",
                    LinkRecordsText::tr("%1 is before they were assigned (%2).")
                        .arg(dateText(replaced), dateText(assigned)));

    const QByteArray staff = record.value(QStringLiteral("staff_id")).toByteArray();
    if (!replaced.isValid()) {
        Statement left(db.handle(), QStringLiteral("SELECT first_name || ' ' || last_name FROM "
                                                   "staff WHERE id = ? AND status = 'left'"));
        left.bindBlob(1, staff);
        if (left.step() && recordValue(db, m_type.table, QStringLiteral("staff_id"), id) != staff)
            refuseField(m_type, u"staff_id",
                        LinkRecordsText::tr("%1 has left the service.").arg(left.text(0)));
        // One current link teacher a setting, year and service line.
        Statement current(db.handle(),
                          QStringLiteral("SELECT s.first_name || ' ' || s.last_name FROM "
                                         "link_teacher l LEFT JOIN staff s ON s.id = l.staff_id "
                                         "WHERE l.setting_id = ? AND l.academic_year = ? AND "
                                         "l.service_line_code = ? AND l.replaced_on IS NULL AND "
                                         "l.id NOT IN (?, ?)"));
        current.bindBlob(1, record.value(QStringLiteral("setting_id")).toByteArray());
        current.bindText(2, academicYearText(year));
        current.bindText(3, record.value(QStringLiteral("service_line_code")).toString());
        current.bindBlob(4, id.toRfc4122());
        current.bindBlob(5, options.replaces.toRfc4122());
        if (current.step())
            refuseField(m_type, u"staff_id",
                        LinkRecordsText::tr("the setting's link teacher for %1 is %2 already; "
                                            "assign the new one in their place (the history "
                                            "keeps both).")
                            .arg(academicYearText(year), current.text(0)));
    }
}

const LinkTeacherKind &linkTeacherKind()
{
    static const LinkTeacherKind kind;
    return kind;
}

CoreFeature linksFeature()
{
    return {QStringLiteral("links"), {&linkTeacherKind()}};
}

} // namespace casebook
