#include "WindowBench.h"

namespace casebook {

namespace {
WindowBench &registered()
{
    static WindowBench bench;
    return bench;
}
} // namespace

void setWindowBench(WindowBench bench)
{
    registered() = std::move(bench);
}

const WindowBench &windowBench()
{
    return registered();
}

} // namespace casebook
