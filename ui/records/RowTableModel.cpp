#include "RowTableModel.h"

#include <QColor>
#include <QFont>

namespace casebook::ui {

RowTableModel::RowTableModel(const QStringList &headings, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headings(headings)
{}

namespace {

// True when `part` is `whole` with some ids left out, order kept.
bool isSubsequence(const QList<QUuid> &part, const QList<QUuid> &whole)
{
    qsizetype at = 0;
    for (const QUuid &id : whole)
        if (at < part.size() && part[at] == id)
            ++at;
    return at == part.size();
}

} // namespace

void RowTableModel::setRows(const QList<QUuid> &ids, const QList<QVariantList> &rows)
{
    Q_ASSERT(ids.size() == rows.size());
    // A list filled from empty, emptied, or changed in bulk is read whole:
    // one reset costs a view less than a row at a time.
    const qsizetype difference = std::abs(ids.size() - m_ids.size());
    if (m_ids.isEmpty() || ids.isEmpty() || difference > LargeChange ||
        !(ids.size() <= m_ids.size() ? isSubsequence(ids, m_ids) : isSubsequence(m_ids, ids))) {
        beginResetModel();
        m_ids = ids;
        m_rows = rows;
        endResetModel();
        return;
    }
    // Rows that went, last first; then rows that came, first first; then
    // values that changed. A view keeps its place and its selection.
    for (qsizetype row = m_ids.size() - 1; row >= 0; --row) {
        if (ids.contains(m_ids[row]))
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_ids.removeAt(row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (qsizetype row = 0; row < ids.size(); ++row) {
        if (row < m_ids.size() && m_ids[row] == ids[row])
            continue;
        beginInsertRows({}, int(row), int(row));
        m_ids.insert(row, ids[row]);
        m_rows.insert(row, rows[row]);
        endInsertRows();
    }
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (m_rows[row] == rows[row])
            continue;
        m_rows[row] = rows[row];
        emit dataChanged(index(int(row), 0), index(int(row), columnCount() - 1));
    }
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
    const QVariant value = m_rows[index.row()].value(index.column());
    const bool warning = value.metaType() == QMetaType::fromType<Warning>();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return warning ? QVariant(value.value<Warning>().text) : value;
    if (warning && role == Qt::ForegroundRole)
        return QColor(0xb0, 0x00, 0x20);
    if (warning && role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
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
