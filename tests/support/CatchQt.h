// How Catch prints Qt values in a failed check: the text, not "{?}".
#pragma once

#include <QString>
#include <QVariant>

#include <catch2/catch.hpp>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &value)
    {
        return value.isNull() ? std::string("null") : '"' + value.toString().toStdString() + '"';
    }
};

} // namespace Catch
