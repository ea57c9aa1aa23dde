#include "FeatureList.h"
#include "Features.h"
#include "common/Pages.h"

namespace casebook {

void installFeaturePages()
{
#define CASEBOOK_NO_PAGES(name)
#define CASEBOOK_PAGES(name) &ui::name##Pages,
    ui::installFeaturePages({CASEBOOK_FEATURES(CASEBOOK_NO_PAGES, CASEBOOK_PAGES)});
#undef CASEBOOK_PAGES
#undef CASEBOOK_NO_PAGES
}

} // namespace casebook
