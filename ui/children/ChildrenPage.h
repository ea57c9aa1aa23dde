#pragma once

#include "common/PageActions.h"

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class ChildListModel;
class ChildPage;

// The Children page: search as you type over names, UPN and setting, filters,
// and the list; Enter opens a child's page, Esc comes back to the list.
class ChildrenPage : public QWidget, public PageActions
{
    Q_OBJECT
public:
    explicit ChildrenPage(EditSession &session, QWidget *parent = nullptr);

    void focusSearch() override;
    void addNew() override { addChild(); }

    ChildListModel *model() const { return m_model; }
    ChildPage *childPage() const { return m_childPage; }
    void openChild(QUuid id);
    bool openRecord(const QString &table, const QUuid &id) override;
    void showList();
    void addChild();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updateCount();
    // The names of the filters that narrow the list ("Dover", "Autism …").
    QStringList filtersOn() const;
    void clearFilters();
    void openCurrent();

    EditSession &m_session;
    ChildListModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_district = nullptr;
    QComboBox *m_need = nullptr;
    QComboBox *m_provision = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QCheckBox *m_secondaryToo = nullptr;
    QTableView *m_view = nullptr;
    ChildPage *m_childPage = nullptr;
    QUuid m_lastOpened;
};

} // namespace casebook::ui
