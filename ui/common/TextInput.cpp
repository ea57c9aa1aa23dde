#include "TextInput.h"

#include <QInputDialog>

namespace casebook::ui {

namespace {
std::optional<QString> nextAnswer;
}

std::optional<QString> TextInput::ask(QWidget *parent, const QString &title, const QString &label,
                                      const QString &initial,
                                      const QList<QPair<QString, QString>> &choices)
{
    if (nextAnswer)
        return std::exchange(nextAnswer, std::nullopt);
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
    nextAnswer = answer;
}

} // namespace casebook::ui
