#pragma once

#include <memory>

#include <QDate>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "rules/orderoptions.h"
#include "rules/silencerule.h"

namespace LeadBridge {

struct SyncConfig;

/// The one typed facade over the settings file (INI). Every key and default lives here.
/// Secrets are never stored here: see SecretStore.
class AppSettings
{
public:
    /// The shortest sync interval: the file's value is raised to it, the settings dialog starts there.
    static constexpr int kMinSyncIntervalSeconds = 10;

    /// The default file in the user's configuration folder.
    AppSettings();
    /// An explicit INI file (`--config FILE`, tests).
    explicit AppSettings(const QString &iniFile);

    [[nodiscard]] QString fileName() const;
    void sync();

    [[nodiscard]] QUrl retailCrmUrl() const;
    void setRetailCrmUrl(const QUrl &url);
    [[nodiscard]] QString retailCrmTimeZone() const;
    void setRetailCrmTimeZone(const QString &zoneId);
    /// The Calltouch project's time zone (its local times are in it); default Europe/Moscow.
    [[nodiscard]] QString calltouchTimeZone() const;
    void setCalltouchTimeZone(const QString &zoneId);
    [[nodiscard]] int retailCrmRatePerSecond() const;

    [[nodiscard]] QUrl calltouchApiUrl() const;
    void setCalltouchApiUrl(const QUrl &url);
    [[nodiscard]] QString calltouchSiteId() const;
    void setCalltouchSiteId(const QString &siteId);
    [[nodiscard]] int calltouchRatePerSecond() const;

    [[nodiscard]] int leadDelaySeconds() const;
    void setLeadDelaySeconds(int seconds);
    [[nodiscard]] int syncIntervalSeconds() const;
    void setSyncIntervalSeconds(int seconds);
    [[nodiscard]] QDate since() const;
    void setSince(const QDate &date);
    [[nodiscard]] QString shop() const;
    void setShop(const QString &shopCode);
    /// Any of "call", "request", "chat".
    [[nodiscard]] QStringList leadKinds() const;
    void setLeadKinds(const QStringList &kinds);
    [[nodiscard]] bool dealSync() const;
    void setDealSync(bool enabled);
    /// Order method, type, manager and customer name template per lead kind ("orders/<kind>/…");
    /// missing keys give the seed's defaults.
    [[nodiscard]] Sync::OrderOptions orderOptions() const;
    void setOrderOptions(const Sync::OrderOptions &options);
    [[nodiscard]] QStringList closedStatusGroups() const;
    [[nodiscard]] QString phoneRegion() const;

    /// The silence alert: on/off, factor (1–20) and minimum hours (1–24); missing keys give the defaults.
    [[nodiscard]] Sync::SilenceThresholds silenceThresholds() const;
    void setSilenceThresholds(const Sync::SilenceThresholds &thresholds);

    /// `host:port` for the chat/lead webhook receiver, empty when it is off.
    [[nodiscard]] QString webhookListen() const;
    void setWebhookListen(const QString &hostPort);
    /// The public base URL at which Calltouch reaches the receiver (e.g. https://hooks.myshop.ru).
    [[nodiscard]] QString webhookPublicUrl() const;
    void setWebhookPublicUrl(const QString &url);

    /// "ru" or "en"; empty means "from the system locale".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);
    [[nodiscard]] bool setupFinished() const;
    void setSetupFinished(bool finished);
    [[nodiscard]] bool trayHintShown() const;
    void setTrayHintShown(bool shown);

    /// A saved window layout (QWidget::saveGeometry(), QMainWindow::saveState(), QHeaderView::saveState())
    /// under "window/<name>"; empty when none was saved.
    [[nodiscard]] QByteArray windowState(const QString &name) const;
    void setWindowState(const QString &name, const QByteArray &state);

    /// The plain value the engine gets. Secrets are filled in by the caller.
    [[nodiscard]] SyncConfig toSyncConfig() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace LeadBridge
