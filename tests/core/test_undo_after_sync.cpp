// Undo and redo never write over a change that arrived after the step: from
// another installation's package, the command line or a second window.
#include "commands/EditSession.h"
#include "commands/RecordCommands.h"
#include "storage/Database.h"
#include "support/SyncPeers.h"
#include "sync/Conflicts.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::Installation;

namespace {

const QString setting = QStringLiteral("setting");

QUuid addSetting(EditSession &session, const QString &name)
{
    auto command = std::make_unique<InsertRecordCommand>(
        session, setting,
        QVariantMap{{QStringLiteral("name"), name},
                    {QStringLiteral("district_code"), QStringLiteral("dover")}},
        name);
    auto *raw = command.get();
    session.execute(std::move(command));
    return raw->recordId();
}

void edit(EditSession &session, QUuid id, const QString &field, const QString &value)
{
    auto command = std::make_unique<UpdateRecordCommand>(
        session, setting, id, QVariantMap{{field, value}}, QStringLiteral("setting"));
    command->setMergeable(false);
    session.execute(std::move(command));
}

QString valueOf(Installation &at, QUuid id, const QString &field)
{
    const auto row = at.store().read(setting, id);
    return row ? row->value(field).toString() : QStringLiteral("(gone)");
}

// A renames the school it added and sends both steps to B; B then edits
// `field` and sends that back.
struct RenamedThenEditedElsewhere
{
    Installation a, b;
    EditSession onA{a.db()};
    QSignalSpy dropped{&onA, &EditSession::stepDropped};
    QUuid id;

    RenamedThenEditedElsewhere(const QString &field, const QString &value)
    {
        id = addSetting(onA, QStringLiteral("Oak"));
        edit(onA, id, QStringLiteral("name"), QStringLiteral("Oak Primary"));
        test::send(a, b);
        b.time().ms += 60'000;
        b.store().update(setting, id, {{field, value}});
        a.time().ms += 120'000;
        test::send(b, a);
    }
};

} // namespace

TEST_CASE("Undo after importing a later edit of the same field is dropped, not written over it",
          "[commands][sync][undo]")
{
    RenamedThenEditedElsewhere t(QStringLiteral("name"), QStringLiteral("Oak Primary School"));
    auto &[a, b, onA, failures, id] = t;

    onA.undoStack().undo(); // the rename: B renamed it again since
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().first().toString().contains(QStringLiteral("not undone")));
    CHECK(valueOf(a, id, QStringLiteral("name")) == QStringLiteral("Oak Primary School"));
    CHECK(onA.undoStack().count() == 1); // the creation is still there to undo
    CHECK(onA.undoStack().index() == 1);

    // And nothing travels back that would overwrite B's edit.
    test::send(a, b);
    CHECK(valueOf(b, id, QStringLiteral("name")) == QStringLiteral("Oak Primary School"));
    CHECK(listConflicts(b.db()).isEmpty());
}

TEST_CASE("Undo goes through when the change that arrived touched other fields",
          "[commands][sync][undo]")
{
    RenamedThenEditedElsewhere t(QStringLiteral("postcode"), QStringLiteral("CT1 1AA"));
    auto &[a, b, onA, failures, id] = t;

    onA.undoStack().undo();
    CHECK(failures.isEmpty());
    CHECK(valueOf(a, id, QStringLiteral("name")) == QStringLiteral("Oak"));
    CHECK(valueOf(a, id, QStringLiteral("postcode")) == QStringLiteral("CT1 1AA"));
    // Undoing the creation would delete B's postcode with the record: dropped.
    onA.undoStack().undo();
    REQUIRE(failures.size() == 1);
    CHECK(valueOf(a, id, QStringLiteral("postcode")) == QStringLiteral("CT1 1AA"));
}

TEST_CASE("A chain of local undos and redos is never mistaken for a change from elsewhere",
          "[commands][undo]")
{
    Installation a;
    EditSession onA(a.db());
    QSignalSpy failures(&onA, &EditSession::stepDropped);
    const QUuid id = addSetting(onA, QStringLiteral("Oak"));
    edit(onA, id, QStringLiteral("name"), QStringLiteral("Oak 2"));
    edit(onA, id, QStringLiteral("name"), QStringLiteral("Oak 3"));
    edit(onA, id, QStringLiteral("name"), QStringLiteral("Oak 4"));
    onA.undoStack().undo();
    onA.undoStack().undo();
    onA.undoStack().redo();
    onA.undoStack().undo();
    onA.undoStack().undo();
    CHECK(valueOf(a, id, QStringLiteral("name")) == QStringLiteral("Oak"));
    onA.undoStack().undo();
    CHECK(valueOf(a, id, QStringLiteral("name")) == QStringLiteral("(gone)"));
    onA.undoStack().redo();
    onA.undoStack().redo();
    onA.undoStack().redo();
    CHECK(valueOf(a, id, QStringLiteral("name")) == QStringLiteral("Oak 3"));
    CHECK(failures.isEmpty());
}

TEST_CASE("Redo after importing an edit of the undone field is dropped", "[commands][sync][undo]")
{
    Installation a, b;
    EditSession onA(a.db());
    QSignalSpy failures(&onA, &EditSession::stepDropped);
    const QUuid id = addSetting(onA, QStringLiteral("Oak"));
    edit(onA, id, QStringLiteral("name"), QStringLiteral("Oak Primary"));
    onA.undoStack().undo();
    test::send(a, b);
    b.time().ms += 60'000;
    b.store().update(setting, id, {{QStringLiteral("name"), QStringLiteral("Oak Infants")}});
    a.time().ms += 120'000;
    test::send(b, a);

    onA.undoStack().redo();
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().first().toString().contains(QStringLiteral("not redone")));
    CHECK(valueOf(a, id, QStringLiteral("name")) == QStringLiteral("Oak Infants"));
}

TEST_CASE("An edit made in a second window is not overwritten by undo in the first",
          "[commands][undo]")
{
    Installation a;
    EditSession first(a.db());
    QSignalSpy failures(&first, &EditSession::stepDropped);
    const QUuid id = addSetting(first, QStringLiteral("Oak"));
    edit(first, id, QStringLiteral("name"), QStringLiteral("Oak Primary"));

    // A second window opens its own connection on the same file.
    auto secondDb = Database::open(a.db().path(), a.time().environment());
    EditSession second(*secondDb);
    edit(second, id, QStringLiteral("name"), QStringLiteral("Oak Junior"));

    first.undoStack().undo();
    REQUIRE(failures.size() == 1);
    CHECK(valueOf(a, id, QStringLiteral("name")) == QStringLiteral("Oak Junior"));
    // The second window's own undo is its own step, and goes through.
    QSignalSpy secondFailures(&second, &EditSession::stepDropped);
    second.undoStack().undo();
    CHECK(secondFailures.isEmpty());
    CHECK(valueOf(a, id, QStringLiteral("name")) == QStringLiteral("Oak Primary"));
}
