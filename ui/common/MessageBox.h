#pragma once

#include <QMessageBox>

namespace casebook::ui {

// Every modal message box goes through here (and DialogSeam), so that a test
// can give the answer in advance and never block on a dialog nobody can see.
class MessageBox
{
public:
    // Buttons named for what they do ("Open Ava Stone's record").
    using ButtonTexts = QList<QPair<QMessageBox::StandardButton, QString>>;

    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title,
                                                const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title,
                                                   const QString &text);
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No,
             const ButtonTexts &texts = {});

    // Queues the answer of a message box to come (DialogSeam::prepare).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last dialog answered from the queue, for assertions.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const ButtonTexts &texts = {});
};

} // namespace casebook::ui
