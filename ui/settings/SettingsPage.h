#pragma once

#include "records/RecordListPage.h"

class QComboBox;

namespace casebook::ui {

// Settings and schools: search, filter by district and status, add by hand,
// edit, and import or update them all from a GIAS establishment CSV.
class SettingsPage : public RecordListPage
{
    Q_OBJECT
public:
    explicit SettingsPage(EditSession &session, QWidget *parent = nullptr);

    void importFromGias();

private:
    QComboBox *m_district = nullptr;
    QComboBox *m_status = nullptr;
};

} // namespace casebook::ui
