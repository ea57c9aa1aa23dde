// The window under a pseudo-translation (every text wrapped in ⟦ ⟧ and a
// third longer): any visible text that is not wrapped escaped tr(), or comes
// from a context lupdate and the program disagree on. Run by ctest as its own
// test (ui_pseudo_translation), with CASEBOOK_TEST_TRANSLATION set.
#include "children/ChildPage.h"
#include "children/ChildrenPage.h"
#include "commands/EditSession.h"
#include "demo/DemoData.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordDialog.h"
#include "settings/SettingRecords.h"
#include "support/Screenshot.h"
#include "support/TestDatabase.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace casebook;
using casebook::test::TestDatabase;
using namespace casebook::ui;

namespace {

bool isWrapped(const QString &text)
{
    return text.contains(u'⟦');
}

// Text with a letter in it: a name for people, not a number or a date.
bool hasWords(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

// The visible texts of `root` that are the program's, not the database's:
// labels and buttons without data, group titles, placeholders, column
// headings, window titles. Data shows in item views' cells and in labels the
// program marks with the property "casebookData".
QStringList unwrappedTexts(QWidget *root)
{
    QStringList found;
    const auto check = [&](const QWidget *where, const QString &text) {
        if (hasWords(text) && !isWrapped(text))
            found.append(QStringLiteral("%1 %2: %3")
                             .arg(QString::fromLatin1(where->metaObject()->className()),
                                  where->objectName(), text));
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->property("casebookData").toBool())
            continue;
        if (widget->isWindow())
            check(widget, widget->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(widget))
            check(label, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            // OK, Cancel, Close: Qt's own, translated by Qt's translations.
            auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
            if (!box || box->standardButton(button) == QDialogButtonBox::NoButton)
                check(button, button->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(widget))
            check(group, group->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            check(edit, edit->placeholderText());
        else if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model()) {
            for (int section = 0; section < header->count(); ++section)
                check(header,
                      header->model()->headerData(section, header->orientation()).toString());
        }
    }
    return found;
}

void requireAllWrapped(QWidget *widget, const char *where)
{
    const QStringList unwrapped = unwrappedTexts(widget);
    INFO(where << ":\n" << unwrapped.join(u'\n').toStdString());
    CHECK(unwrapped.isEmpty());
}

} // namespace

TEST_CASE("Under a pseudo-translation every visible text of every page and dialog is "
          "translated",
          "[ui][translations]")
{
    // Installed by the test main before anything is translated (record kinds
    // translate their labels once): ctest runs this test on its own so.
    REQUIRE(qgetenv("CASEBOOK_TEST_TRANSLATION").endsWith("casebook_pseudo.qm"));
    CHECK(QCoreApplication::translate("casebook::ui::MainWindow", "Children") !=
          QStringLiteral("Children"));

    // Fictional demo records, in a window the size of a laptop's screen.
    TestDatabase t;
    generateDemoData(t.db(), {50, 2});
    EditSession session(t.db());
    MainWindow window(session);
    window.setGeometry(0, 0, 1100, 720);
    window.setVisible(true);
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        QApplication::processEvents();
        const std::string name = QMetaEnum::fromType<MainWindow::Page>().key(page);
        requireAllWrapped(&window, name.c_str());
        casebook::test::saveScreenshot(window, QStringLiteral("pseudo-") +
                                                   QString::fromStdString(name).toLower());
    }

    window.showPage(MainWindow::Children);
    auto *children = window.findChild<ChildrenPage *>();
    REQUIRE(children);
    auto *list = children->findChild<QAbstractItemView *>(QStringLiteral("childList"));
    REQUIRE(list);
    list->setCurrentIndex(list->model()->index(0, 0));
    emit list->activated(list->currentIndex());
    QApplication::processEvents();
    auto *child = window.findChild<ChildPage *>();
    REQUIRE(child);
    REQUIRE(child->isVisible());
    requireAllWrapped(&window, "a child's page");
    casebook::test::saveScreenshot(window, QStringLiteral("pseudo-child"));

    AboutDialog about(t.path(), t->installationId().toString(QUuid::WithoutBraces), &window);
    about.show();
    requireAllWrapped(&about, "About");

    RecordDialog add(session, settingKind(), QStringLiteral("⟦title⟧"), &window);
    add.show();
    requireAllWrapped(&add, "a record dialog");
}
