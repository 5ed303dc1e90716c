#include "retailcrmpage.h"

#include <QHostAddress>
#include <QRegularExpression>

#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "setupbackend.h"
#include "setupwizard.h"

namespace LeadBridge {

RetailCrmPage::RetailCrmPage(SetupWizard *wizard)
    : ConnectionPage(wizard, QStringLiteral("retailCRM"))
    , m_url(addField(QStringLiteral("retailCrmUrl")))
    , m_key(addField(QStringLiteral("retailCrmKey"), QLineEdit::Password))
{
    m_url->setPlaceholderText(QStringLiteral("https://myshop.retailcrm.ru"));
    if (wizard->settings() && wizard->settings()->retailCrmUrl().isValid())
        m_url->setText(wizard->settings()->retailCrmUrl().toString());
    // "myshop" typed: show the address it stands for as soon as the admin leaves the field.
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        const QUrl url = accountUrl(m_url->text());
        if (url.isValid() && !m_url->text().trimmed().contains(QLatin1Char('.'))
            && !m_url->text().contains(QLatin1Char(':')))
            m_url->setText(url.toString());
    });
    retranslate();
}

void RetailCrmPage::startCheck(QObject *context)
{
    setupWizard()->backend()->checkRetailCrm(
        accountUrl(m_url->text()), m_key->text().trimmed(), context, [this](const CrmCheckResult &result) {
            if (result.ok()) {
                setupWizard()->setShops(result.sites);
                setupWizard()->setOrderBooks(result.books);
                setupWizard()->setAccountTimeZone(result.timeZone);
            }
            const QString found =
                tr("Connected to retailCRM: %n shop(s) found.", nullptr, int(result.sites.size()));
            checkFinished(result,
                result.timeZone.isEmpty()
                    ? found
                    : found + QLatin1Char(' ') + tr("The account's time zone is %1.").arg(result.timeZone));
        });
}

QUrl RetailCrmPage::accountUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression bareName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]*$"));
    if (trimmed != QLatin1String("localhost") && bareName.match(trimmed).hasMatch())
        return QUrl(QStringLiteral("https://%1.retailcrm.ru").arg(trimmed.toLower()), QUrl::StrictMode);
    return normalizedUrl(trimmed);
}

QString RetailCrmPage::suggestedAddress(const QString &host)
{
    // "myshop.ru" or "myshop.simla.com" typed: the account is most likely https://myshop.retailcrm.ru.
    const QString name = host.section(QLatin1Char('.'), 0, 0);
    const bool isAddress = !QHostAddress(host).isNull() || host == QLatin1String("localhost");
    if (name.isEmpty() || isAddress || host.endsWith(QLatin1String(".retailcrm.ru")))
        return QStringLiteral("https://<name>.retailcrm.ru");
    return QStringLiteral("https://%1.retailcrm.ru").arg(name);
}

QString RetailCrmPage::serviceProblemText(const CheckResult &result) const
{
    const QString host = accountUrl(m_url->text()).host();
    switch (result.problem) {
    case CheckResult::Problem::Unreachable:
        return tr("Could not reach %1. Check the address (it looks like https://myshop.retailcrm.ru) "
                  "and the Internet connection.")
            .arg(host);
    case CheckResult::Problem::WrongService:
        return tr("%1 answered, but it is not a retailCRM account. Check the address: it looks like "
                  "%2.")
            .arg(host, suggestedAddress(host));
    case CheckResult::Problem::MissingPermissions:
        return tr("The key works, but it lacks API methods LeadBridge needs: %1. In retailCRM open "
                  "Settings / Integration / API keys, tick them for this key, save, and press Next "
                  "again.")
            .arg(result.missingPermissions.join(QStringLiteral(", ")));
    default:
        return tr("retailCRM did not accept this API key. Copy it again from Settings / Integration "
                  "/ API keys in retailCRM, or create a new key there.");
    }
}

void RetailCrmPage::retranslate()
{
    setTexts(tr("Connect retailCRM"),
        tr("LeadBridge creates and completes orders in your retailCRM account."),
        tr("Enter the address of your retailCRM account (the account name alone, such as myshop, is "
           "enough) and an API key. LeadBridge checks them before you go on."),
        { tr("Account address:"), tr("API key:") },
        setupWizard()->secrets() && setupWizard()->secrets()->keepsOnlyInMemory()
            ? tr("Create a key in retailCRM under Settings / Integration / API keys. Here it is kept in "
                 "memory only, until LeadBridge quits.")
            : tr("Create a key in retailCRM under Settings / Integration / API keys. It is kept in the "
                 "system keychain, never in a file."));
}

} // namespace LeadBridge
