#include "PassphraseDialog.h"

#include "DialogSeam.h"
#include "MessageBox.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace casebook::ui {

namespace {

// The context under which translators find this file's texts.
struct PassphraseDialogText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::ui::PassphraseDialog)
};
} // namespace

void PassphraseDialog::setNextAnswer(const QByteArray &passphrase)
{
    DialogSeam::Answer answer;
    answer.kind = DialogSeam::Kind::Passphrase;
    answer.secret = passphrase;
    DialogSeam::prepare(answer);
}

QByteArray PassphraseDialog::ask(QWidget *parent, const QString &title, bool confirm)
{
    if (const auto answer = DialogSeam::take(DialogSeam::Kind::Passphrase, title, title))
        return answer->cancelled ? QByteArray() : answer->secret;
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *first = new QLineEdit;
    first->setEchoMode(QLineEdit::Password);
    first->setAccessibleName(PassphraseDialogText::tr("Group passphrase"));
    auto *second = new QLineEdit;
    second->setEchoMode(QLineEdit::Password);
    second->setAccessibleName(PassphraseDialogText::tr("Group passphrase again"));
    auto *form = new QFormLayout(&dialog);
    auto *intro =
        new QLabel(PassphraseDialogText::tr("The passphrase your sync group agreed. It is never "
                                            "stored, and packages cannot be opened without it."));
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(PassphraseDialogText::tr("&Passphrase:"), first);
    if (confirm)
        form->addRow(PassphraseDialogText::tr("&Again:"), second);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (first->text().isEmpty())
            return;
        if (confirm && first->text() != second->text()) {
            MessageBox::critical(&dialog, title,
                                 PassphraseDialogText::tr("The two passphrases differ."));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return first->text().toUtf8();
}

} // namespace casebook::ui
