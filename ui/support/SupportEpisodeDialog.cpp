#include "SupportEpisodeDialog.h"

#include "casework/CaseworkRecords.h"
#include "commands/EditSession.h"
#include "common/DisplayDate.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/RecordTableView.h"
#include "records/RecordForm.h"
#include "records/RowTableModel.h"
#include "storage/Database.h"
#include "support/SupportEpisodes.h"
#include "support/SupportRecords.h"
#include "sync/Store.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

SupportEpisodeDialog::SupportEpisodeDialog(EditSession &session, QUuid episode, QWidget *parent)
    : RecordDialog(session, supportEpisodeKind(), episode, tr("Intensive support"), parent)
    , m_session(session)
    , m_id(episode)
{
    setObjectName(QStringLiteral("supportEpisodeDialog"));
    Database &db = session.database();
    SupportFilter filter;
    filter.involvement = QUuid::fromRfc4122(recordValue(db, supportEpisodeKind().type().table,
                                                        QStringLiteral("involvement_id"), episode)
                                                .toByteArray());
    for (const SupportEpisodeSummary &e : listSupportEpisodes(db, filter, db.environment().today()))
        if (e.id == episode)
            setWindowTitle(tr("Intensive support: %1, %2").arg(e.childName, e.settingName));
    for (const char *field : {"involvement_id", "child_id", "lift_referral_id"})
        form()->hideField(QString::fromLatin1(field));

    m_capacity = new RowTableModel({tr("Name"), tr("Role"), tr("What they can now do")}, this);
    m_capacityView = makeRecordTableView(m_capacity, QStringLiteral("supportCapacity"),
                                         tr("Setting staff whose capacity was built"));
    m_capacityView->horizontalHeader()->setStretchLastSection(true);
    m_capacityView->setMaximumHeight(110);
    auto *add = new QPushButton(tr("Add &staff member…"));
    add->setObjectName(QStringLiteral("supportAddCapacity"));
    connect(add, &QPushButton::clicked, this, &SupportEpisodeDialog::addCapacity);
    auto *remove = new QPushButton(tr("Re&move"));
    connect(remove, &QPushButton::clicked, this, &SupportEpisodeDialog::removeCapacity);
    auto *capacityButtons = new QHBoxLayout;
    capacityButtons->addWidget(add);
    capacityButtons->addWidget(remove);
    capacityButtons->addStretch();
    auto *capacityBox = new QGroupBox(tr("Setting staff whose capacity was built"));
    auto *capacityLayout = new QVBoxLayout(capacityBox);
    capacityLayout->addWidget(m_capacityView);
    capacityLayout->addLayout(capacityButtons);

    m_sessions = new RowTableModel({tr("Date"), tr("Type"), tr("By"), tr("Minutes")}, this);
    auto *sessionView = makeRecordTableView(m_sessions, QStringLiteral("supportSessions"),
                                            tr("Sessions: the case's contacts in the episode"));
    sessionView->horizontalHeader()->setStretchLastSection(true);
    sessionView->setMaximumHeight(130);
    auto *sessionBox = new QGroupBox(tr("Sessions: the case's contacts in the episode"));
    auto *sessionLayout = new QVBoxLayout(sessionBox);
    sessionLayout->addWidget(sessionView);

    // The form and the lists scroll together: taller than a laptop's screen.
    auto *outer = static_cast<QVBoxLayout *>(layout());
    outer->removeWidget(form());
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(form());
    contentLayout->addWidget(capacityBox);
    contentLayout->addWidget(sessionBox);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    outer->insertWidget(0, scroll, 1);
    setMinimumWidth(640);
    if (const QScreen *s = screen())
        resize(width(), std::min(s->availableGeometry().height() - 60, 760));

    connect(&session.store(), &Store::rowChanged, this, [this](const QString &table) {
        if (table == u"support_capacity" || table == u"contact_log" || table == u"support_episode")
            refresh();
    });
    refresh();
}

void SupportEpisodeDialog::refresh()
{
    Database &db = m_session.database();
    QList<QUuid> ids;
    QList<QVariantList> rows;
    for (const auto &[id, record] :
         readRecordsWhere(db, supportCapacityKind().type(), u"episode_id", m_id)) {
        ids.append(id);
        rows.append({record.value(QStringLiteral("name")), record.value(QStringLiteral("role")),
                     record.value(QStringLiteral("can_now"))});
    }
    m_capacity->setRows(ids, rows);
    ids.clear();
    rows.clear();
    const FieldSpec &type = contactLogKind().type().requireField(u"contact_type");
    for (const ContactSummary &c : supportSessions(db, m_id, db.environment().today())) {
        ids.append(c.id);
        rows.append({dateText(c.date), type.choiceLabel(c.type), c.staffName, c.minutes});
    }
    m_sessions->setRows(ids, rows);
}

void SupportEpisodeDialog::addCapacity()
{
    auto *dialog = new RecordDialog(m_session, supportCapacityKind(),
                                    tr("Add a member of the setting's staff"), this);
    dialog->form()->setFixedValue(QStringLiteral("episode_id"), m_id.toRfc4122());
    dialog->form()->hideField(QStringLiteral("episode_id"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SupportEpisodeDialog::removeCapacity()
{
    const QModelIndex current = m_capacityView->currentIndex();
    if (!current.isValid())
        return;
    try {
        deleteRecord(m_session, supportCapacityKind(), m_capacity->idAt(current.row()));
    } catch (const Error &error) {
        MessageBox::critical(this, tr("Cannot remove them"), error.message());
    }
}

void openSupportFor(EditSession &session, QUuid involvement, QWidget *parent)
{
    Database &db = session.database();
    SupportFilter filter;
    filter.openOnly = true;
    filter.involvement = involvement;
    const auto open = listSupportEpisodes(db, filter, db.environment().today());
    QDialog *dialog = nullptr;
    if (!open.isEmpty()) {
        dialog = new SupportEpisodeDialog(session, open.first().id, parent);
    } else {
        auto *start = new RecordDialog(session, supportEpisodeKind(),
                                       SupportEpisodeDialog::tr("Start intensive support"), parent);
        start->setObjectName(QStringLiteral("supportStartDialog"));
        start->form()->setFixedValue(QStringLiteral("involvement_id"), involvement.toRfc4122());
        for (const char *field :
             {"involvement_id", "child_id", "setting_id", "lift_referral_id", "outcome",
              "outcome_detail", "ended_on", "check_due_on", "check_result", "checked_on"})
            start->form()->hideField(QString::fromLatin1(field));
        start->form()->setValues(
            {{QStringLiteral("starts_on"), db.environment().today().toString(Qt::ISODate)},
             {QStringLiteral("planned_end_on"),
              db.environment().today().addDays(42).toString(Qt::ISODate)}});
        dialog = start;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace casebook::ui
