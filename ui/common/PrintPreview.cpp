#include "PrintPreview.h"

#include "common/Error.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace casebook::ui {

PrintPreview::PrintPreview(std::function<void(QPagedPaintDevice *)> paint, const QString &title,
                           const QString &suggestedName,
                           std::function<void(const QString &)> savePdf, QWidget *parent)
    : QDialog(parent)
    , m_paint(std::move(paint))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_suggestedName(suggestedName)
    , m_savePdf(std::move(savePdf))
{
    setWindowTitle(title);
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setDocName(title);
    m_preview = new QPrintPreviewWidget(m_printer.get());
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Pages of %1").arg(title));
    m_preview->setFocusPolicy(Qt::StrongFocus);
    // The pages are a graphics view inside it: a screen reader names that too.
    for (QWidget *inner : m_preview->findChildren<QWidget *>())
        if (inner->focusPolicy() != Qt::NoFocus)
            inner->setAccessibleName(m_preview->accessibleName());
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            [this](QPrinter *target) { paintOn(target); });

    const auto button = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *b = new QPushButton(text);
        b->setAutoDefault(false);
        if (!keys.isEmpty()) {
            b->setToolTip(keys.toString(QKeySequence::NativeText));
            auto *action = new QAction(this);
            action->setShortcut(keys);
            connect(action, &QAction::triggered, this, slot);
            addAction(action);
        }
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    QPushButton *print = button(tr("&Print…"), QKeySequence::Print, &PrintPreview::print);
    print->setObjectName(QStringLiteral("print"));
    QPushButton *pdf = button(tr("&Save as PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                              &PrintPreview::saveAsPdf);
    pdf->setObjectName(QStringLiteral("saveAsPdf"));
    QPushButton *zoomIn =
        button(tr("Zoom &in"), QKeySequence::ZoomIn, [this] { m_preview->zoomIn(); });
    QPushButton *zoomOut =
        button(tr("Zoom &out"), QKeySequence::ZoomOut, [this] { m_preview->zoomOut(); });
    QPushButton *fit =
        button(tr("&Fit width"), QKeySequence(), [this] { m_preview->fitToWidth(); });
    auto *close = new QPushButton(tr("Close"));
    close->setAutoDefault(false);
    close->setToolTip(tr("Esc"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {print, pdf, zoomIn, zoomOut, fit})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_preview, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("previewStatus"));
    layout->addWidget(m_status);

    // An A4 page's width at a readable size, never taller than the screen.
    const QRect screen = (parent ? parent->screen() : QDialog::screen())->availableGeometry();
    resize(std::min(860, screen.width() * 9 / 10), std::min(1000, screen.height() * 9 / 10));
    print->setFocus();
}

PrintPreview::~PrintPreview() = default;

int PrintPreview::pageCount() const
{
    return m_preview->pageCount();
}

void PrintPreview::print()
{
    QPrintDialog dialog(m_printer.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(m_printer.get());
}

void PrintPreview::paintOn(QPagedPaintDevice *device)
{
    try {
        m_paint(device);
    } catch (const Error &error) {
        MessageBox::critical(this, tr("The document was not printed"), error.message());
    }
}

void PrintPreview::saveAsPdf()
{
    const QString path = FileDialog::saveFileName(this, tr("Save as PDF"), m_suggestedName,
                                                  tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        m_savePdf(path);
        m_status->setText(tr("Saved as %1.").arg(QFileInfo(path).fileName()));
    } catch (const Error &error) {
        MessageBox::critical(this, tr("The PDF was not saved"), error.message());
    }
}

} // namespace casebook::ui
