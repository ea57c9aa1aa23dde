#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace casebook {

class Database;

// One involvement as a caseload lists it.
struct CaseSummary
{
    QUuid id;
    QUuid child;     // null for a whole-setting involvement
    QString subject; // the child's name, or the setting's
    QString settingName;
    QString serviceLine;
    QString status;
    QUuid teacher;
    QString teacherName;
    QDate openedOn;
    QDate lastContact; // invalid: none yet
    QDate nextReview;  // the earliest outcome review still to be done
    bool reviewOverdue = false;
};

struct CaseFilter
{
    std::optional<QUuid> teacher;
    std::optional<QUuid> child;
    bool openOnly = true; // referred, accepted or active
};

// One contact-log entry as a timeline shows it.
struct ContactSummary
{
    QUuid id;
    QUuid involvement;
    QDate date;
    QString type; // its code: visit, call …
    QString staffName;
    int minutes = 0;
    QString advice;
};

// Every contact with a child, over all their involvements, newest first.
QList<ContactSummary> contactsForChild(Database &db, QUuid child);
// The contacts of one involvement from `from` to `to` (both days in), newest first.
QList<ContactSummary> contactsBetween(Database &db, QUuid involvement, QDate from, QDate to);

// Involvements matching `filter`, overdue reviews first, then by next review
// and the subject's name. `today` decides what is overdue.
QList<CaseSummary> listCases(Database &db, const CaseFilter &filter, QDate today);

} // namespace casebook
