#include "revenuechart.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace LeadBridge {
namespace {

    constexpr qreal kMargin = 8;
    constexpr qreal kGap = 6;
    const QColor kBarColor(0x20, 0x9f, 0xdf); // the charts' first colour (Qt Charts' light theme)

} // namespace

RevenueChart::RevenueChart(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setMouseTracking(true);
}

void RevenueChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void RevenueChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    update();
}

void RevenueChart::setNote(const QString &note)
{
    m_note = note;
    update();
}

QFont RevenueChart::titleFont() const
{
    QFont result = font();
    result.setBold(true);
    result.setPointSizeF(result.pointSizeF() * 1.1);
    return result;
}

QFont RevenueChart::noteFont() const
{
    QFont result = font();
    result.setPointSizeF(result.pointSizeF() * 0.9);
    return result;
}

RevenueChart::Layout RevenueChart::layout() const
{
    Layout l;
    l.card = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRectF inner = l.card.adjusted(kMargin * 1.5, kMargin, -kMargin * 1.5, -kMargin);
    const QFontMetricsF titleMetrics(titleFont());
    l.title = QRectF(inner.left(), inner.top(), inner.width(), titleMetrics.height());
    qreal bottom = inner.bottom();
    if (!m_note.isEmpty()) {
        const QFontMetricsF noteMetrics(noteFont());
        const QRectF needed = noteMetrics.boundingRect(
            QRectF(0, 0, inner.width(), 1000), Qt::TextWordWrap | Qt::AlignLeft, m_note);
        l.note = QRectF(inner.left(), bottom - needed.height(), inner.width(), needed.height());
        bottom = l.note.top() - kGap;
    }
    const QFontMetricsF metrics(font());
    qreal longest = 0;
    qreal widestValue = 0;
    for (const Bar &bar : m_bars) {
        longest = qMax(longest, metrics.horizontalAdvance(bar.label));
        widestValue = qMax(widestValue, metrics.horizontalAdvance(bar.valueText));
    }
    l.labelWidth = qMin(longest, inner.width() * 0.45);
    l.valueWidth = widestValue + kGap;
    const qreal top = l.title.bottom() + kGap * 1.5;
    l.plot =
        QRectF(inner.left() + l.labelWidth + kGap, top, inner.width() - l.labelWidth - kGap, bottom - top);
    l.rowHeight = m_bars.isEmpty() ? 0 : l.plot.height() / m_bars.size();
    l.barHeight = qMin(l.rowHeight * 0.7, metrics.height() * 1.4);
    return l;
}

QRectF RevenueChart::barRect(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const Layout l = layout();
    double maxValue = 0;
    for (const Bar &bar : m_bars)
        maxValue = qMax(maxValue, bar.value);
    // The longest bar leaves room for its value after it, unless that would make the bars tiny.
    const qreal span = qMax(l.plot.width() * 0.6, l.plot.width() - l.valueWidth);
    const qreal width = maxValue > 0 ? span * m_bars.at(index).value / maxValue : 0;
    const qreal y = l.plot.top() + l.rowHeight * index + (l.rowHeight - l.barHeight) / 2;
    return QRectF(l.plot.left(), y, qMax<qreal>(width, 1), l.barHeight);
}

QString RevenueChart::drawnLabel(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    return QFontMetricsF(font()).elidedText(
        m_bars.at(index).label, Qt::ElideRight, layout().labelWidth + 0.5);
}

bool RevenueChart::valueInside(int index) const
{
    const QRectF bar = barRect(index);
    const qreal needed = QFontMetricsF(font()).horizontalAdvance(m_bars.at(index).valueText) + kGap;
    return bar.right() + needed > layout().plot.right();
}

int RevenueChart::rowAt(const QPoint &pos) const
{
    const Layout l = layout();
    if (m_bars.isEmpty() || pos.y() < l.plot.top() || pos.y() >= l.plot.bottom() || pos.x() < l.card.left()
        || pos.x() > l.card.right())
        return -1;
    return qBound(0, int((pos.y() - l.plot.top()) / l.rowHeight), int(m_bars.size()) - 1);
}

QString RevenueChart::toolTipAt(const QPoint &pos) const
{
    const int row = rowAt(pos);
    if (row < 0)
        return {};
    const Bar &bar = m_bars.at(row);
    QString text = tr("%1: %2", "chart name and value").arg(bar.label, bar.valueText);
    if (!bar.toolTip.isEmpty())
        text += QLatin1Char('\n') + bar.toolTip;
    return text;
}

bool RevenueChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void RevenueChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Layout l = layout();
    QPainterPath card;
    card.addRoundedRect(l.card, 5, 5);
    painter.fillPath(card, Qt::white);

    painter.setPen(QColor(0x35, 0x35, 0x35));
    painter.setFont(titleFont());
    painter.drawText(l.title, Qt::AlignHCenter | Qt::AlignVCenter,
        QFontMetricsF(titleFont()).elidedText(m_title, Qt::ElideRight, l.title.width()));

    painter.setFont(font());
    const QFontMetricsF metrics(font());
    for (int i = 0; i < m_bars.size(); ++i) {
        const QRectF bar = barRect(i);
        const QRectF labelRect(l.card.left() + kMargin * 1.5, bar.top() - 4, l.labelWidth, bar.height() + 8);
        painter.setPen(QColor(0x35, 0x35, 0x35));
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, drawnLabel(i));
        painter.fillRect(bar, kBarColor);
        const QString value = m_bars.at(i).valueText;
        const qreal valueWidth = metrics.horizontalAdvance(value);
        if (valueInside(i)) {
            painter.setPen(Qt::white);
            painter.drawText(QRectF(bar.right() - valueWidth - kGap, bar.top(), valueWidth, bar.height()),
                Qt::AlignRight | Qt::AlignVCenter, value);
        } else {
            painter.setPen(QColor(0x35, 0x35, 0x35));
            painter.drawText(QRectF(bar.right() + kGap, bar.top() - 4, valueWidth + 1, bar.height() + 8),
                Qt::AlignLeft | Qt::AlignVCenter, value);
        }
    }
    if (!m_note.isEmpty()) {
        painter.setPen(QColor(0x60, 0x60, 0x60));
        painter.setFont(noteFont());
        painter.drawText(l.note, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_note);
    }
}

} // namespace LeadBridge
