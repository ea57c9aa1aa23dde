#pragma once

#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3;

namespace casebook {

// A table whose rows travel between installations. Its columns are `id`
// (a 16-byte UUID), the synced fields in column order, and `_clock`, which
// holds every field's stamp and origin (see FieldClocks). Fields are only ever
// appended (ALTER TABLE … ADD COLUMN), so a field's index never changes.
struct SyncedTable
{
    static constexpr int MaxFields = 63; // change entries carry fields as a 64-bit mask

    int id = 0;
    QString name;
    QStringList fields;

    int fieldIndex(QStringView field) const { return int(fields.indexOf(field)); }
};

// The synced tables of a database, read from `sync_table` and the tables'
// own definitions, so that a migration that adds a synced table needs no code.
class SyncSchema
{
public:
    static SyncSchema load(sqlite3 *db);

    const std::vector<SyncedTable> &tables() const { return m_tables; }
    const SyncedTable *find(QStringView name) const;
    const SyncedTable *findById(int id) const;
    // Throws Error::Kind::Invalid naming the table when it is not synced.
    const SyncedTable &table(QStringView name) const;

private:
    std::vector<SyncedTable> m_tables;
};

} // namespace casebook
