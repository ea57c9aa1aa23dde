#include "Migrations.h"

namespace casebook {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, QStringLiteral("Installation identity and sync journal"),
         QStringLiteral(":/casebook/migrations/0001_sync_foundation.sql"),
         // This installation is always among its own peers.
         QStringLiteral("INSERT INTO sync_peer (installation_id) SELECT id FROM installation")},
        {2, QStringLiteral("Reference data from the decision report"),
         QStringLiteral(":/casebook/migrations/0002_reference_data.sql")},
        {3, QStringLiteral("Settings"), QStringLiteral(":/casebook/migrations/0003_settings.sql")},
        {4, QStringLiteral("Staff, children, contacts and consent"),
         QStringLiteral(":/casebook/migrations/0004_staff_children.sql")},
        {5, QStringLiteral("Merging sync packages: conflicts, tombstones, peers' knowledge"),
         QStringLiteral(":/casebook/migrations/0005_sync_merge.sql")},
        {6, QStringLiteral("Casework: involvements, outcomes and reviews, the contact log"),
         QStringLiteral(":/casebook/migrations/0006_casework.sql")},
        {7, QStringLiteral("LIFT: groups, meetings, referrals and decisions, attendance, actions"),
         QStringLiteral(":/casebook/migrations/0007_lift.sql")},
        {8, QStringLiteral("Drop-in clinics: sessions, their staff, consultations"),
         QStringLiteral(":/casebook/migrations/0008_dropin.sql")},
        {9, QStringLiteral("Intensive specialist support: episodes and capacity built"),
         QStringLiteral(":/casebook/migrations/0009_support.sql")},
        {10, QStringLiteral("Link teachers by academic year; pupils on roll"),
         QStringLiteral(":/casebook/migrations/0010_links.sql")},
    };
    return all;
}

} // namespace casebook
