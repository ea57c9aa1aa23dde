#include "Upn.h"

#include <QCoreApplication>

namespace casebook {

namespace {

// The 23 letters of the UPN alphabet; a letter's value is its index here.
constexpr QStringView Alphabet = u"ABCDEFGHJKLMNPQRTUVWXYZ";

// The context under which translators find this file's texts.
struct UpnText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::Upn)
};

int characterValue(QChar c)
{
    if (c.isDigit() && c.unicode() < 128)
        return c.unicode() - u'0';
    return int(Alphabet.indexOf(c));
}

} // namespace

QChar Upn::checkLetter(QStringView lastTwelve)
{
    if (lastTwelve.size() != 12)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const int value = characterValue(lastTwelve[i]);
        if (value < 0)
            return QChar();
        sum += value * (i + 2); // character n of the UPN is weighted n
    }
    return Alphabet[sum % 23];
}

UpnCheck Upn::check(const QString &text)
{
    UpnCheck result;
    result.normalised = text.toUpper().remove(u' ');
    const QString &upn = result.normalised;
    if (upn.size() != 13) {
        result.error = UpnText::tr("A UPN has 13 characters; this one has %1.").arg(upn.size());
        return result;
    }
    for (int i = 0; i < 13; ++i) {
        const QChar c = upn[i];
        if (c == u'I' || c == u'O' || c == u'S') {
            result.error =
                UpnText::tr("A UPN never uses the letters I, O or S (character %1 is %2).")
                    .arg(i + 1)
                    .arg(c);
            return result;
        }
    }
    if (Alphabet.indexOf(upn[0]) < 0) {
        result.error =
            UpnText::tr("The first character of a UPN is its check letter; “%1” is not a letter.")
                .arg(upn[0]);
        return result;
    }
    for (int i = 1; i < 12; ++i) {
        if (!upn[i].isDigit() || upn[i].unicode() >= 128) {
            result.error =
                UpnText::tr("Characters 2 to 12 of a UPN are digits; character %1 is “%2”.")
                    .arg(i + 1)
                    .arg(upn[i]);
            return result;
        }
    }
    const QChar last = upn[12];
    result.temporary = Alphabet.contains(last);
    if (!result.temporary && !(last.isDigit() && last.unicode() < 128)) {
        result.error =
            UpnText::tr("The last character of a UPN is a digit, or a letter in a temporary UPN; "
                        "“%1” is neither.")
                .arg(last);
        return result;
    }
    const QChar expected = checkLetter(QStringView(upn).mid(1));
    if (upn[0] != expected) {
        // Never the letter that would pass: that invites changing one
        // character of a mistyped UPN until it is accepted as another child's.
        result.error = UpnText::tr("The check letter does not match the rest of the UPN, so a "
                                   "character is mistyped. Copy the UPN again from the school's "
                                   "records.");
        return result;
    }
    result.valid = true;
    return result;
}

} // namespace casebook
