#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QMutex>
#include <QVector>

namespace LeadBridge {

/// The request budget of one service key, shared by every caller (thread-safe). It models the service's
/// own counter: at most N requests in ANY sliding window (retailCRM: 10 in any 1 s per key). It keeps
/// the send times of the last N requests; the next may go at the oldest of them + window + a small
/// margin (clock and network jitter between this process and the service's counter).
///
/// A slot is booked at send time: tryAcquire() books "now" when a slot is free, or books nothing and
/// says how long to wait. A request that waits (a retry included) asks again when it is about to go, so
/// two requests can never share a slot.
class RateLimiter
{
public:
    /// A monotonic clock in milliseconds; tests inject their own.
    using Clock = std::function<qint64()>;

    /// @p requestsPerSecond: whole requests per 1 s window; below 1 (e.g. 0.5) one request per 1/rate s.
    explicit RateLimiter(double requestsPerSecond, Clock clock = {});

    /// Books a slot now and returns 0, or books nothing and returns the milliseconds until one is free.
    [[nodiscard]] qint64 tryAcquire();
    /// Milliseconds until a slot is free (0 = now); books nothing.
    [[nodiscard]] qint64 waitMs() const;
    /// The service said "slow down": nobody sends before @p delayMs from now.
    void pause(qint64 delayMs);
    void setRate(double requestsPerSecond);
    /// Extra milliseconds after a window before its oldest slot counts as free again (default 25).
    void setMarginMs(int marginMs);
    /// No limit at all (benchmarks with limits switched off); a pause() still holds.
    void setUnlimited(bool unlimited);
    [[nodiscard]] double rate() const;
    [[nodiscard]] int capacity() const;
    [[nodiscard]] qint64 windowMs() const;

    static constexpr int kDefaultMarginMs = 25;

private:
    [[nodiscard]] qint64 waitLocked(qint64 now) const;
    void configure(double requestsPerSecond);

    mutable QMutex m_mutex;
    double m_rate = 1;
    int m_capacity = 1; ///< requests per window
    qint64 m_windowMs = 1000;
    qint64 m_marginMs = kDefaultMarginMs;
    bool m_unlimited = false;
    QVector<qint64> m_sent; ///< ring of the last m_capacity send times (monotonic clock)
    int m_next = 0; ///< the ring's oldest entry, overwritten by the next booking
    qint64 m_pausedUntilMs = 0;
    QElapsedTimer m_elapsed;
    Clock m_clock;
};

} // namespace LeadBridge
