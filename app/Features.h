#pragma once

namespace casebook {

// Installs every feature's record kinds (core) and verbs (cli) from the one
// list in FeatureList.h. Called once, first thing, by main and by each test
// program.
void installFeatures();
// Installs every feature's pages (ui) from the same list, for programs that
// open the window (FeaturePages.cpp, in casebook_feature_pages).
void installFeaturePages();

} // namespace casebook
