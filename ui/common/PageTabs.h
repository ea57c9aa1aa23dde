#pragma once

#include "PageActions.h"

#include <QTabWidget>

namespace casebook::ui {

// Several features' pages in one area of work (My caseload and Intensive
// support under Casework), one tab each, titled by the page's window title.
// Find and New go to the tab shown; a record opens in the tab that shows
// records of its table.
class PageTabs : public QTabWidget, public PageActions
{
    Q_OBJECT
public:
    explicit PageTabs(QWidget *parent = nullptr);

    void addPage(QWidget *page);
    void focusSearch() override;
    void addNew() override;
    bool openRecord(const QString &table, const QUuid &id) override;
};

} // namespace casebook::ui
