#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QPointer>

#include "sync/syncconfig.h"

namespace LeadBridge {

class AppSettings;
class MainWindow;
class SandboxLive;
class SecretStore;
class SetupBackend;
class SetupWizard;
class SyncController;
class Translator;
class TrayController;

/// The desktop application's wiring: the window, the tray, the wizard and the engine's controller.
/// The engine starts once the settings are complete and both secrets are read.
class HelpMenu;

class DesktopSession final : public QObject
{
    Q_OBJECT
public:
    DesktopSession(AppSettings *settings, SecretStore *secrets, Translator *translator, QString databasePath,
        QObject *parent = nullptr);
    ~DesktopSession() override;

    /// Shows the window; runs the wizard first when setup is not finished.
    void start();
    /// The sandbox (before start()): the window is marked, and the wizard shows @p demo's address, key,
    /// site ID and token with a button that fills them in. @p live (may be null) gets the chat receiver's
    /// address whenever the receiver is on, so the sandbox's chats arrive through it.
    void setSandbox(const SyncConfig &demo, SandboxLive *live);
    /// `--minimized` (before start()): once set up, start in the tray without showing the window (or
    /// minimised when the desktop has no tray, so that LeadBridge stays reachable).
    void setStartMinimized(bool minimized) { m_startMinimized = minimized; }

private:
    void showWizard();
    /// Starts `leadbridge --sandbox` as a separate process.
    bool startSandbox();
    void readSecretsThen(std::function<void(const SyncConfig &)> then);
    void startOrReconfigure();

    AppSettings *m_settings;
    SecretStore *m_secrets;
    Translator *m_translator;
    QString m_databasePath;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayController> m_tray;
    HelpMenu *m_help = nullptr; ///< owned by the window
    std::unique_ptr<SetupBackend> m_backend;
    QPointer<SetupWizard> m_wizard;
    std::unique_ptr<SyncController> m_controller;
    std::optional<SyncConfig> m_demo;
    QPointer<SandboxLive> m_live;
    bool m_startMinimized = false;
    QString m_sandboxChatSecret; ///< the receiver's secret while it is on (sandbox only)
};

} // namespace LeadBridge
