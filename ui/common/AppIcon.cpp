#include "AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace casebook::ui {

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 64.0, size / 64.0);
        // A closed case file: a teal folder with a white page and a tick.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x0b, 0x6e, 0x69));
        painter.drawRoundedRect(QRectF(4, 10, 56, 46), 6, 6);
        painter.drawRoundedRect(QRectF(4, 6, 24, 10), 4, 4);
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(QRectF(12, 18, 40, 32), 3, 3);
        QPen tick(QColor(0x0b, 0x6e, 0x69), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(tick);
        QPainterPath path;
        path.moveTo(21, 34);
        path.lineTo(29, 42);
        path.lineTo(44, 26);
        painter.drawPath(path);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace casebook::ui
