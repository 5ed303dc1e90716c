#include <atomic>

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include "net/ratelimiter.h"

using namespace LeadBridge;

class tst_RateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void spacesReservations();
    void parallelCallersShareTheBudget();
    void pauseHoldsEveryoneBack();
    void unlimited();
};

void tst_RateLimiter::spacesReservations()
{
    RateLimiter limiter(5); // one every 200 ms, plus 3 % slack for timer jitter
    QCOMPARE(limiter.reserve(), qint64(0));
    const qint64 second = limiter.reserve();
    const qint64 third = limiter.reserve();
    QVERIFY2(second >= 200 && second <= 210, qPrintable(QString::number(second)));
    QVERIFY2(third >= 405 && third <= 415, qPrintable(QString::number(third)));
}

void tst_RateLimiter::parallelCallersShareTheBudget()
{
    // 4 threads x 25 reservations at 10/s: the times handed out never come closer than 100 ms apart,
    // so any 1-second window holds at most 10 of them.
    RateLimiter limiter(10);
    QList<qint64> times;
    QMutex mutex;
    QElapsedTimer clock;
    clock.start();
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&] {
            for (int i = 0; i < 25; ++i) {
                const qint64 wait = limiter.reserve();
                QMutexLocker lock(&mutex);
                times << clock.elapsed() + wait;
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
    for (int i = 10; i < times.size(); ++i)
        QVERIFY2(times.at(i) - times.at(i - 10) >= 990,
            qPrintable(QString::number(times.at(i) - times.at(i - 10))));
}

void tst_RateLimiter::pauseHoldsEveryoneBack()
{
    RateLimiter limiter(100);
    limiter.pause(1500);
    const qint64 wait = limiter.reserve();
    QVERIFY2(wait >= 1400 && wait <= 1500, qPrintable(QString::number(wait)));
}

void tst_RateLimiter::unlimited()
{
    RateLimiter limiter(1);
    limiter.setUnlimited(true);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(limiter.reserve(), qint64(0));
    // Without limits of its own, a service's Retry-After is still honoured.
    limiter.pause(800);
    const qint64 wait = limiter.reserve();
    QVERIFY2(wait >= 700 && wait <= 800, qPrintable(QString::number(wait)));
}

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
