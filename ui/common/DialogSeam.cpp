#include "DialogSeam.h"

#include <QList>

namespace casebook::ui {

namespace {

QList<DialogSeam::Answer> queue;
QString lastAnsweredText;
std::function<void(const QString &)> reportUnprepared;

QString kindName(DialogSeam::Kind kind)
{
    switch (kind) {
    case DialogSeam::Kind::Message:
        return QStringLiteral("message box");
    case DialogSeam::Kind::File:
        return QStringLiteral("file dialog");
    case DialogSeam::Kind::Text:
        return QStringLiteral("text input");
    case DialogSeam::Kind::Passphrase:
        return QStringLiteral("passphrase dialog");
    }
    return {};
}

} // namespace

void DialogSeam::prepare(const Answer &answer)
{
    queue.append(answer);
}

std::optional<DialogSeam::Answer> DialogSeam::take(Kind kind, const QString &title,
                                                   const QString &text)
{
    if (!queue.isEmpty() && queue.first().kind == kind) {
        lastAnsweredText = text;
        return queue.takeFirst();
    }
    if (!reportUnprepared)
        return std::nullopt; // a person is there to answer
    lastAnsweredText = text;
    reportUnprepared(queue.isEmpty()
                         ? QStringLiteral("A %1 nobody prepared an answer for: “%2”: %3")
                               .arg(kindName(kind), title, text)
                         : QStringLiteral("A %1 came (“%2”: %3), but the next prepared answer "
                                          "is for a %4")
                               .arg(kindName(kind), title, text, kindName(queue.first().kind)));
    Answer cancelled;
    cancelled.kind = kind;
    cancelled.cancelled = true;
    return cancelled;
}

void DialogSeam::setUnattended(std::function<void(const QString &problem)> report)
{
    reportUnprepared = std::move(report);
}

QString DialogSeam::lastText()
{
    return lastAnsweredText;
}

qsizetype DialogSeam::pending()
{
    return queue.size();
}

void DialogSeam::clear()
{
    queue.clear();
}

} // namespace casebook::ui
