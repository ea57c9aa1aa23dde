#include "CaseDialog.h"

#include "casework/CaseworkRecords.h"
#include "commands/EditSession.h"
#include "common/DisplayDate.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/PrintPreview.h"
#include "common/RecordTableView.h"
#include "lift/LiftMeetings.h"
#include "records/RecordDialog.h"
#include "records/RecordForm.h"
#include "records/RowTableModel.h"
#include "reports/VisitReport.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/SupportEpisodeDialog.h"
#include "sync/Store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

using casebook::dateText;

QString dateText(const QString &iso)
{
    return dateText(QDate::fromString(iso, Qt::ISODate));
}

QPushButton *button(const QString &text, QHBoxLayout *row)
{
    auto *b = new QPushButton(text);
    row->addWidget(b);
    return b;
}

} // namespace

CaseDialog::CaseDialog(EditSession &session, QUuid involvement, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(involvement)
{
    setWindowTitle(tr("Case"));
    m_form = new RecordForm(session, involvementKind());
    m_form->showRecord(involvement);
    auto *details = new QGroupBox(tr("Details"));
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_form);
    // The meeting whose decision opened the case.
    if (const auto opening = liftReferralOpening(session.database(), involvement)) {
        auto *lift = new QLabel(
            tr("Opened at LIFT: %1, %2.").arg(opening->groupName, dateText(opening->meetsOn)));
        lift->setObjectName(QStringLiteral("caseLiftOpening"));
        lift->setWordWrap(true);
        detailsLayout->addWidget(lift);
    }

    m_outcomes = new RowTableModel({tr("Expected outcome"), tr("Baseline"), tr("Target"),
                                    tr("Review due"), tr("Latest review")},
                                   this);
    m_outcomeView = makeRecordTableView(m_outcomes, QStringLiteral("outcomeList"), tr("Outcomes"));
    m_outcomeView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_outcomeView->setMinimumHeight(110);
    connect(m_outcomeView, &QTableView::activated, this, &CaseDialog::reviewOutcome);
    auto *outcomeButtons = new QHBoxLayout;
    connect(button(tr("Add &outcome…"), outcomeButtons), &QPushButton::clicked, this,
            &CaseDialog::addOutcome);
    connect(button(tr("&Review…"), outcomeButtons), &QPushButton::clicked, this,
            &CaseDialog::reviewOutcome);
    outcomeButtons->addStretch();
    auto *outcomesBox = new QGroupBox(tr("Expected outcomes"));
    auto *outcomesLayout = new QVBoxLayout(outcomesBox);
    outcomesLayout->addWidget(m_outcomeView);
    outcomesLayout->addLayout(outcomeButtons);

    m_contacts =
        new RowTableModel({tr("Date"), tr("Type"), tr("Staff"), tr("Minutes"), tr("Advice")}, this);
    m_contactView = makeRecordTableView(m_contacts, QStringLiteral("caseContacts"), tr("Contacts"));
    m_contactView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contactView->horizontalHeader()->setStretchLastSection(true);
    m_contactView->setMinimumHeight(140);
    connect(m_contactView, &QTableView::activated, this, &CaseDialog::previewVisitReport);
    auto *contactButtons = new QHBoxLayout;
    connect(button(tr("&Log a contact…"), contactButtons), &QPushButton::clicked, this,
            &CaseDialog::logContact);
    QPushButton *report = button(tr("&Visit report…"), contactButtons);
    report->setObjectName(QStringLiteral("visitReport"));
    connect(report, &QPushButton::clicked, this, &CaseDialog::previewVisitReport);
    contactButtons->addStretch();
    // A child's placement at risk: time-limited intensive support on this case.
    QPushButton *support = button(tr("&Intensive support…"), contactButtons);
    support->setObjectName(QStringLiteral("caseSupport"));
    support->setEnabled(!recordValue(session.database(), QStringLiteral("involvement"),
                                     QStringLiteral("child_id"), involvement)
                             .isNull());
    connect(support, &QPushButton::clicked, this,
            [this] { openSupportFor(m_session, m_id, this); });
    auto *contactsBox = new QGroupBox(tr("Contact log, newest first"));
    auto *contactsLayout = new QVBoxLayout(contactsBox);
    contactsLayout->addWidget(m_contactView);
    contactsLayout->addLayout(contactButtons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *columns = new QHBoxLayout;
    columns->addWidget(details, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(outcomesBox);
    right->addWidget(contactsBox, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(close);
    // Wide enough for both columns, never more than the screen has room for.
    const QRect screen = (parent ? parent->screen() : QDialog::screen())->availableGeometry();
    resize(std::min(1080, screen.width() - 20), std::min(660, screen.height() - 60));

    connect(&session.store(), &Store::rowChanged, this, [this](const QString &table) {
        if (table == u"outcome" || table == u"outcome_review" || table == u"contact_log")
            refresh();
    });
    connect(&session.store(), &Store::outsideChanges, this, &CaseDialog::refresh);
    refresh();
}

void CaseDialog::refresh()
{
    Database &db = m_session.database();
    Statement outcomes(
        db.handle(),
        QStringLiteral("SELECT o.id, o.description, o.baseline, o.target, o.review_due, "
                       "(SELECT rating FROM outcome_review r WHERE r.outcome_id = o.id ORDER BY "
                       "r.reviewed_on DESC, r.id DESC LIMIT 1) FROM outcome o WHERE "
                       "o.involvement_id = ? ORDER BY o.description"));
    outcomes.bindBlob(1, m_id.toRfc4122());
    QList<QUuid> ids;
    QList<QVariantList> rows;
    while (outcomes.step()) {
        ids.append(QUuid::fromRfc4122(outcomes.blob(0)));
        rows.append({outcomes.text(1), outcomes.text(2), outcomes.text(3),
                     dateText(outcomes.text(4)),
                     outcomes.isNull(5) ? QString()
                                        : OutcomeReviewKind::ratingLabel(int(outcomes.int64(5)))});
    }
    m_outcomes->setRows(ids, rows);

    const FieldSpec &type = contactLogKind().type().requireField(u"contact_type");
    Statement contacts(db.handle(),
                       QStringLiteral("SELECT l.id, l.contact_date, l.contact_type, "
                                      "st.first_name || ' ' || st.last_name, l.minutes, l.advice "
                                      "FROM contact_log l LEFT JOIN staff st ON st.id = l.staff_id "
                                      "WHERE l.involvement_id = ? ORDER BY l.contact_date DESC, "
                                      "l.id DESC"));
    contacts.bindBlob(1, m_id.toRfc4122());
    ids.clear();
    rows.clear();
    while (contacts.step()) {
        ids.append(QUuid::fromRfc4122(contacts.blob(0)));
        rows.append({dateText(contacts.text(1)), type.choiceLabel(contacts.text(2)),
                     contacts.text(3), contacts.isNull(4) ? QVariant() : contacts.value(4),
                     contacts.text(5).section(u'\n', 0, 0)});
    }
    m_contacts->setRows(ids, rows);
    if (m_contacts->rowCount() > 0 && !m_contactView->currentIndex().isValid())
        m_contactView->setCurrentIndex(m_contacts->index(0, 0));
}

void CaseDialog::addOutcome()
{
    auto *dialog = new RecordDialog(m_session, outcomeKind(), tr("Agree an outcome"), this);
    dialog->form()->setFixedValue(QStringLiteral("involvement_id"), m_id.toRfc4122());
    dialog->form()->setValues(
        {{QStringLiteral("review_due"),
          m_session.database().environment().today().addDays(84).toString(Qt::ISODate)}});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CaseDialog::reviewOutcome()
{
    const QUuid outcome = m_outcomes->idAt(m_outcomeView->currentIndex().row());
    if (outcome.isNull())
        return;
    auto *dialog = new RecordDialog(m_session, outcomeReviewKind(), tr("Review an outcome"), this);
    dialog->form()->setFixedValue(QStringLiteral("outcome_id"), outcome.toRfc4122());
    QVariantMap values{{QStringLiteral("reviewed_on"),
                        m_session.database().environment().today().toString(Qt::ISODate)}};
    const QVariant me = contactDefaults(m_session.database()).value(QStringLiteral("staff_id"));
    if (!me.isNull())
        values.insert(QStringLiteral("reviewed_by"), me.toUuid().toRfc4122());
    dialog->form()->setValues(values);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

RecordDialog *openContactDialog(EditSession &session, QUuid involvement, QWidget *parent)
{
    auto *dialog =
        new RecordDialog(session, contactLogKind(), CaseDialog::tr("Log a contact"), parent);
    dialog->setObjectName(QStringLiteral("contactDialog"));
    dialog->form()->setFixedValue(QStringLiteral("involvement_id"), involvement.toRfc4122());
    QVariantMap defaults = contactDefaults(session.database());
    if (defaults.contains(QStringLiteral("staff_id")))
        defaults.insert(QStringLiteral("staff_id"),
                        defaults.value(QStringLiteral("staff_id")).toUuid().toRfc4122());
    dialog->form()->setValues(defaults);
    // The outcomes it worked towards: a check box for each of the case's own,
    // which the keyboard and a screen reader reach one by one.
    auto *outcomes = new QWidget;
    outcomes->setAccessibleName(CaseDialog::tr("Linked outcomes"));
    auto *outcomeLayout = new QVBoxLayout(outcomes);
    outcomeLayout->setContentsMargins(0, 0, 0, 0);
    QList<QPair<QString, QCheckBox *>> boxes;
    for (const auto &[id, outcome] : readRecordsWhere(session.database(), outcomeKind().type(),
                                                      u"involvement_id", involvement)) {
        auto *box = new QCheckBox(outcome.value(QStringLiteral("description")).toString());
        outcomeLayout->addWidget(box);
        boxes.append({id.toString(QUuid::WithoutBraces), box});
    }
    if (boxes.isEmpty())
        outcomeLayout->addWidget(new QLabel(CaseDialog::tr("No outcomes agreed yet.")));
    dialog->form()->setCustomEditor(
        QStringLiteral("outcome_ids"), outcomes,
        [boxes] {
            QStringList ids;
            for (const auto &[id, box] : boxes)
                if (box->isChecked())
                    ids.append(id);
            return ids.isEmpty() ? QVariant() : QVariant(ids.join(u','));
        },
        [boxes](const QVariant &stored) {
            const QStringList ids = stored.toString().split(u',', Qt::SkipEmptyParts);
            for (const auto &[id, box] : boxes)
                box->setChecked(ids.contains(id));
        });
    QObject::connect(dialog, &RecordDialog::added, dialog, [&session](const QUuid &id) {
        if (const auto added = session.store().read(u"contact_log", id))
            rememberContactType(session.database(),
                                added->value(QStringLiteral("contact_type")).toString());
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Date, who and type are filled in: straight to the time it took.
    if (QWidget *minutes = dialog->form()->editor(QStringLiteral("minutes")))
        minutes->setFocus();
    dialog->open();
    return dialog;
}

void CaseDialog::logContact()
{
    openContactDialog(m_session, m_id, this);
}

void CaseDialog::previewVisitReport()
{
    const QUuid contact = m_contacts->idAt(m_contactView->currentIndex().row());
    if (contact.isNull())
        return;
    VisitReport report;
    try {
        report = loadVisitReport(m_session.database(), contact);
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Visit report"), error.message());
        return;
    }
    auto *preview = new PrintPreview(
        [report](QPagedPaintDevice *device) { printVisitReport(report, device); },
        visitReportTitle(report),
        QStringLiteral("visit-report-%1.pdf").arg(report.date.toString(Qt::ISODate)),
        [report](const QString &path) { writeVisitReportPdf(report, path); }, this);
    preview->setObjectName(QStringLiteral("visitReportPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
}

} // namespace casebook::ui
