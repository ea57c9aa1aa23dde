#pragma once

#include <QWidget>

namespace casebook::ui {

// A page for an area of work that has not been built yet: it says what will
// be there, so that a person exploring the program knows what to expect.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace casebook::ui
