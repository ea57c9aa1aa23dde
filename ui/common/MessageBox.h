#pragma once

#include <QMessageBox>

#include <optional>

namespace casebook::ui {

// Every modal message box goes through here, so that a test can give the
// answer in advance and never block on a dialog nobody can see.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title,
                                                const QString &text);
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // The next dialog returns this at once instead of showing itself.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last dialog answered by setNextAnswer, for assertions.
    static QString lastText();
    // For tests: with nobody to answer, a dialog without a prepared answer is
    // not shown (it would wait for ever); it is written to standard error and
    // gets its default button, so that the test fails instead of hanging.
    static void setUnattended(bool unattended);

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace casebook::ui
