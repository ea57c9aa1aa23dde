#include "ChildListModel.h"

#include "children/ChildRecords.h"
#include "commands/EditSession.h"
#include "domain/AcademicYear.h"
#include "reference/ReferenceData.h"
#include "storage/Database.h"
#include "sync/Store.h"

#include <QTimer>

namespace casebook::ui {

ChildListModel::ChildListModel(EditSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_search(session.database())
    , m_today(session.database().environment().today())
{
    // Provision as the form names it, never the stored code.
    for (const auto &provision : ReferenceData::load(session.database()).provisions)
        m_provisionNames.insert(provision.code, provision.name);
    connect(&session.store(), &Store::changesCommitted, this, &ChildListModel::follow);
    connect(&session.store(), &Store::outsideChanges, this, &ChildListModel::scheduleReload);
    reload(PageSize);
}

void ChildListModel::setFilter(const ChildFilter &filter)
{
    if (filter == m_search.filter())
        return;
    m_search.setFilter(filter);
    reload(PageSize);
}

void ChildListModel::scheduleReload()
{
    // An import changes many rows in one go: reload once, after it.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload(std::max(int(m_rows.size()), int(PageSize)));
    });
}

void ChildListModel::reload(int rows)
{
    beginResetModel();
    m_rows = m_search.page(nullptr, rows);
    m_atEnd = m_rows.size() < rows;
    endResetModel();
    updateTotal();
}

void ChildListModel::updateTotal()
{
    const int total = m_search.count();
    if (total != m_total) {
        m_total = total;
        emit totalCountChanged(total);
    }
}

void ChildListModel::follow(const QList<Store::RowChange> &changes)
{
    QList<QUuid> children;
    for (const Store::RowChange &change : changes) {
        if (change.table == u"setting") {
            scheduleReload(); // a setting's name or district shows on its children's lines
            return;
        }
        if (change.table == u"child" && !children.contains(change.id))
            children.append(change.id);
    }
    if (children.isEmpty() || m_reloadPending)
        return;
    if (children.size() > LargeBatch) {
        scheduleReload();
        return;
    }
    // One child edited in place keeps their row (and the view its selection).
    if (children.size() == 1) {
        const int row = rowOf(children.first());
        const auto now = m_search.find(children.first());
        if (row >= 0 && now && m_search.position(*now) == row) {
            m_rows[row] = *now;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    // Otherwise each changed child leaves the list, then those who match come
    // back where the order puts them, lowest row first, so that each row is
    // right when counted. Rows beyond those loaded come with fetchMore.
    for (const QUuid &id : children)
        if (const int row = rowOf(id); row >= 0)
            removeRow(row);
    QList<std::pair<int, ChildSummary>> arriving;
    for (const QUuid &id : children)
        if (const auto now = m_search.find(id))
            arriving.append({m_search.position(*now), *now});
    std::sort(arriving.begin(), arriving.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[row, child] : arriving) {
        if (row > m_rows.size() || (row == m_rows.size() && !m_atEnd))
            break;
        beginInsertRows({}, row, row);
        m_rows.insert(row, child);
        endInsertRows();
    }
    updateTotal();
}

void ChildListModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

QUuid ChildListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QUuid();
}

int ChildListModel::rowOf(QUuid id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return row;
    return -1;
}

int ChildListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChildListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChildListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChildSummary &child = m_rows[index.row()];
    if (role == IdRole)
        return child.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return tr("%1, %2").arg(child.lastName, child.firstName);
    case Born:
        return child.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"));
    case YearGroup:
        return AcademicYear::label(child.yearGroup(m_today));
    case Upn:
        return child.upn;
    case Setting:
        return child.settingName;
    case District:
        return child.districtName;
    case Provision:
        return m_provisionNames.value(child.provision, child.provision);
    case Need:
        // Both needs, the primary first: a count by need never hides the second.
        return child.secondaryNeed.isEmpty() ? child.primaryNeed
                                             : tr("%1, %2", "primary need, secondary need")
                                                   .arg(child.primaryNeed, child.secondaryNeed);
    case Status:
        return childKind().type().requireField(u"status").choiceLabel(child.status);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ChildListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Born:
        return tr("Born");
    case YearGroup:
        return tr("Year");
    case Upn:
        return tr("UPN");
    case Setting:
        return tr("Setting");
    case District:
        return tr("District");
    case Provision:
        return tr("Provision");
    case Need:
        return tr("Needs");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

bool ChildListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ChildListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<ChildSummary> more =
        m_search.page(m_rows.isEmpty() ? nullptr : &m_rows.last(), PageSize);
    m_atEnd = more.size() < PageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

} // namespace casebook::ui
