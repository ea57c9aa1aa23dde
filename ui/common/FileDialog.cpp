#include "FileDialog.h"

#include "DialogSeam.h"

#include <QFileDialog>

namespace casebook::ui {

namespace {

std::optional<QString> prepared(const QString &caption)
{
    if (const auto answer = DialogSeam::take(DialogSeam::Kind::File, caption, caption))
        return answer->cancelled ? QString() : answer->text;
    return std::nullopt;
}

} // namespace

void FileDialog::setNextFileName(const QString &fileName)
{
    DialogSeam::Answer answer;
    answer.kind = DialogSeam::Kind::File;
    answer.text = fileName;
    DialogSeam::prepare(answer);
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (const auto name = prepared(caption))
        return *name;
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter)
{
    if (const auto name = prepared(caption))
        return *name;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

} // namespace casebook::ui
