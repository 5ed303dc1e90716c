#include "synccontext.h"

#include <QTimeZone>

#include "calltouch/calltouchclient.h"
#include "retailcrm/retailcrmclient.h"
#include "rules/retrypolicy.h"
#include "store/syncstore.h"
#include "util/logging.h"

namespace LeadBridge {

namespace {
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
} // namespace

QTimeZone SyncContext::timeZone() const
{
    if (accountZone.isValid())
        return accountZone;
    const QTimeZone configured(config.retailCrmTimeZone.toUtf8());
    return configured.isValid() ? configured : QTimeZone(QByteArrayLiteral("Europe/Moscow"));
}

void SyncContext::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    accountZone = zone;
    if (retail)
        retail->setTimeZone(zone);
}

QTimeZone SyncContext::calltouchZone() const
{
    const QTimeZone configured(config.calltouchTimeZone.toUtf8());
    return configured.isValid() ? configured : QTimeZone(QByteArrayLiteral("Europe/Moscow"));
}

QDateTime SyncContext::now() const
{
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}

bool SyncContext::crashAt(const QString &point)
{
    if (dead)
        return true;
    if (crashHook && crashHook(point)) {
        dead = true;
        qCWarning(lcSync) << "simulated crash at" << point;
        emit crashed(point);
        return true;
    }
    return false;
}

QDate SyncContext::sinceDate() const
{
    if (config.since.isValid())
        return config.since;
    const qint64 first = store ? store->cursor(QStringLiteral("firstStart")).toLongLong() : 0;
    return (first > 0 ? QDateTime::fromMSecsSinceEpoch(first, Qt::UTC) : now()).toTimeZone(timeZone()).date();
}

qint64 SyncContext::sinceMs() const
{
    if (config.since.isValid()) {
        return QDateTime(config.since, QTime(0, 0), timeZone()).toMSecsSinceEpoch();
    }
    const qint64 first = store ? store->cursor(QStringLiteral("firstStart")).toLongLong() : 0;
    // Without a "since" date, leads from the day before the first start on are synced.
    return first > 0 ? first - kDayMs : nowMs() - kDayMs;
}

qint64 SyncContext::retryAt(int attempts, const ApiError &error) const
{
    return nowMs() + Sync::retryDelayMs(attempts, error, qint64(config.syncIntervalSeconds) * 1000);
}

int SyncContext::backlog() const
{
    return sync ? sync->backlog(sinceMs(), config.leadKinds) + sync->dealBacklog(nowMs()) : 0;
}

void SyncContext::reportError(Db::ErrorDirection direction, const QString &item, const QString &message)
{
    sync->recordError(direction, item, message, 1, 0, nowMs());
    ++summary.newErrors;
    emit errorRecorded(direction, item, message);
}

} // namespace LeadBridge
