#pragma once

#include <QDialog>

namespace casebook::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QString &databasePath, const QString &installationId,
                QWidget *parent = nullptr);
};

} // namespace casebook::ui
