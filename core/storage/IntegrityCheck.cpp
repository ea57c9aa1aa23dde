#include "IntegrityCheck.h"

#include "Database.h"
#include "Statement.h"

#include <QCoreApplication>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct IntegrityCheckText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::IntegrityCheck)
};

CheckResult sqliteIntegrity(Database &db)
{
    CheckResult result{IntegrityCheckText::tr("SQLite integrity"), true, {}};
    Statement check(db.handle(), QStringLiteral("PRAGMA integrity_check"));
    while (check.step()) {
        const QString line = check.text(0);
        if (line != QLatin1String("ok"))
            result.addProblem(line);
    }
    return result;
}

CheckResult foreignKeys(Database &db)
{
    CheckResult result{IntegrityCheckText::tr("Foreign keys"), true, {}};
    Statement check(db.handle(), QStringLiteral("PRAGMA foreign_key_check"));
    while (check.step())
        result.addProblem(IntegrityCheckText::tr("a row of %1 refers to a missing row of %2")
                              .arg(check.text(0), check.text(2)));
    return result;
}

} // namespace

void CheckResult::addProblem(const QString &problem)
{
    passed = false;
    if (problems.size() < MaxExamples)
        problems.append(problem);
}

QList<CheckResult> checkStorage(Database &db)
{
    CheckResult identity{IntegrityCheckText::tr("Installation identity"), true, {}};
    Statement count(db.handle(), QStringLiteral("SELECT count(*) FROM installation"));
    count.step();
    if (count.int64(0) != 1)
        identity.addProblem(
            IntegrityCheckText::tr("%1 installation rows instead of one").arg(count.int64(0)));
    return {sqliteIntegrity(db), foreignKeys(db), identity};
}

} // namespace casebook
