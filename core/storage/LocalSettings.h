#pragma once

#include <QString>
#include <QVariant>

namespace casebook {

class Database;

// Values that belong to this installation alone and never sync (the
// `local_setting` table): who uses it, its sync group, remembered choices.
QVariant localSetting(Database &db, const QString &key);
void setLocalSetting(Database &db, const QString &key, const QVariant &value);

} // namespace casebook
