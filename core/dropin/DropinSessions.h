#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <QUuid>

namespace casebook {

class Database;

// A drop-in session as a list shows it: with its slots booked and free.
struct DropinSessionSummary
{
    QUuid id;
    QString districtCode, districtName;
    QDate heldOn;
    QTime startsAt;
    QString place;
    bool online = false;
    QString dimensionCode, dimensionName;
    int slotMinutes = 0;
    int slotCount = 0;
    int booked = 0;
    QString staffNames; // "Ann Lee, Raj Patel", by surname

    // Booked past the slots there are after two laptops booked the same one
    // offline: none.
    int free() const { return booked < slotCount ? slotCount - booked : 0; }
};

struct DropinSessionFilter
{
    QString districtCode; // empty: every district
    QDate from;           // invalid: from the first
    QDate to;             // invalid: to the last
    QUuid id;             // set: that session alone
};

// The sessions by date and time, the latest last.
QList<DropinSessionSummary> listDropinSessions(Database &db, const DropinSessionFilter &filter);

// A consultation as a session's, a setting's or a child's list shows it.
struct DropinConsultationSummary
{
    QUuid id;
    QUuid session;
    QDate heldOn;
    int slot = 0;
    QTime slotTime;
    QString dimensionName;
    QUuid setting;
    QString settingName;
    QString askerName, askerRole;
    QUuid child;
    QString about; // the child's name, their initials, or "Year 2 (12 children)"
    QString question, advice;
    QString followUp, signpostTo;
    QUuid liftReferral, involvement;
};

struct DropinConsultationFilter
{
    QUuid session; // set: that session's, by slot
    QUuid setting; // set: that setting's, the newest first
    QUuid child;   // set: that child's, the newest first
};

QList<DropinConsultationSummary> listDropinConsultations(Database &db,
                                                         const DropinConsultationFilter &filter);

// The staff who run `session` (dropin_staff id, staff id, name), by surname.
struct DropinSessionStaff
{
    QUuid id;
    QUuid staff;
    QString name;
};
QList<DropinSessionStaff> listDropinSessionStaff(Database &db, QUuid session);

} // namespace casebook
