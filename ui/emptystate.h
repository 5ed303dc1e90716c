#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace LeadBridge {

/// What the main window shows while LeadBridge is not set up (the wizard was cancelled): what is
/// missing, "Set up now" and "Try the sandbox".
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)
public:
    explicit EmptyState(QWidget *parent = nullptr);

    [[nodiscard]] QPushButton *setupButton() const { return m_setup; }
    [[nodiscard]] QPushButton *sandboxButton() const { return m_sandbox; }

signals:
    void setupRequested();
    void sandboxRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_sandboxText;
    QPushButton *m_setup;
    QPushButton *m_sandbox;
};

} // namespace LeadBridge
