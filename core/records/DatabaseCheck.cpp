#include "DatabaseCheck.h"

#include "RecordKinds.h"
#include "sync/SyncIntegrity.h"

#include <QCoreApplication>

namespace casebook {

QList<CheckResult> checkEverything(Database &db)
{
    QList<CheckResult> results = checkStorage(db);
    results += checkSyncState(db);
    CheckResult references{
        QCoreApplication::translate("casebook::DatabaseCheck", "References between records"),
        true,
        {}};
    for (const QString &problem : danglingReferences(db))
        references.addProblem(problem);
    results.append(references);
    return results;
}

} // namespace casebook
