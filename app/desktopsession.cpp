#include "desktopsession.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QProcess>

#include "helpmenu.h"
#include "mainwindow.h"
#include "sandbox/sandboxlive.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "sync/synccontroller.h"
#include "tray/traycontroller.h"
#include "util/logging.h"
#include "wizard/connectionpage.h"
#include "wizard/setupbackend.h"
#include "wizard/setupwizard.h"

namespace LeadBridge {

DesktopSession::DesktopSession(AppSettings *settings, SecretStore *secrets, Translator *translator,
    QString databasePath, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_translator(translator)
    , m_databasePath(std::move(databasePath))
    , m_window(std::make_unique<MainWindow>(translator))
    , m_backend(std::make_unique<ClientSetupBackend>())
{
    QString error;
    if (!m_window->openDatabase(m_databasePath, &error)) {
        qCWarning(lcUi) << "cannot open the database for the tables:" << error;
        m_window->showStoreProblem(error);
    }
    m_window->setSettings(m_settings);
    m_window->setSecretStore(m_secrets);
    m_window->setSetupBackend(m_backend.get());
    m_tray = std::make_unique<TrayController>(m_window.get(), m_settings);
    m_help = new HelpMenu(m_window.get(), { m_databasePath, m_settings->fileName() });
    connect(m_window.get(), &MainWindow::settingsChanged, this, &DesktopSession::startOrReconfigure);
    connect(m_window.get(), &MainWindow::setupWizardRequested, this, &DesktopSession::showWizard);
    connect(m_window.get(), &MainWindow::sandboxRequested, this, &DesktopSession::startSandbox);
}

bool DesktopSession::startSandbox()
{
    // A second, independent process: its simulated services, memory-only keys and own settings never
    // touch this one's.
    const bool started =
        QProcess::startDetached(QCoreApplication::applicationFilePath(), { QStringLiteral("--sandbox") });
    if (!started)
        QMessageBox::warning(m_window.get(), tr("LeadBridge"), tr("Could not start the sandbox."));
    return started;
}

DesktopSession::~DesktopSession()
{
    // The window and the tray hold the controller; it goes last.
    m_tray.reset();
    m_window.reset();
    m_controller.reset();
}

void DesktopSession::setSandbox(const SyncConfig &demo, SandboxLive *live)
{
    m_demo = demo;
    m_live = live;
    m_window->setSandboxMarker(true);
}

void DesktopSession::start()
{
    m_window->setSetupNeeded(!m_settings->setupFinished());
    if (!m_startMinimized || !m_settings->setupFinished())
        m_window->show();
    else if (!m_tray->isAvailable())
        m_window->showMinimized();
    if (!m_settings->setupFinished()) {
        showWizard();
        return;
    }
    startOrReconfigure();
}

void DesktopSession::showWizard()
{
    if (m_wizard && m_wizard->isVisible()) {
        m_wizard->raise();
        return;
    }
    m_wizard = new SetupWizard(m_settings, m_secrets, m_backend.get(), m_translator, m_window.get());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_demo) {
        m_wizard->setWindowTitle(m_wizard->windowTitle() + QStringLiteral(" — ") + tr("Sandbox, demo data"));
        if (auto *crm = qobject_cast<ConnectionPage *>(m_wizard->page(SetupWizard::RetailCrmPageId)))
            crm->setDemoValues({ m_demo->retailCrmUrl.toString(), m_demo->retailCrmApiKey });
        if (auto *calltouch = qobject_cast<ConnectionPage *>(m_wizard->page(SetupWizard::CalltouchPageId)))
            calltouch->setDemoValues(
                { m_demo->calltouchSiteId, m_demo->calltouchToken, m_demo->calltouchApiUrl.toString() });
    }
    connect(m_wizard, &SetupWizard::setupFinished, this, [this](bool ok, const QString &message) {
        m_tray->notifySetupFinished(ok, message);
        if (ok) {
            m_settings->setSetupFinished(true);
            m_settings->sync();
            m_window->setSetupNeeded(false);
            startOrReconfigure();
        }
    });
    // Cancelled: the window says what is missing and offers the wizard again (and the sandbox).
    connect(m_wizard, &QDialog::rejected, this,
        [this] { m_window->setSetupNeeded(!m_settings->setupFinished()); });
    m_wizard->show();
}

void DesktopSession::readSecretsThen(std::function<void(const SyncConfig &)> then)
{
    auto config = std::make_shared<SyncConfig>(m_settings->toSyncConfig());
    m_secrets->read(SecretName::RetailCrmApiKey, this, [this, config, then](const SecretResult &key) {
        config->retailCrmApiKey = key.value;
        m_secrets->read(SecretName::CalltouchToken, this, [this, config, then](const SecretResult &token) {
            config->calltouchToken = token.value;
            if (config->webhookListen.isEmpty()) {
                then(*config);
                return;
            }
            m_secrets->read(SecretName::WebhookSecret, this, [config, then](const SecretResult &secret) {
                config->webhookSecret = secret.value;
                then(*config);
            });
        });
    });
}

void DesktopSession::startOrReconfigure()
{
    readSecretsThen([this](const SyncConfig &config) {
        if (!config.hasCredentials()) {
            qCWarning(lcUi) << "the sync waits for the setup: address, site ID or a key is missing";
            return;
        }
        if (m_live) {
            m_sandboxChatSecret = config.webhookListen.isEmpty() ? QString() : config.webhookSecret;
            if (m_sandboxChatSecret.isEmpty())
                m_live->setChatWebhook({}); // receiver off: calls instead of chats
        }
        if (m_controller) {
            m_controller->reconfigure(config);
            m_controller->syncNow();
            return;
        }
        m_controller = std::make_unique<SyncController>(config, m_databasePath);
        connect(m_controller.get(), &SyncController::webhookListening, this, [this](quint16 port) {
            if (m_live && !m_sandboxChatSecret.isEmpty())
                m_live->setChatWebhook(
                    QUrl(QStringLiteral("http://127.0.0.1:%1/%2/chat").arg(port).arg(m_sandboxChatSecret)));
        });
        m_window->setController(m_controller.get());
        m_tray->setController(m_controller.get());
        m_controller->start();
    });
}

} // namespace LeadBridge
