#include "calltouchpage.h"

#include "settings/appsettings.h"
#include "setupbackend.h"
#include "setupwizard.h"

namespace LeadBridge {

CalltouchPage::CalltouchPage(SetupWizard *wizard)
    : ConnectionPage(wizard, QStringLiteral("Calltouch"))
    , m_siteId(addField(QStringLiteral("calltouchSiteId")))
    , m_token(addField(QStringLiteral("calltouchToken"), QLineEdit::Password))
    , m_apiUrl(addField(QStringLiteral("calltouchApiUrl")))
{
    m_siteId->setPlaceholderText(QStringLiteral("12345"));
    if (const AppSettings *settings = wizard->settings()) {
        m_siteId->setText(settings->calltouchSiteId());
        m_apiUrl->setText(settings->calltouchApiUrl().toString());
    }
    if (m_apiUrl->text().isEmpty())
        m_apiUrl->setText(QStringLiteral("https://api.calltouch.ru"));
    retranslate();
}

void CalltouchPage::startCheck(QObject *context)
{
    setupWizard()->backend()->checkCalltouch(normalizedUrl(m_apiUrl->text()), m_siteId->text().trimmed(),
        m_token->text().trimmed(), context,
        [this](const CheckResult &result) { checkFinished(result, tr("Connected to Calltouch.")); });
}

QString CalltouchPage::serviceProblemText(const CheckResult &result) const
{
    const QString host = normalizedUrl(m_apiUrl->text()).host();
    if (result.problem == CheckResult::Problem::Unreachable)
        return tr("Could not reach %1. Check the API address and the Internet connection.").arg(host);
    if (result.problem == CheckResult::Problem::WrongService)
        return tr("%1 is not the Calltouch API address. The usual address is https://api.calltouch.ru.")
            .arg(host);
    return tr("Calltouch did not accept this site ID and token. Check both in your Calltouch account's API "
              "settings: the token must belong to this site.");
}

void CalltouchPage::retranslate()
{
    setTexts(tr("Connect Calltouch"),
        tr("LeadBridge reads calls, requests and chats from Calltouch and sends deals back."),
        tr("Enter the Calltouch site ID and the API token. LeadBridge checks them before you go on."),
        { tr("Site ID:"), tr("API token:"), tr("API address:") },
        tr("Both are in your Calltouch account's API settings. Leave the API address as it is unless "
           "Calltouch support told you otherwise."));
}

} // namespace LeadBridge
