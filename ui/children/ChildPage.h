#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QTableView;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class ChildCasework;
class DropinConsultationsBox;
class ChildLiftReferrals;
class RecordForm;
class RowTableModel;

// One child: details (saved field by field, undoable), parent/carer
// contacts, agreements to engage, LIFT referrals, drop-in consultations and
// casework (Ctrl+L logs a contact).
class ChildPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChildPage(EditSession &session, QWidget *parent = nullptr);

    void showChild(QUuid id);
    QUuid childId() const { return m_id; }
    RecordForm *form() const { return m_form; }
    ChildCasework *casework() const { return m_casework; }
    ChildLiftReferrals *liftReferrals() const { return m_lift; }
    DropinConsultationsBox *dropinConsultations() const { return m_dropin; }

signals:
    // Back to the list (Esc, Alt+Left, or the child no longer exists).
    void closed();
    // A record this page lists but another page shows: a LIFT meeting.
    void openRecordAsked(const QString &table, const QUuid &id);

private:
    void refreshHeading();
    void followOutsideChanges();
    void refreshLists();
    void addContact();
    void addConsent();
    void editSelected(QTableView *view, RowTableModel *model, bool consent);
    void removeSelected(QTableView *view, RowTableModel *model, bool consent);
    void deleteChild();

    EditSession &m_session;
    QUuid m_id;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    RecordForm *m_form = nullptr;
    RowTableModel *m_contacts = nullptr;
    RowTableModel *m_consents = nullptr;
    QTableView *m_contactView = nullptr;
    QTableView *m_consentView = nullptr;
    ChildCasework *m_casework = nullptr;
    ChildLiftReferrals *m_lift = nullptr;
    DropinConsultationsBox *m_dropin = nullptr;
};

} // namespace casebook::ui
