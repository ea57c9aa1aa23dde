#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class QWidget;

namespace casebook::ui {

// Asks a person for one value: typed, or picked from `choices` (value, label)
// when there are any. Goes through here so that a test can give the answer
// in advance. Nothing when cancelled.
class TextInput
{
public:
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &label,
                                      const QString &initial,
                                      const QList<QPair<QString, QString>> &choices = {});
    static void setNextAnswer(const QString &answer);
};

} // namespace casebook::ui
