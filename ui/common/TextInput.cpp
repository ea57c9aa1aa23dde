#include "TextInput.h"

#include "DialogSeam.h"

#include <QInputDialog>

namespace casebook::ui {

std::optional<QString> TextInput::ask(QWidget *parent, const QString &title, const QString &label,
                                      const QString &initial,
                                      const QList<QPair<QString, QString>> &choices)
{
    if (const auto answer = DialogSeam::take(DialogSeam::Kind::Text, title, label))
        return answer->cancelled ? std::nullopt : std::optional<QString>(answer->text);
    bool ok = false;
    if (choices.isEmpty()) {
        const QString text =
            QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    }
    QStringList labels;
    int current = 0;
    for (const auto &[value, text] : choices) {
        if (value == initial)
            current = int(labels.size());
        labels.append(text);
    }
    const QString picked = QInputDialog::getItem(parent, title, label, labels, current, false, &ok);
    if (!ok)
        return std::nullopt;
    return choices.value(labels.indexOf(picked)).first;
}

void TextInput::setNextAnswer(const QString &answer)
{
    DialogSeam::Answer prepared;
    prepared.kind = DialogSeam::Kind::Text;
    prepared.text = answer;
    DialogSeam::prepare(prepared);
}

} // namespace casebook::ui
