#pragma once

#include <QAbstractTableModel>
#include <QUuid>

namespace casebook::ui {

// A short list of records (settings, staff, a child's contacts) read whole
// from a core query: one id and one line of values per record.
class RowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    // More rows than this come or go at once: the model resets.
    static constexpr int LargeChange = 50;

    // A value to stand out (a review overdue): shown in bold and in red, its
    // text saying it as well, for those who cannot tell the colour.
    struct Warning
    {
        QString text;
        bool operator==(const Warning &) const = default;
    };
    static QVariant warning(const QString &text) { return QVariant::fromValue(Warning{text}); }

    explicit RowTableModel(const QStringList &headings, QObject *parent = nullptr);

    // Rows that came or went and values that changed are announced as such
    // (rowsInserted, rowsRemoved, dataChanged); a reordering, a large change,
    // or a list filled from empty or emptied resets the model.
    void setRows(const QList<QUuid> &ids, const QList<QVariantList> &rows);
    QUuid idAt(int row) const;
    int rowOf(QUuid id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headings;
    QList<QUuid> m_ids;
    QList<QVariantList> m_rows;
};

} // namespace casebook::ui

Q_DECLARE_METATYPE(casebook::ui::RowTableModel::Warning)
