#include "PageTabs.h"

namespace casebook::ui {

PageTabs::PageTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
}

void PageTabs::addPage(QWidget *page)
{
    addTab(page, page->windowTitle());
}

void PageTabs::focusSearch()
{
    if (auto *page = dynamic_cast<PageActions *>(currentWidget()))
        page->focusSearch();
}

void PageTabs::addNew()
{
    if (auto *page = dynamic_cast<PageActions *>(currentWidget()))
        page->addNew();
}

bool PageTabs::openRecord(const QString &table, const QUuid &id)
{
    for (int tab = 0; tab < count(); ++tab)
        if (auto *page = dynamic_cast<PageActions *>(widget(tab));
            page && page->openRecord(table, id)) {
            setCurrentIndex(tab);
            return true;
        }
    return false;
}

} // namespace casebook::ui
