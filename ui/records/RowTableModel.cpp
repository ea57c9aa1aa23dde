#include "RowTableModel.h"

namespace casebook::ui {

RowTableModel::RowTableModel(const QStringList &headings, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headings(headings)
{}

void RowTableModel::setRows(const QList<QUuid> &ids, const QList<QVariantList> &rows)
{
    Q_ASSERT(ids.size() == rows.size());
    beginResetModel();
    m_ids = ids;
    m_rows = rows;
    endResetModel();
}

QUuid RowTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : QUuid();
}

int RowTableModel::rowOf(QUuid id) const
{
    return int(m_ids.indexOf(id));
}

int RowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headings.size());
}

QVariant RowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_rows[index.row()].value(index.column());
    return {};
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headings.size())
        return m_headings[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace casebook::ui
