#pragma once

#include <QDialog>
#include <QUuid>

class QComboBox;
class QPlainTextEdit;

namespace casebook {
class EditSession;
struct LiftReferralItem;
} // namespace casebook

namespace casebook::ui {

class ErrorNotice;

// The panel's decision on one referral, made fast during the meeting: what
// the setting asks and has tried, the child's earlier LIFT referrals, the
// discussion and the outcome (for specialist involvement, the teacher).
// Ctrl+Enter records it as one undo step; a refusal stays in the dialog.
class LiftDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    LiftDecisionDialog(EditSession &session, const LiftReferralItem &referral,
                       const QString &subject, QWidget *parent = nullptr);

    void accept() override;
    QComboBox *outcome() const { return m_outcome; }
    QComboBox *teacher() const { return m_teacher; }
    QPlainTextEdit *discussion() const { return m_discussion; }

private:
    EditSession &m_session;
    QUuid m_referral;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_teacher = nullptr;
    QPlainTextEdit *m_discussion = nullptr;
    ErrorNotice *m_error = nullptr;
};

} // namespace casebook::ui
