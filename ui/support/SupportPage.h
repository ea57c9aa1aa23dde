#pragma once

#include "common/PageActions.h"

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class RowTableModel;

// Intensive support (a tab of Casework): the episodes of my cases, or
// everyone's, open or all, those past their planned end and the checks
// overdue first and marked. Enter opens an episode; New (Ctrl+N) starts one
// on a case.
class SupportPage : public QWidget, public PageActions
{
    Q_OBJECT
public:
    explicit SupportPage(EditSession &session, QWidget *parent = nullptr);

    void refresh();
    void openCurrent();
    void focusSearch() override;
    void addNew() override;
    bool openRecord(const QString &table, const QUuid &id) override;

    RowTableModel *episodes() const { return m_episodes; }
    QTableView *view() const { return m_view; }
    QCheckBox *everyone() const { return m_everyone; }
    QCheckBox *endedToo() const { return m_endedToo; }

private:
    EditSession &m_session;
    QCheckBox *m_everyone = nullptr;
    QCheckBox *m_endedToo = nullptr;
    QLabel *m_summary = nullptr;
    RowTableModel *m_episodes = nullptr;
    QTableView *m_view = nullptr;
    QList<QUuid> m_involvements; // per row
};

} // namespace casebook::ui
