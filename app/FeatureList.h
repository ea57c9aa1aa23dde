#pragma once

// The program's features, in the order their verbs are listed: a new feature
// is one line here (see docs/adding-a-feature.md). Each layer's list is made
// from this one: feature `name` gives nameFeature() in core, nameCommands()
// in cli, and, where it has a page, namePages() in ui.
#define CASEBOOK_FEATURES(CORE_AND_CLI, WITH_PAGES)                                                \
    WITH_PAGES(settings)                                                                           \
    WITH_PAGES(staff)                                                                              \
    WITH_PAGES(children)                                                                           \
    WITH_PAGES(casework)                                                                           \
    WITH_PAGES(lift)                                                                               \
    WITH_PAGES(dropin)                                                                             \
    WITH_PAGES(support)                                                                            \
    WITH_PAGES(links)                                                                              \
    CORE_AND_CLI(reference)                                                                        \
    CORE_AND_CLI(reports)
