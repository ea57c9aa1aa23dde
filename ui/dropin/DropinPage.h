#pragma once

#include "common/DatedList.h"
#include "common/PageActions.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class DropinSessionView;
class RowTableModel;

// Drop-in clinics: the sessions of my district (or any), upcoming first or
// all of them, with their free slots, beside the chosen session's slots
// (DropinSessionView). New (Ctrl+N) plans a session; Enter in the list goes
// to its slots, where Enter books a free one or opens a consultation.
class DropinPage : public QWidget, public PageActions
{
    Q_OBJECT
public:
    explicit DropinPage(EditSession &session, QWidget *parent = nullptr);

    void refresh();
    void whoAmIChanged();
    void focusSearch() override;
    void addNew() override;
    bool openRecord(const QString &table, const QUuid &id) override;

    // Shows `session`, choosing it in the list.
    void showSession(QUuid session);

    RowTableModel *sessions() const { return m_sessions; }
    QTableView *sessionView() const { return m_sessionView; }
    DropinSessionView *workspace() const { return m_workspace; }

private:
    QUuid chosenSession() const;

    EditSession &m_session;
    DatedListChoices m_choices;
    QLabel *m_summary = nullptr;
    RowTableModel *m_sessions = nullptr;
    QTableView *m_sessionView = nullptr;
    DropinSessionView *m_workspace = nullptr;
};

} // namespace casebook::ui
