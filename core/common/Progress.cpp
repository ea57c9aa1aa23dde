#include "Progress.h"

#include "Error.h"

#include <QCoreApplication>

namespace casebook {

void reportProgress(const ProgressReport &report, const QString &step, qint64 done, qint64 total)
{
    if (report && !report(Progress{step, done, total}))
        throw Error(Error::Kind::Cancelled,
                    QCoreApplication::translate("casebook::Progress",
                                                "Stopped before the end; nothing was changed."));
}

} // namespace casebook
