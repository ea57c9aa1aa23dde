#include "SyncSchema.h"

#include "common/Error.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace casebook {

SyncSchema SyncSchema::load(sqlite3 *db)
{
    SyncSchema schema;
    Statement tables(db, QStringLiteral("SELECT id, name FROM sync_table ORDER BY id"));
    while (tables.step()) {
        SyncedTable table;
        table.id = int(tables.int64(0));
        table.name = tables.text(1);
        Statement columns(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        columns.bindText(1, table.name);
        while (columns.step()) {
            const QString column = columns.text(0);
            if (column != QLatin1String("id") && column != QLatin1String("_clock"))
                table.fields.append(column);
        }
        if (table.fields.size() > SyncedTable::MaxFields)
            throw Error(Error::Kind::Storage,
                        QStringLiteral("Synced table %1 has more than %2 fields")
                            .arg(table.name)
                            .arg(SyncedTable::MaxFields));
        schema.m_tables.push_back(std::move(table));
    }
    return schema;
}

const SyncedTable *SyncSchema::find(QStringView name) const
{
    for (const auto &table : m_tables)
        if (table.name == name)
            return &table;
    return nullptr;
}

const SyncedTable *SyncSchema::findById(int id) const
{
    for (const auto &table : m_tables)
        if (table.id == id)
            return &table;
    return nullptr;
}

const SyncedTable &SyncSchema::table(QStringView name) const
{
    if (const auto *found = find(name))
        return *found;
    throw Error(Error::Kind::Invalid,
                QCoreApplication::translate("casebook::SyncSchema", "“%1” is not a synced table.")
                    .arg(name));
}

} // namespace casebook
