#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPagedPaintDevice;

namespace casebook::ui {

// A printed document on screen, usable from the keyboard alone: Ctrl+P
// prints, Ctrl+Shift+S saves it as a PDF, Ctrl+= and Ctrl+- zoom, Esc
// closes; every button takes focus. It opens at a size that fits the screen.
class PrintPreview : public QDialog
{
    Q_OBJECT
public:
    // `paint` prints the document on a printer or the preview; `savePdf`
    // writes it to the path the person chose (and throws casebook::Error when
    // it cannot); `suggestedName` is the file offered.
    PrintPreview(std::function<void(QPagedPaintDevice *)> paint, const QString &title,
                 const QString &suggestedName, std::function<void(const QString &)> savePdf,
                 QWidget *parent = nullptr);
    ~PrintPreview() override;

    void print();
    void saveAsPdf();
    int pageCount() const;

private:
    void paintOn(QPagedPaintDevice *device);

    std::function<void(QPagedPaintDevice *)> m_paint;
    std::unique_ptr<QPrinter> m_printer;
    QString m_suggestedName;
    std::function<void(const QString &)> m_savePdf;
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace casebook::ui
