#include "DemoNames.h"

namespace casebook::demo {

namespace {

QStringList split(const char *words)
{
    return QString::fromUtf8(words).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

const QStringList &firstNames()
{
    static const QStringList names = split(
        "Ava Amelia Aisha Alfie Archie Arlo Ayesha Bea Bella Callum Chloé Daisy Dev Eli Ella "
        "Elsie Emre Erin Esme Ethan Evie Finn Florence Freddie Grace Hana Harper Harry Hugo "
        "Ibrahim "
        "Isla Ivy Jack Jacob Jayden Joel Jude Kai Kacper Layla Leo Lily Logan Luca Lucy Maisie "
        "Maja Mason Maya Mia Milo Mohammed Nathan Nia Noah Noor Olivia Oliver Oscar Priya Reuben "
        "Renée Riley Rosie Rory Ruby Sami Scarlett Seb Sienna Sofia Taylor Theo Toby Tomasz Una "
        "Willow Yusuf Zara Zoë Zain");
    return names;
}

const QStringList &surnameStarts()
{
    static const QStringList parts = split(
        "Abber Ashen Bram Brack Cald Carrow Dun Ebber Fal Farrow Gild Gorr Hal Hazel Ives Jarrow "
        "Kell Kestle Lom Larch Mab Marrow Nett O'Dal Orm Pell Penn Quill Rath Rook Sable Shen Tam "
        "Thale Ulver Vance Wem Wren Yarl Zell");
    return parts;
}

const QStringList &surnameEnds()
{
    static const QStringList parts =
        split("ard bury by cote dale den ett ford gate ham holt ick ley lin low mere more ock "
              "ridge sey shaw stone thorpe ton well wick worth");
    return parts;
}

const QStringList &placeStarts()
{
    static const QStringList parts = split(
        "Alder Ashby Barrow Beech Bramble Brook Chal Cherry Cob Dene Elder Fair Fern Fox Glen "
        "Hawk Heron Holly Juniper Kest Lark Lindle Maple Mead Mill Moor Nettle Oak Ock Pine "
        "Quarry Rowan Rush Sedge Sorrel Stow Teasel Thistle Wey Willow Yarrow");
    return parts;
}

const QStringList &placeEnds()
{
    static const QStringList parts =
        split("bank brook combe croft dene field ford gate hurst lands lea mead side stead vale "
              "well wood");
    return parts;
}

const QStringList &settingFeatures()
{
    static const QStringList parts =
        split("Valley Meadow Hill Green Park Fields Downs Orchard Brook Common");
    return parts;
}

} // namespace casebook::demo
