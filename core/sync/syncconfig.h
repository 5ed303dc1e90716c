#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "rules/orderoptions.h"
#include "rules/silencerule.h"

namespace LeadBridge {

/// Everything the engine needs, as a plain value. The engine never reads QSettings.
struct SyncConfig
{
    QUrl retailCrmUrl;
    QString retailCrmApiKey;
    QString retailCrmTimeZone = QStringLiteral("Europe/Moscow"); ///< until the account's settings are read
    /// The Calltouch project's zone: its journals and webhooks give local times in it.
    QString calltouchTimeZone = QStringLiteral("Europe/Moscow");
    int retailCrmRatePerSecond = 10;

    QUrl calltouchApiUrl = QUrl(QStringLiteral("https://api.calltouch.ru"));
    QString calltouchSiteId;
    QString calltouchToken;
    int calltouchRatePerSecond = 5;

    int leadDelaySeconds = 60;
    int syncIntervalSeconds = 60;
    /// How often the deal direction (history + deals) runs between leads while leads are being sent;
    /// 0 = every syncIntervalSeconds (tests shorten it).
    int dealIntervalMs = 0;
    QDate since;
    QString shop;
    /// Order method, type, manager and customer name template per lead kind.
    Sync::OrderOptions orderOptions = Sync::OrderOptions::defaults();
    QStringList leadKinds { QStringLiteral("call"), QStringLiteral("request"), QStringLiteral("chat") };
    bool dealSync = true;
    QStringList closedStatusGroups { QStringLiteral("complete"), QStringLiteral("cancel") };
    QString phoneRegion = QStringLiteral("RU");
    QString webhookListen;
    QString webhookSecret;
    /// The silence alert's thresholds (on, 3 x the longest usual gap, at least 2 h).
    Sync::SilenceThresholds silence;

    [[nodiscard]] bool hasCredentials() const
    {
        return retailCrmUrl.isValid() && !retailCrmUrl.host().isEmpty() && !retailCrmApiKey.isEmpty()
            && !calltouchSiteId.isEmpty() && !calltouchToken.isEmpty();
    }
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::SyncConfig)
