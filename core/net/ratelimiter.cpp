#include "ratelimiter.h"

#include <cmath>
#include <limits>

#include <QMutexLocker>

namespace LeadBridge {

namespace {
    constexpr qint64 kNever = std::numeric_limits<qint64>::min() / 4;
}

RateLimiter::RateLimiter(double requestsPerSecond, Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        m_elapsed.start();
        m_clock = [this] { return m_elapsed.elapsed(); };
    }
    configure(requestsPerSecond);
}

void RateLimiter::configure(double requestsPerSecond)
{
    m_rate = qMax(0.001, requestsPerSecond);
    if (m_rate >= 1) {
        m_capacity = int(std::floor(m_rate));
        m_windowMs = qint64(std::llround(1000.0 * m_capacity / m_rate));
    } else {
        m_capacity = 1;
        m_windowMs = qint64(std::llround(1000.0 / m_rate));
    }
    m_sent = QVector<qint64>(m_capacity, kNever);
    m_next = 0;
}

qint64 RateLimiter::waitLocked(qint64 now) const
{
    qint64 wait = qMax<qint64>(0, m_pausedUntilMs - now);
    if (!m_unlimited) {
        // The oldest of the last N sends leaves the window at oldest + window (+ margin).
        const qint64 oldest = m_sent.at(m_next);
        wait = qMax(wait, oldest + m_windowMs + m_marginMs - now);
    }
    return qMax<qint64>(0, wait);
}

qint64 RateLimiter::tryAcquire()
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock();
    const qint64 wait = waitLocked(now);
    if (wait > 0)
        return wait;
    m_sent[m_next] = now;
    m_next = (m_next + 1) % m_capacity;
    return 0;
}

qint64 RateLimiter::waitMs() const
{
    QMutexLocker lock(&m_mutex);
    return waitLocked(m_clock());
}

void RateLimiter::pause(qint64 delayMs)
{
    QMutexLocker lock(&m_mutex);
    m_pausedUntilMs = qMax(m_pausedUntilMs, m_clock() + qMax<qint64>(0, delayMs));
}

void RateLimiter::setRate(double requestsPerSecond)
{
    QMutexLocker lock(&m_mutex);
    // The sends already made still count against the new window.
    const QVector<qint64> previous = m_sent;
    const int previousNext = m_next;
    configure(requestsPerSecond);
    for (int i = 0; i < previous.size(); ++i) {
        const qint64 at = previous.at((previousNext + i) % previous.size());
        if (at == kNever)
            continue;
        m_sent[m_next] = at;
        m_next = (m_next + 1) % m_capacity;
    }
}

void RateLimiter::setMarginMs(int marginMs)
{
    QMutexLocker lock(&m_mutex);
    m_marginMs = qMax(0, marginMs);
}

void RateLimiter::setUnlimited(bool unlimited)
{
    QMutexLocker lock(&m_mutex);
    m_unlimited = unlimited;
}

double RateLimiter::rate() const
{
    QMutexLocker lock(&m_mutex);
    return m_rate;
}

int RateLimiter::capacity() const
{
    QMutexLocker lock(&m_mutex);
    return m_capacity;
}

qint64 RateLimiter::windowMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_windowMs;
}

} // namespace LeadBridge
