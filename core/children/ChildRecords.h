#pragma once

#include "records/Feature.h"
#include "records/RecordKind.h"

namespace casebook {

// A child or young person the service works with (DESIGN.md, "Main
// records"). Rules: first and last name and date of birth are required; the
// date of birth is not in the future; a UPN must pass its check letter; a UPN
// that another child already has, or the first and last name and date of
// birth of another child (accents and case aside, unless both have UPNs), is
// refused as a likely duplicate (Error::Kind::Duplicate, naming the existing
// child in Error::record()) unless a person confirms that this is a different
// child; the secondary need differs from the primary; a year-group override
// is between −3 and 14.
class ChildKind : public RecordKind
{
public:
    ChildKind();
    const RecordType &type() const override { return m_type; }
    QVariantMap defaults() const override;
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;

    // The statuses a child's record can have.
    static QStringList statuses();
    static QStringList statusLabels();

private:
    void refuseLikelyDuplicate(Database &db, QUuid id, const QVariantMap &record) const;

    RecordType m_type;
};

// A parent or carer to contact about a child.
class ChildContactKind : public RecordKind
{
public:
    ChildContactKind();
    const RecordType &type() const override { return m_type; }
    QString label(const QVariantMap &record) const override;

private:
    RecordType m_type;
};

// An "agreement to engage": who gave it, when, for what, and its withdrawal,
// which cannot come before it was given.
class ConsentKind : public RecordKind
{
public:
    ConsentKind();
    const RecordType &type() const override { return m_type; }
    QString label(const QVariantMap &record) const override;
    void validate(Database &db, QUuid id, QVariantMap &record,
                  const EditOptions &options) const override;

private:
    RecordType m_type;
};

// The child with this id, or the one child with this UPN. Throws
// Error::Kind::NotFound, or Invalid when two children share the UPN (naming
// their ids, so that the person can choose).
QUuid findChild(Database &db, const QString &idOrUpn);

// Deletes a child with everything that is theirs (cases with their outcomes,
// reviews and contact log, parent/carer contacts, agreements to engage) as
// one undo step, so that nothing is left pointing at no one.
void deleteChild(EditSession &session, QUuid id);

const ChildKind &childKind();
const ChildContactKind &childContactKind();
const ConsentKind &consentKind();

// Children, their contacts and consent.
CoreFeature childrenFeature();

} // namespace casebook
