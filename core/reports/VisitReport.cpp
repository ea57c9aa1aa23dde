#include "VisitReport.h"

#include "PrintedPages.h"
#include "casework/CaseworkRecords.h"
#include "common/DisplayDate.h"
#include "common/Error.h"
#include "domain/AcademicYear.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct VisitReportText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::VisitReport)
};

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th width=\"28%\">%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), printableText(value).toHtmlEscaped());
}

} // namespace

VisitReport loadVisitReport(Database &db, QUuid contact)
{
    Statement query(
        db.handle(),
        QStringLiteral(
            "SELECT s.name, s.urn, c.first_name || ' ' || c.last_name, c.date_of_birth, sl.name, "
            "l.contact_date, l.contact_type, st.first_name || ' ' || st.last_name, l.minutes, "
            "l.seen, l.advice, l.next_steps, l.outcome_ids, l.involvement_id, s.senco_name, "
            "st.email, st.phone, c.id "
            "FROM contact_log l LEFT JOIN involvement i ON i.id = l.involvement_id "
            "LEFT JOIN child c ON c.id = i.child_id LEFT JOIN setting s ON s.id = i.setting_id "
            "LEFT JOIN service_line sl ON sl.code = i.service_line_code "
            "LEFT JOIN staff st ON st.id = l.staff_id WHERE l.id = ?"));
    query.bindBlob(1, contact.toRfc4122());
    if (!query.step())
        throw Error(Error::Kind::NotFound, VisitReportText::tr("There is no contact-log entry %1.")
                                               .arg(contact.toString(QUuid::WithoutBraces)));
    VisitReport report;
    report.authority = authorityName(db);
    report.sencoName = query.text(14);
    report.teacherEmail = query.text(15);
    report.teacherPhone = query.text(16);
    if (!query.isNull(17)) {
        Statement parents(db.handle(),
                          QStringLiteral("SELECT name FROM child_contact WHERE child_id = ? AND "
                                         "parental_responsibility = 1 ORDER BY name"));
        parents.bindBlob(1, query.blob(17));
        while (parents.step())
            report.parents.append(parents.text(0));
    }
    report.settingName = query.text(0);
    report.settingUrn = query.text(1);
    report.childName = query.text(2);
    report.childBorn = query.date(3);
    report.serviceLine = query.text(4);
    report.date = query.date(5);
    report.contactTypeCode = query.text(6);
    report.contactType =
        contactLogKind().type().requireField(u"contact_type").choiceLabel(query.text(6));
    report.teacherName = query.text(7);
    report.minutes = int(query.int64(8));
    report.seen = query.text(9);
    report.advice = query.text(10);
    report.nextSteps = query.text(11);
    const QStringList linked = query.text(12).split(u',', Qt::SkipEmptyParts);
    const QByteArray involvement = query.blob(13);

    // Every outcome of the involvement, with its latest review.
    Statement outcomes(
        db.handle(),
        QStringLiteral("SELECT o.id, o.description, o.baseline, o.target, o.review_due, "
                       "(SELECT rating FROM outcome_review r WHERE r.outcome_id = o.id ORDER BY "
                       "r.reviewed_on DESC, r.id DESC LIMIT 1), "
                       "(SELECT max(reviewed_on) FROM outcome_review r WHERE r.outcome_id = o.id) "
                       "FROM outcome o WHERE o.involvement_id = ? ORDER BY o.description"));
    outcomes.bindBlob(1, involvement);
    while (outcomes.step()) {
        VisitReport::Outcome outcome;
        outcome.workedOn =
            linked.contains(QUuid::fromRfc4122(outcomes.blob(0)).toString(QUuid::WithoutBraces));
        outcome.description = outcomes.text(1);
        outcome.baseline = outcomes.text(2);
        outcome.target = outcomes.text(3);
        outcome.reviewDue = outcomes.date(4);
        if (!outcomes.isNull(5))
            outcome.latestRating = OutcomeReviewKind::ratingLabel(int(outcomes.int64(5)));
        outcome.reviewedOn = outcomes.date(6);
        report.outcomes.append(outcome);
    }
    return report;
}

QString visitReportTitle(const VisitReport &report)
{
    // Each kind of contact's document; a visit's is the default.
    static const std::pair<const char16_t *, const char *> titles[] = {
        {u"observation", QT_TRANSLATE_NOOP("casebook::VisitReport", "Observation report")},
        {u"assessment", QT_TRANSLATE_NOOP("casebook::VisitReport", "Assessment report")},
        {u"meeting", QT_TRANSLATE_NOOP("casebook::VisitReport", "Meeting note")},
        {u"modelled_intervention",
         QT_TRANSLATE_NOOP("casebook::VisitReport", "Modelled intervention report")},
        {u"report", QT_TRANSLATE_NOOP("casebook::VisitReport", "Specialist teacher's report")},
        {u"call", QT_TRANSLATE_NOOP("casebook::VisitReport", "Phone call note")},
    };
    for (const auto &[type, title] : titles)
        if (report.contactTypeCode == type)
            return VisitReportText::tr(title);
    return VisitReportText::tr("Visit report");
}

QString visitReportMarking()
{
    return protectiveMarking();
}

std::unique_ptr<QTextDocument> visitReportDocument(const VisitReport &r)
{
    QString html =
        QStringLiteral("<html><head><style>%1</style></head><body>").arg(printedStyleSheet());
    html += QStringLiteral("<p class=\"authority\">%1</p><p class=\"service\">%2</p><h1>%3</h1>")
                .arg(r.authority.toHtmlEscaped(),
                     VisitReportText::tr("Specialist Teaching and Learning Service — %1")
                         .arg(r.serviceLine)
                         .toHtmlEscaped(),
                     visitReportTitle(r).toHtmlEscaped());
    html += QStringLiteral("<table cellpadding=\"3\" cellspacing=\"0\">");
    html += row(VisitReportText::tr("To"),
                r.sencoName.trimmed().isEmpty()
                    ? VisitReportText::tr("The SENCO, %1").arg(r.settingName)
                    : VisitReportText::tr("%1, SENCO, %2").arg(r.sencoName, r.settingName));
    html += row(VisitReportText::tr("Setting"),
                r.settingUrn.isEmpty()
                    ? r.settingName
                    : VisitReportText::tr("%1 (URN %2)").arg(r.settingName, r.settingUrn));
    if (!r.childName.trimmed().isEmpty()) {
        const int year = AcademicYear::yearGroup(r.childBorn, r.date);
        html += row(VisitReportText::tr("Child"),
                    VisitReportText::tr("%1, born %2 (%3)")
                        .arg(r.childName, dateText(r.childBorn), AcademicYear::label(year)));
    } else {
        html += row(VisitReportText::tr("For"), VisitReportText::tr("The whole setting"));
    }
    html += row(VisitReportText::tr("Date"), dateText(r.date));
    html +=
        row(VisitReportText::tr("Contact"),
            r.minutes > 0 ? VisitReportText::tr("%1, %2 minutes").arg(r.contactType).arg(r.minutes)
                          : r.contactType);
    QStringList teacher{r.teacherName};
    for (const QString &reach : {r.teacherEmail, r.teacherPhone})
        if (!reach.trimmed().isEmpty())
            teacher.append(reach.trimmed());
    html += row(VisitReportText::tr("Specialist teacher"), teacher.join(QStringLiteral(" · ")));
    html += QStringLiteral("</table><p class=\"gap\">&nbsp;</p>");

    const auto heading = [](const QString &title) {
        return QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
    };
    html += heading(VisitReportText::tr("What was seen")) + printedParagraphs(r.seen);
    html += heading(VisitReportText::tr("Advice")) + printedParagraphs(r.advice);
    html += heading(VisitReportText::tr("Next steps")) + printedParagraphs(r.nextSteps);

    html += heading(VisitReportText::tr("Progress on expected outcomes"));
    if (r.outcomes.isEmpty()) {
        html += printedParagraphs({});
    } else {
        html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellpadding=\"4\" "
                               "cellspacing=\"0\" border=\"1\" style=\"border-color: #bbbbbb; "
                               "border-style: solid;\"><tr><th width=\"34%\">%1</th>"
                               "<th width=\"22%\">%2</th><th width=\"22%\">%3</th>"
                               "<th width=\"22%\">%4</th></tr>")
                    .arg(VisitReportText::tr("Expected outcome").toHtmlEscaped(),
                         VisitReportText::tr("Baseline").toHtmlEscaped(),
                         VisitReportText::tr("Target").toHtmlEscaped(),
                         VisitReportText::tr("Latest review").toHtmlEscaped());
        for (const auto &o : r.outcomes) {
            const QString review =
                o.latestRating.isEmpty()
                    ? (o.reviewDue.isValid()
                           ? VisitReportText::tr("Due %1").arg(dateText(o.reviewDue))
                           : VisitReportText::tr("Not reviewed yet"))
                    : VisitReportText::tr("%1 (%2)").arg(o.latestRating, dateText(o.reviewedOn));
            html += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(o.description.toHtmlEscaped(),
                             o.workedOn ? QStringLiteral("<br><i>%1</i>")
                                              .arg(VisitReportText::tr("worked on at this visit")
                                                       .toHtmlEscaped())
                                        : QString(),
                             o.baseline.toHtmlEscaped(), o.target.toHtmlEscaped(),
                             review.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    // Who receives a copy.
    QStringList copies{r.sencoName.trimmed().isEmpty()
                           ? VisitReportText::tr("the SENCO")
                           : VisitReportText::tr("%1 (SENCO)").arg(r.sencoName)};
    for (const QString &parent : r.parents)
        copies.append(VisitReportText::tr("%1 (parent or carer)").arg(parent));
    copies.append(VisitReportText::tr("the child's STLS record"));
    if (r.childName.trimmed().isEmpty())
        copies.last() = VisitReportText::tr("the setting's STLS record");
    html += QStringLiteral("<p class=\"gap\">&nbsp;</p><p class=\"circulation\"><b>%1</b> %2</p>")
                .arg(VisitReportText::tr("Circulation:").toHtmlEscaped(),
                     printableText(copies.join(QStringLiteral("; "))).toHtmlEscaped());
    html += QStringLiteral("</body></html>");

    auto document = std::make_unique<QTextDocument>();
    document->setHtml(html);
    return document;
}

void writeVisitReportPdf(const VisitReport &report, const QString &path)
{
    writePdfFile(*visitReportDocument(report), visitReportTitle(report), visitReportMarking(),
                 path);
}

void printVisitReport(const VisitReport &report, QPagedPaintDevice *device)
{
    printPages(*visitReportDocument(report), device, visitReportMarking());
}

CoreFeature reportsFeature()
{
    return {QStringLiteral("reports"), {}};
}

} // namespace casebook
