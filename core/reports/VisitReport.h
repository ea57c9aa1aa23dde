#pragma once

#include "records/Feature.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>

class QTextDocument;

namespace casebook {

class Database;

// What a visit report tells the school about one contact-log entry.
struct VisitReport
{
    QString settingName;
    QString settingUrn;
    QString childName; // empty for a whole-setting involvement
    QDate childBorn;
    QString serviceLine;
    QDate date;
    QString contactType;
    QString teacherName;
    int minutes = 0;
    QString seen;
    QString advice;
    QString nextSteps;

    struct Outcome
    {
        QString description, baseline, target;
        QDate reviewDue;
        QString latestRating; // "+1 somewhat more than expected", or empty
        QDate reviewedOn;
        bool workedOn = false; // linked to this contact
    };
    QList<Outcome> outcomes;
};

// The report for contact-log entry `contact`; Error::Kind::NotFound when
// there is none.
VisitReport loadVisitReport(Database &db, QUuid contact);

// The report as a document to preview or print: A4, for a head teacher's file.
std::unique_ptr<QTextDocument> visitReportDocument(const VisitReport &report);

// Writes the report as an A4 PDF with page numbers; the file appears whole or
// not at all. Throws Error::Kind::Storage when it cannot be written.
void writeVisitReportPdf(const VisitReport &report, const QString &path);

// Printed documents: no records of their own.
CoreFeature reportsFeature();

} // namespace casebook
