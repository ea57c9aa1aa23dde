// Casework rules: the involvement life cycle, routes by service line, the
// consent rule, outcome reviews and the contact log, each edit undoable.
#include "casework/CaseworkRecords.h"
#include "children/ChildRecords.h"
#include "commands/EditSession.h"
#include "common/Error.h"
#include "records/RecordKinds.h"
#include "settings/SettingRecords.h"
#include "staff/StaffRecords.h"
#include "storage/LocalSettings.h"
#include "support/TestDatabase.h"
#include "sync/CanonicalDump.h"
#include "sync/Replica.h"
#include "sync/Store.h"
#include "sync/SyncSchema.h"

#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::TestDatabase;

namespace {

// A child with a setting and an agreement to engage, and a teacher.
struct Casebook
{
    TestDatabase t;
    EditSession session{t.db()};
    QUuid setting, child, teacher, consent;

    Casebook()
    {
        setting = addRecord(session, settingKind(),
                            {{QStringLiteral("name"), QStringLiteral("Oak Tree Primary")},
                             {QStringLiteral("status"), QStringLiteral("open")}});
        child = addRecord(session, childKind(),
                          {{QStringLiteral("first_name"), QStringLiteral("Ava")},
                           {QStringLiteral("last_name"), QStringLiteral("Stone")},
                           {QStringLiteral("date_of_birth"), QStringLiteral("2018-03-04")},
                           {QStringLiteral("setting_id"), setting}});
        teacher = addRecord(session, staffKind(),
                            {{QStringLiteral("first_name"), QStringLiteral("Nia")},
                             {QStringLiteral("last_name"), QStringLiteral("Hart")},
                             {QStringLiteral("role"), QStringLiteral("specialist_teacher")}});
        consent = addRecord(session, consentKind(),
                            {{QStringLiteral("child_id"), child},
                             {QStringLiteral("given_by"), QStringLiteral("Mother")},
                             {QStringLiteral("given_on"), QStringLiteral("2025-09-01")}});
        setWhoAmI(t.db(), teacher);
    }

    QUuid openCase(const QString &line = QStringLiteral("district"),
                   const QString &route = QStringLiteral("lift"))
    {
        return addRecord(session, involvementKind(),
                         {{QStringLiteral("child_id"), child},
                          {QStringLiteral("service_line_code"), line},
                          {QStringLiteral("route"), route},
                          {QStringLiteral("teacher_id"), teacher}});
    }

    void setStatus(QUuid id, const QString &status, const QVariantMap &more = {})
    {
        QVariantMap changes = more;
        changes.insert(QStringLiteral("status"), status);
        editRecord(session, involvementKind(), id, changes);
    }

    QVariant value(const char16_t *table, QUuid id, const char *field)
    {
        const auto row = session.store().read(QString::fromUtf16(table), id);
        return row ? row->value(QString::fromLatin1(field)) : QVariant();
    }

    QUuid addContact(QUuid involvement, const QVariantMap &more = {})
    {
        QVariantMap values = contactDefaults(t.db());
        values.insert(QStringLiteral("involvement_id"), involvement);
        values.insert(QStringLiteral("minutes"), 45);
        values.insert(QStringLiteral("next_steps"), QStringLiteral("Review next term"));
        values.insert(more);
        return addRecord(session, contactLogKind(), values);
    }
};

QString refusal(const std::function<void()> &edit)
{
    try {
        edit();
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Invalid);
        return error.commandLineMessage();
    }
    FAIL("the edit was accepted");
    return {};
}

} // namespace

TEST_CASE("An involvement opens referred, takes the child's setting and today's date", "[casework]")
{
    Casebook c;
    const QUuid id = c.openCase();
    CHECK(c.value(u"involvement", id, "status") == QStringLiteral("referred"));
    CHECK(c.value(u"involvement", id, "setting_id") == c.setting.toRfc4122());
    CHECK(c.value(u"involvement", id, "opened_on") == QStringLiteral("2026-01-01"));

    // Neither a child nor a setting: refused, naming the field.
    CHECK(refusal([&] {
              addRecord(c.session, involvementKind(),
                        {{QStringLiteral("service_line_code"), QStringLiteral("district")},
                         {QStringLiteral("route"), QStringLiteral("lift")}});
          }).contains(QStringLiteral("child_id")));
    // A whole-setting involvement needs no consent.
    CHECK_NOTHROW(addRecord(c.session, involvementKind(),
                            {{QStringLiteral("setting_id"), c.setting},
                             {QStringLiteral("service_line_code"), QStringLiteral("district")},
                             {QStringLiteral("route"), QStringLiteral("drop_in_follow_up")}}));
}

TEST_CASE("Only a line that takes direct referrals has them", "[casework]")
{
    Casebook c;
    CHECK_NOTHROW(c.openCase(QStringLiteral("sensory"), QStringLiteral("sensory_referral")));
    const QString message = refusal(
        [&] { c.openCase(QStringLiteral("district"), QStringLiteral("sensory_referral")); });
    CHECK(message.contains(QStringLiteral("District STLS takes no direct referrals")));
    CHECK(refusal([&] {
              c.openCase(QStringLiteral("pd"), QStringLiteral("sensory_referral"));
          }).contains(QStringLiteral("PD STLS")));
}

TEST_CASE("The life cycle allows its moves and refuses others with the reason", "[casework]")
{
    Casebook c;
    const QUuid id = c.openCase();
    CHECK(refusal([&] { c.setStatus(id, QStringLiteral("active")); })
              .contains(QStringLiteral("referred cannot become active; it can become: accepted, "
                                       "declined")));
    c.setStatus(id, QStringLiteral("accepted"));
    c.setStatus(id, QStringLiteral("active"));
    CHECK(refusal([&] {
              c.setStatus(id, QStringLiteral("closed"));
          }).contains(QStringLiteral("closure_reason")));
    CHECK(refusal([&] {
              c.setStatus(id, QStringLiteral("closed"),
                          {{QStringLiteral("closure_reason"), QStringLiteral("Targets met")},
                           {QStringLiteral("closed_on"), QStringLiteral("2025-12-01")}});
          }).contains(QStringLiteral("before the involvement opened")));
    c.setStatus(id, QStringLiteral("closed"),
                {{QStringLiteral("closure_reason"), QStringLiteral("Targets met")}});
    CHECK(c.value(u"involvement", id, "closed_on") == QStringLiteral("2026-01-01"));
    CHECK(refusal([&] {
              c.setStatus(id, QStringLiteral("active"));
          }).contains(QStringLiteral("closed stays so")));

    // A new case cannot start closed; a declined one ends there.
    CHECK(refusal([&] {
              addRecord(c.session, involvementKind(),
                        {{QStringLiteral("child_id"), c.child},
                         {QStringLiteral("service_line_code"), QStringLiteral("district")},
                         {QStringLiteral("route"), QStringLiteral("lift")},
                         {QStringLiteral("status"), QStringLiteral("closed")}});
          }).contains(QStringLiteral("cannot start closed")));

    // Each move is one undo step.
    c.session.undoStack().undo();
    CHECK(c.value(u"involvement", id, "status") == QStringLiteral("active"));
    c.session.undoStack().undo();
    CHECK(c.value(u"involvement", id, "status") == QStringLiteral("accepted"));
}

TEST_CASE("Consent: needed to open a child's case; once withdrawn, no new contacts", "[casework]")
{
    Casebook c;
    const QUuid id = c.openCase();
    c.setStatus(id, QStringLiteral("accepted"));
    c.setStatus(id, QStringLiteral("active"));
    const QUuid first =
        c.addContact(id, {{QStringLiteral("advice"), QStringLiteral("Visual timetable")}});

    c.t.time().ms += 86'400'000LL * 10; // ten days on
    editRecord(c.session, consentKind(), c.consent,
               {{QStringLiteral("withdrawn_on"), QStringLiteral("2026-01-05")},
                {QStringLiteral("withdrawn_by"), QStringLiteral("Mother")}});
    const QByteArray before = canonicalDump(c.t.db());
    CHECK(refusal([&] { c.addContact(id); }).contains(QStringLiteral("withdrawn on 05/01/2026")));
    CHECK(canonicalDump(c.t.db()) == before);               // nothing saved
    CHECK(c.session.store().exists(u"contact_log", first)); // the history stays
    // A contact dated while consent was in force may still be recorded.
    CHECK_NOTHROW(
        c.addContact(id, {{QStringLiteral("contact_date"), QStringLiteral("2026-01-02")}}));
    // And no new case for the child.
    CHECK(refusal([&] { c.openCase(); }).contains(QStringLiteral("no agreement to engage")));
}

TEST_CASE("A contact that says nothing, or takes no time, is refused", "[casework]")
{
    Casebook c;
    const QUuid id = c.openCase();
    c.setStatus(id, QStringLiteral("accepted"));
    c.setStatus(id, QStringLiteral("active"));
    const QByteArray before = canonicalDump(c.t.db());
    const QVariantMap blank{{QStringLiteral("next_steps"), QString()}};
    CHECK(refusal([&] { c.addContact(id, blank); }).contains(QStringLiteral("(advice)")));
    CHECK(refusal([&] {
              c.addContact(id, {{QStringLiteral("next_steps"), QStringLiteral("  ")}});
          }).contains(QStringLiteral("what was seen")));
    CHECK(refusal([&] {
              c.addContact(id, {{QStringLiteral("minutes"), QVariant()}});
          }).contains(QStringLiteral("(minutes)")));
    CHECK(refusal([&] {
              c.addContact(id, {{QStringLiteral("minutes"), 0}});
          }).contains(QStringLiteral("(minutes)")));
    CHECK(canonicalDump(c.t.db()) == before);
    // Any one of the three is enough.
    for (const char *said : {"seen", "advice", "next_steps"}) {
        QVariantMap values = blank;
        values.insert(QString::fromLatin1(said), QStringLiteral("Something to go on"));
        CHECK_NOTHROW(c.addContact(id, values));
    }
    // And an old entry cannot be emptied by an edit.
    const QUuid kept = c.addContact(id);
    CHECK(refusal([&] {
              editRecord(c.session, contactLogKind(), kept, {{QStringLiteral("next_steps"), {}}});
          }).contains(QStringLiteral("(advice)")));
}

TEST_CASE("Contacts: defaults, the last type remembered, linked outcomes checked", "[casework]")
{
    Casebook c;
    const QUuid id = c.openCase();
    const QVariantMap defaults = contactDefaults(c.t.db());
    CHECK(defaults.value(QStringLiteral("contact_date")) == QStringLiteral("2026-01-01"));
    CHECK(defaults.value(QStringLiteral("staff_id")) == c.teacher);
    CHECK(defaults.value(QStringLiteral("contact_type")) == QStringLiteral("visit"));
    rememberContactType(c.t.db(), QStringLiteral("call"));
    CHECK(contactDefaults(c.t.db()).value(QStringLiteral("contact_type")) ==
          QStringLiteral("call"));

    const QUuid outcome =
        addRecord(c.session, outcomeKind(),
                  {{QStringLiteral("involvement_id"), id},
                   {QStringLiteral("description"), QStringLiteral("Joins circle time")},
                   {QStringLiteral("baseline"), QStringLiteral("Leaves after 1 minute")},
                   {QStringLiteral("target"), QStringLiteral("Stays 10 minutes")},
                   {QStringLiteral("review_due"), QStringLiteral("2026-03-01")}});
    const QUuid contact =
        c.addContact(id, {{QStringLiteral("outcome_ids"),
                           QString(u" {" + outcome.toString(QUuid::WithoutBraces) + u"} ")},
                          {QStringLiteral("minutes"), 45}});
    CHECK(c.value(u"contact_log", contact, "outcome_ids") ==
          outcome.toString(QUuid::WithoutBraces));
    CHECK(refusal([&] {
              c.addContact(id, {{QStringLiteral("outcome_ids"), QStringLiteral("not-an-id")}});
          }).contains(QStringLiteral("outcome_ids")));
    CHECK(refusal([&] {
              c.addContact(id, {{QStringLiteral("minutes"), -5}});
          }).contains(QStringLiteral("minutes")));
    CHECK(refusal([&] {
              c.addContact(id, {{QStringLiteral("contact_date"), QStringLiteral("2026-02-01")}});
          }).contains(QStringLiteral("in the future")));

    // Undo takes the contact away, redo brings it back.
    c.session.undoStack().undo();
    CHECK_FALSE(c.session.store().exists(u"contact_log", contact));
    c.session.undoStack().redo();
    CHECK(c.session.store().exists(u"contact_log", contact));
}

TEST_CASE("Outcome reviews are each kept, rated on the GAS scale", "[casework]")
{
    Casebook c;
    const QUuid id = c.openCase();
    const QUuid outcome =
        addRecord(c.session, outcomeKind(),
                  {{QStringLiteral("involvement_id"), id},
                   {QStringLiteral("description"), QStringLiteral("Reads CVC words")}});
    const QUuid first =
        addRecord(c.session, outcomeReviewKind(),
                  {{QStringLiteral("outcome_id"), outcome}, {QStringLiteral("rating"), -1}});
    const QUuid second = addRecord(c.session, outcomeReviewKind(),
                                   {{QStringLiteral("outcome_id"), outcome},
                                    {QStringLiteral("rating"), QStringLiteral("+2")}});
    CHECK(c.value(u"outcome_review", first, "rating") == -1);
    CHECK(c.value(u"outcome_review", second, "rating") == 2);
    CHECK(c.value(u"outcome_review", second, "reviewed_on") == QStringLiteral("2026-01-01"));
    // Each review is an undo step of its own; the first stays when the second goes.
    c.session.undoStack().undo();
    CHECK_FALSE(c.session.store().exists(u"outcome_review", second));
    CHECK(c.session.store().exists(u"outcome_review", first));
    c.session.undoStack().redo();
    CHECK(c.session.store().exists(u"outcome_review", second));
    CHECK(refusal([&] {
              addRecord(c.session, outcomeReviewKind(),
                        {{QStringLiteral("outcome_id"), outcome}, {QStringLiteral("rating"), 3}});
          }).contains(QStringLiteral("rating")));
}

TEST_CASE("Deleting a child takes everything of theirs in one undo step, and Ctrl+Z brings it "
          "all back",
          "[casework][delete]")
{
    Casebook c;
    const QUuid involvement = c.openCase();
    const QUuid outcome =
        addRecord(c.session, outcomeKind(),
                  {{QStringLiteral("involvement_id"), involvement},
                   {QStringLiteral("description"), QStringLiteral("Reads CVC words")}});
    const QUuid review =
        addRecord(c.session, outcomeReviewKind(),
                  {{QStringLiteral("outcome_id"), outcome}, {QStringLiteral("rating"), 1}});
    const QUuid contact = c.addContact(involvement);
    const std::pair<const char16_t *, QUuid> theirs[] = {
        {u"child", c.child},   {u"consent", c.consent},     {u"involvement", involvement},
        {u"outcome", outcome}, {u"outcome_review", review}, {u"contact_log", contact}};
    QList<QVariantMap> before;
    for (const auto &[table, id] : theirs)
        before.append(*c.session.store().read(QString::fromUtf16(table), id));
    const int steps = c.session.undoStack().count();

    deleteChild(c.session, c.child);
    for (const auto &[table, id] : theirs) {
        INFO(QString::fromUtf16(table).toStdString());
        CHECK_FALSE(c.session.store().exists(QString::fromUtf16(table), id));
    }
    CHECK(c.session.undoStack().count() == steps + 1);
    CHECK(danglingReferences(c.t.db()).isEmpty());
    // The teacher and the setting stay: the child was theirs, not the reverse.
    CHECK(c.session.store().exists(u"staff", c.teacher));
    CHECK(c.session.store().exists(u"setting", c.setting));

    c.session.undoStack().undo();
    for (qsizetype i = 0; i < qsizetype(std::size(theirs)); ++i)
        CHECK(c.session.store().read(QString::fromUtf16(theirs[i].first), theirs[i].second) ==
              before[i]);
    CHECK(danglingReferences(c.t.db()).isEmpty());
}

TEST_CASE("A delete a Refuse rule blocks is refused, naming what holds it", "[casework][delete]")
{
    Casebook c;
    const QByteArray before = canonicalDump(c.t.db());
    const QString message = refusal([&] { deleteRecord(c.session, settingKind(), c.setting); });
    CHECK(message.contains(QStringLiteral("cannot be deleted")));
    CHECK(message.contains(QStringLiteral("Ava Stone")));
    CHECK(canonicalDump(c.t.db()) == before);
    // A teacher's cases keep naming them: history, not a reason to refuse.
    c.openCase();
    deleteRecord(c.session, staffKind(), c.teacher);
    CHECK_FALSE(c.session.store().exists(u"staff", c.teacher));
    CHECK(danglingReferences(c.t.db()).isEmpty());
}

TEST_CASE("check names a live record that refers to one that is not there", "[casework][delete]")
{
    Casebook c;
    const QUuid involvement = c.openCase();
    CHECK(danglingReferences(c.t.db()).isEmpty());
    c.session.store().remove(u"child", c.child); // past the rules, as an old version could
    const QStringList found = danglingReferences(c.t.db());
    REQUIRE(found.size() == 2); // the case and the agreement to engage
    CHECK(found.join(u' ').contains(involvement.toString(QUuid::WithoutBraces)));
    CHECK(found.join(u' ').contains(QStringLiteral("child_id")));
}

TEST_CASE("Every synced table has a record kind with a name, and every reference a delete rule",
          "[records][delete]")
{
    TestDatabase t;
    for (const SyncedTable &table : Replica::of(t.db()).schema().tables()) {
        INFO(table.name.toStdString());
        CHECK(recordKindForTable(table.name) != nullptr);
    }
    for (const RecordKind *kind : allRecordKinds()) {
        CHECK(Replica::of(t.db()).schema().find(kind->type().table) != nullptr);
        CHECK_FALSE(kind->noun().isEmpty());
        for (const FieldSpec &field : kind->type().fields) {
            if (field.type != FieldType::RecordId)
                continue;
            INFO(kind->type().table.toStdString() << "." << field.name.toStdString());
            CHECK(field.onDelete != OnDelete::Undeclared);
            CHECK(recordKindForTable(field.recordTable) != nullptr);
        }
    }
}
