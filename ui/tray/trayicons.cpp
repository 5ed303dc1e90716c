#include "trayicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace LeadBridge {
namespace {

    QImage greyed(const QImage &source)
    {
        QImage image = source.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int grey = qGray(line[x]);
                line[x] = qRgba(grey, grey, grey, qAlpha(line[x]));
            }
        }
        return image;
    }

    void drawBadge(QImage *image, TrayIcons::State state)
    {
        const int size = image->width();
        const qreal diameter = size * 0.56;
        const QRectF badge(size - diameter, size - diameter, diameter, diameter);
        QPainter painter(image);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor fill;
        switch (state) {
        case TrayIcons::State::Syncing:
            fill = QColor(0xf0, 0x9a, 0x00);
            break;
        case TrayIcons::State::Error:
            fill = QColor(0xd7, 0x2d, 0x2d);
            break;
        case TrayIcons::State::Paused:
            fill = QColor(0x6e, 0x76, 0x81);
            break;
        case TrayIcons::State::Ok:
            return;
        }
        painter.setPen(QPen(Qt::white, qMax(1.0, size / 24.0)));
        painter.setBrush(fill);
        painter.drawEllipse(badge);
        const QPointF c = badge.center();
        const qreal r = diameter / 2;
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        if (state == TrayIcons::State::Error) {
            painter.drawRect(QRectF(c.x() - r * 0.14, c.y() - r * 0.6, r * 0.28, r * 0.7));
            painter.drawRect(QRectF(c.x() - r * 0.14, c.y() + r * 0.25, r * 0.28, r * 0.28));
        } else if (state == TrayIcons::State::Paused) {
            painter.drawRect(QRectF(c.x() - r * 0.45, c.y() - r * 0.5, r * 0.3, r));
            painter.drawRect(QRectF(c.x() + r * 0.15, c.y() - r * 0.5, r * 0.3, r));
        } else {
            // Syncing: a ring with a gap and an arrow head.
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(Qt::white, qMax(1.0, r * 0.28), Qt::SolidLine, Qt::FlatCap));
            const QRectF ring(c.x() - r * 0.5, c.y() - r * 0.5, r, r);
            painter.drawArc(ring, 90 * 16, 270 * 16);
            QPainterPath head;
            head.moveTo(c.x() + r * 0.05, c.y() - r * 0.85);
            head.lineTo(c.x() + r * 0.5, c.y() - r * 0.5);
            head.lineTo(c.x() + r * 0.05, c.y() - r * 0.15);
            head.closeSubpath();
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::white);
            painter.drawPath(head);
        }
    }

} // namespace

QList<int> TrayIcons::sizes()
{
    return { 16, 22, 24, 32, 48, 64, 128, 256 };
}

QString TrayIcons::pngPath(int size)
{
    return QStringLiteral(":/icons/png/%1x%1/leadbridge.png").arg(size);
}

QIcon TrayIcons::appIcon()
{
    return stateIcon(State::Ok);
}

QIcon TrayIcons::stateIcon(State state)
{
    QIcon icon;
    for (const int size : sizes()) {
        QImage image(pngPath(size));
        if (image.isNull())
            continue;
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        if (state == State::Paused)
            image = greyed(image).convertToFormat(QImage::Format_ARGB32_Premultiplied);
        drawBadge(&image, state);
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace LeadBridge
