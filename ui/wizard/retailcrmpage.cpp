#include "retailcrmpage.h"

#include <QLabel>
#include <QLineEdit>

#include "settings/appsettings.h"
#include "setupbackend.h"
#include "setupwizard.h"
#include "wrappedlabel.h"

namespace LeadBridge {

RetailCrmPage::RetailCrmPage(SetupWizard *wizard)
    : ConnectionPage(wizard)
    , m_urlLabel(new QLabel(this))
    , m_keyLabel(new QLabel(this))
    , m_keyHint(wrappedLabel(this))
    , m_url(addField(m_urlLabel, QStringLiteral("retailCrmUrl")))
    , m_key(addField(m_keyLabel, QStringLiteral("retailCrmKey")))
{
    addHint(m_keyHint);
    m_key->setEchoMode(QLineEdit::Password);
    m_url->setPlaceholderText(QStringLiteral("https://myshop.retailcrm.ru"));
    if (wizard->settings() && wizard->settings()->retailCrmUrl().isValid())
        m_url->setText(wizard->settings()->retailCrmUrl().toString());
    retranslate();
}

void RetailCrmPage::startCheck(QObject *context)
{
    setupWizard()->backend()->checkRetailCrm(normalizedUrl(m_url->text()), m_key->text().trimmed(), context,
        [this](const CrmCheckResult &result) { onChecked(result); });
}

void RetailCrmPage::onChecked(const CrmCheckResult &result)
{
    if (result.ok()) {
        setupWizard()->setShops(result.sites);
        checkFinished(
            true, tr("Connected to retailCRM: %n shop(s) found.", nullptr, int(result.sites.size())));
    } else {
        checkFinished(false, problemText(result));
    }
}

QString RetailCrmPage::problemText(const CrmCheckResult &result) const
{
    const QString host = normalizedUrl(m_url->text()).host();
    using P = CrmCheckResult::Problem;
    switch (result.problem) {
    case P::None:
        break;
    case P::InsecureUrl:
        return tr("The address must start with https://. Plain http:// is only allowed for this "
                  "computer (localhost).");
    case P::Unreachable:
        return tr("Could not reach %1. Check the address (it looks like https://myshop.retailcrm.ru) "
                  "and the Internet connection.")
            .arg(host);
    case P::NotRetailCrm:
        return tr("%1 answered, but it is not a retailCRM account. Check the address: it looks like "
                  "https://myshop.retailcrm.ru.")
            .arg(host);
    case P::WrongKey:
        return tr("retailCRM did not accept this API key. Copy it again from Settings / Integration "
                  "/ API keys in retailCRM, or create a new key there.");
    case P::MissingPermissions:
        return tr("The key works, but it lacks API methods LeadBridge needs: %1. In retailCRM open "
                  "Settings / Integration / API keys, tick them for this key, save, and press Next "
                  "again.")
            .arg(result.missingPermissions.join(QStringLiteral(", ")));
    case P::RateLimited:
        return tr("retailCRM asks to slow down (too many requests). Wait a minute and press Next "
                  "again.");
    case P::Other:
        break;
    }
    return result.error.userMessage();
}

void RetailCrmPage::retranslate()
{
    setTitle(tr("Connect retailCRM"));
    setSubTitle(tr("LeadBridge creates and completes orders in your retailCRM account."));
    intro()->setText(tr("Enter the address of your retailCRM account and an API key. LeadBridge checks them "
                        "before you go on."));
    m_urlLabel->setText(tr("Account address:"));
    m_keyLabel->setText(tr("API key:"));
    m_keyHint->setText(
        tr("Create a key in retailCRM under Settings / Integration / API keys. It is kept in the "
           "system keychain, never in a file."));
}

} // namespace LeadBridge
