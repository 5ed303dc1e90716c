#include "appsettings.h"

#include "sync/syncconfig.h"

namespace LeadBridge {
namespace {
    namespace Key {
        constexpr auto RetailCrmUrl = "retailcrm/url";
        constexpr auto RetailCrmTimeZone = "retailcrm/timeZone";
        constexpr auto CalltouchTimeZone = "calltouch/timeZone";
        constexpr auto RetailCrmRate = "retailcrm/requestsPerSecond";
        constexpr auto CalltouchApiUrl = "calltouch/apiUrl";
        constexpr auto CalltouchSiteId = "calltouch/siteId";
        constexpr auto CalltouchRate = "calltouch/requestsPerSecond";
        constexpr auto LeadDelay = "sync/leadDelaySeconds";
        constexpr auto Interval = "sync/intervalSeconds";
        constexpr auto Since = "sync/since";
        constexpr auto Shop = "sync/shop";
        constexpr auto LeadKinds = "sync/leadKinds";
        constexpr auto DealSync = "sync/dealSync";
        constexpr auto ClosedGroups = "sync/closedStatusGroups";
        constexpr auto PhoneRegion = "sync/phoneRegion";
        constexpr auto WebhookListen = "webhook/listen";
        constexpr auto WebhookPublicUrl = "webhook/publicUrl";
        constexpr auto Language = "ui/language";
        constexpr auto SetupFinished = "ui/setupFinished";
        constexpr auto TrayHint = "ui/trayHintShown";
    } // namespace Key

    QString key(const char *name)
    {
        return QString::fromLatin1(name);
    }
} // namespace

QByteArray AppSettings::windowState(const QString &name) const
{
    return m_settings->value(QStringLiteral("window/") + name).toByteArray();
}

void AppSettings::setWindowState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("window/") + name, state);
}

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
        QStringLiteral("LeadBridge"), QStringLiteral("leadbridge")))
{}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}
void AppSettings::sync()
{
    m_settings->sync();
}

QUrl AppSettings::retailCrmUrl() const
{
    return QUrl(m_settings->value(key(Key::RetailCrmUrl)).toString());
}
void AppSettings::setRetailCrmUrl(const QUrl &url)
{
    m_settings->setValue(key(Key::RetailCrmUrl), url.toString());
}
QString AppSettings::retailCrmTimeZone() const
{
    return m_settings->value(key(Key::RetailCrmTimeZone), QStringLiteral("Europe/Moscow")).toString();
}
QString AppSettings::calltouchTimeZone() const
{
    return m_settings->value(key(Key::CalltouchTimeZone), QStringLiteral("Europe/Moscow")).toString();
}

void AppSettings::setCalltouchTimeZone(const QString &zoneId)
{
    m_settings->setValue(key(Key::CalltouchTimeZone), zoneId);
}

void AppSettings::setRetailCrmTimeZone(const QString &zoneId)
{
    m_settings->setValue(key(Key::RetailCrmTimeZone), zoneId);
}
int AppSettings::retailCrmRatePerSecond() const
{
    return qBound(1, m_settings->value(key(Key::RetailCrmRate), 10).toInt(), 100);
}

QUrl AppSettings::calltouchApiUrl() const
{
    return QUrl(
        m_settings->value(key(Key::CalltouchApiUrl), QStringLiteral("https://api.calltouch.ru")).toString());
}
void AppSettings::setCalltouchApiUrl(const QUrl &url)
{
    m_settings->setValue(key(Key::CalltouchApiUrl), url.toString());
}
QString AppSettings::calltouchSiteId() const
{
    return m_settings->value(key(Key::CalltouchSiteId)).toString();
}
void AppSettings::setCalltouchSiteId(const QString &siteId)
{
    m_settings->setValue(key(Key::CalltouchSiteId), siteId.trimmed());
}
int AppSettings::calltouchRatePerSecond() const
{
    return qBound(1, m_settings->value(key(Key::CalltouchRate), 5).toInt(), 100);
}

int AppSettings::leadDelaySeconds() const
{
    return qMax(0, m_settings->value(key(Key::LeadDelay), 60).toInt());
}
void AppSettings::setLeadDelaySeconds(int seconds)
{
    m_settings->setValue(key(Key::LeadDelay), seconds);
}
int AppSettings::syncIntervalSeconds() const
{
    return qMax(kMinSyncIntervalSeconds, m_settings->value(key(Key::Interval), 60).toInt());
}
void AppSettings::setSyncIntervalSeconds(int seconds)
{
    m_settings->setValue(key(Key::Interval), seconds);
}
QDate AppSettings::since() const
{
    const QDate date = QDate::fromString(m_settings->value(key(Key::Since)).toString(), Qt::ISODate);
    return date.isValid() ? date : QDate();
}
void AppSettings::setSince(const QDate &date)
{
    m_settings->setValue(key(Key::Since), date.toString(Qt::ISODate));
}
QString AppSettings::shop() const
{
    return m_settings->value(key(Key::Shop)).toString();
}
void AppSettings::setShop(const QString &shopCode)
{
    m_settings->setValue(key(Key::Shop), shopCode);
}
QStringList AppSettings::leadKinds() const
{
    const QStringList all { QStringLiteral("call"), QStringLiteral("request"), QStringLiteral("chat") };
    QStringList kinds = m_settings->value(key(Key::LeadKinds), all).toStringList();
    kinds.removeIf([&all](const QString &kind) { return !all.contains(kind); });
    return kinds;
}
void AppSettings::setLeadKinds(const QStringList &kinds)
{
    m_settings->setValue(key(Key::LeadKinds), kinds);
}
bool AppSettings::dealSync() const
{
    return m_settings->value(key(Key::DealSync), true).toBool();
}
void AppSettings::setDealSync(bool enabled)
{
    m_settings->setValue(key(Key::DealSync), enabled);
}
QStringList AppSettings::closedStatusGroups() const
{
    return m_settings
        ->value(key(Key::ClosedGroups), QStringList { QStringLiteral("complete"), QStringLiteral("cancel") })
        .toStringList();
}
QString AppSettings::phoneRegion() const
{
    return m_settings->value(key(Key::PhoneRegion), QStringLiteral("RU")).toString();
}
QString AppSettings::webhookListen() const
{
    return m_settings->value(key(Key::WebhookListen)).toString();
}
void AppSettings::setWebhookListen(const QString &hostPort)
{
    m_settings->setValue(key(Key::WebhookListen), hostPort);
}
QString AppSettings::webhookPublicUrl() const
{
    return m_settings->value(key(Key::WebhookPublicUrl)).toString();
}
void AppSettings::setWebhookPublicUrl(const QString &url)
{
    m_settings->setValue(key(Key::WebhookPublicUrl), url.trimmed());
}
QString AppSettings::language() const
{
    return m_settings->value(key(Key::Language)).toString();
}
void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(key(Key::Language), language);
}
bool AppSettings::setupFinished() const
{
    return m_settings->value(key(Key::SetupFinished), false).toBool();
}
void AppSettings::setSetupFinished(bool finished)
{
    m_settings->setValue(key(Key::SetupFinished), finished);
}
bool AppSettings::trayHintShown() const
{
    return m_settings->value(key(Key::TrayHint), false).toBool();
}
void AppSettings::setTrayHintShown(bool shown)
{
    m_settings->setValue(key(Key::TrayHint), shown);
}

Sync::SilenceThresholds AppSettings::silenceThresholds() const
{
    const Sync::SilenceThresholds defaults;
    Sync::SilenceThresholds thresholds;
    thresholds.enabled = m_settings->value(QStringLiteral("silence/enabled"), defaults.enabled).toBool();
    bool isNumber = false;
    const double factor = m_settings->value(QStringLiteral("silence/factor")).toDouble(&isNumber);
    thresholds.factor = isNumber ? qBound(1.0, factor, 20.0) : defaults.factor;
    const int hours = m_settings->value(QStringLiteral("silence/minimumHours")).toInt(&isNumber);
    thresholds.minimumHours = isNumber ? qBound(1, hours, 24) : defaults.minimumHours;
    return thresholds;
}

void AppSettings::setSilenceThresholds(const Sync::SilenceThresholds &thresholds)
{
    m_settings->setValue(QStringLiteral("silence/enabled"), thresholds.enabled);
    m_settings->setValue(QStringLiteral("silence/factor"), thresholds.factor);
    m_settings->setValue(QStringLiteral("silence/minimumHours"), thresholds.minimumHours);
}

SyncConfig AppSettings::toSyncConfig() const
{
    SyncConfig config;
    config.retailCrmUrl = retailCrmUrl();
    config.retailCrmTimeZone = retailCrmTimeZone();
    config.calltouchTimeZone = calltouchTimeZone();
    config.retailCrmRatePerSecond = retailCrmRatePerSecond();
    config.calltouchApiUrl = calltouchApiUrl();
    config.calltouchSiteId = calltouchSiteId();
    config.calltouchRatePerSecond = calltouchRatePerSecond();
    config.leadDelaySeconds = leadDelaySeconds();
    config.syncIntervalSeconds = syncIntervalSeconds();
    config.since = since();
    config.shop = shop();
    config.orderOptions = orderOptions();
    config.leadKinds = leadKinds();
    config.dealSync = dealSync();
    config.closedStatusGroups = closedStatusGroups();
    config.phoneRegion = phoneRegion();
    config.webhookListen = webhookListen();
    config.silence = silenceThresholds();
    return config;
}

} // namespace LeadBridge
