#pragma once

#include <QStringList>

namespace casebook::demo {

// Invented word lists for demo data. Surnames and place names are made from
// syllables that belong to no one; first names are common given names, never
// paired with a real surname. Some carry accents and apostrophes so that
// search is tried on them.
const QStringList &firstNames();
const QStringList &surnameStarts();
const QStringList &surnameEnds();
const QStringList &placeStarts();
const QStringList &placeEnds();
const QStringList &settingFeatures(); // "Valley", "Meadow" …

} // namespace casebook::demo
