#include "LiftMinutes.h"

#include "LiftMeetingDetail.h"
#include "LiftRecords.h"
#include "common/DisplayDate.h"
#include "domain/AcademicYear.h"
#include "reports/PrintedPages.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

namespace casebook {

namespace {

struct LiftMinutesText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::LiftMinutes)
};

QString escaped(const QString &typed)
{
    return printableText(typed).toHtmlEscaped();
}

QString initial(const QString &name)
{
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() ? QString() : trimmed.left(1).toUpper() + u'.';
}

// One name or number to leave out of the circulated copy, and what stands in
// its place.
struct Replacement
{
    QString text, with;
    bool wholeName = true; // a part of a name ("Will") matches only as written
    bool person = false;   // a whole name: left out of the names of adults too
};

QList<Replacement> replacementsFor(const LiftMeetingDetail &meeting,
                                   const QHash<QUuid, QString> &labels)
{
    QList<Replacement> full, parts;
    const QString parent = LiftMinutesText::tr("(parent or carer)");
    for (const LiftReferralItem &referral : meeting.referrals) {
        if (referral.child.isNull())
            continue;
        const QString label = labels.value(referral.child);
        full.append({referral.childName(), label, true, true});
        for (const QString &name : referral.parents) {
            full.append({name, parent, true, true});
            for (const QString &part : name.split(u' ', Qt::SkipEmptyParts))
                if (part.size() > 2)
                    parts.append({part, parent, false});
        }
        parts.prepend({referral.childLastName, label, false});
        parts.prepend({referral.childFirstName, label, false});
        for (const QString &address : referral.addresses)
            for (const QString &line :
                 address.split(QRegularExpression(QStringLiteral("[,\\n]")), Qt::SkipEmptyParts))
                if (line.trimmed().size() > 3)
                    full.append({line.trimmed(), LiftMinutesText::tr("(address left out)")});
        if (!referral.upn.trimmed().isEmpty())
            full.append({referral.upn.trimmed(), LiftMinutesText::tr("(UPN left out)")});
        if (referral.childBorn.isValid())
            for (const char *format : {"dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd.MM.yyyy",
                                       "d MMMM yyyy", "d MMM yyyy"})
                full.append({referral.childBorn.toString(QString::fromLatin1(format)),
                             LiftMinutesText::tr("(date of birth left out)")});
    }
    for (const LiftActionItem &action : meeting.carriedActions)
        if (!action.child.isNull())
            full.append({action.childName, labels.value(action.child), true, true});
    // The longest first, so that a full name goes before its parts.
    QList<Replacement> all = full + parts;
    std::stable_sort(all.begin(), all.end(), [](const Replacement &a, const Replacement &b) {
        return a.text.size() > b.text.size();
    });
    all.erase(std::remove_if(all.begin(), all.end(),
                             [](const Replacement &r) { return r.text.trimmed().isEmpty(); }),
              all.end());
    return all;
}

// Each name or number to leave out, as a pattern that finds it as a whole word.
using Rules = QList<QPair<QRegularExpression, QString>>;

// `people`: only whole names, for the names of the adults at the meeting and
// of actions' owners, whose own first name may be a parent's.
Rules rulesFor(const LiftMeetingDetail &meeting, const QHash<QUuid, QString> &labels,
               bool people = false)
{
    Rules rules;
    for (const Replacement &r : replacementsFor(meeting, labels)) {
        if (people && !r.person)
            continue;
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (r.wholeName)
            options |= QRegularExpression::CaseInsensitiveOption;
        rules.append({QRegularExpression(QStringLiteral("(?<!\\w)%1(?!\\w)")
                                             .arg(QRegularExpression::escape(r.text.trimmed())),
                                         options),
                      r.with});
    }
    return rules;
}

QString redacted(const Rules &rules, QString text)
{
    for (const auto &[pattern, with] : rules)
        text.replace(pattern, with);
    return text;
}

// How one copy prints what was typed and whom it names.
class Copy
{
public:
    Copy(const LiftMeetingDetail &meeting, LiftCopy copy)
        : m_meeting(meeting)
        , m_copy(copy)
        , m_labels(liftChildLabels(meeting))
    {
        if (copy == LiftCopy::Circulated) {
            m_rules = rulesFor(meeting, m_labels);
            m_peopleRules = rulesFor(meeting, m_labels, true);
        }
    }

    bool full() const { return m_copy == LiftCopy::Full; }

    // Typed text, escaped, with names left out of the circulated copy.
    QString text(const QString &typed) const
    {
        return escaped(full() ? typed : redacted(m_rules, typed));
    }

    // An adult's name (who attended, whose action), with a parent's name left out.
    QString person(const QString &name) const
    {
        return escaped(full() ? name : redacted(m_peopleRules, name));
    }

    QString paragraphs(const QString &typed) const
    {
        return printedParagraphs(full() ? typed : redacted(m_rules, typed));
    }

    // Whom a referral is about, as its heading shows it.
    QString subject(const LiftReferralItem &referral) const
    {
        if (referral.child.isNull())
            return escaped(LiftMinutesText::tr("%1: %2").arg(
                referral.settingName, referral.text(u"cohort").isEmpty()
                                          ? LiftMinutesText::tr("the whole setting")
                                          : referral.text(u"cohort")));
        if (!full())
            return escaped(m_labels.value(referral.child));
        QStringList about{referral.childName()};
        if (referral.childBorn.isValid())
            about.append(LiftMinutesText::tr("born %1 (%2)")
                             .arg(dateText(referral.childBorn),
                                  AcademicYear::label(AcademicYear::yearGroup(referral.childBorn,
                                                                              m_meeting.meetsOn))));
        if (!referral.upn.isEmpty())
            about.append(LiftMinutesText::tr("UPN %1").arg(referral.upn));
        if (!referral.settingName.isEmpty())
            about.append(referral.settingName);
        return escaped(about.join(QStringLiteral(", ")));
    }

    QString actionChild(const LiftActionItem &action) const
    {
        if (action.child.isNull())
            return {};
        return escaped(full() ? action.childName : m_labels.value(action.child));
    }

private:
    const LiftMeetingDetail &m_meeting;
    LiftCopy m_copy;
    QHash<QUuid, QString> m_labels;
    Rules m_rules, m_peopleRules; // for the circulated copy
};

QString row(const QString &label, const QString &html)
{
    return QStringLiteral("<tr><th width=\"26%\">%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), html);
}

QString heading(const char *tag, const QString &title)
{
    return QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), title.toHtmlEscaped());
}

QString documentHead(const LiftMeetingDetail &meeting, const QString &authority,
                     const QString &title)
{
    QString html =
        QStringLiteral("<html><head><style>%1</style></head><body>").arg(printedStyleSheet());
    html +=
        QStringLiteral("<p class=\"authority\">%1</p><p class=\"service\">%2</p>")
            .arg(escaped(authority),
                 escaped(meeting.districtName.isEmpty()
                             ? LiftMinutesText::tr("Specialist Teaching and Learning Service")
                             : LiftMinutesText::tr("Specialist Teaching and Learning Service — %1")
                                   .arg(meeting.districtName)));
    html += heading("h1", title);
    html += QStringLiteral("<table cellpadding=\"2\" cellspacing=\"0\">");
    const QString starts = meeting.text(u"starts_at");
    html +=
        row(LiftMinutesText::tr("Date"),
            escaped(starts.isEmpty()
                        ? dateText(meeting.meetsOn)
                        : LiftMinutesText::tr("%1 at %2").arg(dateText(meeting.meetsOn), starts)));
    const QString place = meeting.text(u"place");
    const bool online = meeting.record.value(QStringLiteral("online")).toBool();
    if (!place.isEmpty() || online)
        html += row(LiftMinutesText::tr("Place"),
                    escaped(online ? LiftMinutesText::tr("Online: %1").arg(place) : place));
    if (!meeting.chairName.isEmpty())
        html += row(LiftMinutesText::tr("Chair"), escaped(meeting.chairName));
    return html;
}

QString actionsTable(const Copy &copy, const QList<LiftActionItem> &actions, bool withChild,
                     bool withAgreed)
{
    if (actions.isEmpty())
        return printedParagraphs({});
    const FieldSpec &status = liftActionKind().type().requireField(u"status");
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellpadding=\"3\" "
                                  "cellspacing=\"0\"><tr><th>%1</th>")
                       .arg(LiftMinutesText::tr("Action").toHtmlEscaped());
    if (withChild)
        html += QStringLiteral("<th>%1</th>").arg(LiftMinutesText::tr("For").toHtmlEscaped());
    html += QStringLiteral("<th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(LiftMinutesText::tr("Owner").toHtmlEscaped(),
                     LiftMinutesText::tr("Due").toHtmlEscaped(),
                     LiftMinutesText::tr("Status").toHtmlEscaped());
    for (const LiftActionItem &action : actions) {
        QString what = copy.text(action.record.value(QStringLiteral("text")).toString());
        if (withAgreed && action.agreedAt.isValid())
            what += QStringLiteral("<br><i>%1</i>")
                        .arg(LiftMinutesText::tr("agreed %1")
                                 .arg(dateText(action.agreedAt))
                                 .toHtmlEscaped());
        QString state = status.choiceLabel(action.record.value(QStringLiteral("status")).toString())
                            .toHtmlEscaped();
        if (action.overdue)
            state = QStringLiteral("<b>%1</b>").arg(LiftMinutesText::tr("Overdue").toHtmlEscaped());
        html += QStringLiteral("<tr><td width=\"42%\">%1</td>").arg(what);
        if (withChild)
            html += QStringLiteral("<td>%1</td>").arg(copy.actionChild(action));
        html += QStringLiteral("<td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(copy.person(action.owner), dateText(action.due), state);
    }
    return html + QStringLiteral("</table>");
}

std::unique_ptr<QTextDocument> documentOf(QString html)
{
    html += QStringLiteral("</body></html>");
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(html);
    return document;
}

} // namespace

QHash<QUuid, QString> liftChildLabels(const LiftMeetingDetail &meeting)
{
    QList<QPair<QUuid, QString>> order; // each child once, in the order they appear
    const auto appear = [&](QUuid child, const QString &first, const QString &last) {
        if (child.isNull() || std::any_of(order.begin(), order.end(),
                                          [&](const auto &o) { return o.first == child; }))
            return;
        QString initials = initial(first) + initial(last);
        if (initials.isEmpty())
            initials = LiftMinutesText::tr("Child");
        order.append({child, initials});
    };
    for (const LiftReferralItem &referral : meeting.referrals)
        appear(referral.child, referral.childFirstName, referral.childLastName);
    for (const LiftActionItem &action : meeting.carriedActions)
        appear(action.child, action.childName.section(u' ', 0, 0),
               action.childName.section(u' ', -1));

    QHash<QString, int> shared;
    for (const auto &[child, initials] : order)
        ++shared[initials];
    QHash<QString, int> numbered;
    QHash<QUuid, QString> labels;
    for (const auto &[child, initials] : order)
        labels.insert(child, shared.value(initials) > 1
                                 ? QStringLiteral("%1-%2").arg(initials).arg(++numbered[initials])
                                 : initials);
    return labels;
}

QString liftCirculatedText(const LiftMeetingDetail &meeting, const QHash<QUuid, QString> &labels,
                           const QString &typed)
{
    return redacted(rulesFor(meeting, labels), typed);
}

QString liftAgendaTitle(const LiftMeetingDetail &meeting)
{
    return LiftMinutesText::tr("LIFT agenda: %1").arg(meeting.groupName);
}

QString liftMinutesTitle(const LiftMeetingDetail &meeting, LiftCopy copy)
{
    return copy == LiftCopy::Full
               ? LiftMinutesText::tr("LIFT minutes: %1 (full copy)").arg(meeting.groupName)
               : LiftMinutesText::tr("LIFT minutes: %1").arg(meeting.groupName);
}

std::unique_ptr<QTextDocument> liftAgendaDocument(const LiftMeetingDetail &meeting,
                                                  const QString &authority)
{
    const Copy copy(meeting, LiftCopy::Circulated);
    QString html = documentHead(meeting, authority, liftAgendaTitle(meeting));
    html += QStringLiteral("</table><p class=\"none\">%1</p>")
                .arg(LiftMinutesText::tr("Children appear by their initials only. The full "
                                         "referrals are held by the STLS admin.")
                         .toHtmlEscaped());
    html += heading("h2", LiftMinutesText::tr("1. Welcome, introductions and apologies"));
    html += heading("h2", LiftMinutesText::tr("2. Actions from earlier meetings"));
    html += actionsTable(copy, meeting.carriedActions, true, true);
    html += heading("h2", LiftMinutesText::tr("3. Referrals"));
    if (meeting.referrals.isEmpty()) {
        html += printedParagraphs({});
    } else {
        html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellpadding=\"3\" "
                               "cellspacing=\"0\"><tr><th width=\"6%\">%1</th>"
                               "<th width=\"12%\">%2</th><th width=\"38%\">%3</th>"
                               "<th width=\"44%\">%4</th></tr>")
                    .arg(LiftMinutesText::tr("No.").toHtmlEscaped(),
                         LiftMinutesText::tr("For").toHtmlEscaped(),
                         LiftMinutesText::tr("Needs").toHtmlEscaped(),
                         LiftMinutesText::tr("Question for the panel").toHtmlEscaped());
        for (const LiftReferralItem &referral : meeting.referrals) {
            QString question = copy.text(referral.text(u"question"));
            if (referral.urgent())
                question = QStringLiteral("<b>%1</b> %2<br>%3")
                               .arg(LiftMinutesText::tr("Urgent:").toHtmlEscaped(),
                                    copy.text(referral.text(u"urgent_reason")), question);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(referral.number)
                        .arg(copy.subject(referral), escaped(referral.needs), question);
        }
        html += QStringLiteral("</table>");
    }
    html += heading("h2", LiftMinutesText::tr("4. Any other business"));
    return documentOf(html);
}

std::unique_ptr<QTextDocument> liftMinutesDocument(const LiftMeetingDetail &meeting, LiftCopy which,
                                                   const QString &authority)
{
    const Copy copy(meeting, which);
    QString html = documentHead(meeting, authority, liftMinutesTitle(meeting, which));
    if (!meeting.minuteTakerName.isEmpty())
        html += row(LiftMinutesText::tr("Minutes taken by"), escaped(meeting.minuteTakerName));
    const QDate approvedOn = meeting.date(u"approved_on");
    html += row(
        LiftMinutesText::tr("Minutes"),
        meeting.approvedByName.isEmpty()
            ? QStringLiteral("<b>%1</b>")
                  .arg(LiftMinutesText::tr("Draft: not yet approved by the chair").toHtmlEscaped())
            : escaped(LiftMinutesText::tr("Approved by %1 on %2")
                          .arg(meeting.approvedByName, dateText(approvedOn))));
    html += QStringLiteral("</table><p class=\"none\">%1</p>")
                .arg((copy.full() ? LiftMinutesText::tr(
                                        "Full copy, restricted to the panel and the service: it "
                                        "holds children's names, dates of birth and settings.")
                                  : LiftMinutesText::tr("Circulated copy: children appear by "
                                                        "their initials only."))
                         .toHtmlEscaped());

    const FieldSpec &agency = liftAttendanceKind().type().requireField(u"agency_code");
    const FieldSpec &attended = liftAttendanceKind().type().requireField(u"status");
    html += heading("h2", LiftMinutesText::tr("Attendance"));
    if (meeting.attendance.isEmpty()) {
        html += printedParagraphs({});
    } else {
        html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellpadding=\"3\" "
                               "cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                    .arg(LiftMinutesText::tr("Agency").toHtmlEscaped(),
                         LiftMinutesText::tr("Name").toHtmlEscaped(),
                         LiftMinutesText::tr("Attendance").toHtmlEscaped());
        for (const auto &[id, person] : meeting.attendance) {
            const QString code = person.value(QStringLiteral("agency_code")).toString();
            const QString named = person.value(QStringLiteral("agency_name")).toString();
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(escaped(code == u"other" && !named.isEmpty() ? named
                                                                      : agency.choiceLabel(code)),
                         copy.person(person.value(QStringLiteral("name")).toString()),
                         escaped(attended.choiceLabel(
                             person.value(QStringLiteral("status")).toString())));
        }
        html += QStringLiteral("</table>");
    }
    QStringList missing;
    for (const QString &code : meeting.missingAgencies)
        missing.append(agency.choiceLabel(code));
    if (!missing.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(LiftMinutesText::tr("Agencies not represented:").toHtmlEscaped(),
                         escaped(missing.join(QStringLiteral(", "))));

    const RecordType &referralType = liftReferralKind().type();
    html += heading("h2", LiftMinutesText::tr("Referrals"));
    if (meeting.referrals.isEmpty())
        html += printedParagraphs({});
    for (const LiftReferralItem &referral : meeting.referrals) {
        html += QStringLiteral("<h3>%1. %2</h3>").arg(referral.number).arg(copy.subject(referral));
        html += QStringLiteral("<table cellpadding=\"2\" cellspacing=\"0\" width=\"100%\">");
        if (!referral.needs.isEmpty())
            html += row(LiftMinutesText::tr("Needs"), escaped(referral.needs));
        if (copy.full() && !referral.text(u"referrer_name").isEmpty())
            html += row(referralType.requireField(u"referrer_name").label,
                        escaped(referral.text(u"referrer_name")));
        if (referral.urgent())
            html += row(referralType.requireField(u"urgent_reason").label,
                        copy.text(referral.text(u"urgent_reason")));
        html += row(referralType.requireField(u"question").label,
                    copy.paragraphs(referral.text(u"question")));
        html += row(referralType.requireField(u"discussion").label,
                    copy.paragraphs(referral.text(u"discussion")));
        const QString decision = referral.text(u"decision_code");
        html +=
            row(referralType.requireField(u"decision_code").label,
                decision.isEmpty()
                    ? QStringLiteral("<i>%1</i>")
                          .arg(LiftMinutesText::tr("Not decided").toHtmlEscaped())
                    : QStringLiteral("<b>%1</b>")
                          .arg(escaped(
                              referralType.requireField(u"decision_code").choiceLabel(decision))));
        html += QStringLiteral("</table>");
        QList<LiftActionItem> actions;
        std::copy_if(meeting.actions.begin(), meeting.actions.end(), std::back_inserter(actions),
                     [&](const LiftActionItem &a) { return a.referral == referral.id; });
        if (!actions.isEmpty())
            html += actionsTable(copy, actions, false, false);
    }

    QList<LiftActionItem> general;
    std::copy_if(meeting.actions.begin(), meeting.actions.end(), std::back_inserter(general),
                 [&](const LiftActionItem &a) { return !meeting.referral(a.referral); });
    if (!general.isEmpty()) {
        html += heading("h2", LiftMinutesText::tr("Other actions"));
        html += actionsTable(copy, general, false, false);
    }
    html += heading("h2", LiftMinutesText::tr("Actions from earlier meetings"));
    html += actionsTable(copy, meeting.carriedActions, true, true);
    return documentOf(html);
}

} // namespace casebook
