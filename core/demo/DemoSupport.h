#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QString>

#include <functional>

namespace casebook {

class Store;

// Demo intensive support, made after the casework (read back from the
// database): an episode on about one child's case in fifty, starting a few
// weeks after the case opened and planned for six to twelve weeks, with the
// risk, what was modelled and the setting staff whose capacity it built. Most
// have ended, most placements kept, and most of those past their check are
// still in place; a few are open, some of them past their planned end.
class DemoSupport
{
public:
    DemoSupport(Store &store, QRandomGenerator &random, QDate today,
                std::function<QString()> personName);

    // Returns how many episodes it made.
    int run();

private:
    int pick(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }

    Store &m_store;
    QRandomGenerator &m_random;
    QDate m_today;
    std::function<QString()> m_personName;
};

} // namespace casebook
