#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

#include "sync/syncevents.h"
#include "trayicons.h"

class QAction;
class QMenu;

namespace LeadBridge {

class AppSettings;
class MainWindow;
class SyncController;

/// What the tray controller needs from a tray icon; the real one wraps QSystemTrayIcon, tests record.
class TrayBackend
{
public:
    virtual ~TrayBackend() = default;
    [[nodiscard]] virtual bool isAvailable() const = 0;
    [[nodiscard]] virtual bool supportsMessages() const = 0;
    virtual void setMenu(QMenu *menu) = 0;
    virtual void setToolTip(const QString &text) = 0;
    virtual void setIcon(const QIcon &icon) = 0;
    virtual void setVisible(bool visible) = 0;
    virtual void showMessage(
        const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon) = 0;
    /// Called when the icon is clicked.
    std::function<void()> activated;
};

/// QSystemTrayIcon, created only when the desktop has a tray.
class SystemTrayBackend final : public TrayBackend
{
public:
    explicit SystemTrayBackend(QObject *owner);
    [[nodiscard]] bool isAvailable() const override { return m_icon != nullptr; }
    [[nodiscard]] bool supportsMessages() const override;
    void setMenu(QMenu *menu) override;
    void setToolTip(const QString &text) override;
    void setIcon(const QIcon &icon) override;
    void setVisible(bool visible) override;
    void showMessage(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon) override;

private:
    QSystemTrayIcon *m_icon = nullptr;
};

/// Owns the tray icon and the notifications (G13): one per sync run with new errors, one when setup
/// finishes, one when credentials stop working. Closing the window hides it to the tray when a tray
/// exists. Also the "Start with the system" switch (an XDG autostart entry).
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)
public:
    /// @p backend: nullptr for the system tray.
    TrayController(MainWindow *window, AppSettings *settings, std::unique_ptr<TrayBackend> backend = nullptr,
        QObject *parent = nullptr);
    ~TrayController() override;

    [[nodiscard]] bool isAvailable() const { return m_backend->isAvailable(); }
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QAction *startWithSystemAction() const { return m_autostartAction; }
    [[nodiscard]] QString toolTip() const { return m_toolTip; }
    /// The menu's first line (disabled): "Last sync 14:02 · 2 open errors", "Syncing…", "Sync paused".
    [[nodiscard]] QAction *statusAction() const { return m_statusAction; }
    /// Shows the window on the Errors tab.
    [[nodiscard]] QAction *openErrorsAction() const { return m_openErrorsAction; }
    /// What the icon shows now.
    [[nodiscard]] TrayIcons::State iconState() const { return m_state; }
    /// Reads the open error count again (from the window's database connection) and updates the menu.
    void refreshStatus();

    /// Connects the engine's events; nullptr disconnects.
    void setController(SyncController *controller);

    /// The XDG autostart file (~/.config/autostart/leadbridge.desktop).
    [[nodiscard]] static QString autostartFile();
    [[nodiscard]] static bool startsWithSystem();
    /// Writes or removes the autostart file; false when it could not be written.
    static bool setStartWithSystem(bool enabled, const QString &executable = {});

public slots:
    void onCycleStarted();
    void onCycleFinished(const LeadBridge::SyncSummary &summary);
    void onStatusChanged(const LeadBridge::EngineStatus &status);
    void onCredentialsRejected(const QString &service, const QString &message);
    /// A silence alert ("No leads from Calltouch since 11:40 …") gets its own message, once: the engine
    /// records it once; the cycle's "n new errors" message then leaves it out.
    void onErrorRecorded(
        LeadBridge::Db::ErrorDirection direction, const QString &item, const QString &message);
    /// After the setup wizard: success, or the error in @p message.
    void notifySetupFinished(bool ok, const QString &message = {});

private:
    void onWindowHidden();
    void retranslate();
    void updateIcon();
    void notify(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QPointer<MainWindow> m_window;
    AppSettings *m_settings;
    std::unique_ptr<TrayBackend> m_backend;
    QPointer<SyncController> m_controller;
    QMenu *m_menu = nullptr;
    QAction *m_autostartAction = nullptr;
    QAction *m_statusAction = nullptr;
    QAction *m_openErrorsAction = nullptr;
    TrayIcons::State m_state = TrayIcons::State::Ok;
    bool m_syncing = false;
    bool m_paused = false;
    bool m_failed = false;
    int m_openErrors = 0;
    bool m_iconSet = false;
    QDateTime m_lastSync;
    QString m_toolTip;
    QString m_rejectedService;
    int m_silenceNotices = 0; ///< silence alerts shown since the last cycle finished
};

} // namespace LeadBridge
