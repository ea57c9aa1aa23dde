#include "PrintedPages.h"

#include "common/Error.h"
#include "common/PrivateFiles.h"
#include "storage/LocalSettings.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>

namespace casebook {

namespace {

// The context under which translators find this file's texts.
struct PrintedPagesText
{
    Q_DECLARE_TR_FUNCTIONS(casebook::PrintedPages)
};

bool isDirectionControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

bool isJoinerOrSelector(char32_t c)
{
    return c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

} // namespace

void writePdfFile(const QTextDocument &document, const QString &title, const QString &marking,
                  const QString &path)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return Error(Error::Kind::Storage,
                     PrintedPagesText::tr("Cannot write %1: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString()));
    };
    if (!openOwnerOnly(file))
        throw failed();
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("STLS Casebook"));
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(300);
        printPages(document, &writer, marking);
    }
    if (!file.commit())
        throw failed();
}

QString protectiveMarking()
{
    return PrintedPagesText::tr("OFFICIAL-SENSITIVE");
}

QString authorityName(Database &db)
{
    const QVariant authority = localSetting(db, QStringLiteral("authority_name"));
    return authority.isNull() ? PrintedPagesText::tr("Kent County Council") : authority.toString();
}

QString printedStyleSheet()
{
    return QStringLiteral("body { font-family: 'DejaVu Sans'; font-size: 10pt; }"
                          "h1 { font-size: 16pt; margin-top: 6pt; margin-bottom: 2pt; }"
                          "h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }"
                          "h3 { font-size: 10.5pt; margin-top: 10pt; margin-bottom: 2pt; }"
                          "p.authority { font-size: 11pt; font-weight: bold; margin-bottom: 0; }"
                          "p.service { color: #444444; margin-top: 0; margin-bottom: 10pt; }"
                          "p.gap { margin: 0; font-size: 6pt; }"
                          "th { text-align: left; padding-right: 12pt; font-weight: bold; }"
                          "td, th { padding-bottom: 3pt; vertical-align: top; }"
                          "table.grid th { background-color: #e8e8e8; padding: 3pt; }"
                          "table.grid td { padding: 3pt; border-bottom: 1px solid #cccccc; }"
                          "p.none { color: #666666; font-style: italic; }"
                          "p.circulation { color: #444444; margin-top: 16pt; }");
}

QString printedParagraphs(const QString &typed)
{
    if (typed.trimmed().isEmpty())
        return QStringLiteral("<p class=\"none\">%1</p>")
            .arg(PrintedPagesText::tr("None recorded."));
    QString html;
    for (const QString &paragraph : typed.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>")
                    .arg(printableText(paragraph.trimmed())
                             .toHtmlEscaped()
                             .replace(u'\n', QStringLiteral("<br>")));
    return html;
}

QString printableText(const QString &typed)
{
    static const QFontMetrics font{QFont(QStringLiteral("DejaVu Sans"))};
    QString safe;
    safe.reserve(typed.size());
    for (const char32_t c : typed.toUcs4()) {
        if (isDirectionControl(c) || isJoinerOrSelector(c))
            continue;
        if (c > 0x20 && !font.inFontUcs4(c))
            continue; // an emoji or a symbol no font here draws
        safe.append(QString::fromUcs4(&c, 1));
    }
    return safe;
}

void printPages(const QTextDocument &source, QPagedPaintDevice *device, const QString &marking)
{
    QPainter painter(device);
    if (!painter.isActive())
        throw Error(Error::Kind::Storage, PrintedPagesText::tr("The document cannot be printed "
                                                               "there: nothing was written."));
    const qreal mm = device->logicalDpiY() / 25.4;
    const QRectF page(0, 0, device->width(), device->height());
    const QRectF body = page.adjusted(15 * mm, 20 * mm, -15 * mm, -20 * mm);

    std::unique_ptr<QTextDocument> document(source.clone());
    document->documentLayout()->setPaintDevice(device);
    document->setPageSize(body.size());
    const int pages = document->pageCount();

    QFont markingFont(QStringLiteral("DejaVu Sans"));
    markingFont.setPointSizeF(9);
    markingFont.setBold(true);
    QFont footFont(QStringLiteral("DejaVu Sans"));
    footFont.setPointSizeF(8);
    const QRectF head(body.left(), 8 * mm, body.width(), 8 * mm);
    const QRectF foot(body.left(), page.height() - 14 * mm, body.width(), 8 * mm);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(markingFont);
        painter.drawText(head, Qt::AlignCenter, marking);
        painter.drawText(foot, Qt::AlignCenter, marking);
        painter.setFont(footFont);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                         PrintedPagesText::tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
}

} // namespace casebook
