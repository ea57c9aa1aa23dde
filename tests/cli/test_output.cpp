#include "common/Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

QString render(const OutputTable &table, OutputFormat format)
{
    QString text;
    QTextStream stream(&text);
    writeTable(stream, table, format);
    stream.flush();
    return text;
}

OutputTable sample()
{
    return {{QStringLiteral("name"), QStringLiteral("amount")},
            {QStringLiteral("Name"), QStringLiteral("Amount")},
            {{QStringLiteral("Plain"), qint64(1200)},
             {QStringLiteral("Comma, \"quoted\"\nand a line"), qint64(3)}},
            {1}};
}

} // namespace

TEST_CASE("CSV quotes commas, quotes and line breaks as RFC 4180 says", "[output]")
{
    const QString csv = render(sample(), OutputFormat::Csv);
    CHECK(csv == QStringLiteral("name,amount\r\nPlain,1200\r\n\"Comma, \"\"quoted\"\"\nand a "
                                "line\",3\r\n"));
}

TEST_CASE("JSON is an array of objects keyed by the column keys", "[output]")
{
    const auto array =
        QJsonDocument::fromJson(render(sample(), OutputFormat::Json).toUtf8()).array();
    REQUIRE(array.size() == 2);
    CHECK(array[0].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Plain"));
    CHECK(array[0].toObject().value(QStringLiteral("amount")).toInteger() == 1200);
}

TEST_CASE("Tables align columns and show money in pounds", "[output]")
{
    const QString table = render(sample(), OutputFormat::Table);
    CHECK(table.startsWith(QStringLiteral("Name")));
    CHECK(table.contains(QStringLiteral("£1,200")));
    CHECK(formatPounds(8'534'936) == QStringLiteral("£8,534,936"));
    CHECK_FALSE(parseOutputFormat(QStringLiteral("xml")));
    CHECK(parseOutputFormat(QStringLiteral("csv")) == OutputFormat::Csv);
}
