// A LIFT group with one school, a child there, a chair and a meeting, for the
// LIFT tests.
#pragma once

#include "casework/CaseworkRecords.h"
#include "children/ChildRecords.h"
#include "commands/EditSession.h"
#include "common/Error.h"
#include "lift/LiftRecords.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"
#include "support/TestDatabase.h"
#include "sync/Store.h"

#include <functional>

namespace casebook::test {

inline QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A district's group with one school, a child there, a chair and a meeting.
struct Lift
{
    TestDatabase t;
    EditSession session{t.db()};
    QUuid school, child, chair, group, meeting;

    Lift()
    {
        school = addRecord(session, settingKind(),
                           {{QStringLiteral("name"), QStringLiteral("Oak Tree Primary")},
                            {QStringLiteral("status"), QStringLiteral("open")}});
        child = addRecord(session, childKind(),
                          {{QStringLiteral("first_name"), QStringLiteral("Ava")},
                           {QStringLiteral("last_name"), QStringLiteral("Stone")},
                           {QStringLiteral("date_of_birth"), QStringLiteral("2018-03-04")},
                           {QStringLiteral("setting_id"), school},
                           {QStringLiteral("primary_need"), QStringLiteral("SLCN")},
                           {QStringLiteral("secondary_need"), QStringLiteral("ASD")}});
        addRecord(session, consentKind(),
                  {{QStringLiteral("child_id"), child},
                   {QStringLiteral("given_by"), QStringLiteral("Mother")},
                   {QStringLiteral("given_on"), QStringLiteral("2025-09-01")}});
        chair = addRecord(session, staffKind(),
                          {{QStringLiteral("first_name"), QStringLiteral("Nia")},
                           {QStringLiteral("last_name"), QStringLiteral("Hart")},
                           {QStringLiteral("role"), QStringLiteral("stls_lead")}});
        group = addRecord(session, liftGroupKind(),
                          {{QStringLiteral("name"), QStringLiteral("Dover North")},
                           {QStringLiteral("district_code"), QStringLiteral("dover")}});
        addRecord(session, liftGroupSettingKind(),
                  {{QStringLiteral("group_id"), group}, {QStringLiteral("setting_id"), school}});
        meeting = addRecord(session, liftMeetingKind(),
                            {{QStringLiteral("group_id"), group},
                             {QStringLiteral("meets_on"), QStringLiteral("2026-11-12")},
                             {QStringLiteral("starts_at"), QStringLiteral("9:30")},
                             {QStringLiteral("chair_id"), chair}});
    }

    QVariant value(const char16_t *table, QUuid id, const char *field)
    {
        const auto row = session.store().read(QString::fromUtf16(table), id);
        return row ? row->value(QString::fromLatin1(field)) : QVariant();
    }

    void setStatus(const QString &status, const QVariantMap &more = {})
    {
        QVariantMap changes = more;
        changes.insert(QStringLiteral("status"), status);
        editRecord(session, liftMeetingKind(), meeting, changes);
    }

    // A referral of the whole school (it needs no child's agreement).
    QUuid referSetting(QUuid at, const QVariantMap &more = {})
    {
        QVariantMap values = more;
        values.insert(QStringLiteral("meeting_id"), at);
        values.insert(QStringLiteral("setting_id"), school);
        values.insert(QStringLiteral("cohort"), QStringLiteral("Year 2"));
        return addRecord(session, liftReferralKind(), values);
    }

    // A child at `setting` whose agreement to engage is in force.
    QUuid addChild(const QString &first, const QString &last, QUuid setting)
    {
        const QUuid id = addRecord(session, childKind(),
                                   {{QStringLiteral("first_name"), first},
                                    {QStringLiteral("last_name"), last},
                                    {QStringLiteral("date_of_birth"), QStringLiteral("2017-10-20")},
                                    {QStringLiteral("setting_id"), setting}});
        addRecord(session, consentKind(),
                  {{QStringLiteral("child_id"), id},
                   {QStringLiteral("given_by"), QStringLiteral("Father")},
                   {QStringLiteral("given_on"), QStringLiteral("2025-09-01")}});
        return id;
    }

    QUuid referChild(QUuid at, QUuid who, const QVariantMap &more = {})
    {
        QVariantMap values = more;
        values.insert(QStringLiteral("meeting_id"), at);
        values.insert(QStringLiteral("child_id"), who);
        return addRecord(session, liftReferralKind(), values);
    }

    QUuid refer()
    {
        return addRecord(
            session, liftReferralKind(),
            {{QStringLiteral("meeting_id"), meeting},
             {QStringLiteral("child_id"), child},
             {QStringLiteral("question"), QStringLiteral("How best to support talk?")}});
    }
};

inline QString refusal(const std::function<void()> &edit)
{
    try {
        edit();
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

} // namespace casebook::test
