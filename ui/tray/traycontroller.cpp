#include "traycontroller.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>

#include "mainwindow.h"
#include "settings/appsettings.h"
#include "store/queries/silencehistory.h"
#include "store/store.h"
#include "store/syncstore.h"
#include "sync/synccontroller.h"
#include "util/formats.h"

namespace LeadBridge {

SystemTrayBackend::SystemTrayBackend(QObject *owner)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = new QSystemTrayIcon(TrayIcons::appIcon(), owner);
    QObject::connect(
        m_icon, &QSystemTrayIcon::activated, owner, [this](QSystemTrayIcon::ActivationReason reason) {
            if ((reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) && activated)
                activated();
        });
}

bool SystemTrayBackend::supportsMessages() const
{
    return m_icon && QSystemTrayIcon::supportsMessages();
}

void SystemTrayBackend::setMenu(QMenu *menu)
{
    if (m_icon)
        m_icon->setContextMenu(menu);
}

void SystemTrayBackend::setToolTip(const QString &text)
{
    if (m_icon)
        m_icon->setToolTip(text);
}

void SystemTrayBackend::setIcon(const QIcon &icon)
{
    if (m_icon)
        m_icon->setIcon(icon);
}

void SystemTrayBackend::setVisible(bool visible)
{
    if (m_icon)
        m_icon->setVisible(visible);
}

void SystemTrayBackend::showMessage(
    const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon)
{
    if (m_icon)
        m_icon->showMessage(title, text, icon, 8000);
}

TrayController::TrayController(
    MainWindow *window, AppSettings *settings, std::unique_ptr<TrayBackend> backend, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_backend(backend ? std::move(backend) : std::make_unique<SystemTrayBackend>(this))
{
    m_menu = new QMenu(window);
    m_autostartAction = new QAction(this);
    m_autostartAction->setCheckable(true);
    m_autostartAction->setChecked(startsWithSystem());
    connect(m_autostartAction, &QAction::toggled, this, [this](bool enabled) {
        if (!setStartWithSystem(enabled)) {
            const QSignalBlocker blocker(m_autostartAction);
            m_autostartAction->setChecked(startsWithSystem());
        }
    });
    m_statusAction = new QAction(this);
    m_statusAction->setEnabled(false);
    m_openErrorsAction = new QAction(this);
    connect(m_openErrorsAction, &QAction::triggered, this, [this] {
        if (!m_window)
            return;
        m_window->showAction()->trigger();
        m_window->tabs()->setCurrentIndex(MainWindow::ErrorsTab);
    });
    m_menu->addAction(m_statusAction);
    m_menu->addSeparator();
    connect(m_menu, &QMenu::aboutToShow, this, &TrayController::refreshStatus);
    if (window) {
        m_menu->addAction(window->showAction());
        m_menu->addAction(m_openErrorsAction);
        m_menu->addAction(window->syncNowAction());
        m_menu->addAction(window->pauseAction());
        m_menu->addSeparator();
        m_menu->addAction(m_autostartAction);
        m_menu->addSeparator();
        m_menu->addAction(window->quitAction());
        window->fileMenu()->insertAction(window->quitAction(), m_autostartAction);
        window->fileMenu()->insertSeparator(window->quitAction());
        window->setHideOnClose(m_backend->isAvailable());
        connect(window, &MainWindow::hiddenToTray, this, &TrayController::onWindowHidden);
        window->installEventFilter(this);
    }
    m_backend->activated = [this] {
        if (m_window)
            m_window->showAction()->trigger();
    };
    m_backend->setMenu(m_menu);
    retranslate();
    m_backend->setVisible(true);
}

TrayController::~TrayController()
{
    if (m_window)
        m_window->removeEventFilter(this);
}

void TrayController::setController(SyncController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (!controller)
        return;
    connect(controller, &SyncController::cycleStarted, this, &TrayController::onCycleStarted);
    connect(controller, &SyncController::cycleFinished, this, &TrayController::onCycleFinished);
    connect(controller, &SyncController::errorRecorded, this, &TrayController::refreshStatus);
    connect(controller, &SyncController::errorRecorded, this, &TrayController::onErrorRecorded);
    connect(controller, &SyncController::statusChanged, this, &TrayController::onStatusChanged);
    connect(controller, &SyncController::credentialsRejected, this, &TrayController::onCredentialsRejected);
}

QString TrayController::autostartFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::ConfigLocation)
        + QStringLiteral("/autostart/leadbridge.desktop");
}

bool TrayController::startsWithSystem()
{
    return QFile::exists(autostartFile());
}

bool TrayController::setStartWithSystem(bool enabled, const QString &executable)
{
    const QString path = autostartFile();
    if (!enabled)
        return !QFile::exists(path) || QFile::remove(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    const QString program = executable.isEmpty() ? QCoreApplication::applicationFilePath() : executable;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QString entry =
        QStringLiteral("[Desktop Entry]\nType=Application\nName=LeadBridge\n"
                       "Comment=Calltouch and retailCRM sync\nExec=\"%1\" --minimized\nIcon=leadbridge\n"
                       "Terminal=false\nX-GNOME-Autostart-enabled=true\n")
            .arg(program);
    file.write(entry.toUtf8());
    return file.commit();
}

void TrayController::onCycleStarted()
{
    m_syncing = true;
    retranslate();
}

void TrayController::onCycleFinished(const SyncSummary &summary)
{
    m_lastSync = summary.finishedAt;
    m_syncing = false;
    m_failed = summary.anyFailure();
    refreshStatus();
    if (!summary.credentialsRejected)
        m_rejectedService.clear();
    retranslate();
    const int newErrors = summary.newErrors - m_silenceNotices; // the silence alerts were shown already
    m_silenceNotices = 0;
    if (newErrors > 0)
        notify(tr("LeadBridge: sync problems"),
            tr("%n new error(s)", nullptr, newErrors) + QLatin1Char(' ')
                + tr("See the Errors tab for what failed and when it is retried."),
            QSystemTrayIcon::Warning);
}

void TrayController::onErrorRecorded(
    Db::ErrorDirection direction, const QString &item, const QString &message)
{
    if (item != SilenceHistory::kItem)
        return;
    ++m_silenceNotices;
    notify(direction == Db::ErrorDirection::Deals ? tr("LeadBridge: no deals pushed")
                                                  : tr("LeadBridge: no leads"),
        message, QSystemTrayIcon::Warning);
}

void TrayController::onStatusChanged(const EngineStatus &status)
{
    if (status.lastSync.isValid())
        m_lastSync = status.lastSync;
    m_paused = status.paused;
    retranslate();
}

void TrayController::onCredentialsRejected(const QString &service, const QString &message)
{
    // Once until the credentials work again, not every cycle.
    if (m_rejectedService == service)
        return;
    m_rejectedService = service;
    notify(tr("%1 rejected the credentials").arg(service),
        message + QLatin1Char(' ') + tr("The sync is stopped. Run the setup wizard again to fix it."),
        QSystemTrayIcon::Critical);
    updateIcon();
}

void TrayController::notifySetupFinished(bool ok, const QString &message)
{
    if (ok)
        notify(tr("LeadBridge is set up"), tr("The sync runs in the background now."),
            QSystemTrayIcon::Information);
    else
        notify(tr("LeadBridge setup failed"), message, QSystemTrayIcon::Critical);
}

void TrayController::onWindowHidden()
{
    if (!m_settings || m_settings->trayHintShown())
        return;
    m_settings->setTrayHintShown(true);
    m_settings->sync();
    notify(tr("LeadBridge keeps running"),
        tr("The sync goes on in the background. Click the tray icon to open the window; use Quit in its menu "
           "to "
           "stop LeadBridge."),
        QSystemTrayIcon::Information);
}

void TrayController::notify(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon)
{
    if (m_backend->isAvailable() && m_backend->supportsMessages())
        m_backend->showMessage(title, text, icon);
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrayController::retranslate()
{
    m_autostartAction->setText(tr("Start with the system"));
    m_openErrorsAction->setText(
        m_openErrors > 0 ? tr("Open errors (%1)").arg(m_openErrors) : tr("Open errors"));
    m_toolTip = m_lastSync.isValid() ? tr("LeadBridge: last sync %1").arg(Formats::dateTime(m_lastSync))
                                     : tr("LeadBridge: no sync yet");
    QString status;
    if (m_syncing)
        status = tr("Syncing…");
    else if (m_paused)
        status = tr("Sync paused");
    else if (m_lastSync.isValid())
        status = tr("Last sync %1").arg(Formats::time(m_lastSync));
    else
        status = tr("No sync yet");
    status += QStringLiteral(" · ")
        + (m_openErrors > 0 ? tr("open errors: %1").arg(m_openErrors) : tr("no open errors"));
    m_statusAction->setText(status);
    m_backend->setToolTip(m_toolTip + QLatin1Char('\n') + status);
    updateIcon();
}

void TrayController::refreshStatus()
{
    Store *store = m_window ? m_window->store() : nullptr;
    if (store && store->isOpen())
        m_openErrors =
            SyncStore(*store).openErrorCount(); // the engine's own count, on the window's connection
    retranslate();
}

void TrayController::updateIcon()
{
    TrayIcons::State state = TrayIcons::State::Ok;
    if (m_syncing)
        state = TrayIcons::State::Syncing;
    else if (m_paused)
        state = TrayIcons::State::Paused;
    else if (m_failed || !m_rejectedService.isEmpty())
        state = TrayIcons::State::Error;
    if (state == m_state && m_iconSet)
        return;
    m_state = state;
    m_iconSet = true;
    m_backend->setIcon(TrayIcons::stateIcon(state));
}

} // namespace LeadBridge
