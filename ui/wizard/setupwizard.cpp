#include "setupwizard.h"

#include <QEvent>
#include <QLineEdit>

#include "calltouchpage.h"
#include "chatspage.h"
#include "fieldspage.h"
#include "finishpage.h"
#include "languagepage.h"
#include "optionspage.h"
#include "optionswidget.h"
#include "previewpage.h"
#include "retailcrmpage.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "setupbackend.h"
#include "sincepage.h"
#include "translator.h"
#include "tray/trayicons.h"
#include "webhookwidget.h"

namespace LeadBridge {

SetupWizard::SetupWizard(AppSettings *settings, SecretStore *secrets, SetupBackend *backend,
    Translator *translator, QWidget *parent)
    : QWizard(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_backend(backend)
    , m_translator(translator)
{
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setWindowIcon(TrayIcons::appIcon());
    setPage(LanguagePageId, new LanguagePage(this));
    setPage(RetailCrmPageId, new RetailCrmPage(this));
    setPage(CalltouchPageId, new CalltouchPage(this));
    setPage(SincePageId, new SincePage(this));
    setPage(OptionsPageId, new OptionsPage(this));
    setPage(FieldsPageId, new FieldsPage(this));
    setPage(ChatsPageId, new ChatsPage(this));
    setPage(PreviewPageId, new PreviewPage(this));
    setPage(FinishPageId, new FinishPage(this));
    // Fits a 1024×600 screen with its title bar and a panel; opens larger where there is room.
    setMinimumSize(640, 500);
    resize(720, 540);

    // Pre-fill the keys stored by an earlier run.
    if (m_secrets) {
        const auto prefill = [this](const QString &name, QLineEdit *edit) {
            ++m_pendingReads;
            m_secrets->read(name, this, [this, name, edit](const SecretResult &result) {
                if (result.status == SecretResult::Status::Ok) {
                    m_stored.insert(name, result.value);
                    if (edit->text().isEmpty())
                        edit->setText(result.value);
                }
                if (--m_pendingReads == 0)
                    emit secretsLoaded();
            });
        };
        prefill(SecretName::RetailCrmApiKey, qobject_cast<RetailCrmPage *>(page(RetailCrmPageId))->keyEdit());
        prefill(
            SecretName::CalltouchToken, qobject_cast<CalltouchPage *>(page(CalltouchPageId))->tokenEdit());
    }
    retranslate();
}

SetupWizard::~SetupWizard() = default;

QUrl SetupWizard::retailCrmUrl() const
{
    return RetailCrmPage::accountUrl(field(QStringLiteral("retailCrmUrl")).toString());
}

QString SetupWizard::retailCrmApiKey() const
{
    return field(QStringLiteral("retailCrmKey")).toString().trimmed();
}

void SetupWizard::accept()
{
    if (m_saving)
        return;
    m_saving = true;
    m_saveFailed = false;
    m_saveMessages.clear();
    const auto *language = qobject_cast<LanguagePage *>(page(LanguagePageId));
    const auto *options = qobject_cast<OptionsPage *>(page(OptionsPageId));
    const auto *calltouch = qobject_cast<CalltouchPage *>(page(CalltouchPageId));
    WebhookWidget *webhook = qobject_cast<ChatsPage *>(page(ChatsPageId))->webhook();
    if (m_settings) {
        m_settings->setLanguage(language->language());
        m_settings->setRetailCrmUrl(retailCrmUrl());
        if (!m_accountTimeZone.isEmpty())
            m_settings->setRetailCrmTimeZone(m_accountTimeZone);
        m_settings->setCalltouchSiteId(calltouch->siteIdEdit()->text().trimmed());
        m_settings->setCalltouchApiUrl(ConnectionPage::normalizedUrl(calltouch->apiUrlEdit()->text()));
        options->options()->save(m_settings);
        if (visitedIds().contains(SincePageId))
            m_settings->setSince(qobject_cast<SincePage *>(page(SincePageId))->since());
        if (visitedIds().contains(ChatsPageId))
            webhook->save(m_settings);
        m_settings->setSetupFinished(true);
        m_settings->sync();
    }
    // Only the keys that changed, and only now that both were checked.
    m_pendingWrites = 1;
    saveSecret(SecretName::RetailCrmApiKey, retailCrmApiKey());
    saveSecret(SecretName::CalltouchToken, calltouch->tokenEdit()->text().trimmed());
    if (visitedIds().contains(ChatsPageId) && webhook->isReceiverOn() && webhook->secretNeedsSaving()) {
        saveSecret(SecretName::WebhookSecret, webhook->secret());
        webhook->markSecretSaved();
    }
    --m_pendingWrites;
    finishIfSaved();
}

void SetupWizard::saveSecret(const QString &name, const QString &value)
{
    if (!m_secrets || (m_stored.contains(name) && m_stored.value(name) == value))
        return;
    ++m_pendingWrites;
    m_secrets->write(name, value, this, [this, name, value](const SecretResult &result) {
        if (result.status != SecretResult::Status::Ok) {
            m_saveFailed = true;
            m_saveMessages << tr("Could not save a key in the system keychain (%1).").arg(result.message);
        } else {
            m_stored.insert(name, value);
            if (result.memoryOnly)
                m_saveMessages << tr("The system keychain is not available: the keys are kept only until "
                                     "LeadBridge quits, and you will be asked again next time.");
        }
        --m_pendingWrites;
        finishIfSaved();
    });
}

void SetupWizard::finishIfSaved()
{
    if (m_pendingWrites > 0 || !m_saving)
        return;
    m_saving = false;
    m_saveMessages.removeDuplicates();
    QWizard::accept();
    emit setupFinished(!m_saveFailed, m_saveMessages.join(QLatin1Char(' ')));
}

void SetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void SetupWizard::retranslate()
{
    setWindowTitle(tr("LeadBridge setup"));
    // QWizard keeps the texts of its buttons from construction: give them again in the new language.
    setButtonText(BackButton, QWizard::tr("< &Back"));
    setButtonText(NextButton, QWizard::tr("&Next >"));
    setButtonText(FinishButton, QWizard::tr("&Finish"));
    setButtonText(CancelButton, QWizard::tr("Cancel"));
}

} // namespace LeadBridge
