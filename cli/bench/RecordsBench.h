#pragma once

#include "common/Environment.h"

class QTextStream;

namespace casebook {

// The records figures of `casebook bench`: demo data at the given scale,
// search-as-you-type latency over 200 partial names, the Children list's
// first screen, and GIAS import rows per second. Written as "name: value unit"
// lines; files go in `folder`.
void runRecordsBench(QTextStream &out, const QString &folder, const Environment &environment,
                     int children);

} // namespace casebook
