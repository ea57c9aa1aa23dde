#pragma once

namespace casebook::ui {

// What a page offers to the window-wide Find (Ctrl+F) and New (Ctrl+N), so
// that they work wherever the focus is, the navigation list included.
class PageActions
{
public:
    virtual ~PageActions() = default;
    virtual void focusSearch() = 0;
    virtual void addNew() = 0;
};

} // namespace casebook::ui
