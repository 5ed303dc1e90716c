#include <atomic>

#include <QTest>
#include <QThread>

#include "net/ratelimiter.h"

using namespace LeadBridge;

/// Every test drives the limiter with its own clock: no wall-clock bounds.
class tst_RateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void spacesReservations();
    void slotsFreeUpAsTimePasses();
    void burstAfterQuietPeriod();
    void parallelCallersShareTheBudget();
    void pauseHoldsEveryoneBack();
    void unlimited();

private:
    std::atomic<qint64> m_now { 1000 };
    RateLimiter::Clock clock()
    {
        return [this] { return m_now.load(); };
    }
};

void tst_RateLimiter::spacesReservations()
{
    m_now = 1000;
    RateLimiter limiter(5, 1, clock()); // one every 200 ms, plus 3 % slack
    QCOMPARE(limiter.reserve(), qint64(0));
    QCOMPARE(limiter.reserve(), qint64(206));
    QCOMPARE(limiter.reserve(), qint64(412));
}

void tst_RateLimiter::slotsFreeUpAsTimePasses()
{
    m_now = 1000;
    RateLimiter limiter(10, 1, clock());
    QCOMPARE(limiter.reserve(), qint64(0));
    QCOMPARE(limiter.reserve(), qint64(103));
    m_now += 5000; // a quiet period: the next one goes at once, the one after waits one interval
    QCOMPARE(limiter.reserve(), qint64(0));
    QCOMPARE(limiter.reserve(), qint64(103));
}

void tst_RateLimiter::burstAfterQuietPeriod()
{
    m_now = 1000;
    RateLimiter limiter(10, 3, clock());
    m_now += 10000;
    QCOMPARE(limiter.reserve(), qint64(0));
    QCOMPARE(limiter.reserve(), qint64(0));
    QCOMPARE(limiter.reserve(), qint64(0));
    QCOMPARE(limiter.reserve(), qint64(103));
}

void tst_RateLimiter::parallelCallersShareTheBudget()
{
    // 4 threads x 25 reservations at 10/s on a frozen clock: the slots handed out never come closer
    // than 100 ms apart, so any 1-second window holds at most 10 of them.
    m_now = 1000;
    RateLimiter limiter(10, 1, clock());
    QList<qint64> times;
    QMutex mutex;
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&] {
            for (int i = 0; i < 25; ++i) {
                const qint64 wait = limiter.reserve();
                QMutexLocker lock(&mutex);
                times << m_now.load() + wait;
            }
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(5000));
        delete thread;
    }
    std::sort(times.begin(), times.end());
    QCOMPARE(times.size(), 100);
    QCOMPARE(times.first(), qint64(1000));
    for (int i = 1; i < times.size(); ++i)
        QCOMPARE(times.at(i) - times.at(i - 1), qint64(103));
}

void tst_RateLimiter::pauseHoldsEveryoneBack()
{
    m_now = 1000;
    RateLimiter limiter(100, 1, clock());
    limiter.pause(1500);
    QCOMPARE(limiter.reserve(), qint64(1500));
    m_now += 1000;
    QCOMPARE(limiter.reserve(), qint64(500 + 11));
    m_now += 2000;
    QCOMPARE(limiter.reserve(), qint64(0));
}

void tst_RateLimiter::unlimited()
{
    m_now = 1000;
    RateLimiter limiter(1, 1, clock());
    limiter.setUnlimited(true);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(limiter.reserve(), qint64(0));
    // Without limits of its own, a service's Retry-After is still honoured.
    limiter.pause(800);
    QCOMPARE(limiter.reserve(), qint64(800));
    m_now += 300;
    QCOMPARE(limiter.reserve(), qint64(500));
    m_now += 500;
    QCOMPARE(limiter.reserve(), qint64(0));
}

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
