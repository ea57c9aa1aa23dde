#pragma once

#include <QDate>
#include <QUuid>

#include <functional>

namespace casebook {

// The seams through which time and randomness enter core. Tests replace them;
// everything else uses Environment::system().
struct Environment
{
    // Milliseconds since the Unix epoch, UTC.
    std::function<qint64()> wallClockMs;
    // A new unique id for a record or an installation.
    std::function<QUuid()> newId;

    static Environment system();

    // Today's date where the program runs, from wallClockMs.
    QDate today() const;
};

// A version 7 UUID: 48 bits of Unix milliseconds, then 74 random bits. The
// time prefix keeps new primary keys close together in the B-tree, which
// matters for inserts at county scale.
QUuid makeTimeOrderedUuid(qint64 unixMs);

} // namespace casebook

namespace casebook {

// Organisation and application names, which decide where QSettings and the
// default database live. Called by main() and by the tests alike.
void setApplicationIdentity();

} // namespace casebook
