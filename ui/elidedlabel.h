#pragma once

#include <QFrame>

namespace LeadBridge {

/// A one-line label that never cuts a word: when its text does not fit, it shows the words that fit
/// followed by "…", and the whole text is its tooltip. It asks for its full width and accepts less.
class ElidedLabel : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    [[nodiscard]] QString text() const { return m_text; }
    /// What is drawn now (the text, or its first words and "…").
    [[nodiscard]] QString displayedText() const;
    [[nodiscard]] bool isElided() const { return displayedText() != m_text; }

    /// @p text cut after the last whole word that fits in @p width with "…" (by @p metrics); a first word
    /// longer than the width is cut where it must be.
    [[nodiscard]] static QString elideAtWord(const QString &text, const QFontMetrics &metrics, int width);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateToolTip();

    QString m_text;
};

} // namespace LeadBridge
