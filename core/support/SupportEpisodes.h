#pragma once

#include "casework/Caseload.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace casebook {

class Database;

// An intensive support episode as a list shows it.
struct SupportEpisodeSummary
{
    QUuid id;
    QUuid involvement;
    QUuid child;
    QString childName;
    QString settingName;
    QString teacherName; // the involvement's
    QDate startsOn, plannedEndOn;
    QString risk;
    QString outcome; // empty: open
    QDate endedOn, checkDueOn;
    QString checkResult; // empty: not checked yet
    int sessions = 0;
    bool pastPlannedEnd = false; // open, and its planned end has passed
    bool checkOverdue = false;   // ended, not checked, and the check is due
};

struct SupportFilter
{
    bool openOnly = false;
    std::optional<QUuid> teacher; // the involvement's teacher
    QUuid involvement;            // set: that involvement's alone
};

// Open episodes past their planned end first, then checks overdue, then by
// planned end, the latest last. `today` decides what is overdue.
QList<SupportEpisodeSummary> listSupportEpisodes(Database &db, const SupportFilter &filter,
                                                 QDate today);

// The episode's sessions: its involvement's contact-log entries from its
// start to its end (or, while open, to today), the newest first.
QList<ContactSummary> supportSessions(Database &db, QUuid episode, QDate today);

// The planned end of each involvement's open episode that is past it.
QHash<QUuid, QDate> supportPastPlannedEnd(Database &db, QDate today);

} // namespace casebook
