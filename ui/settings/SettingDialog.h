#pragma once

#include "records/RecordDialog.h"

namespace casebook::ui {

class DropinConsultationsBox;
class SettingLinkTeachers;

// A setting as its page: its details (saved as each field is left), its link
// teacher this year with their contact details (the single point of contact)
// and earlier years', whole-setting visits logged on its own involvement, and
// its drop-in consultations.
class SettingDialog : public RecordDialog
{
    Q_OBJECT
public:
    SettingDialog(EditSession &session, QUuid id, const QString &title, QWidget *parent = nullptr);

    DropinConsultationsBox *dropinConsultations() const { return m_dropin; }
    SettingLinkTeachers *linkTeachers() const { return m_links; }

signals:
    // A record the dialog lists but another page shows: a drop-in session.
    void openRecordAsked(const QString &table, const QUuid &id);

private:
    void logVisit(EditSession &session, QUuid setting);

    DropinConsultationsBox *m_dropin = nullptr;
    SettingLinkTeachers *m_links = nullptr;
};

} // namespace casebook::ui
