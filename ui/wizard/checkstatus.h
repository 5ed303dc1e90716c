#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace LeadBridge {

/// The status line of a connection page: a busy bar while checking, the result in green or red, and a
/// "Cancel check" button.
class CheckStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckStatus)
public:
    explicit CheckStatus(QWidget *parent = nullptr);
    void showChecking();
    void showOk(const QString &text);
    void showProblem(const QString &text);
    void clear();
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showResult(const QString &text, const QString &color);

    QProgressBar *m_busy;
    QLabel *m_label;
    QPushButton *m_cancel;
};

} // namespace LeadBridge
