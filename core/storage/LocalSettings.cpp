#include "LocalSettings.h"

#include "Database.h"
#include "Statement.h"

namespace casebook {

QVariant localSetting(Database &db, const QString &key)
{
    Statement query(db.handle(), QStringLiteral("SELECT value FROM local_setting WHERE key = ?"));
    query.bindText(1, key);
    return query.step() ? query.value(0) : QVariant();
}

void setLocalSetting(Database &db, const QString &key, const QVariant &value)
{
    Statement set(
        db.handle(),
        QStringLiteral("INSERT OR REPLACE INTO local_setting (key, value) VALUES (?, ?)"));
    set.bindText(1, key);
    set.bind(2, value);
    set.execute();
}

} // namespace casebook
