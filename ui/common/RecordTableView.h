#pragma once

#include <QTableView>

namespace casebook::ui {

// A read-only list of records: whole rows, one at a time, Tab leaves it and
// Enter (activated) opens the current record. Reached from the keyboard, it
// shows where it is at once: the first row is chosen when none was. A row
// made current from elsewhere (a search as it is typed) does not pull a
// screen reader's focus away from where the person is.
class RecordTableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

protected:
    void focusInEvent(QFocusEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    // Tells a screen reader the current cell has the focus.
    void announceCurrent();
};

QTableView *makeRecordTableView(QAbstractItemModel *model, const QString &objectName,
                                const QString &accessibleName);

// Column widths, order and sorting as the person last left them in this
// table (by its object name), kept in the settings. Call once the default
// widths are set: the remembered ones replace them.
void rememberColumns(QTableView *view);

} // namespace casebook::ui
