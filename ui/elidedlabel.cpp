#include "elidedlabel.h"

#include <QPainter>
#include <QResizeEvent>
#include <QStyle>

namespace LeadBridge {

namespace {
    const QChar kEllipsis(0x2026);
} // namespace

ElidedLabel::ElidedLabel(QWidget *parent)
    : QFrame(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setContentsMargins(6, 0, 10, 0);
}

void ElidedLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    updateToolTip();
    updateGeometry();
    update();
}

QString ElidedLabel::elideAtWord(const QString &text, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    // The longest run of whole words that fits with the ellipsis after it.
    int end = int(text.size());
    while (end > 0) {
        end = int(text.lastIndexOf(QLatin1Char(' '), end - 1));
        if (end <= 0)
            break;
        QString candidate = text.left(end);
        // No dangling separators before the ellipsis ("14:02 ·…").
        while (!candidate.isEmpty() && !candidate.back().isLetterOrNumber()
            && candidate.back() != QLatin1Char(')'))
            candidate.chop(1);
        if (!candidate.isEmpty() && metrics.horizontalAdvance(candidate + kEllipsis) <= width)
            return candidate + kEllipsis;
    }
    return metrics.elidedText(text, Qt::ElideRight, width);
}

QString ElidedLabel::displayedText() const
{
    return elideAtWord(m_text, fontMetrics(), contentsRect().width());
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    return { fontMetrics().horizontalAdvance(m_text) + margins.left() + margins.right() + 1,
        fontMetrics().height() + margins.top() + margins.bottom() };
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QMargins margins = contentsMargins();
    const int shortest = qMin(fontMetrics().horizontalAdvance(m_text), fontMetrics().averageCharWidth() * 8);
    return { shortest + margins.left() + margins.right(),
        fontMetrics().height() + margins.top() + margins.bottom() };
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(contentsRect(), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, displayedText());
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::updateToolTip()
{
    // The whole text on hover when it is cut; nothing to add when it is all there.
    setToolTip(isElided() ? m_text : QString());
}

} // namespace LeadBridge
