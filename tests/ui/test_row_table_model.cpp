#include "records/RowTableModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using casebook::ui::RowTableModel;

namespace {

QList<QVariantList> rowsFor(const QList<QUuid> &ids, int version)
{
    QList<QVariantList> rows;
    for (const QUuid &id : ids)
        rows.append({id.toString(), version});
    return rows;
}

} // namespace

TEST_CASE("A short list announces the rows that came and went and the values that changed",
          "[ui][model]")
{
    RowTableModel model({QStringLiteral("Name"), QStringLiteral("Version")});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<QUuid> ids;
    for (int i = 0; i < 10; ++i)
        ids.append(QUuid::createUuid());
    model.setRows(ids, rowsFor(ids, 0));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    SECTION("one value changed")
    {
        QList<QVariantList> rows = rowsFor(ids, 0);
        rows[4][1] = 1;
        model.setRows(ids, rows);
        CHECK(resets.isEmpty());
        REQUIRE(changes.size() == 1);
        CHECK(changes.first().at(0).toModelIndex().row() == 4);
    }
    SECTION("one row gone, one come")
    {
        QList<QUuid> fewer = ids;
        fewer.removeAt(2);
        model.setRows(fewer, rowsFor(fewer, 0));
        CHECK(removes.size() == 1);
        QList<QUuid> more = fewer;
        more.insert(5, QUuid::createUuid());
        model.setRows(more, rowsFor(more, 0));
        CHECK(inserts.size() == 1);
        CHECK(resets.isEmpty());
        CHECK(model.idAt(5) == more[5]);
    }
    SECTION("a reordering resets")
    {
        QList<QUuid> reversed(ids.rbegin(), ids.rend());
        model.setRows(reversed, rowsFor(reversed, 0));
        CHECK(resets.size() == 1);
    }
    SECTION("after any sequence of lists, the model holds the last")
    {
        QRandomGenerator random(11);
        QList<QUuid> current = ids;
        for (int round = 0; round < 300; ++round) {
            const int what = int(random.bounded(4));
            if (what == 0 && !current.isEmpty())
                current.removeAt(qsizetype(random.bounded(int(current.size()))));
            else if (what == 1)
                current.insert(qsizetype(random.bounded(int(current.size()) + 1)),
                               QUuid::createUuid());
            else if (what == 2 && current.size() > 1)
                current.swapItemsAt(0, current.size() - 1);
            const QList<QVariantList> rows = rowsFor(current, int(random.bounded(3)));
            model.setRows(current, rows);
            REQUIRE(model.rowCount() == current.size());
            for (int row = 0; row < model.rowCount(); ++row) {
                REQUIRE(model.idAt(row) == current[row]);
                REQUIRE(model.data(model.index(row, 1)) == rows[row][1]);
            }
        }
    }
}
