#pragma once

#include <QString>

#include <functional>

namespace casebook {

// How far long work has got: `done` of `total` of the step named (total 0
// while nobody knows). Reported from the thread doing the work.
struct Progress
{
    QString step;
    qint64 done = 0;
    qint64 total = 0;
};

// Told of progress now and then; returns false to ask the work to stop, which
// it does by throwing Error::Kind::Cancelled and changing nothing.
using ProgressReport = std::function<bool(const Progress &)>;

// Tells `report` (when there is one); throws Error::Kind::Cancelled when it
// asks to stop.
void reportProgress(const ProgressReport &report, const QString &step, qint64 done = 0,
                    qint64 total = 0);

// How often a loop over many items reports: every this many items.
constexpr qint64 ProgressInterval = 2000;

} // namespace casebook
