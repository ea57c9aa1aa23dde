#pragma once

#include <QByteArray>
#include <QString>

class QWidget;

namespace casebook::ui {

// Asks for the sync group passphrase without showing it. Goes through here so
// that a test can give the answer in advance.
class PassphraseDialog
{
public:
    // Empty when cancelled. `confirm` asks twice (a new group's passphrase).
    static QByteArray ask(QWidget *parent, const QString &title, bool confirm);
    static void setNextAnswer(const QByteArray &passphrase);
};

} // namespace casebook::ui
