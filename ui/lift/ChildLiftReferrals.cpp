#include "ChildLiftReferrals.h"

#include "LiftReferralDialog.h"
#include "commands/EditSession.h"
#include "common/DisplayDate.h"
#include "common/MessageBox.h"
#include "common/RecordTableView.h"
#include "lift/LiftMeetings.h"
#include "lift/LiftRecords.h"
#include "records/RecordKind.h"
#include "records/RowTableModel.h"
#include "storage/Database.h"
#include "sync/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

ChildLiftReferrals::ChildLiftReferrals(EditSession &session, QWidget *parent)
    : QGroupBox(tr("LIFT referrals"), parent)
    , m_session(session)
{
    m_referrals = new RowTableModel({tr("Meeting"), tr("Group"), tr("Decision")}, this);
    m_view = makeRecordTableView(m_referrals, QStringLiteral("childLiftReferrals"),
                                 tr("LIFT referrals"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMaximumHeight(120);
    m_view->setToolTip(tr("Enter opens the meeting"));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit openMeeting(m_meetings.value(index.row()));
    });
    auto *refer = new QPushButton(tr("Refer to LIFT…"));
    refer->setObjectName(QStringLiteral("referToLift"));
    connect(refer, &QPushButton::clicked, this, &ChildLiftReferrals::refer);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refer);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(&session.store(), &Store::rowChanged, this, [this](const QString &table) {
        if (table == u"lift_referral" || table == u"lift_meeting")
            refresh();
    });
    connect(&session.store(), &Store::outsideChanges, this, &ChildLiftReferrals::refresh);
}

void ChildLiftReferrals::showChild(QUuid child)
{
    m_child = child;
    refresh();
}

void ChildLiftReferrals::refresh()
{
    if (m_child.isNull())
        return;
    const FieldSpec &decision = liftReferralKind().type().requireField(u"decision_code");
    QList<QUuid> ids;
    QList<QVariantList> rows;
    m_meetings.clear();
    for (const LiftReferralHistory &h : listChildLiftReferrals(m_session.database(), m_child)) {
        ids.append(h.id);
        m_meetings.append(h.meeting);
        rows.append({dateText(h.meetsOn), h.groupName,
                     h.decisionCode.isEmpty() ? tr("to be decided")
                                              : decision.choiceLabel(h.decisionCode)});
    }
    m_referrals->setRows(ids, rows);
}

void ChildLiftReferrals::refer()
{
    Database &db = m_session.database();
    const QUuid setting = QUuid::fromRfc4122(
        recordValue(db, QStringLiteral("child"), QStringLiteral("setting_id"), m_child)
            .toByteArray());
    const LiftMeetingSummary next =
        nextLiftMeetingForSetting(db, setting, db.environment().today());
    if (next.id.isNull()) {
        MessageBox::information(
            this, tr("Refer to LIFT"),
            setting.isNull()
                ? tr("The child has no setting on their record, and a referral goes to the LIFT "
                     "group of their setting. Give their setting first.")
                : tr("No LIFT meeting that takes referrals is planned for the group of the "
                     "child's setting. Plan one on the LIFT page (Ctrl+5), or check that the "
                     "setting is in a group."));
        return;
    }
    auto *dialog = new LiftReferralDialog(m_session, next.id, this);
    dialog->setWindowTitle(tr("Refer to LIFT: %1, %2").arg(next.groupName, dateText(next.meetsOn)));
    dialog->setChild(m_child);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace casebook::ui
