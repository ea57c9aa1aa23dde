#pragma once

#include "commands/BatchEditCommand.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace casebook {

class Database;
class EditSession;

// A row of the file that was not imported, and why.
struct GiasSkip
{
    int line = 0; // where the row starts in the file, from 1
    QString urn, name, reason;
    bool otherAuthority = false; // in another LA: expected, so only counted
};

struct GiasImportReport
{
    QString fileName;
    int rows = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QList<GiasSkip> skipped;
    // Imported without a district: "line 12: Oak School (Medway)".
    QStringList withoutDistrict;

    int skippedOtherAuthority() const;
};

// What importing a file would do, worked out without changing anything.
struct GiasImportPlan
{
    GiasImportReport report;
    QList<RecordChange> changes;
};

// The DfE "Get Information about Schools" establishment CSV (edubasealldata):
// about 130 columns found by name, Windows-1252 or UTF-8, RFC 4180 quoting,
// dates as dd-mm-yyyy. Only the local authority asked for is kept (Kent, 886,
// by default); each setting gets its STLS district from DistrictAdministrative.
// A re-import updates settings in place by URN and changes only the fields GIAS
// holds, so SENCO details typed by hand stay.
class GiasImport
{
public:
    static constexpr const char *KentLaCode = "886";

    static QStringList requiredColumns();

    // Throws Error naming the file when it cannot be read, is not a GIAS CSV or
    // lacks required columns (all of them named).
    static GiasImportPlan plan(Database &db, const QString &path, const QString &laCode);
    static GiasImportPlan planBytes(Database &db, const QByteArray &bytes, const QString &fileName,
                                    const QString &laCode);

    // Carries out a plan in one transaction, as one undo step.
    static void apply(EditSession &session, const GiasImportPlan &plan);
};

} // namespace casebook
