#pragma once

#include <functional>

class QTextStream;

namespace casebook {

class Database;

// Figures that need the window's code. Core cannot reach widgets, so the
// program's main registers them before `casebook bench` runs; without them
// (core alone, in tests) the bench leaves those figures out.
using WindowBench = std::function<void(QTextStream &out, Database &db)>;

void setWindowBench(WindowBench bench);
const WindowBench &windowBench();

} // namespace casebook
