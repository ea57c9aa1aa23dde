#include "common/Error.h"
#include "sync/HybridClock.h"

#include <catch2/catch.hpp>

using namespace casebook;

TEST_CASE("Stamps pack 48-bit milliseconds over a 16-bit counter", "[hlc]")
{
    const Stamp stamp = Stamp::fromParts(1'767'225'600'000, 7);
    CHECK(stamp.milliseconds() == 1'767'225'600'000);
    CHECK(stamp.counter() == 7);
    CHECK(Stamp::fromParts(10, 0xFFFF) < Stamp::fromParts(11, 0));
}

TEST_CASE("The clock follows the wall clock and counts within a millisecond", "[hlc]")
{
    qint64 wall = 1000;
    HybridClock clock([&] { return wall; });
    const Stamp a = clock.now();
    const Stamp b = clock.now();
    CHECK(a.milliseconds() == 1000);
    CHECK(b.milliseconds() == 1000);
    CHECK(b.counter() == a.counter() + 1);
    wall = 2000;
    const Stamp c = clock.now();
    CHECK(c.milliseconds() == 2000);
    CHECK(c.counter() == 0);
}

TEST_CASE("The clock stays monotonic when the wall clock jumps back", "[hlc]")
{
    qint64 wall = 5000;
    HybridClock clock([&] { return wall; });
    const Stamp before = clock.now();
    wall = 1000; // someone set the date back
    Stamp previous = before;
    for (int i = 0; i < 100; ++i) {
        const Stamp next = clock.now();
        CHECK(next > previous);
        previous = next;
    }
    CHECK(previous.milliseconds() == 5000);
}

TEST_CASE("A spent counter borrows the next millisecond", "[hlc]")
{
    HybridClock clock([] { return qint64(100); }, Stamp::fromParts(100, 0xFFFE));
    CHECK(clock.now() == Stamp::fromParts(100, 0xFFFF));
    CHECK(clock.now() == Stamp::fromParts(101, 0));
}

TEST_CASE("Received stamps move the clock forward", "[hlc]")
{
    qint64 wall = 1000;
    HybridClock clock([&] { return wall; });
    clock.receive(Stamp::fromParts(1500, 3));
    const Stamp next = clock.now();
    CHECK(next > Stamp::fromParts(1500, 3));
}

TEST_CASE("A stamp too far ahead is refused and leaves the clock alone", "[hlc]")
{
    qint64 wall = 1'767'225'600'000;
    HybridClock clock([&] { return wall; });
    const Stamp mine = clock.now();
    const Stamp from2099 = Stamp::fromParts(4'070'908'800'000, 0);
    REQUIRE_THROWS_AS(clock.receive(from2099), Error);
    try {
        clock.receive(from2099);
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Clock);
        CHECK(error.message().contains(QLatin1String("ahead")));
    }
    CHECK(clock.last() == mine);
    // Just inside the bound is accepted.
    clock.receive(Stamp::fromParts(wall + HybridClock::DefaultMaxAheadMs, 0));
    CHECK(clock.last().milliseconds() == wall + HybridClock::DefaultMaxAheadMs);
}
