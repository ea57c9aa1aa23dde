#include "Pages.h"

namespace casebook::ui {

namespace {
QList<PagesFactory> &installed()
{
    static QList<PagesFactory> features;
    return features;
}
} // namespace

void installFeaturePages(QList<PagesFactory> features)
{
    installed() = std::move(features);
}

QList<PageDeclaration> featurePages()
{
    QList<PageDeclaration> pages;
    for (PagesFactory make : installed())
        pages += make();
    return pages;
}

} // namespace casebook::ui
