#include "SettingDialog.h"

#include "dropin/DropinConsultationsBox.h"
#include "settings/SettingRecords.h"

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
    // Below the form, above the buttons.
    auto *outer = static_cast<QVBoxLayout *>(layout());
    outer->insertWidget(outer->count() - 1, m_dropin);
    m_dropin->showRecord(id);
    setMinimumWidth(560);
}

} // namespace casebook::ui
