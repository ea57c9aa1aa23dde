#include "children/ChildRecords.h"
#include "commands/EditSession.h"
#include "common/Error.h"
#include "storage/Statement.h"
#include "support/TestDatabase.h"
#include "sync/CanonicalDump.h"
#include "sync/Store.h"

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::TestDatabase;

namespace {

const QString validUpn = QStringLiteral("A123456789012");

QVariantMap ava()
{
    return {{QStringLiteral("first_name"), QStringLiteral("Ava")},
            {QStringLiteral("last_name"), QStringLiteral("Stone")},
            {QStringLiteral("date_of_birth"), QStringLiteral("2018-03-04")},
            {QStringLiteral("upn"), validUpn}};
}

QVariantMap with(QVariantMap values, const char *field, const QVariant &value)
{
    values.insert(QString::fromLatin1(field), value);
    return values;
}

Error::Kind refusal(const std::function<void()> &edit, QString *message = nullptr)
{
    try {
        edit();
    } catch (const Error &error) {
        // The window names a field by its label, the command line by its name too.
        if (!error.field().isEmpty()) {
            CHECK_FALSE(error.message().contains(u'(' + error.field() + u')'));
            CHECK(error.commandLineMessage().contains(u'(' + error.field() + u')'));
        }
        if (message)
            *message = error.commandLineMessage();
        return error.kind();
    }
    FAIL("the edit was accepted");
    return Error::Kind::Storage;
}

QVariant field(EditSession &session, QUuid id, const char *name)
{
    const auto row = session.store().read(u"child", id);
    return row ? row->value(QString::fromLatin1(name)) : QVariant();
}

} // namespace

TEST_CASE("A child is added with defaults and canonical values", "[children]")
{
    TestDatabase t;
    EditSession session(t.db());
    const QUuid id = addRecord(session, childKind(),
                               with(with(ava(), "upn", QStringLiteral(" a123 456789012 ")),
                                    "primary_need", QStringLiteral("asd")));
    CHECK(field(session, id, "status").toString() == QStringLiteral("active"));
    CHECK(field(session, id, "upn").toString() == validUpn);
    CHECK(field(session, id, "primary_need").toString() == QStringLiteral("ASD"));
    CHECK(session.undoStack().undoText() == QStringLiteral("Add child Ava Stone"));
}

TEST_CASE("Invalid child records are refused with the field named", "[children]")
{
    TestDatabase t;
    EditSession session(t.db());
    QString message;
    CHECK(refusal(
              [&] {
                  addRecord(session, childKind(),
                            with(ava(), "upn", QStringLiteral("B123456789012")));
              },
              &message) == Error::Kind::Invalid);
    CHECK(message.contains(QLatin1String("UPN (upn)")));
    CHECK(message.contains(QLatin1String("check letter")));

    CHECK(refusal(
              [&] {
                  addRecord(session, childKind(), with(ava(), "last_name", QStringLiteral("  ")));
              },
              &message) == Error::Kind::Invalid);
    CHECK(message.contains(QLatin1String("last_name")));

    CHECK(refusal(
              [&] {
                  addRecord(session, childKind(),
                            with(ava(), "date_of_birth", QStringLiteral("2031-01-01")));
              },
              &message) == Error::Kind::Invalid);
    CHECK(message.contains(QLatin1String("in the future")));

    CHECK(refusal(
              [&] {
                  addRecord(session, childKind(),
                            with(ava(), "primary_need", QStringLiteral("XYZ")));
              },
              &message) == Error::Kind::Invalid);
    CHECK(message.contains(QLatin1String("primary_need")));

    auto sameNeeds = with(with(ava(), "primary_need", QStringLiteral("HI")), "secondary_need",
                          QStringLiteral("hi"));
    CHECK(refusal([&] { addRecord(session, childKind(), sameNeeds); }, &message) ==
          Error::Kind::Invalid);
    CHECK(message.contains(QLatin1String("secondary_need")));

    CHECK(refusal([&] {
              addRecord(session, childKind(), with(ava(), "year_group_override", 20));
          }) == Error::Kind::Invalid);
    CHECK(refusal(
              [&] {
                  addRecord(session, childKind(), with(ava(), "setting_id", QUuid::createUuid()));
              },
              &message) == Error::Kind::Invalid);
    CHECK(message.contains(QLatin1String("setting_id")));
    CHECK(
        refusal(
            [&] { addRecord(session, childKind(), with(ava(), "colour", QStringLiteral("blue"))); },
            &message) == Error::Kind::Invalid);
    CHECK(message.contains(QLatin1String("colour")));

    CHECK(session.undoStack().count() == 0);
    Statement count(t.db().handle(), QStringLiteral("SELECT count(*) FROM child"));
    REQUIRE(count.step());
    CHECK(count.int64(0) == 0);
}

TEST_CASE("A duplicate UPN is refused unless it is confirmed to be a different child", "[children]")
{
    TestDatabase t;
    EditSession session(t.db());
    const QUuid first = addRecord(session, childKind(), ava());
    const QVariantMap ben = with(ava(), "first_name", QStringLiteral("Ben"));
    QString message;
    CHECK(refusal([&] { addRecord(session, childKind(), ben); }, &message) ==
          Error::Kind::Duplicate);
    CHECK(message.contains(QLatin1String("Ava Stone")));
    CHECK(message.contains(QLatin1String("04/03/2018")));

    const QUuid second = addRecord(session, childKind(), ben, {true});
    CHECK(second != first);
    CHECK(field(session, second, "upn").toString() == validUpn);
    CHECK(field(session, first, "first_name").toString() == QStringLiteral("Ava")); // not merged

    // Editing another child to the same UPN is the same rule.
    const QUuid third =
        addRecord(session, childKind(),
                  with(with(ava(), "first_name", QStringLiteral("Cal")), "upn", QVariant()));
    CHECK(refusal([&] {
              editRecord(session, childKind(), third, {{QStringLiteral("upn"), validUpn}});
          }) == Error::Kind::Duplicate);
    // A child's own UPN is no duplicate of itself.
    CHECK(editRecord(session, childKind(), first,
                     {{QStringLiteral("notes"), QStringLiteral("x")}}) == 1);
}

TEST_CASE("A child with the name and birthday of another is a likely duplicate", "[children]")
{
    TestDatabase t;
    EditSession session(t.db());
    const QUuid first = addRecord(session, childKind(), with(ava(), "upn", QVariant()));
    const QByteArray before = canonicalDump(t.db());

    // Accents, case and spacing aside, at any setting, with or without a UPN.
    const QVariantMap again{{QStringLiteral("first_name"), QStringLiteral("  ÁVA ")},
                            {QStringLiteral("last_name"), QStringLiteral("stone")},
                            {QStringLiteral("date_of_birth"), QStringLiteral("2018-03-04")}};
    for (const QVariant &upn : {QVariant(), QVariant(validUpn)}) {
        try {
            addRecord(session, childKind(), with(again, "upn", upn));
            FAIL("a likely duplicate went in");
        } catch (const Error &error) {
            INFO(error.message().toStdString());
            CHECK(error.kind() == Error::Kind::Duplicate);
            CHECK(error.record() == first);
            CHECK(error.message().contains(QLatin1String("Ava Stone, born 04/03/2018")));
        }
    }
    CHECK(canonicalDump(t.db()) == before);

    // Another birthday or another name is another child.
    CHECK_NOTHROW(addRecord(session, childKind(),
                            with(again, "date_of_birth", QStringLiteral("2018-03-05"))));
    CHECK_NOTHROW(
        addRecord(session, childKind(), with(again, "first_name", QStringLiteral("Avan"))));
    // Two different UPNs are two children.
    const QVariantMap noor = with(ava(), "first_name", QStringLiteral("Noor"));
    addRecord(session, childKind(), noor);
    CHECK_NOTHROW(
        addRecord(session, childKind(), with(noor, "upn", QStringLiteral("B801200005001"))));

    // Confirmed, both are kept; an edit that leaves the name alone is not asked again.
    const QUuid twin = addRecord(session, childKind(), again, {true});
    CHECK(twin != first);
    CHECK(editRecord(session, childKind(), twin,
                     {{QStringLiteral("notes"), QStringLiteral("y")}}) == 1);
    // Renaming another child to the same name and birthday is the same rule.
    const QUuid cal =
        addRecord(session, childKind(),
                  with(with(ava(), "first_name", QStringLiteral("Cal")), "upn", QVariant()));
    CHECK(refusal([&] {
              editRecord(session, childKind(), cal,
                         {{QStringLiteral("first_name"), QStringLiteral("Ava")}});
          }) == Error::Kind::Duplicate);
}

TEST_CASE("Undo and redo of adding, editing and deleting a child", "[children]")
{
    TestDatabase t;
    EditSession session(t.db());
    const QUuid id = addRecord(session, childKind(), ava());
    CHECK(editRecord(session, childKind(), id,
                     {{QStringLiteral("first_name"), QStringLiteral("Avery")}}) == 1);
    CHECK(editRecord(session, childKind(), id,
                     {{QStringLiteral("first_name"), QStringLiteral("Avery")}}) == 0);
    deleteRecord(session, childKind(), id);
    CHECK_FALSE(session.store().exists(u"child", id));

    QUndoStack &stack = session.undoStack();
    CHECK(stack.count() == 3);
    stack.undo(); // the delete
    CHECK(field(session, id, "first_name").toString() == QStringLiteral("Avery"));
    stack.undo(); // the edit
    CHECK(field(session, id, "first_name").toString() == QStringLiteral("Ava"));
    stack.undo(); // the creation
    CHECK_FALSE(session.store().exists(u"child", id));
    stack.redo();
    stack.redo();
    CHECK(field(session, id, "first_name").toString() == QStringLiteral("Avery"));
    stack.redo();
    CHECK_FALSE(session.store().exists(u"child", id));
}

TEST_CASE("Contacts and agreements to engage belong to a child", "[children]")
{
    TestDatabase t;
    EditSession session(t.db());
    const QUuid child = addRecord(session, childKind(), ava());
    addRecord(session, childContactKind(),
              {{QStringLiteral("child_id"), child},
               {QStringLiteral("name"), QStringLiteral("Jo Stone")},
               {QStringLiteral("parental_responsibility"), true}});
    const QUuid consent = addRecord(session, consentKind(),
                                    {{QStringLiteral("child_id"), child},
                                     {QStringLiteral("given_by"), QStringLiteral("Jo Stone")},
                                     {QStringLiteral("given_on"), QStringLiteral("2025-10-01")},
                                     {QStringLiteral("scope"), QStringLiteral("Observation")}});
    const auto contacts = readRecordsWhere(t.db(), childContactKind().type(), u"child_id", child);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts.first().second.value(QStringLiteral("parental_responsibility")).toLongLong() ==
          1);

    QString message;
    CHECK(refusal(
              [&] {
                  editRecord(session, consentKind(), consent,
                             {{QStringLiteral("withdrawn_on"), QStringLiteral("2025-09-01")}});
              },
              &message) == Error::Kind::Invalid);
    CHECK(message.contains(QLatin1String("withdrawn_on")));
    CHECK(editRecord(session, consentKind(), consent,
                     {{QStringLiteral("withdrawn_on"), QStringLiteral("2025-11-01")},
                      {QStringLiteral("withdrawn_by"), QStringLiteral("Jo Stone")}}) == 2);
    CHECK(refusal([&] {
              addRecord(session, childContactKind(),
                        {{QStringLiteral("name"), QStringLiteral("No Child")}});
          }) == Error::Kind::Invalid);
}

TEST_CASE("findChild takes an id or a UPN", "[children]")
{
    TestDatabase t;
    EditSession session(t.db());
    const QUuid id = addRecord(session, childKind(), ava());
    CHECK(findChild(t.db(), id.toString(QUuid::WithoutBraces)) == id);
    CHECK(findChild(t.db(), QStringLiteral("a123456789012")) == id);
    CHECK(refusal([&] { findChild(t.db(), QStringLiteral("Z999999999999")); }) ==
          Error::Kind::NotFound);
    addRecord(session, childKind(), with(ava(), "first_name", QStringLiteral("Ben")), {true});
    QString message;
    CHECK(refusal([&] { findChild(t.db(), validUpn); }, &message) == Error::Kind::Invalid);
    CHECK(message.contains(QLatin1String("2 children")));
}

TEST_CASE("Deleting a child takes their contacts and consent with it, in one undo step",
          "[children]")
{
    TestDatabase t;
    EditSession session(t.db());
    const QUuid child = addRecord(session, childKind(), ava());
    const QUuid contact = addRecord(session, childContactKind(),
                                    {{QStringLiteral("child_id"), child},
                                     {QStringLiteral("name"), QStringLiteral("Jo Stone")}});
    deleteChild(session, child);
    CHECK_FALSE(session.store().exists(u"child", child));
    CHECK_FALSE(session.store().exists(u"child_contact", contact));
    CHECK(session.undoStack().undoText() == QStringLiteral("Delete child Ava Stone"));
    session.undoStack().undo();
    CHECK(session.store().exists(u"child", child));
    CHECK(session.store().read(u"child_contact", contact)->value(QStringLiteral("name")) ==
          QStringLiteral("Jo Stone"));
}
