#pragma once

#include "connectionpage.h"

namespace LeadBridge {

/// The Calltouch site ID, API token and API address, checked live.
class CalltouchPage final : public ConnectionPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalltouchPage)
public:
    explicit CalltouchPage(SetupWizard *wizard);
    [[nodiscard]] QLineEdit *siteIdEdit() const { return m_siteId; }
    [[nodiscard]] QLineEdit *tokenEdit() const { return m_token; }
    [[nodiscard]] QLineEdit *apiUrlEdit() const { return m_apiUrl; }

protected:
    void retranslate() override;
    void startCheck(QObject *context) override;
    [[nodiscard]] QString serviceProblemText(const CheckResult &result) const override;

private:
    QLineEdit *m_siteId;
    QLineEdit *m_token;
    QLineEdit *m_apiUrl;
};

} // namespace LeadBridge
