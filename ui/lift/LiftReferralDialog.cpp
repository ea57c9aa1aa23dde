#include "LiftReferralDialog.h"

#include "children/ChildPicker.h"
#include "commands/EditSession.h"
#include "lift/LiftRecords.h"
#include "records/RecordForm.h"

#include <QApplication>
#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace casebook::ui {

LiftReferralDialog::LiftReferralDialog(EditSession &session, QUuid meeting, QWidget *parent)
    : RecordDialog(session, liftReferralKind(), tr("Add a LIFT referral"), parent)
{
    setObjectName(QStringLiteral("liftReferralDialog"));
    RecordForm *f = form();
    f->setFixedValue(QStringLiteral("meeting_id"), meeting.toRfc4122());
    for (const char *field : {"meeting_id", "child_id", "agenda_position", "discussion",
                              "decision_code", "involvement_id", "carried_from_id"})
        f->hideField(QString::fromLatin1(field));

    m_forChild = new QRadioButton(tr("For a &child"));
    m_forSetting = new QRadioButton(tr("For a &whole setting or a cohort"));
    m_forChild->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_forChild);
    group->addButton(m_forSetting);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_forChild);
    choice->addWidget(m_forSetting);
    choice->addStretch();
    m_picker = new ChildPicker(session.database());
    // A child's setting and needs come from their record: the cohort is a setting's.
    const auto forSetting = [this](bool setting) {
        m_picker->setHidden(setting);
        if (QWidget *cohort = form()->editor(QStringLiteral("cohort")))
            if (auto *rows = form()->findChild<QFormLayout *>())
                rows->setRowVisible(cohort, setting);
    };
    connect(m_forSetting, &QRadioButton::toggled, this, forSetting);
    forSetting(false);

    // The form scrolls: it is taller than a laptop's screen.
    auto *outer = static_cast<QVBoxLayout *>(layout());
    outer->removeWidget(f);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(f);
    m_scroll->setAccessibleName(tr("The referral"));
    outer->insertLayout(0, choice);
    outer->insertWidget(1, m_picker);
    outer->insertWidget(2, m_scroll, 1);
    setMinimumWidth(620);
    if (const QScreen *s = screen())
        resize(width(), std::min(s->availableGeometry().height() - 60, 760));
    m_picker->setFocus();
}

void LiftReferralDialog::setChild(QUuid child)
{
    m_forChild->setChecked(true);
    m_picker->setChild(child);
    m_picker->searchBox()->hide();
    m_picker->matches()->hide();
    m_forChild->hide();
    m_forSetting->hide();
    form()->setFocus();
}

void LiftReferralDialog::accept()
{
    if (m_forChild->isChecked()) {
        if (m_picker->child().isNull()) {
            form()->showError(tr("Find the child the referral is for: type their name or UPN, "
                                 "then Enter."));
            m_picker->setFocus();
            return;
        }
        form()->setFixedValue(QStringLiteral("child_id"), m_picker->child().toRfc4122());
    } else {
        form()->setFixedValue(QStringLiteral("child_id"), QVariant());
    }
    RecordDialog::accept();
    // Refused: the field where the override goes, in view.
    if (isVisible() && QApplication::focusWidget() &&
        form()->isAncestorOf(QApplication::focusWidget()))
        m_scroll->ensureWidgetVisible(QApplication::focusWidget());
}

} // namespace casebook::ui
