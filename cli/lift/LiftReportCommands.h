#pragma once

#include "common/Commands.h"

namespace casebook {

// `casebook report lift-agenda` and `report lift-minutes`: a meeting's
// papers as A4 PDFs.
void addLiftReportCommands(CommandList &commands);

} // namespace casebook
