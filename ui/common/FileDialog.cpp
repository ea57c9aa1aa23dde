#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace casebook::ui {

namespace {
std::optional<QString> nextFileName;
} // namespace

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (nextFileName) {
        const QString name = *nextFileName;
        nextFileName.reset();
        return name;
    }
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

} // namespace casebook::ui

namespace casebook::ui {

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter)
{
    if (nextFileName) {
        const QString name = *nextFileName;
        nextFileName.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

} // namespace casebook::ui
