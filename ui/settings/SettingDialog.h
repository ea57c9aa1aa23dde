#pragma once

#include "records/RecordDialog.h"

namespace casebook::ui {

class DropinConsultationsBox;

// A setting as its page: its details (saved as each field is left) and what
// the service has done with it: its drop-in consultations.
class SettingDialog : public RecordDialog
{
    Q_OBJECT
public:
    SettingDialog(EditSession &session, QUuid id, const QString &title, QWidget *parent = nullptr);

    DropinConsultationsBox *dropinConsultations() const { return m_dropin; }

signals:
    // A record the dialog lists but another page shows: a drop-in session.
    void openRecordAsked(const QString &table, const QUuid &id);

private:
    DropinConsultationsBox *m_dropin = nullptr;
};

} // namespace casebook::ui
