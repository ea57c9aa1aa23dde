#pragma once

#include "children/ChildSearch.h"
#include "sync/Store.h"

#include <QAbstractTableModel>
#include <QHash>

namespace casebook {
class EditSession;
}

namespace casebook::ui {

// The children matching a filter, in name order, read a page at a time as
// the view scrolls (canFetchMore/fetchMore), so that 40,000 children open at
// once. Follows every change to children and settings: a few children
// changed move, arrive or leave row by row; a batch larger than
// LargeBatch, or any change to a setting, reads the list again.
class ChildListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Born,
        YearGroup,
        Upn,
        Setting,
        District,
        Provision,
        Need,
        Status,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;
    static constexpr int LargeBatch = 50;

    explicit ChildListModel(EditSession &session, QObject *parent = nullptr);

    void setFilter(const ChildFilter &filter);
    const ChildFilter &filter() const { return m_search.filter(); }
    // How many children match, loaded or not.
    int totalCount() const { return m_total; }
    QUuid idAt(int row) const;
    int rowOf(QUuid id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalCountChanged(int total);

private:
    void reload(int rows);
    void scheduleReload();
    void follow(const QList<Store::RowChange> &changes);
    void removeRow(int row);
    void updateTotal();

    EditSession &m_session;
    ChildSearch m_search;
    QList<ChildSummary> m_rows;
    int m_total = 0;
    bool m_atEnd = true;
    bool m_reloadPending = false;
    QDate m_today;
    QHash<QString, QString> m_provisionNames;
};

} // namespace casebook::ui
