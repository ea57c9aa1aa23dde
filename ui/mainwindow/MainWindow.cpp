#include "MainWindow.h"

#include "AboutDialog.h"
#include "DatabaseWindow.h"
#include "KeyboardHelp.h"
#include "PlaceholderPage.h"
#include "UndoShortcutRouter.h"
#include "commands/EditSession.h"
#include "common/AppIcon.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/PageActions.h"
#include "common/PageTabs.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"
#include "sync/Conflicts.h"
#include "sync/Store.h"
#include "sync/SyncPackages.h"
#include "sync/SyncPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace casebook::ui {

// Titles and descriptions, in Page order; translated where they are shown.
const MainWindow::PageText &MainWindow::pageText(int page)
{
    static constexpr PageText texts[] = {
        {QT_TR_NOOP("Children"),
         QT_TR_NOOP(
             "Find a child fast by name, UPN or setting, and keep their record: details, "
             "needs, SEN provision, parent and carer contacts and the agreement to engage.")},
        {QT_TR_NOOP("Settings"),
         QT_TR_NOOP("The early-years settings and schools of each district, imported from Get "
                    "Information about Schools and kept up to date, with their SENCO contacts and "
                    "link teachers.")},
        {QT_TR_NOOP("Staff"),
         QT_TR_NOOP(
             "The service's specialist teachers, leads and admins, and who uses this laptop.")},
        {QT_TR_NOOP("Casework"),
         QT_TR_NOOP("Your caseload: open involvements, agreed outcomes with their reviews, and the "
                    "contact log of visits, observations, assessments and advice.")},
        {QT_TR_NOOP("LIFT"),
         QT_TR_NOOP("Local Inclusion Forum Team meetings: the agenda of referrals, attendance, "
                    "decisions and actions, and minutes to print and circulate.")},
        {QT_TR_NOOP("Drop-in clinics"),
         QT_TR_NOOP("Dimension-led drop-in sessions and their consultations: the question, the "
                    "advice given and any follow-up.")},
        {QT_TR_NOOP("Training"),
         QT_TR_NOOP(
             "The course catalogue, events and attendance, and the CPD and qualifications of "
             "STLS staff.")},
        {QT_TR_NOOP("Reports"),
         QT_TR_NOOP("Caseload charts per dimension of need, district, teacher and term, and the "
                    "termly KPI report.")},
        {QT_TR_NOOP("Sync"),
         QT_TR_NOOP("Exchange encrypted packages with the district office and other laptops, and "
                    "settle any edits that clashed.")},
    };
    static_assert(std::size(texts) == PageCount);
    return texts[page];
}

MainWindow::MainWindow(EditSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    // The open database's name first: two windows tell themselves apart.
    setWindowTitle(tr("%1 — STLS Casebook").arg(QFileInfo(session.database().path()).fileName()));
    setWindowFilePath(session.database().path());
    setWindowIcon(appIcon());
    createPages();
    createMenus();
    createStatusBar();
    restoreLayout();
    m_navigation->setFocus();
    // First run: a laptop with no records joins its service's group from a
    // package; then (or with staff already there) it asks who uses it.
    if (syncGroup(session.database()).isNull() && listStaff(session.database()).isEmpty()) {
        showPage(Sync);
        const QString empty = tr("This laptop holds no records yet: join your service's sync "
                                 "group with a package from the district office.");
        showGuidance(empty);
        // Records that arrive any way at all (a join, an import, typed in)
        // make the guidance wrong: it goes with them.
        const auto recordsArrived = [this, empty] {
            if (statusBar()->currentMessage() == empty)
                statusBar()->clearMessage();
        };
        connect(&session.store(), &Store::outsideChanges, this, recordsArrived);
        connect(&session.store(), &Store::changesCommitted, this, recordsArrived);
    } else {
        askWhoAmI();
    }
}

void MainWindow::askWhoAmI()
{
    if (whoAmI(m_session.database()) || listStaff(m_session.database()).isEmpty())
        return;
    showPage(Staff);
    showGuidance(tr("Who uses this laptop? Select your name and press “This is me”."));
}

void MainWindow::showGuidance(const QString &text)
{
    // Once the window is on screen: a message shown before then would be
    // drawn over the status bar's database label instead of hiding it.
    QTimer::singleShot(0, this, [this, text] { statusBar()->showMessage(text); });
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_navigation = new QListWidget;
    m_navigation->setAccessibleName(tr("Areas of work"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(3);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    // The features' pages where they stand; Sync is the window's own; a
    // feature still to come shows what it will do.
    const QList<PageDeclaration> declared = featurePages();
    for (int page = 0; page < PageCount; ++page) {
        const PageText &text = pageText(page);
        m_navigation->addItem(tr(text.title));
        QList<QWidget *> made;
        for (const PageDeclaration &declaration : declared)
            if (declaration.place == page)
                made.append(declaration.make(m_session, *this));
        if (made.size() == 1) {
            m_pages->addWidget(made.first());
        } else if (made.size() > 1) {
            auto *tabs = new PageTabs;
            for (QWidget *tab : std::as_const(made))
                tabs->addPage(tab);
            m_pages->addWidget(tabs);
        } else if (page == Sync) {
            auto *sync = new SyncPage(m_session);
            connect(sync, &SyncPage::conflictCountChanged, this, &MainWindow::showConflictCount);
            connect(sync, &SyncPage::joinedGroup, this, [this] {
                statusBar()->clearMessage();
                askWhoAmI();
            });
            m_pages->addWidget(sync);
        } else {
            m_pages->addWidget(new PlaceholderPage(tr(text.title), tr(text.description)));
        }
        m_pages->widget(page)->setObjectName(QStringLiteral("page%1").arg(page));
        m_pages->widget(page)->setAccessibleName(tr(text.title));
    }
    showConflictCount(conflictCount(m_session.database()));
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) + 32);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(Children);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({m_navigation->minimumWidth() + 40, 900});
    setCentralWidget(splitter);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("New &Database…"), this, [this] {
        const QString path =
            FileDialog::saveFileName(this, tr("New database"), QStringLiteral("casebook.sqlite"),
                                     tr("Casebook database (*.sqlite);;All files (*)"));
        if (!path.isEmpty())
            emit databaseChosen(path, true);
    });
    file->addAction(tr("&Open…"), this,
                    [this] {
                        const QString path = FileDialog::openFileName(
                            this, tr("Open a database"),
                            tr("Casebook database (*.sqlite);;All files (*)"));
                        if (!path.isEmpty())
                            emit databaseChosen(path, false);
                    })
        ->setShortcut(QKeySequence::Open);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    fillRecentMenu(recent);
    file->addSeparator();
    file->addAction(tr("&Who Am I…"), this, [this] {
        showPage(Staff);
        statusBar()->showMessage(tr("Select your name in the list and press “This is me”."),
                                 10'000);
    });
    file->addAction(tr("&New…"), this,
                    [this] {
                        if (auto *page = dynamic_cast<PageActions *>(m_pages->currentWidget()))
                            page->addNew();
                    })
        ->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    qApp->installEventFilter(new UndoShortcutRouter(this));
    QAction *undo = m_session.undoStack().createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session.undoStack().createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), this,
                    [this] {
                        if (auto *page = dynamic_cast<PageActions *>(m_pages->currentWidget()))
                            page->focusSearch();
                    })
        ->setShortcut(QKeySequence::Find);
    connect(&m_session, &EditSession::commandFailed, this, [this](const QString &message) {
        MessageBox::critical(this, tr("The change could not be made"), message);
    });
    // A quiet sign that an edit was kept: fields save as they are left.
    connect(&m_session, &EditSession::executed, this, [this](const QString &text) {
        statusBar()->showMessage(tr("Saved: %1").arg(text), 5000);
    });
    connect(&m_session, &EditSession::stepDropped, this,
            [this](const QString &message) { statusBar()->showMessage(message, 20'000); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int page = 0; page < PageCount; ++page) {
        QAction *action =
            view->addAction(tr(pageText(page).title), this, [this, page] { showPage(Page(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
    }
    view->addSeparator();
    QAction *focusNavigation =
        view->addAction(tr("&Areas of Work List"), this, [this] { m_navigation->setFocus(); });
    focusNavigation->setShortcut(QKeySequence(Qt::Key_F6));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Help on This Page"), this, &MainWindow::showPageHelp)
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showKeyboardShortcuts);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About STLS Casebook"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showPageHelp()
{
    const int page = m_pages->currentIndex();
    QString text = tr(pageText(page).description);
    QStringList keys;
    for (const ShortcutEntry &entry : pageShortcuts(m_pages->currentWidget(), QString()))
        keys.append(tr("%1: %2").arg(entry.keys, entry.action));
    if (!keys.isEmpty())
        text += QLatin1String("\n\n") + tr("Keys on this page:") + u'\n' + keys.join(u'\n');
    text += QLatin1String("\n\n") + tr("Help ▸ Keyboard Shortcuts lists them all.");
    MessageBox::information(this, tr(pageText(page).title), text);
}

void MainWindow::showKeyboardShortcuts()
{
    QList<ShortcutEntry> entries = menuShortcuts(this);
    for (int page = 0; page < PageCount; ++page)
        entries += pageShortcuts(m_pages->widget(page), tr(pageText(page).title));
    entries += formShortcuts();
    auto *dialog = new KeyboardShortcutsDialog(entries, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QString open = QFileInfo(m_session.database().path()).absoluteFilePath();
    int number = 0;
    for (const QString &path : DatabaseWindow::recentDatabases()) {
        if (path == open)
            continue;
        ++number;
        menu->addAction(tr("&%1 %2").arg(number).arg(QDir::toNativeSeparators(path)), this,
                        [this, path] { emit databaseChosen(path, false); });
    }
    if (number == 0)
        menu->addAction(tr("No other database opened yet"))->setEnabled(false);
}

void MainWindow::createStatusBar()
{
    Database &db = m_session.database();
    auto *database = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(db.path())));
    database->setObjectName(QStringLiteral("databaseLabel"));
    database->setAccessibleName(tr("Database file"));
    auto *installation = new QLabel(
        // The random tail: a time-ordered id's first digits are alike on every
        // installation set up the same week.
        tr("Installation: %1").arg(db.installationId().toString(QUuid::WithoutBraces).right(8)));
    installation->setObjectName(QStringLiteral("installationLabel"));
    installation->setAccessibleName(tr("Installation"));
    installation->setToolTip(db.installationId().toString(QUuid::WithoutBraces));
    m_whoAmI = new QLabel;
    m_whoAmI->setObjectName(QStringLiteral("whoAmILabel"));
    m_whoAmI->setAccessibleName(tr("Who uses this laptop"));
    statusBar()->addWidget(database, 1);
    statusBar()->addPermanentWidget(m_whoAmI);
    statusBar()->addPermanentWidget(installation);
    updateWhoAmI();
}

void MainWindow::showConflictCount(int count)
{
    // A badge on Sync while edits that clashed wait for a person.
    QListWidgetItem *item = m_navigation->item(Sync);
    item->setText(count > 0 ? tr("%1 (%2)").arg(tr(pageText(Sync).title)).arg(count)
                            : tr(pageText(Sync).title));
    item->setToolTip(count > 0 ? tr("%n conflict(s) to settle", nullptr, count) : QString());
}

void MainWindow::openRecord(const QString &table, const QUuid &id)
{
    for (int page = 0; page < m_pages->count(); ++page) {
        auto *actions = dynamic_cast<PageActions *>(m_pages->widget(page));
        if (actions && actions->openRecord(table, id)) {
            showPage(Page(page));
            return;
        }
    }
}

void MainWindow::whoAmIChosen()
{
    updateWhoAmI();
}

void MainWindow::onWhoAmIChanged(std::function<void()> callback)
{
    m_whoAmIListeners.push_back(std::move(callback));
}

void MainWindow::updateWhoAmI()
{
    for (const auto &listener : m_whoAmIListeners)
        listener();
    Database &db = m_session.database();
    const auto me = whoAmI(db);
    QString name;
    if (me)
        for (const auto &s : listStaff(db))
            if (s.id == *me)
                name = s.fullName();
    m_whoAmI->setText(name.isEmpty() ? tr("No one chosen (File ▸ Who Am I…)")
                                     : tr("Working as %1").arg(name));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::showAbout()
{
    const Database &db = m_session.database();
    auto *dialog =
        new AboutDialog(db.path(), db.installationId().toString(QUuid::WithoutBraces), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    const int page = settings.value(QStringLiteral("MainWindow/page"), int(Children)).toInt();
    showPage(Page(std::clamp(page, 0, PageCount - 1)));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(QStringLiteral("MainWindow/page"), int(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace casebook::ui
