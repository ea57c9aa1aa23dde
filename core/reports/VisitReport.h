#pragma once

#include "records/Feature.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace casebook {

class Database;

// What a visit report tells the school about one contact-log entry.
struct VisitReport
{
    QString authority; // the local authority whose service this is
    QString settingName;
    QString settingUrn;
    QString sencoName;   // whom the report is addressed to
    QStringList parents; // parents and carers with parental responsibility, for circulation
    QString childName;   // empty for a whole-setting involvement
    QDate childBorn;
    QString serviceLine;
    QDate date;
    QString contactTypeCode; // visit, observation, call …
    QString contactType;
    QString teacherName;
    QString teacherEmail;
    QString teacherPhone;
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

// The report's title, from the kind of contact: "Observation report",
// "Phone call note".
QString visitReportTitle(const VisitReport &report);

// The report as a document to preview or print: A4, for a head teacher's file.
std::unique_ptr<QTextDocument> visitReportDocument(const VisitReport &report);

// The marking on every page: the UK government's for personal data.
QString visitReportMarking();

// Prints the report on `device` (a printer or a preview), marked and
// numbered "Page 1 of 2" on every page.
void printVisitReport(const VisitReport &report, QPagedPaintDevice *device);

// Writes the report as an A4 PDF with page numbers; the file appears whole or
// not at all. Throws Error::Kind::Storage when it cannot be written.
void writeVisitReportPdf(const VisitReport &report, const QString &path);

// Printed documents: no records of their own.
CoreFeature reportsFeature();

} // namespace casebook
