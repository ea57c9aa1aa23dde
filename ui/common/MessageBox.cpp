#include "MessageBox.h"

#include <cstdio>

namespace casebook::ui {

namespace {
std::optional<QMessageBox::StandardButton> nextAnswer;
QString lastAnsweredText;
bool unattendedMode = false;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return lastAnsweredText;
}

void MessageBox::setUnattended(bool unattended)
{
    unattendedMode = unattended;
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title,
                                                 const QString &text)
{
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    if (nextAnswer) {
        const auto answer = *nextAnswer;
        nextAnswer.reset();
        lastAnsweredText = text;
        return answer;
    }
    if (unattendedMode) {
        lastAnsweredText = text;
        std::fprintf(stderr, "Unanswered dialog “%s”: %s\n", qUtf8Printable(title),
                     qUtf8Printable(text));
        return defaultButton;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace casebook::ui
