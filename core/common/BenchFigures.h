#pragma once

#include <QString>

#include <algorithm>
#include <vector>

namespace casebook::bench {

inline double milliseconds(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

// The value below which a share `p` (0 … 1) of the timings fall.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index =
        size_t(std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1)));
    return values[index];
}

inline QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace casebook::bench
