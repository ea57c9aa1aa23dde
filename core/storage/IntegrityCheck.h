#pragma once

#include <QList>
#include <QString>

namespace casebook {

class Database;

// What `casebook check` verifies: SQLite's own integrity and foreign key
// checks, then the program's invariants for synced data.
struct CheckResult
{
    QString name;
    bool passed = true;
    QStringList problems; // at most a few examples each
};

QList<CheckResult> checkDatabase(Database &db);

} // namespace casebook
