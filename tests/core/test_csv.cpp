#include "common/Csv.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

using namespace casebook;

namespace {

QList<QStringList> readAll(const QString &text)
{
    CsvReader reader(text);
    QList<QStringList> records;
    QStringList fields;
    while (reader.next(fields))
        records.append(fields);
    return records;
}

} // namespace

TEST_CASE("CSV: RFC 4180 quoting, CRLF and line breaks inside fields", "[csv]")
{
    const auto records = readAll(
        QStringLiteral("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nplain,,last\n"));
    REQUIRE(records.size() == 3);
    CHECK(records[0] == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(records[1] == QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""),
                                    QStringLiteral("two\r\nlines")});
    CHECK(records[2] == QStringList{QStringLiteral("plain"), QString(), QStringLiteral("last")});
}

TEST_CASE("CSV: the line a record starts on counts line breaks inside quotes", "[csv]")
{
    CsvReader reader(QStringLiteral("h\r\n\"a\r\nb\"\r\nc\r\n"));
    QStringList fields;
    REQUIRE(reader.next(fields));
    CHECK(reader.recordLine() == 1);
    REQUIRE(reader.next(fields));
    CHECK(reader.recordLine() == 2);
    REQUIRE(reader.next(fields));
    CHECK(reader.recordLine() == 4);
    CHECK(fields == QStringList{QStringLiteral("c")});
    CHECK_FALSE(reader.next(fields));
}

TEST_CASE("CSV: an unterminated quote is an error naming its line", "[csv]")
{
    CsvReader reader(QStringLiteral("a\r\nb\r\n\"never ends,\r\nx\r\n"));
    QStringList fields;
    REQUIRE(reader.next(fields));
    REQUIRE(reader.next(fields));
    try {
        reader.next(fields);
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.message().contains(QLatin1String("line 3")));
    }
}

TEST_CASE("Windows-1252 and UTF-8 are told apart", "[csv]")
{
    // ’ is 0x92 in Windows-1252; é is 0xE9; 0x81 is undefined there.
    CHECK(decodeTextFile(QByteArray("St Mary\x92s Caf\xe9")) ==
          QStringLiteral("St Mary\u2019s Caf\u00e9"));
    CHECK(decodeTextFile(QByteArray("St Mary\xe2\x80\x99s Caf\xc3\xa9")) ==
          QStringLiteral("St Mary\u2019s Caf\u00e9"));
    CHECK(decodeTextFile(QByteArray("\xef\xbb\xbfURN")) == QStringLiteral("URN"));
    CHECK(decodeWindows1252(QByteArray("\x80\x81\x9f")) == QStringLiteral("\u20ac\ufffd\u0178"));
}
