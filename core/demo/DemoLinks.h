#pragma once

#include <QDate>
#include <QRandomGenerator>

namespace casebook {

class Store;

// Demo link teachers, made after the settings and staff (read back from the
// database): each open setting's pupils on roll by its phase, as GIAS would
// give them, and for each of the last five academic years and this one a
// district link teacher from its district's specialist teachers, most kept
// from one year to the next, and now and then replaced during a year. The
// coming year is left for a lead to allocate.
class DemoLinks
{
public:
    DemoLinks(Store &store, QRandomGenerator &random, QDate today);

    // Returns how many allocations it made.
    int run();

private:
    int pick(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }

    Store &m_store;
    QRandomGenerator &m_random;
    QDate m_today;
};

} // namespace casebook
