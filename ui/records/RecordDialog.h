#pragma once

#include <QDialog>
#include <QUuid>

namespace casebook {
class EditSession;
class RecordKind;
} // namespace casebook

namespace casebook::ui {

class RecordForm;

// A record in a dialog. Adding: OK checks and adds the record (one undo
// step), and a refusal leaves the dialog open with the reason. Editing: each
// field saves as it is left, and Close closes.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    // To add a record.
    RecordDialog(EditSession &session, const RecordKind &kind, const QString &title,
                 QWidget *parent = nullptr);
    // To edit record `id`.
    RecordDialog(EditSession &session, const RecordKind &kind, QUuid id, const QString &title,
                 QWidget *parent = nullptr);

    RecordForm *form() const { return m_form; }
    // More about the record, below the form (a setting's consultations).
    void addSection(QWidget *section);
    QUuid addedId() const { return m_added; }
    void accept() override;

signals:
    void added(const QUuid &id);
    // The person chose to open the record this one looked like a duplicate
    // of; the dialog has closed without adding.
    void openExistingAsked(const QUuid &existing);

private:
    void build(const QString &title, bool adding);

    EditSession &m_session;
    const RecordKind &m_kind;
    RecordForm *m_form = nullptr;
    QUuid m_added;
};

} // namespace casebook::ui
