#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace casebook::ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(title);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);

    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setAccessibleName(tr("About this page"));
    text->setMaximumWidth(640);

    auto *soon = new QLabel(tr("This area of work is being built."), this);
    soon->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(soon);
    layout->addStretch();
}

} // namespace casebook::ui
