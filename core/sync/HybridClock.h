#pragma once

#include <QtGlobal>

#include <functional>

namespace casebook {

// A hybrid logical clock stamp: the top 48 bits are Unix milliseconds, the low
// 16 bits a counter that orders events within one millisecond. Stamps from one
// installation only ever increase; comparing two stamps as integers orders them.
struct Stamp
{
    quint64 value = 0;

    static constexpr int CounterBits = 16;
    static constexpr quint64 CounterMask = (quint64(1) << CounterBits) - 1;

    static Stamp fromParts(qint64 ms, quint32 counter)
    {
        return {(quint64(ms) << CounterBits) | (counter & CounterMask)};
    }
    qint64 milliseconds() const { return qint64(value >> CounterBits); }
    quint32 counter() const { return quint32(value & CounterMask); }

    friend auto operator<=>(Stamp, Stamp) = default;
};

class HybridClock
{
public:
    using WallClock = std::function<qint64()>;

    // A remote stamp more than this far ahead of our wall clock is refused, so
    // a laptop whose date is wrong cannot win every later edit.
    static constexpr qint64 DefaultMaxAheadMs = 24LL * 60 * 60 * 1000;

    explicit HybridClock(WallClock wall = {}, Stamp last = {},
                         qint64 maxAheadMs = DefaultMaxAheadMs);

    // A stamp for a local event, greater than every stamp seen so far.
    Stamp now();
    // Takes in a stamp from another installation. Throws Error::Kind::Clock,
    // leaving the clock unchanged, when it is too far ahead of the wall clock.
    void receive(Stamp remote);
    // Checks without changing anything; the remote stamp's ahead-of-wall
    // milliseconds, or 0 when acceptable.
    qint64 excessAhead(Stamp remote) const;

    Stamp last() const { return m_last; }
    void setLast(Stamp last) { m_last = last; }
    qint64 maxAheadMs() const { return m_maxAheadMs; }

private:
    WallClock m_wall;
    Stamp m_last;
    qint64 m_maxAheadMs;
};

} // namespace casebook
