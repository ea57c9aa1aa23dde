#pragma once

#include <QDialog>
#include <QUuid>

class QTableView;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class RecordDialog;
class RecordForm;
class RowTableModel;

// Opens the dialog that logs a contact on `involvement`: today, who am I and
// the last type filled in, the cursor in the minutes; the type is remembered.
RecordDialog *openContactDialog(EditSession &session, QUuid involvement, QWidget *parent);

// One case: its details (saved field by field, the status through its life
// cycle), its expected outcomes with their latest review, and its contact
// log, where a contact's visit report can be previewed, printed or saved.
class CaseDialog : public QDialog
{
    Q_OBJECT
public:
    CaseDialog(EditSession &session, QUuid involvement, QWidget *parent = nullptr);

    void refresh();
    void addOutcome();
    void reviewOutcome();
    void logContact();
    // Print preview of the selected contact's visit report.
    void previewVisitReport();

    RecordForm *form() const { return m_form; }
    RowTableModel *outcomes() const { return m_outcomes; }
    RowTableModel *contacts() const { return m_contacts; }
    QTableView *contactView() const { return m_contactView; }

private:
    EditSession &m_session;
    QUuid m_id;
    RecordForm *m_form = nullptr;
    RowTableModel *m_outcomes = nullptr;
    RowTableModel *m_contacts = nullptr;
    QTableView *m_outcomeView = nullptr;
    QTableView *m_contactView = nullptr;
};

} // namespace casebook::ui
