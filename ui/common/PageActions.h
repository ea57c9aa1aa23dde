#pragma once

#include <QString>
#include <QUuid>

namespace casebook::ui {

// What a page offers to the window-wide Find (Ctrl+F) and New (Ctrl+N), so
// that they work wherever the focus is, the navigation list included.
class PageActions
{
public:
    virtual ~PageActions() = default;
    virtual void focusSearch() = 0;
    virtual void addNew() = 0;
    // Shows the record when this page is where records of `table` open.
    virtual bool openRecord(const QString &table, const QUuid &id)
    {
        static_cast<void>(table), static_cast<void>(id);
        return false;
    }
};

} // namespace casebook::ui
