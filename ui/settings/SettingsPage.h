#pragma once

#include "records/RecordListPage.h"

class QComboBox;

namespace casebook::ui {

// Settings and schools: search, filter by district and status, add by hand,
// open one (its details and its drop-in consultations), and import or update
// them all from a GIAS establishment CSV.
class SettingsPage : public RecordListPage
{
    Q_OBJECT
public:
    explicit SettingsPage(EditSession &session, QWidget *parent = nullptr);

    void importFromGias();

signals:
    // A record a setting's dialog lists but another page shows.
    void openRecordAsked(const QString &table, const QUuid &id);

protected:
    QDialog *makeEditDialog(QUuid id, const QString &title) override;

private:
    QComboBox *m_district = nullptr;
    QComboBox *m_status = nullptr;
};

} // namespace casebook::ui
