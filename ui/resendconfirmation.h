#pragma once

#include <QMessageBox>

namespace LeadBridge {

/// Asks before leads are sent again: how many, and what will happen. "Resend" is never the default
/// button (Enter and Escape cancel), so a resend is always a deliberate click.
class ResendConfirmation final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResendConfirmation)
public:
    ResendConfirmation(int leadCount, QWidget *parent = nullptr);

    [[nodiscard]] QPushButton *resendButton() const { return m_resend; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    /// True when the user chose "Resend" (after exec() or finished()).
    [[nodiscard]] bool confirmed() const;

    /// Shows the question modally; true when the user chose to resend.
    [[nodiscard]] static bool ask(int leadCount, QWidget *parent);

private:
    QPushButton *m_resend = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace LeadBridge
