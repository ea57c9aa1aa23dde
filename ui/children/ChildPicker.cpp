#include "ChildPicker.h"

#include "children/ChildSearch.h"
#include "common/DisplayDate.h"
#include "domain/AcademicYear.h"
#include "storage/Database.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

constexpr int MatchesShown = 8;

QString describe(const ChildSummary &child, QDate today)
{
    QStringList parts{QStringLiteral("%1 %2").arg(child.firstName, child.lastName)};
    if (child.dateOfBirth.isValid())
        parts.append(
            ChildPicker::tr("born %1 (%2)")
                .arg(dateText(child.dateOfBirth), AcademicYear::label(child.yearGroup(today))));
    if (!child.settingName.isEmpty())
        parts.append(child.settingName);
    return parts.join(QStringLiteral(", "));
}

} // namespace

ChildPicker::ChildPicker(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_searcher(std::make_unique<ChildSearch>(db))
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("childPickerSearch"));
    m_search->setAccessibleName(tr("Find the child"));
    m_search->setPlaceholderText(tr("Type the start of their names or their UPN"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_matches = new QListWidget;
    m_matches->setObjectName(QStringLiteral("childPickerMatches"));
    m_matches->setAccessibleName(tr("Children found"));
    m_matches->setFixedHeight(m_matches->fontMetrics().height() * 5 + 12);
    m_chosen = new QLabel(tr("No child chosen yet."));
    m_chosen->setObjectName(QStringLiteral("childPickerChosen"));
    m_chosen->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_matches);
    layout->addWidget(m_chosen);

    connect(m_search, &QLineEdit::textChanged, this, &ChildPicker::search);
    connect(m_matches, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { take(m_matches->row(item)); });
    m_matches->installEventFilter(this);
    setFocusProxy(m_search);
}

ChildPicker::~ChildPicker() = default;

void ChildPicker::search()
{
    m_matches->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    ChildFilter filter;
    filter.text = text;
    m_searcher->setFilter(filter);
    const QDate today = m_db.environment().today();
    for (const ChildSummary &child : m_searcher->page(nullptr, MatchesShown)) {
        auto *item = new QListWidgetItem(describe(child, today), m_matches);
        item->setData(Qt::UserRole, child.id);
    }
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
}

void ChildPicker::take(int row)
{
    QListWidgetItem *item = m_matches->item(row);
    if (!item)
        return;
    m_child = item->data(Qt::UserRole).toUuid();
    m_chosen->setText(tr("Chosen: %1").arg(item->text()));
    emit childChosen(m_child);
}

void ChildPicker::setChild(QUuid child)
{
    m_child = child;
    m_searcher->setFilter({});
    if (const auto found = m_searcher->find(child))
        m_chosen->setText(tr("Chosen: %1").arg(describe(*found, m_db.environment().today())));
}

bool ChildPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search && key->key() == Qt::Key_Down && m_matches->count() > 0) {
        m_matches->setFocus();
        return true;
    }
    // Enter takes a child, and only that: it does not also press the
    // dialog's default button.
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const int row = watched == m_search ? 0 : m_matches->currentRow();
    if (enter && key->modifiers() == Qt::NoModifier &&
        (watched == m_search || watched == m_matches) && m_matches->item(row)) {
        take(row);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace casebook::ui
