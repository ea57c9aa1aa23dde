#pragma once

#include "records/RecordKind.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;

namespace casebook {
class EditSession;
class Error;
} // namespace casebook

namespace casebook::ui {

class ErrorNotice;

// What a person chose when a record looked like one that exists already
// (Error::Kind::Duplicate): to open that one, to keep both, or to go back.
enum class DuplicateChoice { OpenExisting, KeepBoth, GoBack };
DuplicateChoice askAboutDuplicate(QWidget *parent, const Error &error, bool adding);

// A form over the fields of a kind of record, built from its RecordType:
// text and dates in line edits (dates as dd/mm/yyyy), paragraphs in plain
// text editors, codes and choices in combo boxes, yes/no in check boxes, a
// setting or a staff member in a searchable combo box.
//
// Showing a record (showRecord) makes each field save as the person leaves
// it: one undoable edit through the kind's rules. A refused value stays in
// its editor with the reason above the form. Without a record, the form
// collects values for a new one (values()).
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    RecordForm(EditSession &session, const RecordKind &kind, QWidget *parent = nullptr);

    void showRecord(QUuid id);
    QUuid recordId() const { return m_id; }

    // The values typed, as stored values. Throws Error naming the field.
    QVariantMap values() const;
    void setValues(const QVariantMap &stored);
    // A field the context decides (a contact's child): not shown, always set.
    void setFixedValue(const QString &field, const QVariant &stored);

    // A field edited by a widget the context provides (the outcomes a contact
    // worked towards, ticked in a list): `read` gives its stored value and
    // `write` shows one. The widget replaces the field's own editor.
    void setCustomEditor(const QString &field, QWidget *editor, std::function<QVariant()> read,
                         std::function<void(const QVariant &)> write);
    // Saves a field of the shown record, after its custom editor changed.
    void saveField(const QString &field);

    // A field holding another record's id, picked from `records` (label, id)
    // that the context gives: a district's LIFT groups.
    void offerRecords(const QString &field, const QList<QPair<QString, QUuid>> &records);

    // A field that has no place in this use of the form (a new case's
    // closure): not shown, and left out of values().
    void hideField(const QString &field);

    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    QString errorText() const;
    // Shows why the form was refused, tells a screen reader, and puts the
    // cursor in `field`'s editor when one is named.
    void showError(const QString &message, const QString &field = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // After a field of the shown record was saved.
    void saved();
    // The person chose to open the record an edit looked like a duplicate of.
    void openExistingAsked(const QUuid &existing);

private:
    QWidget *createEditor(const FieldSpec &field);
    QComboBox *makePicker(const FieldSpec &field);
    void addRow(const FieldSpec &field, QWidget *editor, int row);
    void fillRecords(QComboBox *combo);
    QVariant editorValue(const FieldSpec &field) const;
    void setEditorValue(const FieldSpec &field, const QVariant &stored);
    void commit(const FieldSpec &field);
    void reload();

    EditSession &m_session;
    const RecordKind &m_kind;
    QUuid m_id;
    QHash<QString, QWidget *> m_editors;
    QVariantMap m_fixed;
    struct CustomEditor
    {
        std::function<QVariant()> read;
        std::function<void(const QVariant &)> write;
    };
    QHash<QString, CustomEditor> m_custom;
    ErrorNotice *m_error = nullptr;
    bool m_loading = false;
    bool m_settingsRefillPending = false;
};

} // namespace casebook::ui
