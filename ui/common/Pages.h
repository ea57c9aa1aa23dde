#pragma once

#include <QList>
#include <QUuid>

#include <functional>

class QWidget;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

// What a feature's page may ask of the window that holds it.
class PageHost
{
public:
    virtual ~PageHost() = default;
    // Shows the page that opens records of `table` ("child") at that record.
    virtual void openRecord(const QString &table, const QUuid &id) = 0;
    // Someone else was chosen as the one who uses this laptop.
    virtual void whoAmIChosen() = 0;
    // `callback` runs whenever who uses the laptop changes.
    virtual void onWhoAmIChanged(std::function<void()> callback) = 0;
};

// One of a feature's pages: where it stands among the window's areas of work
// (a MainWindow::Page) and how it is made.
struct PageDeclaration
{
    int place;
    QWidget *(*make)(EditSession &session, PageHost &host);
};
using PagesFactory = QList<PageDeclaration> (*)();

// Each feature's folder gives its pages; app/FeatureList.h lists the features.
QList<PageDeclaration> settingsPages();
QList<PageDeclaration> staffPages();
QList<PageDeclaration> childrenPages();
QList<PageDeclaration> caseworkPages();
QList<PageDeclaration> liftPages();
QList<PageDeclaration> dropinPages();
QList<PageDeclaration> supportPages();
QList<PageDeclaration> linksPages();

// Called once as the program starts; the window asks for them as it opens.
void installFeaturePages(QList<PagesFactory> features);
QList<PageDeclaration> featurePages();

} // namespace casebook::ui
