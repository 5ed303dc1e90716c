#include "synccontext.h"

#include <QTimeZone>

#include "calltouch/calltouchclient.h"
#include "retailcrm/retailcrmclient.h"
#include "rules/retrypolicy.h"
#include "store/store.h"
#include "store/syncstore.h"
#include "util/logging.h"
#include "util/problemtext.h"

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

bool SyncContext::dealPassDue() const
{
    if (!config.dealSync || !dealClock.isValid() || lastDealPassMs < 0)
        return false;
    const qint64 interval =
        config.dealIntervalMs > 0 ? qint64(config.dealIntervalMs) : qint64(config.syncIntervalSeconds) * 1000;
    return dealClock.elapsed() - lastDealPassMs >= interval;
}

void SyncContext::markDealPass()
{
    if (!dealClock.isValid())
        dealClock.start();
    lastDealPassMs = dealClock.elapsed();
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

void SyncContext::reportError(Db::ErrorDirection direction, const QString &item, const Problem &problem)
{
    if (!stored(sync->recordError(direction, item, problem, 1, 0, nowMs())))
        return;
    ++summary.newErrors;
    emit errorRecorded(direction, item, ProblemText::sentence(problem));
}

bool SyncContext::stored(const StoreResult &result)
{
    if (result.ok)
        return true;
    failStore(result.error);
    return false;
}

void SyncContext::failStore(const QString &error)
{
    if (storeBroken)
        return;
    storeBroken = true;
    const QString message = tr("The local database %1 cannot be written: %2. The sync stopped; nothing "
                               "more is sent until it can be written again (free disk space, close the "
                               "other program that holds it).")
                                .arg(store ? store->path() : QString(), error);
    summary.storeError = message;
    summary.stoppedBy = QStringLiteral("database");
    summary.stopCode = QStringLiteral("store");
    summary.stopHttpStatus = 0;
    lastError = message;
    qCCritical(lcStore) << "store failure, the cycle stops:" << error;
    if (storeFailureShown)
        return;
    storeFailureShown = true;
    // The errors table, if the store can still write it (a lock may have gone meanwhile).
    if (sync
        && sync->recordError(Db::ErrorDirection::Setup, QStringLiteral("database"),
                   Problem::make(Db::ErrorCode::StoreFailed,
                       { { QStringLiteral("path"), store ? store->path() : QString() } }, error),
                   1, 0, nowMs())
               .ok)
        ++summary.newErrors;
    emit storeFailed(message);
}

void SyncContext::reportProgress(SyncProgress::Step step, int done, int total)
{
    const SyncProgress next { step, done, total };
    if (next == lastProgress)
        return;
    // A new step or a new total goes at once; a count within the step is throttled.
    const bool sameStep = step == lastProgress.step && total == lastProgress.total;
    const bool last = total > 0 && done >= total;
    if (sameStep && !last && progressClock.isValid() && progressClock.elapsed() < kProgressIntervalMs)
        return;
    lastProgress = next;
    progressClock.start();
    emit progress(next);
}

} // namespace LeadBridge
