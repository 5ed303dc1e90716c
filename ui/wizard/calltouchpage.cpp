#include "calltouchpage.h"

#include <QLabel>
#include <QLineEdit>

#include "settings/appsettings.h"
#include "setupbackend.h"
#include "setupwizard.h"
#include "wrappedlabel.h"

namespace LeadBridge {

CalltouchPage::CalltouchPage(SetupWizard *wizard)
    : ConnectionPage(wizard)
    , m_siteIdLabel(new QLabel(this))
    , m_tokenLabel(new QLabel(this))
    , m_apiUrlLabel(new QLabel(this))
    , m_hint(wrappedLabel(this))
    , m_siteId(addField(m_siteIdLabel, QStringLiteral("calltouchSiteId")))
    , m_token(addField(m_tokenLabel, QStringLiteral("calltouchToken")))
    , m_apiUrl(addField(m_apiUrlLabel, QStringLiteral("calltouchApiUrl")))
{
    addHint(m_hint);
    m_token->setEchoMode(QLineEdit::Password);
    m_siteId->setPlaceholderText(QStringLiteral("12345"));
    if (wizard->settings()) {
        m_siteId->setText(wizard->settings()->calltouchSiteId());
        m_apiUrl->setText(wizard->settings()->calltouchApiUrl().toString());
    }
    if (m_apiUrl->text().isEmpty())
        m_apiUrl->setText(QStringLiteral("https://api.calltouch.ru"));
    retranslate();
}

void CalltouchPage::startCheck(QObject *context)
{
    setupWizard()->backend()->checkCalltouch(normalizedUrl(m_apiUrl->text()), m_siteId->text().trimmed(),
        m_token->text().trimmed(), context, [this](const CalltouchCheckResult &result) {
            checkFinished(result.ok(), result.ok() ? tr("Connected to Calltouch.") : problemText(result));
        });
}

QString CalltouchPage::problemText(const CalltouchCheckResult &result) const
{
    const QString host = normalizedUrl(m_apiUrl->text()).host();
    using P = CalltouchCheckResult::Problem;
    switch (result.problem) {
    case P::None:
        break;
    case P::InsecureUrl:
        return tr("The API address must start with https://. Plain http:// is only allowed for this "
                  "computer (localhost).");
    case P::Unreachable:
        return tr("Could not reach %1. Check the API address and the Internet connection.").arg(host);
    case P::NotCalltouch:
        return tr("%1 is not the Calltouch API address. The usual address is "
                  "https://api.calltouch.ru.")
            .arg(host);
    case P::WrongCredentials:
        return tr("Calltouch did not accept this site ID and token. Check both in your Calltouch "
                  "account's API settings: the token must belong to this site.");
    case P::RateLimited:
        return tr("Calltouch asks to slow down (too many requests). Wait a minute and press Next "
                  "again.");
    case P::Other:
        break;
    }
    return result.error.userMessage();
}

void CalltouchPage::retranslate()
{
    setTitle(tr("Connect Calltouch"));
    setSubTitle(tr("LeadBridge reads calls, requests and chats from Calltouch and sends deals back."));
    intro()->setText(
        tr("Enter the Calltouch site ID and the API token. LeadBridge checks them before you go on."));
    m_siteIdLabel->setText(tr("Site ID:"));
    m_tokenLabel->setText(tr("API token:"));
    m_apiUrlLabel->setText(tr("API address:"));
    m_hint->setText(
        tr("Both are in your Calltouch account's API settings. Leave the API address as it is unless "
           "Calltouch support told you otherwise."));
}

} // namespace LeadBridge
