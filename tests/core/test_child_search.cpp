#include "children/ChildRecords.h"
#include "children/ChildSearch.h"
#include "commands/EditSession.h"
#include "settings/SettingRecords.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::TestDatabase;

namespace {

struct Fixture
{
    TestDatabase t;
    EditSession session{t.db()};
    QUuid oak, elm;

    Fixture()
    {
        oak = addRecord(session, settingKind(),
                        {{QStringLiteral("name"), QStringLiteral("Oakfield Primary School")},
                         {QStringLiteral("district_code"), QStringLiteral("dover")}});
        elm = addRecord(session, settingKind(),
                        {{QStringLiteral("name"), QStringLiteral("Elm Tree Nursery")},
                         {QStringLiteral("district_code"), QStringLiteral("thanet")}});
    }

    QUuid child(const char *first, const char *last, QUuid setting, const char *need = nullptr,
                const char *upn = nullptr)
    {
        QVariantMap values{{QStringLiteral("first_name"), QString::fromUtf8(first)},
                           {QStringLiteral("last_name"), QString::fromUtf8(last)},
                           {QStringLiteral("date_of_birth"), QStringLiteral("2018-03-04")},
                           {QStringLiteral("setting_id"), setting}};
        if (need)
            values.insert(QStringLiteral("primary_need"), QString::fromLatin1(need));
        if (upn)
            values.insert(QStringLiteral("upn"), QString::fromLatin1(upn));
        EditOptions twins; // the same name and birthday, on purpose
        twins.confirmedNotDuplicate = true;
        return addRecord(session, childKind(), values, twins);
    }

    QStringList names(const ChildFilter &filter)
    {
        ChildSearch search(t.db());
        search.setFilter(filter);
        QStringList found;
        for (const auto &c : search.page(nullptr, 1000))
            found.append(c.firstName + u' ' + c.lastName);
        CHECK(search.count() == found.size());
        return found;
    }

    QStringList named(const char *text)
    {
        ChildFilter filter;
        filter.text = QString::fromUtf8(text);
        return names(filter);
    }
};

} // namespace

TEST_CASE("The FTS query quotes each typed word as a prefix", "[search]")
{
    CHECK(ChildSearch::matchExpression(QStringLiteral("  sto  av ")) ==
          QStringLiteral("\"sto\"* \"av\"*"));
    CHECK(ChildSearch::matchExpression(QStringLiteral("O'Da\"re")) ==
          QStringLiteral("\"O\"* \"Da\"* \"re\"*"));
    CHECK(ChildSearch::matchExpression(QStringLiteral(" ,. ")).isEmpty());
}

TEST_CASE("Search as you type: prefixes of names, UPN and setting, in name order", "[search]")
{
    Fixture f;
    f.child("Ava", "Stone", f.oak, "ASD", "A123456789012");
    f.child("Zoë", "O'Dare", f.elm, "HI");
    f.child("Ben", "Stoneley", f.elm, "ASD");
    f.child("Cara", "Abbot", f.oak);

    CHECK(f.named("sto") ==
          QStringList{QStringLiteral("Ava Stone"), QStringLiteral("Ben Stoneley")});
    CHECK(f.named("STO av") == QStringList{QStringLiteral("Ava Stone")});
    CHECK(f.named("zoe") == QStringList{QStringLiteral("Zoë O'Dare")}); // accents folded
    CHECK(f.named("o'd") == QStringList{QStringLiteral("Zoë O'Dare")});
    CHECK(f.named("a1234") == QStringList{QStringLiteral("Ava Stone")});
    CHECK(f.named("oakf") ==
          QStringList{QStringLiteral("Cara Abbot"), QStringLiteral("Ava Stone")});
    CHECK(f.named("elm sto") == QStringList{QStringLiteral("Ben Stoneley")});
    CHECK(f.named("tone").isEmpty()); // prefixes, not the middle of words
    CHECK(f.named("").size() == 4);
}

TEST_CASE("Search follows edits, renames of settings and deletions", "[search]")
{
    Fixture f;
    const QUuid ava = f.child("Ava", "Stone", f.oak);
    editRecord(f.session, childKind(), ava,
               {{QStringLiteral("last_name"), QStringLiteral("Marsh")}});
    CHECK(f.named("sto").isEmpty());
    CHECK(f.named("mar") == QStringList{QStringLiteral("Ava Marsh")});

    editRecord(f.session, settingKind(), f.oak,
               {{QStringLiteral("name"), QStringLiteral("Birchwood Academy")}});
    CHECK(f.named("birch") == QStringList{QStringLiteral("Ava Marsh")});
    CHECK(f.named("oak").isEmpty());

    deleteRecord(f.session, childKind(), ava);
    CHECK(f.named("mar").isEmpty());
    f.session.undoStack().undo();
    CHECK(f.named("mar") == QStringList{QStringLiteral("Ava Marsh")});
}

TEST_CASE("Filters by district, need, dimension, provision and status", "[search]")
{
    Fixture f;
    f.child("Ava", "Stone", f.oak, "ASD");
    const QUuid zoe = f.child("Zoë", "Dare", f.elm, "HI");
    f.child("Ben", "Hill", f.elm, "SLCN");
    editRecord(f.session, childKind(), zoe,
               {{QStringLiteral("sen_provision"), QStringLiteral("E")},
                {QStringLiteral("status"), QStringLiteral("left")},
                {QStringLiteral("secondary_need"), QStringLiteral("ASD")}});

    ChildFilter filter;
    filter.districtCode = QStringLiteral("thanet");
    CHECK(f.names(filter) == QStringList{QStringLiteral("Zoë Dare"), QStringLiteral("Ben Hill")});
    // A need or a dimension is the primary need's, unless the secondary is asked for too:
    // counts by need never count a child twice without saying so.
    filter = {};
    filter.needCode = QStringLiteral("ASD");
    CHECK(f.names(filter) == QStringList{QStringLiteral("Ava Stone")});
    filter.secondaryNeedToo = true;
    CHECK(f.names(filter) == QStringList{QStringLiteral("Zoë Dare"), QStringLiteral("Ava Stone")});
    filter = {};
    filter.dimensionCode = QStringLiteral("ci");
    CHECK(f.names(filter) == QStringList{QStringLiteral("Ben Hill"), QStringLiteral("Ava Stone")});
    filter.secondaryNeedToo = true;
    CHECK(f.names(filter) == QStringList{QStringLiteral("Zoë Dare"), QStringLiteral("Ben Hill"),
                                         QStringLiteral("Ava Stone")});
    filter = {};
    filter.dimensionCode = QStringLiteral("ps"); // HI is physical and/or sensory
    CHECK(f.names(filter) == QStringList{QStringLiteral("Zoë Dare")});
    filter = {};
    filter.provisionCode = QStringLiteral("E");
    CHECK(f.names(filter) == QStringList{QStringLiteral("Zoë Dare")});
    filter = {};
    filter.status = QStringLiteral("active");
    filter.text = QStringLiteral("elm");
    CHECK(f.names(filter) == QStringList{QStringLiteral("Ben Hill")});
}

TEST_CASE("Pages continue after the last child of the page before", "[search]")
{
    Fixture f;
    for (int i = 0; i < 25; ++i)
        f.child("Sam", "Lee", f.oak); // the same name: the id breaks the tie
    f.child("Al", "Lee", f.oak);
    ChildSearch search(f.t.db());
    QList<QUuid> seen;
    QList<ChildSummary> page = search.page(nullptr, 10);
    CHECK(page.first().firstName == QStringLiteral("Al"));
    while (!page.isEmpty()) {
        for (const auto &c : page)
            seen.append(c.id);
        page = search.page(&page.last(), 10);
    }
    CHECK(seen.size() == 26);
    CHECK(QSet<QUuid>(seen.begin(), seen.end()).size() == 26);
}

TEST_CASE("Year group: computed from the date of birth unless overridden", "[search]")
{
    ChildSummary child;
    child.dateOfBirth = QDate(2018, 3, 4);
    CHECK(child.yearGroup(QDate(2026, 1, 1)) == 3);
    CHECK(child.yearGroup(QDate(2026, 9, 1)) == 4);
    child.yearGroupOverride = 2;
    CHECK(child.yearGroup(QDate(2026, 1, 1)) == 2);
}
