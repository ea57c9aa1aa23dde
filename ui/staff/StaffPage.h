#pragma once

#include "records/RecordListPage.h"

namespace casebook::ui {

// The service's staff; "This is me" chooses who uses this installation.
class StaffPage : public RecordListPage
{
    Q_OBJECT
public:
    explicit StaffPage(EditSession &session, QWidget *parent = nullptr);

    void makeCurrentMe();

signals:
    void whoAmIChanged();

protected:
    // A teacher's dialog lists their link settings too.
    QDialog *makeEditDialog(QUuid id, const QString &title) override;
};

} // namespace casebook::ui
