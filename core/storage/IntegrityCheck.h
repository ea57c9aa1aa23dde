#pragma once

#include <QList>
#include <QString>

namespace casebook {

class Database;

// One check `casebook check` makes, with what it found.
struct CheckResult
{
    static constexpr int MaxExamples = 5;

    QString name;
    bool passed = true;
    QStringList problems; // at most MaxExamples

    void addProblem(const QString &problem);
};

// SQLite's own integrity and foreign key checks, and the installation's
// identity. Sync and the record kinds add their own (see checkEverything).
QList<CheckResult> checkStorage(Database &db);

} // namespace casebook
