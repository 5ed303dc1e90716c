#pragma once

// A lead history for the silence alert (issue 17 part 3): three weeks of weekday calls, 6 an hour in
// Moscow's working hours, written through the store's own writer as the history the engine learns
// from; and a real engine run that finds the silence after it. Shared by the engine's test and the
// window's screenshots, so the window shows the row the engine wrote.
#include <QTest>
#include <QTimeZone>

#include "store/store.h"
#include "store/syncstore.h"
#include "syncfixture.h"

namespace LeadBridge::TestSupport::SilenceSeed {

inline const QTimeZone &moscowZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Moscow"));
    return zone;
}

/// The Monday the scenarios happen on.
inline const QDate kMonday(2026, 11, 30);

inline QDateTime moscow(const QDate &day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), moscowZone()).toUTC();
}

/// A moment as the alert words it: in the reader's time zone (the machine's, like every time the window
/// shows), not the account's. 11:40 in Moscow is 08:40 on a machine on UTC.
inline QString readersTime(const QDateTime &moment)
{
    return moment.toLocalTime().time().toString(QStringLiteral("H:mm"));
}

/// Mon–Fri 9:00–17:50, every 10 minutes (6 an hour), for three weeks before kMonday, up to @p until.
inline QList<QDateTime> weekdayFlow(const QDateTime &until)
{
    QList<QDateTime> times;
    for (QDate day = kMonday.addDays(-21); day <= kMonday; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        for (int minute = 9 * 60; minute < 18 * 60; minute += 10) {
            const QDateTime at = moscow(day, minute / 60, minute % 60);
            if (at <= until)
                times << at;
        }
    }
    return times;
}

/// Writes the history calls up to @p until into the fixture's database; how many (0 on failure).
inline int seedLeads(SyncFixture &f, const QDateTime &until)
{
    Store store(QStringLiteral("seed"));
    if (!store.open(f.databasePath()).isOk())
        return 0;
    SyncStore sync(store);
    int n = 0;
    const StoreResult written = store.inTransaction([&] {
        for (const QDateTime &at : weekdayFlow(until)) {
            Calltouch::Lead lead;
            lead.kind = Calltouch::Lead::Kind::Call;
            lead.id = QStringLiteral("history-%1").arg(++n);
            lead.occurredAt = at;
            lead.phone = QStringLiteral("+7916%1").arg(1000000 + n);
            if (!sync.upsertLead(lead, lead.phone, {}, Db::LeadState::History, at.toMSecsSinceEpoch()).ok)
                return false;
        }
        return true;
    });
    return written.ok ? n : 0;
}

} // namespace LeadBridge::TestSupport::SilenceSeed
