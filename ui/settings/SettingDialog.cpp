#include "SettingDialog.h"

#include "dropin/DropinConsultationsBox.h"
#include "links/SettingLinkTeachers.h"
#include "settings/SettingRecords.h"

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
    addSection(m_dropin);
    m_dropin->showRecord(id);
    setMinimumWidth(560);
}

} // namespace casebook::ui
