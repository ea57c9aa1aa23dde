#include "DropinConsultationDialog.h"

#include "children/ChildPicker.h"
#include "commands/EditSession.h"
#include "common/Error.h"
#include "dropin/DropinFollowUp.h"
#include "dropin/DropinRecords.h"
#include "records/RecordForm.h"
#include "sync/Store.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace casebook::ui {

DropinConsultationDialog::DropinConsultationDialog(EditSession &session, QUuid dropinSession,
                                                   int slot, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Book a drop-in slot"));
    build(dropinSession, true);
    QVariantMap values = dropinConsultationKind().defaults();
    if (slot > 0)
        values.insert(QStringLiteral("slot"), slot);
    m_form->setValues(values);
    m_picker->setFocus();
}

DropinConsultationDialog::DropinConsultationDialog(EditSession &session, QUuid id, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(id)
{
    setWindowTitle(tr("Drop-in consultation"));
    const auto stored = session.store().read(dropinConsultationKind().type().table, id);
    const QVariantMap record = stored.value_or(QVariantMap());
    build(QUuid::fromRfc4122(record.value(QStringLiteral("session_id")).toByteArray()), false);
    m_form->setValues(record);
    const QUuid child = QUuid::fromRfc4122(record.value(QStringLiteral("child_id")).toByteArray());
    if (!child.isNull())
        m_picker->setChild(child);
    (!child.isNull()                                   ? m_aboutChild
     : record.value(QStringLiteral("cohort")).isNull() ? m_aboutInitials
                                                       : m_aboutCohort)
        ->setChecked(true);
    showSubject();
    if (QWidget *question = m_form->editor(QStringLiteral("question")))
        question->setFocus();
}

void DropinConsultationDialog::build(QUuid dropinSession, bool adding)
{
    setObjectName(QStringLiteral("dropinConsultationDialog"));
    m_form = new RecordForm(m_session, dropinConsultationKind());
    m_form->setFixedValue(QStringLiteral("session_id"), dropinSession.toRfc4122());
    for (const char *field : {"session_id", "child_id", "lift_referral_id", "involvement_id"})
        m_form->hideField(QString::fromLatin1(field));

    m_aboutChild = new QRadioButton(tr("About a &child on record"));
    m_aboutInitials = new QRadioButton(tr("A child &not on record"));
    m_aboutCohort = new QRadioButton(tr("A c&ohort"));
    auto *group = new QButtonGroup(this);
    auto *choice = new QHBoxLayout;
    for (QRadioButton *button : {m_aboutChild, m_aboutInitials, m_aboutCohort}) {
        group->addButton(button);
        choice->addWidget(button);
        connect(button, &QRadioButton::toggled, this, &DropinConsultationDialog::showSubject);
    }
    choice->addStretch();
    m_picker = new ChildPicker(m_session.database());
    m_aboutChild->setChecked(true);
    connect(m_picker, &ChildPicker::childChosen, this, [this] { m_form->showError({}); });
    if (auto *followUp = qobject_cast<QComboBox *>(m_form->editor(QStringLiteral("follow_up"))))
        connect(followUp, &QComboBox::currentIndexChanged, this,
                &DropinConsultationDialog::showSubject);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(adding ? tr("&Book") : tr("&Save"));
    ok->setToolTip(tr("Enter, or Ctrl+Enter in a paragraph"));
    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(saveShortcut, &QAction::triggered, this, &QDialog::accept);
    addAction(saveShortcut);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The form scrolls: with the question and the advice it is taller than
    // a laptop's screen.
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_form);
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setAccessibleName(tr("The consultation"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_picker);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buttons);
    setMinimumWidth(620);
    if (const QScreen *s = screen())
        resize(width(), std::min(s->availableGeometry().height() - 60, 760));
    showSubject();
}

void DropinConsultationDialog::showSubject()
{
    m_picker->setVisible(m_aboutChild->isChecked());
    auto *rows = m_form->findChild<QFormLayout *>();
    if (!rows)
        return;
    const auto show = [&](const char *field, bool visible) {
        if (QWidget *editor = m_form->editor(QString::fromLatin1(field)))
            rows->setRowVisible(editor, visible);
    };
    // A child on record is at their own setting.
    show("setting_id", !m_aboutChild->isChecked());
    show("child_initials", m_aboutInitials->isChecked());
    show("cohort", m_aboutCohort->isChecked());
    show("cohort_size", m_aboutCohort->isChecked());
    auto *followUp = qobject_cast<QComboBox *>(m_form->editor(QStringLiteral("follow_up")));
    const bool signpost = followUp && followUp->currentData() == QStringLiteral("signpost");
    show("signpost_to", signpost);
    show("signpost_detail", signpost);
}

void DropinConsultationDialog::accept()
{
    QVariantMap values;
    try {
        values = m_form->values();
    } catch (const Error &error) {
        m_form->showError(error.message(), error.field());
        return;
    }
    // Only what the chosen subject asks for.
    const bool child = m_aboutChild->isChecked();
    if (child && m_picker->child().isNull()) {
        m_form->showError(tr("Find the child the consultation is about: type their name or UPN, "
                             "then Enter."));
        m_picker->setFocus();
        return;
    }
    values.insert(QStringLiteral("child_id"), child ? m_picker->child().toRfc4122() : QVariant());
    if (child && m_id.isNull())
        values.insert(QStringLiteral("setting_id"), QVariant());
    if (!m_aboutInitials->isChecked())
        values.insert(QStringLiteral("child_initials"), QVariant());
    if (!m_aboutCohort->isChecked()) {
        values.insert(QStringLiteral("cohort"), QVariant());
        values.insert(QStringLiteral("cohort_size"), QVariant());
    }
    try {
        m_id = saveDropinConsultation(m_session, m_id, values);
    } catch (const Error &error) {
        m_form->showError(error.message(), error.field());
        if (QApplication::focusWidget() && m_scroll->isAncestorOf(QApplication::focusWidget()))
            m_scroll->ensureWidgetVisible(QApplication::focusWidget());
        return;
    }
    emit saved(m_id);
    QDialog::accept();
}

} // namespace casebook::ui
