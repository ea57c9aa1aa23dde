#pragma once

#include <QDialog>
#include <QUuid>

class QRadioButton;
class QScrollArea;

namespace casebook {
class EditSession;
}

namespace casebook::ui {

class ChildPicker;
class RecordForm;

// Books a slot of a drop-in session, or records the consultation held in it:
// the setting and who asked, about a child on record (found by name or UPN),
// a child by initials, or a cohort; the question, the advice and the
// follow-up. Saving makes the follow-up's LIFT referral or involvement with
// it, as one undo step; a refusal stays in the dialog with the reason.
class DropinConsultationDialog : public QDialog
{
    Q_OBJECT
public:
    // A new booking in `session`, in `slot` (0: the first free one).
    DropinConsultationDialog(EditSession &session, QUuid dropinSession, int slot,
                             QWidget *parent = nullptr);
    // Consultation `id`, to record what was said and what follows.
    DropinConsultationDialog(EditSession &session, QUuid id, QWidget *parent = nullptr);

    RecordForm *form() const { return m_form; }
    ChildPicker *childPicker() const { return m_picker; }
    QRadioButton *aboutChild() const { return m_aboutChild; }
    QRadioButton *aboutInitials() const { return m_aboutInitials; }
    QRadioButton *aboutCohort() const { return m_aboutCohort; }
    QUuid savedId() const { return m_id; }
    void accept() override;

signals:
    void saved(const QUuid &id);

private:
    void build(QUuid dropinSession, bool adding);
    void showSubject();

    EditSession &m_session;
    QUuid m_id;
    RecordForm *m_form = nullptr;
    ChildPicker *m_picker = nullptr;
    QRadioButton *m_aboutChild = nullptr;
    QRadioButton *m_aboutInitials = nullptr;
    QRadioButton *m_aboutCohort = nullptr;
    QScrollArea *m_scroll = nullptr;
};

} // namespace casebook::ui
