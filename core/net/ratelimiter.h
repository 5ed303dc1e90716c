#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QMutex>

namespace LeadBridge {

/// A token bucket shared by every caller of one service (thread-safe). reserve() books the next free
/// slot and says how long to wait for it, so parallel callers together never exceed the rate.
class RateLimiter
{
public:
    /// A monotonic clock in milliseconds; tests inject their own.
    using Clock = std::function<qint64()>;

    explicit RateLimiter(double requestsPerSecond, int burst = 1, Clock clock = {});

    /// Books one request; returns the milliseconds to wait before sending it (0 = now).
    [[nodiscard]] qint64 reserve();
    /// The service said "slow down": nobody sends before @p delayMs from now.
    void pause(qint64 delayMs);
    void setRate(double requestsPerSecond);
    /// No limit at all (benchmarks with limits switched off).
    void setUnlimited(bool unlimited);
    [[nodiscard]] double rate() const;

private:
    mutable QMutex m_mutex;
    double m_intervalMs;
    int m_burst;
    bool m_unlimited = false;
    qint64 m_nextFreeMs = 0; ///< on the monotonic clock
    qint64 m_pausedUntilMs = 0;
    QElapsedTimer m_elapsed;
    Clock m_clock;
};

} // namespace LeadBridge
