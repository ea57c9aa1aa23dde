#pragma once

#include "common/PageActions.h"

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class RowTableModel;

// Link teachers (a tab of Settings), for leads: a year's open settings with
// their link teacher and last year's, the coming year first; the settings
// without one; each teacher's number of settings and pupils, marking those
// far above the average. Enter assigns the chosen setting's teacher; Copy
// last year forward fills the year from the one before.
class LinkAllocationPage : public QWidget, public PageActions
{
    Q_OBJECT
public:
    explicit LinkAllocationPage(EditSession &session, QWidget *parent = nullptr);

    void refresh();
    void assignCurrent();
    void copyForward();
    void focusSearch() override;
    void addNew() override { assignCurrent(); }

    QComboBox *year() const { return m_year; }
    RowTableModel *settings() const { return m_settings; }
    QTableView *settingView() const { return m_settingView; }
    RowTableModel *loads() const { return m_loads; }
    QLabel *summary() const { return m_summary; }

private:
    EditSession &m_session;
    QComboBox *m_year = nullptr;
    QComboBox *m_district = nullptr;
    QComboBox *m_line = nullptr;
    QCheckBox *m_unallocated = nullptr;
    QLabel *m_summary = nullptr;
    RowTableModel *m_settings = nullptr;
    QTableView *m_settingView = nullptr;
    QList<QUuid> m_teachers; // per row of m_settings
    RowTableModel *m_loads = nullptr;
};

} // namespace casebook::ui
