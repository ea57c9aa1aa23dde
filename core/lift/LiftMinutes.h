#pragma once

#include <QHash>
#include <QString>
#include <QUuid>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace casebook {

struct LiftMeetingDetail;

// Which copy of a meeting's papers: the full one, restricted to the panel
// and the service (children's names, dates of birth, UPNs and settings), or
// the one circulated to the group's schools, where each child is known only
// by their initials.
enum class LiftCopy { Full, Circulated };

// "J.S." for Jo Smith; the children of one document who share initials are
// told apart by a number in the order they first appear (J.S.-1, J.S.-2).
// Keyed by child id: every child on the agenda and in the carried actions.
QHash<QUuid, QString> liftChildLabels(const LiftMeetingDetail &meeting);

// Text typed about the children of `meeting` as the circulated copy prints
// it: each child's names by their label, and their parents' and carers'
// names, UPNs and dates of birth left out.
QString liftCirculatedText(const LiftMeetingDetail &meeting, const QHash<QUuid, QString> &labels,
                           const QString &typed);

// The agenda, sent before the meeting: always the circulated copy.
std::unique_ptr<QTextDocument> liftAgendaDocument(const LiftMeetingDetail &meeting,
                                                  const QString &authority);
std::unique_ptr<QTextDocument> liftMinutesDocument(const LiftMeetingDetail &meeting, LiftCopy copy,
                                                   const QString &authority);

QString liftAgendaTitle(const LiftMeetingDetail &meeting);
QString liftMinutesTitle(const LiftMeetingDetail &meeting, LiftCopy copy);

} // namespace casebook
