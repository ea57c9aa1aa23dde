#include "commands/BatchEditCommand.h"
#include "commands/EditSession.h"
#include "commands/RecordCommands.h"
#include "common/Error.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"
#include "sync/ChangeLog.h"
#include "sync/Store.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace casebook;
using casebook::test::TestDatabase;

namespace {

QVariantMap beech()
{
    return {{QStringLiteral("name"), QStringLiteral("Beech Nursery")},
            {QStringLiteral("district_code"), QStringLiteral("dover")}};
}

QUuid addSetting(EditSession &session)
{
    auto command = std::make_unique<InsertRecordCommand>(session, QStringLiteral("setting"),
                                                         beech(), QStringLiteral("Beech Nursery"));
    auto *raw = command.get();
    session.execute(std::move(command));
    return raw->recordId();
}

void editName(EditSession &session, QUuid id, const QString &name)
{
    session.execute(std::make_unique<UpdateRecordCommand>(
        session, QStringLiteral("setting"), id, QVariantMap{{QStringLiteral("name"), name}},
        QStringLiteral("setting")));
}

QString nameOf(EditSession &session, QUuid id)
{
    const auto row = session.store().read(u"setting", id);
    return row ? row->value(QStringLiteral("name")).toString() : QString();
}

} // namespace

TEST_CASE("Undo and redo a creation", "[commands]")
{
    TestDatabase t;
    EditSession session(t.db());
    const QUuid id = addSetting(session);
    CHECK(session.store().exists(u"setting", id));
    CHECK(session.undoStack().undoText() == QStringLiteral("Add Beech Nursery"));

    session.undoStack().undo();
    CHECK_FALSE(session.store().exists(u"setting", id));
    session.undoStack().redo();
    CHECK(session.store().exists(u"setting", id));
    CHECK(nameOf(session, id) == QStringLiteral("Beech Nursery"));
}

TEST_CASE("Undo of an edit is itself a change that syncs", "[commands]")
{
    TestDatabase t;
    EditSession session(t.db());
    const QUuid id = addSetting(session);
    t.time().ms += 1000;
    editName(session, id, QStringLiteral("Beech Tree Nursery"));
    const qint64 beforeUndo = ChangeLog(t.db()).lastSequence();
    t.time().ms += 1000;

    session.undoStack().undo();
    CHECK(nameOf(session, id) == QStringLiteral("Beech Nursery"));
    const auto entries = ChangeLog(t.db()).entries(beforeUndo);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().field == QStringLiteral("name"));
    CHECK(entries.first().value == QVariant(QStringLiteral("Beech Nursery")));
    CHECK(entries.first().stamp.milliseconds() == t.time().ms);
}

TEST_CASE("Undo of a delete brings the record back under its own id", "[commands]")
{
    TestDatabase t;
    EditSession session(t.db());
    const QUuid id = addSetting(session);
    session.execute(std::make_unique<DeleteRecordCommand>(session, QStringLiteral("setting"), id,
                                                          QStringLiteral("Beech Nursery")));
    CHECK_FALSE(session.store().exists(u"setting", id));
    session.undoStack().undo();
    CHECK(nameOf(session, id) == QStringLiteral("Beech Nursery"));
    Statement tombstones(t->handle(), QStringLiteral("SELECT count(*) FROM sync_tombstone"));
    tombstones.step();
    CHECK(tombstones.int64(0) == 0);
}

TEST_CASE("Typing into one field is one undo step", "[commands]")
{
    TestDatabase t;
    EditSession session(t.db());
    const QUuid id = addSetting(session);
    const int steps = session.undoStack().count();
    editName(session, id, QStringLiteral("B"));
    editName(session, id, QStringLiteral("Bi"));
    editName(session, id, QStringLiteral("Birch"));
    CHECK(session.undoStack().count() == steps + 1);
    session.undoStack().undo();
    CHECK(nameOf(session, id) == QStringLiteral("Beech Nursery"));
    session.undoStack().redo();
    CHECK(nameOf(session, id) == QStringLiteral("Birch"));
}

TEST_CASE("A command that fails changes nothing and is not on the stack", "[commands]")
{
    TestDatabase t;
    EditSession session(t.db());
    QVariantMap bad = beech();
    bad[QStringLiteral("district_code")] = QStringLiteral("narnia");
    REQUIRE_THROWS_AS(session.execute(std::make_unique<InsertRecordCommand>(
                          session, QStringLiteral("setting"), bad, QStringLiteral("x"))),
                      Error);
    CHECK(session.undoStack().count() == 0);
    CHECK(ChangeLog(t.db()).entries().isEmpty());
}

TEST_CASE("An undo that cannot be carried out is reported and dropped", "[commands]")
{
    TestDatabase t;
    EditSession session(t.db());
    QSignalSpy failures(&session, &EditSession::stepDropped);
    const QUuid id = addSetting(session);
    // Someone else (a sync, say) deleted the record since.
    session.store().remove(u"setting", id);
    session.undoStack().undo();
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().first().toString().contains(QLatin1String("Add Beech Nursery")));
    CHECK(failures.first().first().toString().contains(QLatin1String("not undone")));
    CHECK(session.undoStack().count() == 0);
    CHECK_FALSE(session.store().exists(u"setting", id));
}

TEST_CASE("Changes are announced once, after the outermost commit; a rollback announces nothing",
          "[commands][notify]")
{
    TestDatabase t;
    EditSession session(t.db());
    qRegisterMetaType<QList<Store::RowChange>>();
    const QUuid a = addSetting(session);
    const QUuid b = addSetting(session);
    QSignalSpy batches(&session.store(), &Store::changesCommitted);
    QSignalSpy rows(&session.store(), &Store::rowChanged);

    // Three edits in one command: one batch, sent after the commit.
    QList<RecordChange> changes;
    for (const QUuid id : {a, b})
        changes.append({QStringLiteral("setting"), id,
                        QVariantMap{{u"name"_qs, u"Beech Nursery"_qs}},
                        QVariantMap{{u"name"_qs, u"Beech Nursery School"_qs}}});
    changes.append({QStringLiteral("setting"), QUuid(), std::nullopt, beech()});
    bool committedWhenTold = false;
    QObject::connect(&session.store(), &Store::changesCommitted, &session, [&] {
        committedWhenTold = sqlite3_get_autocommit(t->handle()) != 0; // no transaction open
    });
    session.execute(
        std::make_unique<BatchEditCommand>(session, QStringLiteral("Rename two"), changes));
    REQUIRE(batches.size() == 1);
    const auto batch = batches.first().first().value<QList<Store::RowChange>>();
    CHECK(batch.size() == 3);
    CHECK(batch.first().id == a);
    CHECK(batch.last().operation == Store::Operation::Insert);
    CHECK(rows.size() == 3);
    CHECK(committedWhenTold);

    // Writes whose transaction rolls back: nothing at all.
    batches.clear();
    rows.clear();
    {
        Transaction transaction(t.db());
        session.store().update(u"setting", a, {{QStringLiteral("name"), QStringLiteral("Gone")}});
        session.store().remove(u"setting", b);
    } // not committed
    CHECK(batches.isEmpty());
    CHECK(rows.isEmpty());
    CHECK(nameOf(session, a) == QStringLiteral("Beech Nursery School"));
}

TEST_CASE("A store may outlive its database and still go quietly", "[commands][notify]")
{
    TestDatabase t;
    auto session = std::make_unique<EditSession>(t.db());
    addSetting(*session);
    const qsizetype entries = ChangeLog(t.db()).entries().size();
    t.close(); // as a test that reopens the file does
    session.reset();
    t.reopen();
    CHECK(ChangeLog(t.db()).entries().size() == entries);
}
