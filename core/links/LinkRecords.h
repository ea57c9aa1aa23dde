#pragma once

#include "records/Feature.h"
#include "records/RecordKind.h"

#include <QDate>

namespace casebook {

// Link teachers (DESIGN.md, "The tiered access model"; docs/links.md): for
// each academic year, each setting's named specialist teacher, one per
// service line working with it. A change replaces the one before (its
// replaced_on says when), so the history stays.

// One allocation: a setting, a teacher, a year ("2026/27") and a service
// line (district unless said). A setting has one current link teacher a year
// and a service line; the teacher is one who has not left.
class LinkTeacherKind : public RecordKind
{
public:
    LinkTeacherKind();
    const RecordType &type() const override { return m_type; }
    QVariantMap defaults() const override;
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;

private:
    RecordType m_type;
};

const LinkTeacherKind &linkTeacherKind();

// "2026/27" for the year starting in September 2026.
QString academicYearText(int startYear);
// The start year of "2026/27" (or "2026-27"); -1 when the text is not one.
int parseAcademicYear(const QString &text);
// The academic year `date` is in, as text.
QString academicYearOf(QDate date);

// Link teachers: a named teacher per setting, year and service line.
CoreFeature linksFeature();

} // namespace casebook
