#pragma once

#include "connectionpage.h"

namespace LeadBridge {

/// The retailCRM account address and API key, checked live (the check also reads the shops).
class RetailCrmPage final : public ConnectionPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetailCrmPage)
public:
    explicit RetailCrmPage(SetupWizard *wizard);
    [[nodiscard]] QLineEdit *urlEdit() const { return m_url; }
    [[nodiscard]] QLineEdit *keyEdit() const { return m_key; }
    /// The account address typed in @p text: a bare account name ("myshop") becomes
    /// https://myshop.retailcrm.ru; anything else as ConnectionPage::normalizedUrl().
    [[nodiscard]] static QUrl accountUrl(const QString &text);

protected:
    void retranslate() override;
    void startCheck(QObject *context) override;
    [[nodiscard]] QString serviceProblemText(const CheckResult &result) const override;
    /// The account address to suggest when @p host is not a retailCRM account.
    [[nodiscard]] static QString suggestedAddress(const QString &host);

private:
    QLineEdit *m_url;
    QLineEdit *m_key;
};

} // namespace LeadBridge
