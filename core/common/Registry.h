#pragma once

#include <QList>

namespace casebook {

// A list the program fills once as it starts (each feature's part of one
// layer, from app/FeatureList.h) and reads from then on: one per type.
template<typename T>
QList<T> &registry()
{
    static QList<T> items;
    return items;
}

} // namespace casebook
