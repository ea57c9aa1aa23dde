#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace casebook {

class Database;
class EditSession;

// One open setting in a year's allocation, with its link teacher for the
// service line (none: null teacher) and last year's.
struct LinkRow
{
    QUuid setting;
    QString urn, name, phase, districtCode, districtName;
    int pupils = -1; // -1: GIAS gave none
    QUuid allocation;
    QUuid teacher;
    QString teacherName, teacherEmail, teacherPhone;
    QString lastYearTeacherName;
};

struct LinkFilter
{
    QString year; // "2026/27"
    QString serviceLine = QStringLiteral("district");
    QString districtCode; // empty: every district
    bool unallocatedOnly = false;
};

// The year's open settings by district and name.
QList<LinkRow> listLinkAllocation(Database &db, const LinkFilter &filter);

// A teacher's share of a year's allocation.
struct LinkLoad
{
    QUuid teacher;
    QString name;
    int settings = 0;
    int pupils = 0;     // of the settings GIAS gives pupils for
    bool heavy = false; // far more settings than the average (half as many again)
};
// Each teacher in `rows` with their settings, the most first.
QList<LinkLoad> linkLoads(const QList<LinkRow> &rows);

// Makes `teacher` the link teacher of `setting` for `year` and `serviceLine`,
// as one undo step: the one they replace keeps their allocation, replaced
// today. Nothing changes when they are so already. Returns the allocation.
QUuid assignLinkTeacher(EditSession &session, QUuid setting, QUuid teacher, const QString &year,
                        const QString &serviceLine = QStringLiteral("district"));

// What copying a year's allocation forward did.
struct LinkCopyReport
{
    int copied = 0;
    int alreadyAllocated = 0; // the later year had a link teacher for them already
    struct Skipped
    {
        QString urn, name, reason;
    };
    QList<Skipped> skipped; // a setting closed, a teacher who has left
};

// Gives each setting in `to` the link teacher it had in `from`, for every
// service line, as one undo step; settings closed since and teachers who have
// left are skipped and said.
LinkCopyReport copyLinkTeachersForward(EditSession &session, const QString &from,
                                       const QString &to);

// A setting's link teachers, current and replaced, the latest year first.
struct LinkHistory
{
    QUuid id;
    QString year, serviceLine, teacherName, teacherEmail, teacherPhone;
    QDate assignedOn, replacedOn;
};
QList<LinkHistory> linkHistoryOfSetting(Database &db, QUuid setting);

// A teacher's link settings in `year` for their service line, by name.
QList<LinkRow> linkSettingsOf(Database &db, QUuid teacher, const QString &year);

// The setting's open whole-setting involvement of the district line, where
// its link teacher's whole-setting visits are logged. When it has none and
// `open` is set, opens one (route link-teacher work, active, the teacher
// this installation's user) as one undo step; else returns null.
QUuid settingVisitInvolvement(EditSession &session, QUuid setting, bool open);

} // namespace casebook
