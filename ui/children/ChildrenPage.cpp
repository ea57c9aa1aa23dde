#include "ChildrenPage.h"

#include "ChildListModel.h"
#include "ChildPage.h"
#include "children/ChildRecords.h"
#include "commands/EditSession.h"
#include "common/Labels.h"
#include "common/Pages.h"
#include "common/RecordTableView.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordDialog.h"
#include "reference/ReferenceData.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QComboBox *filterCombo(const QString &name, const QString &all)
{
    auto *combo = new QComboBox;
    combo->setAccessibleName(name);
    combo->setToolTip(name);
    combo->addItem(all, QString());
    // Long names (a need's full title) must not widen the window.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(5);
    return combo;
}

} // namespace

ChildrenPage::ChildrenPage(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    const ReferenceData reference = ReferenceData::load(session.database());

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("childSearch"));
    m_search->setAccessibleName(tr("Search children"));
    m_search->setPlaceholderText(tr("Search by name, UPN or setting (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    auto *searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);

    m_district = filterCombo(tr("District"), tr("All districts"));
    for (const auto &d : reference.districts)
        m_district->addItem(d.name, d.code);
    m_need = filterCombo(tr("Need"), tr("All needs"));
    for (const auto &dimension : reference.dimensions) {
        m_need->addItem(dimension.name, QVariant(QStringLiteral("dimension:") + dimension.code));
        for (const auto &need : reference.needs)
            if (need.dimensionCode == dimension.code)
                m_need->addItem(QStringLiteral("    %1 — %2").arg(need.code, need.name),
                                QVariant(QStringLiteral("need:") + need.code));
    }
    for (const auto &need : reference.needs)
        if (need.dimensionCode.isEmpty())
            m_need->addItem(QStringLiteral("%1 — %2").arg(need.code, need.name),
                            QVariant(QStringLiteral("need:") + need.code));
    m_provision = filterCombo(tr("SEN provision"), tr("All provision"));
    for (const auto &p : reference.provisions)
        m_provision->addItem(p.name, p.code);
    m_status = filterCombo(tr("Status"), tr("Any status"));
    const FieldSpec &status = childKind().type().requireField(u"status");
    for (const QString &choice : status.choices)
        m_status->addItem(status.choiceLabel(choice), choice);

    m_secondaryToo = new QCheckBox(tr("Secondary &need too"));
    m_secondaryToo->setObjectName(QStringLiteral("secondaryNeedToo"));
    m_secondaryToo->setToolTip(
        tr("Match the need chosen as the primary or the secondary need; without it, the "
           "primary need only"));
    m_secondaryToo->setEnabled(false);
    connect(m_secondaryToo, &QCheckBox::toggled, this, &ChildrenPage::applyFilter);
    for (QComboBox *combo : {m_district, m_need, m_provision, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &ChildrenPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &ChildrenPage::applyFilter);

    auto *add = new QPushButton(tr("&Add child…"));
    add->setObjectName(QStringLiteral("addChild"));
    add->setToolTip(tr("Ctrl+N"));
    connect(add, &QPushButton::clicked, this, &ChildrenPage::addChild);

    m_model = new ChildListModel(session, this);
    m_view = makeRecordTableView(m_model, QStringLiteral("childList"), tr("Children"));
    // At a laptop's 1100 pixels every column shows whole: the setting takes
    // what is left.
    const std::pair<ChildListModel::Column, int> widths[] = {
        {ChildListModel::Name, 160},     {ChildListModel::Born, 82},
        {ChildListModel::YearGroup, 72}, {ChildListModel::Upn, 112},
        {ChildListModel::District, 90},  {ChildListModel::Provision, 110},
        {ChildListModel::Need, 78},      {ChildListModel::Status, 70}};
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ChildListModel::Setting, QHeaderView::Stretch);
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);
    rememberColumns(m_view);
    connect(m_view, &QTableView::activated, this, &ChildrenPage::openCurrent);
    connect(m_model, &ChildListModel::totalCountChanged, this, &ChildrenPage::updateCount);
    // Keep the child last opened current when the list is read again, or
    // when their row moves (a new name sorts them elsewhere).
    const auto keepLastOpened = [this] {
        const int row = m_model->rowOf(m_lastOpened);
        if (row >= 0 && m_view->currentIndex().row() != row)
            m_view->setCurrentIndex(m_model->index(row, 0));
    };
    connect(m_model, &ChildListModel::modelReset, this, keepLastOpened);
    connect(m_model, &ChildListModel::rowsInserted, this, keepLastOpened);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("childCount"));
    m_count->setWordWrap(true);
    m_clearFilters = new QPushButton;
    m_clearFilters->setObjectName(QStringLiteral("clearFilters"));
    connect(m_clearFilters, &QPushButton::clicked, this, &ChildrenPage::clearFilters);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(add);
    auto *filters = new QHBoxLayout;
    for (QComboBox *combo : {m_district, m_need, m_provision, m_status}) {
        filters->addWidget(labelFor(combo, combo->accessibleName()));
        filters->addWidget(combo, 1);
        if (combo == m_need)
            filters->addWidget(m_secondaryToo);
    }
    auto *listPanel = new QWidget;
    listPanel->setAccessibleName(tr("Children list"));
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->addLayout(searchRow);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_view);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_clearFilters);
    listLayout->addLayout(countRow);

    m_childPage = new ChildPage(session);
    connect(m_childPage, &ChildPage::closed, this, &ChildrenPage::showList);

    m_stack = new QStackedWidget;
    m_stack->addWidget(listPanel);
    m_stack->addWidget(m_childPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setFocusProxy(m_search);
    updateCount();
}

void ChildrenPage::focusSearch()
{
    showList();
    m_search->setFocus();
    m_search->selectAll();
}

void ChildrenPage::applyFilter()
{
    ChildFilter filter;
    filter.text = m_search->text();
    filter.districtCode = m_district->currentData().toString();
    const QString need = m_need->currentData().toString();
    if (need.startsWith(QLatin1String("need:")))
        filter.needCode = need.mid(5);
    else if (need.startsWith(QLatin1String("dimension:")))
        filter.dimensionCode = need.mid(10);
    filter.secondaryNeedToo = m_secondaryToo->isChecked();
    m_secondaryToo->setEnabled(!need.isEmpty());
    filter.provisionCode = m_provision->currentData().toString();
    filter.status = m_status->currentData().toString();
    m_model->setFilter(filter);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateCount(); // the filters' names, even when the count stays the same
}

QStringList ChildrenPage::filtersOn() const
{
    QStringList on;
    for (QComboBox *combo : {m_district, m_need, m_provision, m_status})
        if (combo->currentIndex() > 0)
            on.append(combo == m_need && m_secondaryToo->isChecked()
                          ? tr("%1 (primary or secondary)").arg(combo->currentText().trimmed())
                          : combo->currentText().trimmed());
    return on;
}

void ChildrenPage::clearFilters()
{
    for (QComboBox *combo : {m_district, m_need, m_provision, m_status}) {
        const QSignalBlocker quiet(combo);
        combo->setCurrentIndex(0);
    }
    applyFilter();
    m_search->setFocus();
}

void ChildrenPage::updateCount()
{
    const int total = m_model->totalCount();
    const QStringList on = filtersOn();
    const QString search = m_search->text().trimmed();
    const QString where = on.join(QStringLiteral(" · "));
    QString text;
    if (total > 0)
        text = on.isEmpty() ? tr("%Ln child(ren)", nullptr, total)
                            : tr("%Ln child(ren) in %1", nullptr, total).arg(where);
    else if (!search.isEmpty())
        text = on.isEmpty() ? tr("No children match “%1”.").arg(search)
                            : tr("No children match “%1” in %2.").arg(search, where);
    else if (!on.isEmpty())
        text = tr("No children in %1.").arg(where);
    else
        text = tr("No children yet. Add one with Add child (Ctrl+N), or import a sync package on "
                  "the Sync page (Ctrl+9); import the schools first on the Settings page (Ctrl+2) "
                  "so that children can be placed at their setting.");
    m_count->setText(text);
    // One filter: name what clearing it does ("Search all districts").
    const bool onlyDistrict = on.size() == 1 && m_district->currentIndex() > 0;
    m_clearFilters->setText(onlyDistrict ? tr("Search a&ll districts") : tr("C&lear the filters"));
    m_clearFilters->setVisible(!on.isEmpty());
}

bool ChildrenPage::eventFilter(QObject *watched, QEvent *event)
{
    // From the search box: Down goes into the list, Enter opens the child
    // that is current there (the first match).
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
                m_view->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChildrenPage::openCurrent()
{
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid() && m_model->rowCount() > 0)
        index = m_model->index(0, 0);
    const QUuid id = m_model->idAt(index.row());
    if (!id.isNull())
        openChild(id);
}

void ChildrenPage::openChild(QUuid id)
{
    m_lastOpened = id;
    m_childPage->showChild(id);
    m_stack->setCurrentWidget(m_childPage);
}

void ChildrenPage::showList()
{
    m_stack->setCurrentIndex(0);
    const int row = m_model->rowOf(m_lastOpened);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->setFocus();
    } else {
        m_search->setFocus();
    }
}

void ChildrenPage::addChild()
{
    auto *dialog = new RecordDialog(m_session, childKind(), tr("Add a child"), this);
    dialog->setObjectName(QStringLiteral("addChildDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::added, this, &ChildrenPage::openChild);
    connect(dialog, &RecordDialog::openExistingAsked, this, &ChildrenPage::openChild);
    dialog->open();
}

QList<PageDeclaration> childrenPages()
{
    return {{MainWindow::Children, [](EditSession &session, PageHost &host) -> QWidget * {
                 auto *page = new ChildrenPage(session);
                 QObject::connect(page->childPage(), &ChildPage::openRecordAsked, page,
                                  [&host](const QString &table, const QUuid &id) {
                                      host.openRecord(table, id);
                                  });
                 return page;
             }}};
}

bool ChildrenPage::openRecord(const QString &table, const QUuid &id)
{
    if (table != u"child")
        return false;
    openChild(id);
    return true;
}

} // namespace casebook::ui
