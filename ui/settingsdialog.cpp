#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "webhookwidget.h"

namespace LeadBridge {

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent, SecretStore *secrets)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_options(new OptionsWidget(OptionsWidget::Mode::Settings, this))
    , m_webhook(new WebhookWidget(this))
    , m_webhookBox(new QGroupBox(this))
    , m_saveError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    if (m_settings)
        m_options->load(m_settings);
    // Not editable: the account's zone is read from retailCRM at every start.
    m_zones = new QLabel(this);
    m_zones->setObjectName(QStringLiteral("timeZones"));
    m_zones->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_zonesLabel = new QLabel(this);
    m_zonesLabel->setBuddy(m_zones);
    m_options->form()->addRow(m_zonesLabel, m_zones);
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
    layout->addStretch(1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    retranslate();
    resize(640, sizeHint().height());
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
    if (m_settings) {
        m_zones->setText(tr("retailCRM account: %1 (read from the account); Calltouch project: %2")
                             .arg(m_settings->retailCrmTimeZone(), m_settings->calltouchTimeZone()));
    }
}

} // namespace LeadBridge
