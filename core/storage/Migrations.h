#pragma once

#include <QString>

#include <vector>

namespace casebook {

// A numbered schema change, run once, in its own transaction, when a database
// whose `user_version` is below its number is opened. Migrations are never
// edited after release: a change to the schema is a new migration.
struct Migration
{
    int version;
    QString description;
    QString script; // a Qt resource path to the SQL
    // Run after the script, once the installation's identity is written (the
    // first migration writes it): rows the new tables start with.
    QString seed = {};
};

const std::vector<Migration> &migrations();

} // namespace casebook
