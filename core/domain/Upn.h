#pragma once

#include <QString>

namespace casebook {

// A Unique Pupil Number as the DfE defines it: 13 characters; the first is a
// check letter computed from the other twelve; characters 2–12 are digits
// (LA number, establishment number, year of issue, serial); the 13th is a
// digit, or a letter in a temporary UPN. Letters I, O and S are never used.
struct UpnCheck
{
    bool valid = false;
    bool temporary = false;
    QString normalised; // upper case, spaces removed
    QString error;      // why it is not valid, for a person to read
};

class Upn
{
public:
    static UpnCheck check(const QString &text);
    // The check letter for the twelve characters after it; '\0' when they
    // are not digits and letters of the UPN alphabet.
    static QChar checkLetter(QStringView lastTwelve);
};

} // namespace casebook
