#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "orderoptionswidget.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "silencebox.h"
#include "webhookwidget.h"
#include "wizard/setupbackend.h"

namespace LeadBridge {

SettingsDialog::SettingsDialog(
    AppSettings *settings, QWidget *parent, SecretStore *secrets, SetupBackend *backend)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_options(new OptionsWidget(OptionsWidget::Mode::Settings, this))
    , m_webhook(new WebhookWidget(this))
    , m_webhookBox(new QGroupBox(this))
    , m_silence(new SilenceBox(this))
    , m_saveError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    if (m_settings) {
        m_options->load(m_settings);
        m_silence->load(*m_settings);
    }
    // Not editable: the account's zone is read from retailCRM at every start.
    m_zones = new QLabel(this);
    m_zones->setObjectName(QStringLiteral("timeZones"));
    m_zones->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_zonesLabel = new QLabel(this);
    m_zonesLabel->setBuddy(m_zones);
    m_options->form()->addRow(m_zonesLabel, m_zones);
    m_shopsStatus = new QLabel(this);
    m_shopsStatus->setWordWrap(true);
    m_shopsStatus->setObjectName(QStringLiteral("shopsStatus"));
    m_shopsStatus->setStyleSheet(QStringLiteral("color: #6b6b6b;"));
    m_shopsStatus->hide();
    // Right under the shop row.
    int shopRow = 0;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    m_options->form()->getWidgetPosition(m_options->shopCombo(), &shopRow, &role);
    m_options->form()->insertRow(shopRow + 1, QString(), m_shopsStatus);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_webhook->load(m_settings, m_secrets);
    auto *box = new QVBoxLayout(m_webhookBox);
    box->addWidget(m_webhook);
    m_saveError->setWordWrap(true);
    m_saveError->hide();
    connect(m_options, &OptionsWidget::completeChanged, this, &SettingsDialog::updateOk);
    connect(m_webhook, &WebhookWidget::completeChanged, this, &SettingsDialog::updateOk);
    updateOk();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_options);
    layout->addWidget(m_webhookBox);
    layout->addWidget(m_silence);
    layout->addStretch(1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    retranslate();
    resize(640, sizeHint().height());
    loadShops(backend);
}

void SettingsDialog::loadShops(SetupBackend *backend)
{
    if (!backend || !m_secrets || !m_settings || !m_settings->retailCrmUrl().isValid())
        return;
    m_loadingShops = true;
    m_shopsStatus->show();
    retranslate();
    const QUrl url = m_settings->retailCrmUrl();
    m_secrets->read(SecretName::RetailCrmApiKey, this, [this, backend, url](const SecretResult &key) {
        if (key.status != SecretResult::Status::Ok) {
            m_loadingShops = false;
            m_shopsError = key.message.isEmpty() ? tr("no API key is saved") : key.message;
            retranslate();
            return;
        }
        const QString apiKey = key.value;
        backend->listShops(url, apiKey, this,
            [this, backend, url, apiKey](const QList<RetailCrm::Site> &sites, const ApiError &error) {
                m_loadingShops = false;
                if (error.isOk() && !sites.isEmpty()) {
                    m_options->setShops(sites);
                    m_shopsStatus->hide();
                    // The order options are chosen from the CRM's books here too (saved codes stay).
                    backend->listOrderBooks(url, apiKey, this, [this](const RetailCrm::OrderBooks &books) {
                        m_options->orderOptions()->setReferenceBooks(books);
                    });
                } else {
                    m_shopsError = error.isOk() ? tr("the account has no shops") : error.userMessage();
                }
                retranslate();
            });
    });
}

void SettingsDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_saving && m_options->isComplete() && m_webhook->isComplete());
}

void SettingsDialog::accept()
{
    if (m_saving)
        return;
    if (m_settings) {
        m_options->save(m_settings);
        m_webhook->save(m_settings);
        m_silence->save(m_settings);
        m_settings->sync();
    }
    if (!m_secrets || !m_webhook->isReceiverOn() || !m_webhook->secretNeedsSaving()) {
        QDialog::accept();
        return;
    }
    // The engine reads the secret when the dialog has closed: it is written first.
    m_saving = true;
    updateOk();
    m_secrets->write(
        SecretName::WebhookSecret, m_webhook->secret(), this, [this](const SecretResult &result) {
            m_saving = false;
            updateOk();
            if (result.status != SecretResult::Status::Ok) {
                m_saveError->setText(
                    tr("Could not save the chat receiver's secret in the system keychain (%1).")
                        .arg(result.message));
                m_saveError->show();
                return;
            }
            m_webhook->markSecretSaved();
            QDialog::accept();
        });
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_webhookBox->setTitle(tr("Chats (Calltouch webhooks)"));
    m_zonesLabel->setText(tr("Time zones:"));
    if (m_loadingShops)
        m_shopsStatus->setText(tr("Loading the shops from retailCRM…"));
    else if (!m_shopsError.isEmpty())
        m_shopsStatus->setText(
            tr("Could not load the shops from retailCRM (%1); the saved shop is kept.").arg(m_shopsError));
    if (m_settings) {
        m_zones->setText(tr("retailCRM account: %1 (read from the account); Calltouch project: %2")
                             .arg(m_settings->retailCrmTimeZone(), m_settings->calltouchTimeZone()));
    }
}

void SettingsDialog::showChatReceiver()
{
    QLineEdit *listen = m_webhook->listenEdit();
    listen->setFocus(Qt::OtherFocusReason);
    listen->selectAll();
}

} // namespace LeadBridge
