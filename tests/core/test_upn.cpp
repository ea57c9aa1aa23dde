#include "domain/Upn.h"

#include <catch2/catch.hpp>

using casebook::Upn;

TEST_CASE("A UPN with the right check letter is valid", "[upn]")
{
    // B801200005001: 8·2+0·3+1·4+2·5+0·6+0·7+0·8+0·9+5·10+0·11+0·12+1·13 = 93;
    // 93 mod 23 = 1, the second letter of the UPN alphabet.
    const auto check = Upn::check(QStringLiteral("B801200005001"));
    CHECK(check.valid);
    CHECK_FALSE(check.temporary);
    CHECK(check.error.isEmpty());
    CHECK(Upn::checkLetter(u"801200005001") == QChar(u'B'));
}

TEST_CASE("Check letters are computed for other UPNs", "[upn]")
{
    // 886 (Kent), establishment 2001, year 23, serial 123.
    // 8·2+8·3+6·4+2·5+0·6+0·7+1·8+2·9+3·10+1·11+2·12+3·13 = 204; 204 mod 23 = 20 → X.
    CHECK(Upn::checkLetter(u"886200123123") == QChar(u'X'));
    CHECK(Upn::check(QStringLiteral("X886200123123")).valid);
    // Lower case and spaces are accepted and normalised.
    const auto spaced = Upn::check(QStringLiteral("x886 2001 23123"));
    CHECK(spaced.valid);
    CHECK(spaced.normalised == QStringLiteral("X886200123123"));
}

TEST_CASE("A temporary UPN ends in a letter, worth its place in the alphabet", "[upn]")
{
    // Last character A is worth 0: 204 − 3·13 = 165; 165 mod 23 = 4 → E.
    CHECK(Upn::checkLetter(u"88620012312A") == QChar(u'E'));
    const auto check = Upn::check(QStringLiteral("E88620012312A"));
    CHECK(check.valid);
    CHECK(check.temporary);
    // Z is worth 22: 165 + 22·13 = 451; 451 mod 23 = 14 → Q.
    CHECK(Upn::check(QStringLiteral("Q88620012312Z")).valid);
}

TEST_CASE("Invalid UPNs are refused with the reason", "[upn]")
{
    struct Case
    {
        const char16_t *upn;
        const char *reasonContains;
    };
    const Case cases[] = {
        {u"A801200005001", "check letter does not match"}, // B expected
        {u"B80120000500", "13 characters"},                // too short
        {u"B8012000050011", "13 characters"},              // too long
        {u"", "13 characters"},                            // empty
        {u"1801200005001", "check letter"},                // first is a digit
        {u"I801200005001", "never uses the letters I, O or S"},
        {u"B80120000500O", "never uses the letters I, O or S"},
        {u"B80120000S001", "never uses the letters I, O or S"},
        {u"B8012000A5001", "digits"},  // letter in the middle
        {u"B80120000500-", "neither"}, // last not a digit or letter
    };
    for (const auto &c : cases) {
        INFO(QString::fromUtf16(c.upn).toStdString());
        const auto check = Upn::check(QString::fromUtf16(c.upn));
        CHECK_FALSE(check.valid);
        CHECK(check.error.contains(QLatin1String(c.reasonContains)));
        // It never tells which check letter would pass.
        CHECK_FALSE(check.error.contains(QStringLiteral(" B")));
        CHECK_FALSE(check.error.contains(QStringLiteral("should be")));
    }
}

TEST_CASE("Every single mistyped digit is caught by the check letter", "[upn]")
{
    const QString valid = QStringLiteral("X886200123123");
    int caught = 0;
    int tried = 0;
    for (int position = 1; position < 13; ++position) {
        for (char digit = '0'; digit <= '9'; ++digit) {
            QString typo = valid;
            if (typo[position] == QLatin1Char(digit))
                continue;
            typo[position] = QLatin1Char(digit);
            ++tried;
            caught += Upn::check(typo).valid ? 0 : 1;
        }
    }
    CHECK(tried == 12 * 9);
    CHECK(caught == tried);
}
