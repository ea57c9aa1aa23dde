// A drop-in session in the LIFT fixture's district, for the drop-in tests.
#pragma once

#include "LiftFixture.h"
#include "dropin/DropinFollowUp.h"
#include "dropin/DropinRecords.h"

namespace casebook::test {

struct Dropin : Lift
{
    QUuid dropin;

    explicit Dropin(int slotCount = 3)
    {
        dropin = addRecord(session, dropinSessionKind(),
                           {{QStringLiteral("district_code"), QStringLiteral("dover")},
                            {QStringLiteral("held_on"), QStringLiteral("2026-01-01")},
                            {QStringLiteral("starts_at"), QStringLiteral("15:30")},
                            {QStringLiteral("place"), QStringLiteral("Dover Library")},
                            {QStringLiteral("dimension_code"), QStringLiteral("ci")},
                            {QStringLiteral("slot_count"), slotCount}});
    }

    // A consultation about the fixture's child unless `more` says otherwise.
    QUuid consult(const QVariantMap &more = {})
    {
        QVariantMap values{{QStringLiteral("session_id"), dropin},
                           {QStringLiteral("setting_id"), school},
                           {QStringLiteral("asker_name"), QStringLiteral("Kim Reed")},
                           {QStringLiteral("asker_role"), QStringLiteral("SENCO")},
                           {QStringLiteral("question"), QStringLiteral("Ava rarely speaks.")},
                           {QStringLiteral("advice"), QStringLiteral("Try a talking partner.")}};
        if (!more.contains(QStringLiteral("child_initials")) &&
            !more.contains(QStringLiteral("cohort")))
            values.insert(QStringLiteral("child_id"), child);
        values.insert(more);
        return saveDropinConsultation(session, QUuid(), values);
    }
};

} // namespace casebook::test
