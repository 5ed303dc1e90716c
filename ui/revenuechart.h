#pragma once

#include <QList>
#include <QWidget>

namespace LeadBridge {

/// Horizontal bars with a name on the left and an amount of money at each bar's end, drawn by hand:
/// Qt Charts elided every category name to "…" at 1024×600 and put the values over short bars. Names
/// are elided only when they would take more than 45% of the width (the full name is in the tooltip);
/// a value goes after its bar, or inside it when the bar is too long for that. A note (e.g. what "Lead
/// not found" means) can stand under the bars.
class RevenueChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenueChart)
public:
    struct Bar
    {
        QString label;
        double value = 0;
        QString valueText; ///< how the value is written (money)
        QString toolTip; ///< extra explanation, after "label: value"
    };

    explicit RevenueChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    /// Largest first; drawn top to bottom.
    void setBars(const QList<Bar> &bars);
    void setNote(const QString &note);
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString note() const { return m_note; }
    [[nodiscard]] const QList<Bar> &bars() const { return m_bars; }

    /// Where bar @p index is drawn, and the name as drawn (elided or whole), at the current size.
    [[nodiscard]] QRectF barRect(int index) const;
    [[nodiscard]] QString drawnLabel(int index) const;
    /// Whether bar @p index's value is written inside the bar (else after it).
    [[nodiscard]] bool valueInside(int index) const;
    /// The tooltip at @p pos (in widget coordinates): the row's name, value and explanation.
    [[nodiscard]] QString toolTipAt(const QPoint &pos) const;

    [[nodiscard]] QSize minimumSizeHint() const override { return { 300, 170 }; }
    [[nodiscard]] QSize sizeHint() const override { return { 520, 260 }; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout
    {
        QRectF card;
        QRectF title;
        QRectF plot; ///< where the bars go (right of the names)
        QRectF note;
        qreal labelWidth = 0;
        qreal rowHeight = 0;
        qreal barHeight = 0;
        qreal valueWidth = 0; ///< room kept right of the longest bar for its value
    };
    [[nodiscard]] Layout layout() const;
    [[nodiscard]] QFont titleFont() const;
    [[nodiscard]] QFont noteFont() const;
    [[nodiscard]] int rowAt(const QPoint &pos) const;

    QString m_title;
    QString m_note;
    QList<Bar> m_bars;
};

} // namespace LeadBridge
