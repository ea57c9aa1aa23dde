#pragma once

#include "common/PageActions.h"

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class RowTableModel;

// My caseload: the open involvements of the teacher using this laptop (or of
// another, or everyone's), with the last contact and the next review;
// overdue reviews first and marked. Type to filter, click a heading to sort,
// Enter opens the case: a child's page, or a whole-setting case's details.
class CaseloadPage : public QWidget, public PageActions
{
    Q_OBJECT
public:
    explicit CaseloadPage(EditSession &session, QWidget *parent = nullptr);

    void refresh();
    // Logs a contact on the case chosen in the list (Ctrl+L).
    void logContact();
    // Who uses the laptop changed: "me" is someone else now.
    void whoAmIChanged();
    void focusSearch() override;
    void addNew() override {}

    RowTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void openChild(const QUuid &child);

private:
    static constexpr int TeacherColumn = 7; // shown for everyone's caseload
    void fillTeachers();
    void openCurrent();

    EditSession &m_session;
    QLabel *m_summary = nullptr;
    QComboBox *m_teacher = nullptr;
    QCheckBox *m_closedToo = nullptr;
    QLineEdit *m_filter = nullptr;
    RowTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QList<QUuid> m_children; // per row of m_model: the child, or null
};

} // namespace casebook::ui
