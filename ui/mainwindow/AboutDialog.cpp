#include "AboutDialog.h"

#include "common/AppIcon.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace casebook::ui {

AboutDialog::AboutDialog(const QString &databasePath, const QString &installationId,
                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About STLS Casebook"));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));

    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setText(
        tr("<h2>STLS Casebook %1</h2>"
           "<p>Casework for a Specialist Teaching and Learning Service: children, settings, "
           "LIFT meetings, drop-in clinics and training.</p>"
           "<p>Released under the MIT licence.</p>"
           "<p><b>Database:</b> %2<br><b>Installation:</b> %3</p>")
            .arg(QStringLiteral(CASEBOOK_VERSION),
                 QDir::toNativeSeparators(databasePath).toHtmlEscaped(), installationId));
    text->setAccessibleName(tr("Version, licence and database"));
    text->setWordWrap(true);
    text->setMinimumWidth(420);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

} // namespace casebook::ui
