#include "PassphraseDialog.h"

#include "MessageBox.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <optional>

namespace casebook::ui {

namespace {
std::optional<QByteArray> nextAnswer;

QString tr(const char *text)
{
    return QCoreApplication::translate("casebook::ui::PassphraseDialog", text);
}
} // namespace

void PassphraseDialog::setNextAnswer(const QByteArray &passphrase)
{
    nextAnswer = passphrase;
}

QByteArray PassphraseDialog::ask(QWidget *parent, const QString &title, bool confirm)
{
    if (nextAnswer) {
        const QByteArray answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *first = new QLineEdit;
    first->setEchoMode(QLineEdit::Password);
    first->setAccessibleName(tr("Group passphrase"));
    auto *second = new QLineEdit;
    second->setEchoMode(QLineEdit::Password);
    second->setAccessibleName(tr("Group passphrase again"));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("The passphrase your sync group agreed. It is never "
                                "stored, and packages cannot be opened without it."));
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Passphrase:"), first);
    if (confirm)
        form->addRow(tr("&Again:"), second);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (first->text().isEmpty())
            return;
        if (confirm && first->text() != second->text()) {
            MessageBox::critical(&dialog, title, tr("The two passphrases differ."));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return first->text().toUtf8();
}

} // namespace casebook::ui
