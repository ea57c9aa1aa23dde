#include "Pages.h"

#include "common/Registry.h"

namespace casebook::ui {

void installFeaturePages(QList<PagesFactory> features)
{
    registry<PagesFactory>() = std::move(features);
}

QList<PageDeclaration> featurePages()
{
    QList<PageDeclaration> pages;
    for (PagesFactory make : registry<PagesFactory>())
        pages += make();
    return pages;
}

} // namespace casebook::ui
