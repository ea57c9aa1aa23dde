#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace casebook::ui {

// Every modal dialog that waits for a person (message boxes, file choosers,
// text input, the passphrase) asks here first, so that a test can queue the
// answers it expects, in the order the dialogs come. Once tests have made the
// seam unattended, a dialog with no answer prepared, or with an answer for
// another kind of dialog next, is reported to the running test at once and
// cancelled, instead of waiting for ever for a person nobody can see.
class DialogSeam
{
public:
    enum class Kind { Message, File, Text, Passphrase };

    struct Answer
    {
        Kind kind = Kind::Message;
        int button = 0;         // Message: a QMessageBox::StandardButton
        QString text;           // File: the file name (empty: cancelled); Text: the value
        QByteArray secret;      // Passphrase (empty: cancelled)
        bool cancelled = false; // Text: as if Cancel was pressed
    };

    static void prepare(const Answer &answer);
    // The answer prepared for this dialog. Nothing when none is and nobody
    // made the seam unattended: then the dialog shows itself. Unattended, a
    // missing or mismatched answer is reported and comes back cancelled.
    static std::optional<Answer> take(Kind kind, const QString &title, const QString &text);

    // Tests: how to report a dialog nobody prepared (fail the running test).
    static void setUnattended(std::function<void(const QString &problem)> report);
    // The text of the last dialog answered from the queue, for assertions.
    static QString lastText();
    // Answers prepared and not yet taken; clear() drops them (between tests).
    static qsizetype pending();
    static void clear();
};

} // namespace casebook::ui
