#pragma once

#include "connectionpage.h"

namespace LeadBridge {

struct CalltouchCheckResult;

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

private:
    [[nodiscard]] QString problemText(const CalltouchCheckResult &result) const;

    QLabel *m_siteIdLabel;
    QLabel *m_tokenLabel;
    QLabel *m_apiUrlLabel;
    QLabel *m_hint;
    QLineEdit *m_siteId;
    QLineEdit *m_token;
    QLineEdit *m_apiUrl;
};

} // namespace LeadBridge
