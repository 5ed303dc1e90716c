#pragma once

// Leads written through the store's own writer (SyncStore), as the engine writes them, for the CSV
// export's test and benchmark: Cyrillic names and campaigns that need CSV quoting (commas, quotes,
// line breaks) on every seventh lead.
#include <QDateTime>
#include <QStringList>

#include "store/store.h"
#include "store/syncstore.h"

namespace LeadBridge::TestSupport {

/// The campaign of lead @p i: plain, or (every seventh) one with a comma, quotes and a line break.
inline QString exportCampaign(int i)
{
    return i % 7 == 0 ? QStringLiteral("весна, \"скидки\"\nвторая строка %1").arg(i)
                      : QStringLiteral("осень-%1").arg(i % 50);
}

/// Writes @p count leads (newest first by i: lead i occurred i minutes before @p now) in one
/// transaction; sources cycle through yandex, google, vk. False on a failed write.
inline bool seedExportLeads(Store &store, int count, const QDateTime &now)
{
    SyncStore sync(store);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const StoreResult result = store.inTransaction([&] {
        for (int i = 0; i < count; ++i) {
            Calltouch::Lead lead;
            lead.kind = Calltouch::Lead::Kind(i % 3);
            lead.id = QStringLiteral("export-%1").arg(i);
            lead.occurredAt = now.addSecs(-60 * qint64(i + 1));
            lead.name = QStringLiteral("Клиент %1").arg(i);
            lead.utmSource =
                QStringList { QStringLiteral("yandex"), QStringLiteral("google"), QStringLiteral("vk") }.at(
                    i % 3);
            lead.utmCampaign = exportCampaign(i);
            const QString phone = QStringLiteral("+7916%1").arg(i, 7, 10, QLatin1Char('0'));
            if (!sync.upsertLead(lead, phone, {}, Db::LeadState::Waiting, nowMs).ok)
                return false;
        }
        return true;
    });
    return result.ok;
}

} // namespace LeadBridge::TestSupport
