// The LIFT meeting workspace's edits: each a dialog or one undoable change
// through core/lift, and the papers' preview. The workspace itself is built
// and filled in LiftMeetingView.cpp.
#include "LiftDecisionDialog.h"
#include "LiftMeetingView.h"
#include "LiftReferralDialog.h"
#include "commands/EditSession.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/PrintPreview.h"
#include "lift/LiftMeetingDetail.h"
#include "lift/LiftMinutes.h"
#include "lift/LiftRecords.h"
#include "records/RecordDialog.h"
#include "records/RecordForm.h"
#include "records/RowTableModel.h"
#include "reports/PrintedPages.h"
#include "staff/StaffRecords.h"
#include "storage/Database.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>

namespace casebook::ui {

void LiftMeetingView::reportError(const QString &title, const QString &message)
{
    MessageBox::critical(this, title, message);
}

void LiftMeetingView::addReferral()
{
    if (!m_detail)
        return;
    auto *dialog = new LiftReferralDialog(m_session, m_meeting, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::added, this, [this](const QUuid &id) {
        refresh();
        m_agendaView->setCurrentIndex(m_agenda->index(std::max(0, m_agenda->rowOf(id)), 0));
        m_agendaView->setFocus();
    });
    dialog->open();
}

void LiftMeetingView::editReferral()
{
    const QUuid id = currentId(m_agendaView, m_agenda);
    if (id.isNull())
        return;
    auto *dialog = new RecordDialog(m_session, liftReferralKind(), id, tr("LIFT referral"), this);
    for (const char *field :
         {"meeting_id", "agenda_position", "decision_code", "involvement_id", "carried_from_id"})
        dialog->form()->hideField(QString::fromLatin1(field));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LiftMeetingView::decide()
{
    const QUuid id = currentId(m_agendaView, m_agenda);
    const LiftReferralItem *referral = m_detail ? m_detail->referral(id) : nullptr;
    if (!referral)
        return;
    const QString subject = m_agenda->index(m_agenda->rowOf(id), 1).data().toString();
    auto *dialog = new LiftDecisionDialog(m_session, *referral, subject, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Next referral, ready for the next decision.
    connect(dialog, &QDialog::accepted, this, [this, id] {
        refresh();
        const int row = m_agenda->rowOf(id);
        m_agendaView->setCurrentIndex(
            m_agenda->index(std::min(row + 1, m_agenda->rowCount() - 1), 0));
        m_agendaView->setFocus();
    });
    dialog->open();
}

void LiftMeetingView::moveReferral(int by)
{
    const QUuid id = currentId(m_agendaView, m_agenda);
    const LiftReferralItem *referral = m_detail ? m_detail->referral(id) : nullptr;
    if (!referral)
        return;
    const int to = referral->number + by;
    if (to < 1 || to > m_detail->referrals.size())
        return;
    try {
        moveLiftReferral(m_session, id, to);
    } catch (const Error &error) {
        reportError(tr("Move on the agenda"), error.message());
        return;
    }
    refresh();
    m_agendaView->setCurrentIndex(m_agenda->index(m_agenda->rowOf(id), 0));
}

void LiftMeetingView::removeReferral()
{
    const QUuid id = currentId(m_agendaView, m_agenda);
    if (id.isNull())
        return;
    const QString subject = m_agenda->index(m_agenda->rowOf(id), 1).data().toString();
    if (MessageBox::question(this, tr("Take off the agenda"),
                             tr("Take the referral for %1 off this meeting's agenda? Its "
                                "actions go with it; Undo (Ctrl+Z) brings them back.")
                                 .arg(subject)) != QMessageBox::Yes)
        return;
    try {
        deleteRecord(m_session, liftReferralKind(), id);
    } catch (const Error &error) {
        reportError(tr("Take off the agenda"), error.message());
    }
}

void LiftMeetingView::addAction(bool forReferral)
{
    if (!m_detail)
        return;
    auto *dialog = new RecordDialog(m_session, liftActionKind(), tr("Add an action"), this);
    dialog->form()->setFixedValue(QStringLiteral("meeting_id"), m_meeting.toRfc4122());
    const QUuid referral = forReferral ? currentId(m_agendaView, m_agenda) : QUuid();
    if (forReferral && referral.isNull()) {
        delete dialog;
        return;
    }
    if (!referral.isNull())
        dialog->form()->setFixedValue(QStringLiteral("referral_id"), referral.toRfc4122());
    else
        dialog->form()->hideField(QStringLiteral("referral_id"));
    dialog->form()->hideField(QStringLiteral("done_on"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LiftMeetingView::markActionDone()
{
    const QUuid id = currentId(m_actionView, m_actions);
    if (id.isNull())
        return;
    try {
        editRecord(m_session, liftActionKind(), id,
                   {{QStringLiteral("status"), QStringLiteral("done")}});
    } catch (const Error &error) {
        reportError(tr("Mark done"), error.message());
    }
}

void LiftMeetingView::editAction()
{
    const QUuid id = currentId(m_actionView, m_actions);
    if (id.isNull())
        return;
    auto *dialog = new RecordDialog(m_session, liftActionKind(), id, tr("Action"), this);
    dialog->form()->hideField(QStringLiteral("meeting_id"));
    dialog->form()->hideField(QStringLiteral("referral_id"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LiftMeetingView::addAttendee()
{
    if (!m_detail)
        return;
    auto *dialog =
        new RecordDialog(m_session, liftAttendanceKind(), tr("Add to the attendance"), this);
    dialog->form()->setFixedValue(QStringLiteral("meeting_id"), m_meeting.toRfc4122());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::added, this, [this](const QUuid &id) {
        refresh();
        m_attendanceView->setCurrentIndex(
            m_attendance->index(std::max(0, m_attendance->rowOf(id)), 0));
    });
    dialog->open();
}

void LiftMeetingView::editAttendee()
{
    const QUuid id = currentId(m_attendanceView, m_attendance);
    if (id.isNull())
        return;
    auto *dialog = new RecordDialog(m_session, liftAttendanceKind(), id, tr("Attendance"), this);
    dialog->form()->hideField(QStringLiteral("meeting_id"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LiftMeetingView::setAttendance(const QString &status)
{
    const QUuid id = currentId(m_attendanceView, m_attendance);
    if (id.isNull())
        return;
    try {
        editRecord(m_session, liftAttendanceKind(), id, {{QStringLiteral("status"), status}});
    } catch (const Error &error) {
        reportError(tr("Attendance"), error.message());
    }
    m_attendanceView->setFocus();
}

void LiftMeetingView::editMeeting()
{
    if (!m_detail)
        return;
    auto *dialog =
        new RecordDialog(m_session, liftMeetingKind(), m_meeting, tr("LIFT meeting"), this);
    for (const char *field : {"status", "approved_by", "approved_on", "circulated_on"})
        dialog->form()->hideField(QString::fromLatin1(field));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LiftMeetingView::nextStep()
{
    if (!m_detail)
        return;
    const QStringList next = LiftMeetingKind::nextStatuses(m_detail->text(u"status"));
    // Forward: the step back (reopening the agenda) has a button of its own.
    const auto forward = std::find_if(next.begin(), next.end(), [&](const QString &s) {
        return LiftMeetingKind::statuses().indexOf(s) >
               LiftMeetingKind::statuses().indexOf(m_detail->text(u"status"));
    });
    if (forward == next.end())
        return;
    QVariantMap changes{{QStringLiteral("status"), *forward}};
    if (*forward == u"minutes_approved") {
        const auto me = whoAmI(m_session.database());
        if (!me) {
            reportError(tr("Approve the minutes"),
                        tr("The minutes are approved by the chair using this laptop: choose who "
                           "you are first (File ▸ Who Am I…)."));
            return;
        }
        changes.insert(QStringLiteral("approved_by"), me->toRfc4122());
    }
    try {
        editRecord(m_session, liftMeetingKind(), m_meeting, changes);
    } catch (const Error &error) {
        reportError(m_step->text().remove(u'&'), error.message());
    }
}

void LiftMeetingView::reopenAgenda()
{
    try {
        editRecord(m_session, liftMeetingKind(), m_meeting,
                   {{QStringLiteral("status"), QStringLiteral("planned")}});
    } catch (const Error &error) {
        reportError(tr("Reopen the agenda"), error.message());
    }
}

void LiftMeetingView::previewPaper(Paper paper)
{
    if (!m_detail)
        return;
    const LiftMeetingDetail meeting = *m_detail;
    const QString authority = authorityName(m_session.database());
    const LiftCopy copy = paper == Paper::FullMinutes ? LiftCopy::Full : LiftCopy::Circulated;
    const auto document = [meeting, authority, paper, copy] {
        return paper == Paper::Agenda ? liftAgendaDocument(meeting, authority)
                                      : liftMinutesDocument(meeting, copy, authority);
    };
    const QString title =
        paper == Paper::Agenda ? liftAgendaTitle(meeting) : liftMinutesTitle(meeting, copy);
    const QString file = QStringLiteral("lift-%1-%2.pdf")
                             .arg(paper == Paper::Agenda        ? QStringLiteral("agenda")
                                  : paper == Paper::FullMinutes ? QStringLiteral("minutes-full")
                                                                : QStringLiteral("minutes"),
                                  meeting.meetsOn.toString(Qt::ISODate));
    auto *preview = new PrintPreview(
        [document](QPagedPaintDevice *device) {
            printPages(*document(), device, protectiveMarking());
        },
        title, file,
        [document, title](const QString &path) {
            writePdfFile(*document(), title, protectiveMarking(), path);
        },
        this);
    preview->setObjectName(QStringLiteral("liftPaperPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
}

} // namespace casebook::ui
