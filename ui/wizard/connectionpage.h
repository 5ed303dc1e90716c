#pragma once

#include <QUrl>

#include "setuppage.h"

class QFormLayout;
class QLabel;
class QLineEdit;

namespace LeadBridge {

class CheckStatus;

/// Base of the retailCRM and Calltouch pages: mandatory line edits, a live check when Next is pressed
/// (Next is held back while it runs and can be cancelled), the result in a status line, and Next again
/// once the check passed. A page supplies only its fields, its texts and its check.
class ConnectionPage : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPage)
public:
    ~ConnectionPage() override;

    [[nodiscard]] CheckStatus *status() const { return m_status; }
    [[nodiscard]] bool isChecking() const { return m_context != nullptr; }
    void cancelCheck();

    bool validatePage() override;
    [[nodiscard]] bool isComplete() const override;

    /// "myshop.retailcrm.ru" -> https://myshop.retailcrm.ru (never http:// by guess); empty stays empty.
    [[nodiscard]] static QUrl normalizedUrl(const QString &text);

protected:
    explicit ConnectionPage(SetupWizard *wizard);

    /// A mandatory line edit registered as the wizard field @p fieldName, in a row labelled @p label.
    /// Editing it means the values must be checked again.
    QLineEdit *addField(QLabel *label, const QString &fieldName);
    /// A hint under the fields.
    void addHint(QLabel *hint);
    [[nodiscard]] QLabel *intro() const { return m_intro; }

    /// Starts the check; the page calls checkFinished() with its outcome while @p context lives
    /// (deleting @p context cancels the check).
    virtual void startCheck(QObject *context) = 0;
    /// Shows @p message as success or problem; on success the wizard moves on.
    void checkFinished(bool ok, const QString &message);

private:
    QLabel *m_intro;
    QFormLayout *m_form;
    CheckStatus *m_status;
    QObject *m_context = nullptr;
    bool m_verified = false;
};

} // namespace LeadBridge
