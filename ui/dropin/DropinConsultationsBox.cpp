#include "DropinConsultationsBox.h"

#include "commands/EditSession.h"
#include "common/DisplayDate.h"
#include "common/RecordTableView.h"
#include "dropin/DropinRecords.h"
#include "dropin/DropinSessions.h"
#include "records/RowTableModel.h"
#include "sync/Store.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

DropinConsultationsBox::DropinConsultationsBox(EditSession &session, Of of, QWidget *parent)
    : QGroupBox(tr("Drop-in consultations"), parent)
    , m_session(session)
    , m_of(of)
{
    // A child's say what led the session; a setting's, whom it was about.
    m_consultations = new RowTableModel(
        {tr("Date"), of == Of::Child ? tr("Led by") : tr("About"), tr("Asked by"), tr("Follow-up")},
        this);
    m_view = makeRecordTableView(m_consultations,
                                 of == Of::Child ? QStringLiteral("childDropinConsultations")
                                                 : QStringLiteral("settingDropinConsultations"),
                                 tr("Drop-in consultations"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMaximumHeight(140);
    m_view->setToolTip(tr("Enter opens the session"));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit openSession(m_sessions.value(index.row()));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);

    connect(&session.store(), &Store::rowChanged, this, [this](const QString &table) {
        if (table == u"dropin_consultation" || table == u"dropin_session")
            refresh();
    });
    connect(&session.store(), &Store::outsideChanges, this, &DropinConsultationsBox::refresh);
}

void DropinConsultationsBox::showRecord(QUuid record)
{
    m_record = record;
    refresh();
}

void DropinConsultationsBox::refresh()
{
    if (m_record.isNull())
        return;
    const FieldSpec &followUp = dropinConsultationKind().type().requireField(u"follow_up");
    DropinConsultationFilter filter;
    (m_of == Of::Child ? filter.child : filter.setting) = m_record;
    QList<QUuid> ids;
    QList<QVariantList> rows;
    m_sessions.clear();
    for (const DropinConsultationSummary &c :
         listDropinConsultations(m_session.database(), filter)) {
        ids.append(c.id);
        m_sessions.append(c.session);
        rows.append(
            {dateText(c.heldOn), m_of == Of::Child ? c.dimensionName : c.about,
             c.askerRole.isEmpty() ? c.askerName : tr("%1 (%2)").arg(c.askerName, c.askerRole),
             followUp.choiceLabel(c.followUp)});
    }
    m_consultations->setRows(ids, rows);
    setVisible(!ids.isEmpty());
}

} // namespace casebook::ui
