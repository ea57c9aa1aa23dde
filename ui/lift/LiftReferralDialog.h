#pragma once

#include "records/RecordDialog.h"

class QRadioButton;
class QScrollArea;

namespace casebook::ui {

class ChildPicker;

// A referral tabled at a meeting: for a child, found by name or UPN (their
// setting and needs come from their record), or for a whole setting or a
// cohort in it. Kent's intake rules refuse it with what to do, and the
// cursor goes to where the recorded override belongs.
class LiftReferralDialog : public RecordDialog
{
    Q_OBJECT
public:
    LiftReferralDialog(EditSession &session, QUuid meeting, QWidget *parent = nullptr);

    ChildPicker *childPicker() const { return m_picker; }
    // The referral is for `child`, chosen already (from their own page).
    void setChild(QUuid child);
    QRadioButton *forSetting() const { return m_forSetting; }
    void accept() override;

private:
    ChildPicker *m_picker = nullptr;
    QRadioButton *m_forChild = nullptr;
    QRadioButton *m_forSetting = nullptr;
    QScrollArea *m_scroll = nullptr;
};

} // namespace casebook::ui
