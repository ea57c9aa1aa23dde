#pragma once

#include "common/Commands.h"

#include <QString>
#include <QUuid>

#include <functional>

namespace casebook {

class Database;
class RecordKind;

// How a person names one record on the command line when its id is not the
// only way: a setting by URN, say. Throws Error::Kind::NotFound.
struct RecordFinder
{
    std::function<QUuid(Database &db, const QString &text)> find;
    QString argument;    // "URN|ID"
    QString description; // "The setting's URN or id."
};

// A record kind, made when first asked for (after the translations load).
using RecordKindGetter = const RecordKind &(*)();
template<auto Kind>
const RecordKind &recordKind()
{
    return Kind();
}

// `GROUP add`, `list`, `show`, `edit` and `delete` for records of `kind`,
// from its fields and rules, for each of the five that `commands` (the
// feature's own verbs) does not already have. GROUP is the command line's
// word for the kind ("children", "casework outcome").
// Give the kind as recordKind<&childKind>.
void addRecordVerbs(CommandList &commands, RecordKindGetter kind, const QString &group,
                    const RecordFinder &finder = {});

// The GROUP given for `kind`, or an empty string when no feature gave verbs.
QString recordVerbGroup(const RecordKind &kind);

} // namespace casebook
