#include "RecordListPage.h"

#include "RecordDialog.h"
#include "RowTableModel.h"
#include "commands/EditSession.h"
#include "common/RecordTableView.h"
#include "records/RecordKind.h"
#include "sync/Store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

RecordListPage::RecordListPage(EditSession &session, const RecordKind &kind,
                               const QString &listName, const QString &addTitle,
                               const QStringList &headings, ReadRows readRows, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_addTitle(addTitle)
    , m_readRows(std::move(readRows))
{
    m_search = new QLineEdit;
    m_search->setObjectName(kind.type().table + QStringLiteral("Search"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &RecordListPage::reload);

    m_model = new RowTableModel(headings, this);
    m_view = makeRecordTableView(m_model, kind.type().table + QStringLiteral("List"), listName);
    connect(m_view, &QTableView::activated, this, &RecordListPage::editCurrent);

    m_toolbar = new QHBoxLayout;
    m_toolbar->addWidget(searchLabel);
    m_toolbar->addWidget(m_search, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_toolbar);
    layout->addWidget(m_view);
    m_empty = new QLabel;
    m_empty->setObjectName(kind.type().table + QStringLiteral("Empty"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);

    // Once a batch: the list is short, read again and compared row by row.
    connect(&session.store(), &Store::changesCommitted, this,
            [this](const QList<Store::RowChange> &changes) {
                for (const Store::RowChange &change : changes)
                    if (change.table == m_kind.type().table) {
                        reload();
                        return;
                    }
            });
    connect(&session.store(), &Store::outsideChanges, this, &RecordListPage::reload);
    setFocusProxy(m_search);
}

void RecordListPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QUuid RecordListPage::currentId() const
{
    return m_model->idAt(m_view->currentIndex().row());
}

void RecordListPage::reload()
{
    const QUuid current = currentId();
    QList<QUuid> ids;
    QList<QVariantList> rows;
    m_readRows(m_search->text(), ids, rows);
    m_model->setRows(ids, rows);
    const int row = std::max(m_model->rowOf(current), 0);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    const QString search = m_search->text().trimmed();
    m_empty->setText(search.isEmpty() ? m_emptyText : tr("Nothing matches “%1”.").arg(search));
    m_empty->setVisible(m_model->rowCount() == 0 && !m_empty->text().isEmpty());
}

void RecordListPage::setEmptyText(const QString &text)
{
    m_emptyText = text;
    reload();
}

void RecordListPage::addRecord()
{
    auto *dialog = new RecordDialog(m_session, m_kind, m_addTitle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RecordListPage::editCurrent()
{
    const QUuid id = currentId();
    if (id.isNull())
        return;
    const auto record = m_session.store().read(m_kind.type().table, id);
    if (!record)
        return;
    QString title = m_kind.label(*record);
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    QDialog *dialog = makeEditDialog(id, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QDialog *RecordListPage::makeEditDialog(QUuid id, const QString &title)
{
    return new RecordDialog(m_session, m_kind, id, title, this);
}

} // namespace casebook::ui
