#include "HybridClock.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>

namespace casebook {

HybridClock::HybridClock(WallClock wall, Stamp last, qint64 maxAheadMs)
    : m_wall(wall ? std::move(wall) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_last(last)
    , m_maxAheadMs(maxAheadMs)
{}

Stamp HybridClock::now()
{
    const qint64 wall = m_wall();
    if (wall > m_last.milliseconds())
        m_last = Stamp::fromParts(wall, 0);
    else if (m_last.counter() < Stamp::CounterMask)
        m_last = Stamp{m_last.value + 1};
    else // the counter is spent: borrow the next millisecond
        m_last = Stamp::fromParts(m_last.milliseconds() + 1, 0);
    return m_last;
}

qint64 HybridClock::excessAhead(Stamp remote) const
{
    const qint64 ahead = remote.milliseconds() - m_wall();
    return ahead > m_maxAheadMs ? ahead : 0;
}

void HybridClock::receive(Stamp remote)
{
    if (const qint64 ahead = excessAhead(remote)) {
        throw Error(Error::Kind::Clock,
                    QCoreApplication::translate("casebook::HybridClock",
                                                "A change is stamped %1 hours ahead of this "
                                                "computer's clock (at most %2 hours allowed).")
                        .arg(ahead / 3'600'000)
                        .arg(m_maxAheadMs / 3'600'000));
    }
    if (remote > m_last)
        m_last = remote;
}

} // namespace casebook
