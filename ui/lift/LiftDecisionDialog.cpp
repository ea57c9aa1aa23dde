#include "LiftDecisionDialog.h"

#include "commands/EditSession.h"
#include "common/DisplayDate.h"
#include "common/Error.h"
#include "common/ErrorNotice.h"
#include "lift/LiftDecisions.h"
#include "lift/LiftMeetingDetail.h"
#include "lift/LiftMeetings.h"
#include "lift/LiftRecords.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QLabel *wrapped(const QString &text)
{
    auto *label = new QLabel(text.isEmpty() ? LiftDecisionDialog::tr("None recorded.") : text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

LiftDecisionDialog::LiftDecisionDialog(EditSession &session, const LiftReferralItem &referral,
                                       const QString &subject, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_referral(referral.id)
{
    setObjectName(QStringLiteral("liftDecisionDialog"));
    setWindowTitle(tr("Decision on %1").arg(subject));
    Database &db = session.database();
    const RecordType &type = liftReferralKind().type();
    const FieldSpec &decision = type.requireField(u"decision_code");

    auto *facts = new QFormLayout;
    facts->addRow(tr("For:"), wrapped(subject));
    if (!referral.needs.isEmpty())
        facts->addRow(tr("Needs:"), wrapped(referral.needs));
    if (referral.urgent())
        facts->addRow(tr("Urgent because:"), wrapped(referral.text(u"urgent_reason")));
    facts->addRow(tr("Question:"), wrapped(referral.text(u"question")));
    facts->addRow(tr("Tried:"), wrapped(referral.text(u"tried")));
    facts->addRow(tr("Parent or carer:"), wrapped(referral.text(u"parent_views")));
    if (!referral.child.isNull()) {
        QStringList earlier;
        for (const LiftReferralHistory &h : listChildLiftReferrals(db, referral.child))
            if (h.id != referral.id)
                earlier.append(tr("%1 %2: %3")
                                   .arg(dateText(h.meetsOn), h.groupName,
                                        h.decisionCode.isEmpty()
                                            ? tr("not decided")
                                            : decision.choiceLabel(h.decisionCode)));
        facts->addRow(
            tr("Earlier at LIFT:"),
            wrapped(earlier.isEmpty() ? tr("Never referred before.") : earlier.join(u'\n')));
    }

    m_outcome = new QComboBox;
    m_outcome->setObjectName(QStringLiteral("liftOutcome"));
    m_outcome->addItem(tr("Choose the outcome"), QString());
    for (const QString &code : decision.choices)
        m_outcome->addItem(decision.choiceLabel(code), code);
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(referral.text(u"decision_code"))));
    m_teacher = new QComboBox;
    m_teacher->setObjectName(QStringLiteral("liftTeacher"));
    m_teacher->addItem(tr("Not allocated yet"), QUuid());
    for (const StaffSummary &member : listStaff(db))
        if (member.role == u"specialist_teacher" && member.status != u"left")
            m_teacher->addItem(member.fullName(), member.id);
    m_discussion = new QPlainTextEdit(referral.text(u"discussion"));
    m_discussion->setObjectName(QStringLiteral("liftDiscussion"));
    m_discussion->setTabChangesFocus(true);
    m_discussion->setMinimumHeight(m_discussion->fontMetrics().lineSpacing() * 5);
    m_error = new ErrorNotice;

    auto *form = new QFormLayout;
    auto *discussionLabel = new QLabel(tr("&Discussion:"));
    discussionLabel->setBuddy(m_discussion);
    form->addRow(discussionLabel, m_discussion);
    auto *outcomeLabel = new QLabel(tr("&Outcome:"));
    outcomeLabel->setBuddy(m_outcome);
    form->addRow(outcomeLabel, m_outcome);
    auto *teacherLabel = new QLabel(tr("&Teacher allocated:"));
    teacherLabel->setBuddy(m_teacher);
    form->addRow(teacherLabel, m_teacher);
    const auto teacherNeeded = [this] {
        const QString outcome = m_outcome->currentData().toString();
        m_teacher->setEnabled(outcome == u"specialist_involvement" ||
                              outcome == u"intensive_support");
    };
    connect(m_outcome, &QComboBox::currentIndexChanged, this, teacherNeeded);
    teacherNeeded();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record the decision"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *record = new QAction(this);
    record->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(record, &QAction::triggered, this, &QDialog::accept);
    addAction(record);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_discussion->setFocus();
}

void LiftDecisionDialog::accept()
{
    LiftDecision decision;
    decision.outcome = m_outcome->currentData().toString();
    if (decision.outcome.isEmpty()) {
        m_error->showProblem(tr("Choose the outcome the panel agreed."));
        m_outcome->setFocus();
        return;
    }
    decision.discussion = m_discussion->toPlainText();
    if (m_teacher->isEnabled())
        decision.teacher = m_teacher->currentData().toUuid();
    try {
        decideLiftReferral(m_session, m_referral, decision);
    } catch (const Error &error) {
        m_error->showProblem(error.message());
        return;
    }
    QDialog::accept();
}

} // namespace casebook::ui
