#pragma once

namespace casebook {

// Installs every feature's record kinds (core), verbs (cli) and pages (ui)
// from the one list in Features.cpp. Called once, first thing, by main and by
// each test program.
void installFeatures();

} // namespace casebook
