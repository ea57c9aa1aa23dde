// The verbs every record kind gets from its declaration: add, list, show,
// edit and delete, run in-process on a test clock.
#include "common/Command.h"
#include "common/Commands.h"
#include "records/RecordKind.h"
#include "records/RecordKinds.h"
#include "records/RecordVerbs.h"
#include "support/CliRun.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using casebook::test::CliDatabase;
using casebook::test::Run;

namespace {

QStringList words(const QString &group, std::initializer_list<QString> more)
{
    QStringList list = group.split(u' ');
    list += QStringList(more);
    return list;
}

QJsonArray listed(const CliDatabase &db, const QStringList &arguments)
{
    const Run run =
        db.run(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

// The id of the first record `casebook LIST… --format json` lists.
QString firstListed(const CliDatabase &db, const QStringList &arguments)
{
    const QJsonArray all = listed(db, arguments);
    REQUIRE_FALSE(all.isEmpty());
    return all.first().toObject().value(u"id").toString();
}

QString addedId(const Run &run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const qsizetype open = run.out.lastIndexOf(u'(');
    REQUIRE(open > 0);
    return run.out.mid(open + 1, 36);
}

} // namespace

TEST_CASE("Every record kind has add, list, show, edit and delete verbs", "[cli][verbs]")
{
    const casebook::CommandList commands = casebook::allCommands();
    QStringList names;
    for (const auto &command : commands)
        names.append(command->name());
    for (const casebook::RecordKind *kind : casebook::allRecordKinds()) {
        const QString group = casebook::recordVerbGroup(*kind);
        INFO(kind->type().table.toStdString());
        REQUIRE_FALSE(group.isEmpty());
        for (const char *verb : {"add", "list", "show", "edit", "delete"})
            CHECK(names.contains(group + u' ' + QLatin1String(verb)));
    }
    // A feature's own verb keeps its name and wins over the generic one.
    CHECK(names.count(QStringLiteral("children add")) == 1);
    CHECK(names.contains(QStringLiteral("casework open")));
}

TEST_CASE("A kind with no verbs of its own is added, listed, shown, edited and deleted",
          "[cli][verbs]")
{
    CliDatabase db;
    REQUIRE(db.run({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("5")})
                .status == 0);
    const QString child = firstListed(db, {QStringLiteral("children"), QStringLiteral("list")});
    const QString group = QStringLiteral("children contacts");

    const QString id = addedId(db.run(words(
        group, {QStringLiteral("add"), QStringLiteral("--set"), QStringLiteral("child_id=") + child,
                QStringLiteral("--set"), QStringLiteral("name=Robin Quill"),
                QStringLiteral("--set"), QStringLiteral("relationship=grandparent")})));

    const QJsonArray theirs =
        listed(db, words(group, {QStringLiteral("list"), QStringLiteral("--where"),
                                 QStringLiteral("child_id=") + child}));
    bool found = false;
    for (const auto &row : theirs) {
        CHECK(row.toObject().value(u"child_id").toString() == child);
        found = found || row.toObject().value(u"id").toString() == id;
    }
    CHECK(found);

    const Run shown = db.run(words(group, {QStringLiteral("show"), id}));
    CHECK(shown.status == 0);
    CHECK(shown.out.contains(QStringLiteral("Robin Quill")));

    const Run edited = db.run(words(group, {QStringLiteral("edit"), id, QStringLiteral("--set"),
                                            QStringLiteral("name=Robin Quillan")}));
    CHECK(edited.status == 0);
    CHECK(edited.out.contains(QStringLiteral("1 field changed")));
    const Run json = db.run(words(
        group, {QStringLiteral("show"), id, QStringLiteral("--format"), QStringLiteral("json")}));
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"name").toString() ==
          QStringLiteral("Robin Quillan"));

    SECTION("a field that does not exist is named, and nothing changes")
    {
        const Run wrong = db.run(words(group, {QStringLiteral("edit"), id, QStringLiteral("--set"),
                                               QStringLiteral("colour=blue")}));
        CHECK(wrong.status != 0);
        CHECK(wrong.err.contains(QStringLiteral("colour")));
    }
    SECTION("an id that is not there is named")
    {
        const Run missing =
            db.run(words(group, {QStringLiteral("show"),
                                 QStringLiteral("01a2319f-0000-7000-8000-000000000000")}));
        CHECK(missing.status == 1);
        CHECK(missing.err.contains(QStringLiteral("01a2319f-0000-7000-8000-000000000000")));
    }
    SECTION("deleted, it is gone")
    {
        const Run deleted = db.run(words(group, {QStringLiteral("delete"), id}));
        CHECK(deleted.status == 0);
        CHECK(deleted.out.contains(QStringLiteral("Robin Quillan")));
        CHECK(db.run(words(group, {QStringLiteral("show"), id})).status == 1);
        CHECK(db.run({QStringLiteral("check")}).status == 0);
    }
}

TEST_CASE("children delete takes what belongs to the child; settings delete is refused while "
          "children attend",
          "[cli][verbs]")
{
    CliDatabase db;
    REQUIRE(db.run({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("120")})
                .status == 0);
    const QJsonArray children = listed(db, {QStringLiteral("children"), QStringLiteral("list")});
    REQUIRE(!children.isEmpty());
    // A child with contacts of their own, never on a LIFT agenda nor asked about at a
    // drop-in (those keep them).
    QString child;
    for (const auto &row : children) {
        const QString id = row.toObject().value(u"id").toString();
        if (!listed(db,
                    {QStringLiteral("children"), QStringLiteral("contacts"), QStringLiteral("list"),
                     QStringLiteral("--where"), QStringLiteral("child_id=") + id})
                 .isEmpty() &&
            listed(db, {QStringLiteral("lift"), QStringLiteral("referral"), QStringLiteral("list"),
                        QStringLiteral("--where"), QStringLiteral("child_id=") + id})
                .isEmpty() &&
            listed(db, {QStringLiteral("dropin"), QStringLiteral("consultation"),
                        QStringLiteral("list"), QStringLiteral("--where"),
                        QStringLiteral("child_id=") + id})
                .isEmpty()) {
            child = id;
            break;
        }
    }
    REQUIRE_FALSE(child.isEmpty());
    const QString setting = [&] {
        const Run shown = db.run({QStringLiteral("children"), QStringLiteral("show"), child,
                                  QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"setting_id").toString();
    }();

    const Run refused = db.run({QStringLiteral("settings"), QStringLiteral("delete"), setting});
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("cannot be deleted")));
    CHECK(refused.err.contains(QStringLiteral("child")));

    const Run deleted = db.run({QStringLiteral("children"), QStringLiteral("delete"), child});
    INFO(deleted.err.toStdString());
    CHECK(deleted.status == 0);
    CHECK(
        listed(db, {QStringLiteral("children"), QStringLiteral("contacts"), QStringLiteral("list"),
                    QStringLiteral("--where"), QStringLiteral("child_id=") + child})
            .isEmpty());
    CHECK(db.run({QStringLiteral("check")}).status == 0);
}

TEST_CASE("In-process runs take their time from the test clock", "[cli][verbs]")
{
    CliDatabase db;
    db.clock->ms = QDateTime(QDate(2025, 3, 4), QTime(10, 0)).toMSecsSinceEpoch();
    REQUIRE(db.run({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("5")})
                .status == 0);
    const QString involvement =
        firstListed(db, {QStringLiteral("casework"), QStringLiteral("list")});
    REQUIRE(db.run({QStringLiteral("contacts"), QStringLiteral("add"), involvement,
                    QStringLiteral("--set"), QStringLiteral("minutes=30"), QStringLiteral("--set"),
                    QStringLiteral("advice=Praise effort")})
                .status == 0);
    const QJsonArray contacts = listed(db, {QStringLiteral("contacts"), QStringLiteral("list"),
                                            QStringLiteral("--involvement"), involvement});
    REQUIRE_FALSE(contacts.isEmpty());
    CHECK(contacts.first().toObject().value(u"contact_date").toString() ==
          QStringLiteral("2025-03-04"));
}

TEST_CASE("A wrong --format is refused before the database file is made", "[cli][verbs]")
{
    CliDatabase db;
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("staff"), QStringLiteral("list")},
          QStringList{QStringLiteral("children"), QStringLiteral("consent"),
                      QStringLiteral("list")},
          QStringList{QStringLiteral("casework"), QStringLiteral("list")}}) {
        const Run run =
            db.run(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("xml")});
        INFO(arguments.join(u' ').toStdString());
        CHECK(run.status == 2);
        CHECK(run.err.contains(QStringLiteral("xml")));
        CHECK_FALSE(QFileInfo::exists(db.path));
    }
}
