#pragma once

#include "common/PageActions.h"

#include <QUuid>
#include <QWidget>

#include <functional>

class QDialog;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;

namespace casebook {
class EditSession;
class RecordKind;
} // namespace casebook

namespace casebook::ui {

class RowTableModel;

// A page listing a kind of record with a search box and a table: Enter opens
// the current record in a dialog that saves as you go, Ctrl+N adds one. The
// list is read again after any change to the kind's table.
class RecordListPage : public QWidget, public PageActions
{
    Q_OBJECT
public:
    // Fills ids and rows for the text in the search box.
    using ReadRows =
        std::function<void(const QString &search, QList<QUuid> &ids, QList<QVariantList> &rows)>;

    // `listName` names the list for screen readers ("Settings").
    RecordListPage(EditSession &session, const RecordKind &kind, const QString &listName,
                   const QString &addTitle, const QStringList &headings, ReadRows readRows,
                   QWidget *parent = nullptr);

    // Where a page puts its own filters and buttons, after the search box.
    QHBoxLayout *toolbar() const { return m_toolbar; }
    QLineEdit *searchBox() const { return m_search; }
    QTableView *view() const { return m_view; }
    RowTableModel *model() const { return m_model; }
    QUuid currentId() const;

    // What the page says while it lists nothing and nothing is searched for:
    // what to do next ("Import them from GIAS…").
    void setEmptyText(const QString &text);

    void reload();
    void addRecord();
    void editCurrent();
    void focusSearch() override;
    void addNew() override { addRecord(); }

protected:
    EditSession &session() const { return m_session; }
    // The dialog Enter opens on record `id`: the kind's form unless the page
    // shows more of the record.
    virtual QDialog *makeEditDialog(QUuid id, const QString &title);

private:
    EditSession &m_session;
    const RecordKind &m_kind;
    QString m_addTitle;
    ReadRows m_readRows;
    RowTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QHBoxLayout *m_toolbar = nullptr;
    QLabel *m_empty = nullptr;
    QString m_emptyText;
};

} // namespace casebook::ui
