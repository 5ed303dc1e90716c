#include "ratelimiter.h"

#include <QMutexLocker>

namespace LeadBridge {

namespace {
    // A little slack per slot: timers are not exact, and the services count in sliding windows.
    constexpr double kSafety = 1.03;
}

RateLimiter::RateLimiter(double requestsPerSecond, int burst, Clock clock)
    : m_intervalMs(kSafety * 1000.0 / qMax(0.001, requestsPerSecond))
    , m_burst(qMax(1, burst))
    , m_clock(std::move(clock))
{
    if (!m_clock) {
        m_elapsed.start();
        m_clock = [this] { return m_elapsed.elapsed(); };
    }
}

qint64 RateLimiter::reserve()
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock();
    if (m_unlimited)
        return qMax<qint64>(0, m_pausedUntilMs - now); // a service's Retry-After still holds
    // A burst lets up to m_burst requests go at once after a quiet period.
    const qint64 earliest = now - qint64(m_intervalMs * (m_burst - 1));
    if (m_nextFreeMs < earliest)
        m_nextFreeMs = earliest;
    const qint64 slot = m_nextFreeMs;
    m_nextFreeMs = slot + qint64(m_intervalMs + 0.999);
    return qMax<qint64>(0, slot - now);
}

void RateLimiter::pause(qint64 delayMs)
{
    QMutexLocker lock(&m_mutex);
    const qint64 until = m_clock() + delayMs;
    m_pausedUntilMs = qMax(m_pausedUntilMs, until);
    if (m_nextFreeMs < until)
        m_nextFreeMs = until;
}

void RateLimiter::setRate(double requestsPerSecond)
{
    QMutexLocker lock(&m_mutex);
    m_intervalMs = kSafety * 1000.0 / qMax(0.001, requestsPerSecond);
}

void RateLimiter::setUnlimited(bool unlimited)
{
    QMutexLocker lock(&m_mutex);
    m_unlimited = unlimited;
}

double RateLimiter::rate() const
{
    QMutexLocker lock(&m_mutex);
    return kSafety * 1000.0 / m_intervalMs;
}

} // namespace LeadBridge
