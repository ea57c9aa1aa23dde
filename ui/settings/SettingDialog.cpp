#include "SettingDialog.h"

#include "casework/CaseDialog.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "dropin/DropinConsultationsBox.h"
#include "links/LinkAllocation.h"
#include "links/SettingLinkTeachers.h"
#include "settings/SettingRecords.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::ui {

SettingDialog::SettingDialog(EditSession &session, QUuid id, const QString &title, QWidget *parent)
    : RecordDialog(session, settingKind(), id, title, parent)
{
    setObjectName(QStringLiteral("settingDialog"));
    m_dropin = new DropinConsultationsBox(session, DropinConsultationsBox::Of::Setting);
    connect(m_dropin, &DropinConsultationsBox::openSession, this, [this](const QUuid &dropin) {
        accept();
        emit openRecordAsked(QStringLiteral("dropin_session"), dropin);
    });
    m_links = new SettingLinkTeachers(session, id);
    addSection(m_links);
    // A whole-setting visit is a contact on the setting's own involvement.
    auto *visit = new QPushButton(tr("Log a whole-setting &visit…"));
    visit->setObjectName(QStringLiteral("settingVisit"));
    connect(visit, &QPushButton::clicked, this, [this, &session, id] { logVisit(session, id); });
    auto *visitRow = new QHBoxLayout;
    visitRow->addWidget(visit);
    visitRow->addStretch();
    static_cast<QVBoxLayout *>(m_links->layout())->addLayout(visitRow);
    addSection(m_dropin);
    m_dropin->showRecord(id);
    setMinimumWidth(560);
}

void SettingDialog::logVisit(EditSession &session, QUuid setting)
{
    QUuid involvement = settingVisitInvolvement(session, setting, false);
    if (involvement.isNull()) {
        if (MessageBox::question(this, tr("Open a whole-setting involvement?"),
                                 tr("Whole-setting visits are logged on the setting's own "
                                    "involvement, and it has none open. Open one for link-teacher "
                                    "work? Edit ▸ Undo takes it back."),
                                 QMessageBox::Ok | QMessageBox::Cancel,
                                 QMessageBox::Ok) != QMessageBox::Ok)
            return;
        try {
            involvement = settingVisitInvolvement(session, setting, true);
        } catch (const Error &error) {
            MessageBox::critical(this, tr("Cannot open the involvement"), error.message());
            return;
        }
    }
    RecordDialog *dialog = openContactDialog(session, involvement, this);
    dialog->setWindowTitle(tr("Log a whole-setting visit"));
}

} // namespace casebook::ui
