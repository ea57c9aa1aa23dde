#include "MessageBox.h"

#include "DialogSeam.h"

#include <QAbstractButton>

namespace casebook::ui {

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    DialogSeam::Answer prepared;
    prepared.kind = DialogSeam::Kind::Message;
    prepared.button = int(answer);
    DialogSeam::prepare(prepared);
}

QString MessageBox::lastText()
{
    return DialogSeam::lastText();
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title,
                                                 const QString &text)
{
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title,
                                                    const QString &text)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton,
                                                 const ButtonTexts &texts)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton, texts);
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton,
                                             const ButtonTexts &texts)
{
    if (const auto answer = DialogSeam::take(DialogSeam::Kind::Message, title, text))
        return answer->cancelled ? QMessageBox::Cancel
                                 : QMessageBox::StandardButton(answer->button);
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (const auto &[button, buttonText] : texts)
        if (QAbstractButton *named = box.button(button))
            named->setText(buttonText);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace casebook::ui
