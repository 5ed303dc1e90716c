#include <atomic>

#include <QMutex>
#include <QReadWriteLock>
#include <QTest>
#include <QThread>

#include "net/ratelimiter.h"

using namespace LeadBridge;

/// (clock advance before the call, expected tryAcquire())
using Script = QList<QPair<int, int>>;

/// Every test drives the limiter with its own clock: no wall-clock bounds.
class tst_RateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void windowTable_data();
    void windowTable();
    void anySlidingWindowHoldsAtMostTheLimit();
    void waitingBooksNothing();
    void parallelCallersShareTheBudget();
    void pauseHoldsEveryoneBack();
    void slowerThanOnePerSecond();
    void rateChangeKeepsPastSends();
    void unlimited();

private:
    std::atomic<qint64> m_now { 1000 };
    RateLimiter::Clock clock()
    {
        return [this] { return m_now.load(); };
    }
};

void tst_RateLimiter::windowTable_data()
{
    // Each row: the rate, then a script of (clock advance before the call, expected tryAcquire()).
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("margin");
    QTest::addColumn<Script>("script");
    // 10/s: ten go at once, the 11th waits until the first leaves the window (+ margin).
    Script burst;
    for (int i = 0; i < 10; ++i)
        burst << qMakePair(0, 0);
    burst << qMakePair(0, 1025) << qMakePair(1024, 1) << qMakePair(1, 0) << qMakePair(0, 0)
          << qMakePair(0, 0);
    QTest::newRow("10/s burst") << 10.0 << 25 << burst;
    // Sends spread out: each slot frees 1 s (+ margin) after its own send, not after the last one.
    Script spread;
    for (int i = 0; i < 10; ++i)
        spread << qMakePair(i == 0 ? 0 : 100, 0);
    spread << qMakePair(100, 25) << qMakePair(25, 0) << qMakePair(0, 100) << qMakePair(100, 0);
    QTest::newRow("10/s spread") << 10.0 << 25 << spread;
    QTest::newRow("5/s, no margin") << 5.0 << 0
                                    << Script { { 0, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 }, { 0, 0 }, { 0, 1000 },
                                           { 999, 1 }, { 1, 0 } };
    // A quiet period frees the whole window again.
    QTest::newRow("quiet period") << 2.0 << 10
                                  << Script { { 0, 0 }, { 0, 0 }, { 0, 1010 }, { 5000, 0 }, { 0, 0 },
                                         { 0, 1010 } };
}

void tst_RateLimiter::windowTable()
{
    QFETCH(double, rate);
    QFETCH(int, margin);
    QFETCH(Script, script);
    m_now = 1000;
    RateLimiter limiter(rate, clock());
    limiter.setMarginMs(margin);
    for (int step = 0; step < script.size(); ++step) {
        m_now += script.at(step).first;
        const qint64 wait = limiter.tryAcquire();
        if (wait != script.at(step).second)
            QFAIL(qPrintable(QStringLiteral("step %1: waited %2, expected %3")
                                 .arg(step)
                                 .arg(wait)
                                 .arg(script.at(step).second)));
    }
}

void tst_RateLimiter::anySlidingWindowHoldsAtMostTheLimit()
{
    // A greedy caller that asks again exactly when told: over 60 s, every 1-second window (sliding,
    // at every millisecond) holds at most 10 sends, and the rate reached is 10 per (1 s + margin).
    m_now = 1000;
    RateLimiter limiter(10, clock());
    QList<qint64> sent;
    while (m_now < 61000) {
        const qint64 wait = limiter.tryAcquire();
        if (wait == 0)
            sent << m_now.load();
        else
            m_now += wait;
    }
    for (int i = 10; i < sent.size(); ++i)
        QVERIFY2(sent.at(i) - sent.at(i - 10) >= 1000, qPrintable(QString::number(i)));
    QCOMPARE(sent.size(), 10 * (60000 / 1025 + 1));
}

void tst_RateLimiter::waitingBooksNothing()
{
    // A request told to wait holds no slot: asking twice while waiting does not push the others back.
    m_now = 1000;
    RateLimiter limiter(1, clock());
    limiter.setMarginMs(0);
    QCOMPARE(limiter.tryAcquire(), qint64(0));
    QCOMPARE(limiter.tryAcquire(), qint64(1000));
    QCOMPARE(limiter.tryAcquire(), qint64(1000));
    QCOMPARE(limiter.waitMs(), qint64(1000));
    m_now += 1000;
    QCOMPARE(limiter.waitMs(), qint64(0));
    QCOMPARE(limiter.tryAcquire(), qint64(0));
    QCOMPARE(limiter.waitMs(), qint64(1000));
}

void tst_RateLimiter::parallelCallersShareTheBudget()
{
    // 4 threads racing for 25 sends each at 10/s on a clock they advance together: no 1-second window
    // ever holds more than 10 of the booked sends. The acquires race with each other (shared lock);
    // the clock only moves between them (exclusive lock), so a send is recorded at the time it booked.
    m_now = 1000;
    RateLimiter limiter(10, clock());
    QList<qint64> times;
    QMutex mutex;
    QReadWriteLock clockLock;
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&] {
            int done = 0;
            while (done < 25) {
                qint64 wait = 0;
                {
                    QReadLocker reading(&clockLock);
                    wait = limiter.tryAcquire();
                    if (wait == 0) {
                        QMutexLocker lock(&mutex);
                        times << m_now.load();
                        ++done;
                    }
                }
                if (wait != 0) {
                    QWriteLocker advancing(&clockLock);
                    m_now += 1; // time moves on for everybody
                }
            }
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(20000));
        delete thread;
    }
    std::sort(times.begin(), times.end());
    QCOMPARE(times.size(), 100);
    for (int i = 10; i < times.size(); ++i)
        QVERIFY2(times.at(i) - times.at(i - 10) >= 1000, qPrintable(QString::number(i)));
}

void tst_RateLimiter::pauseHoldsEveryoneBack()
{
    m_now = 1000;
    RateLimiter limiter(100, clock());
    limiter.pause(1500);
    QCOMPARE(limiter.tryAcquire(), qint64(1500));
    m_now += 1000;
    QCOMPARE(limiter.tryAcquire(), qint64(500));
    limiter.pause(100); // a shorter pause does not cut the running one
    QCOMPARE(limiter.waitMs(), qint64(500));
    m_now += 500;
    QCOMPARE(limiter.tryAcquire(), qint64(0));
}

void tst_RateLimiter::slowerThanOnePerSecond()
{
    m_now = 1000;
    RateLimiter limiter(0.5, clock());
    limiter.setMarginMs(0);
    QCOMPARE(limiter.capacity(), 1);
    QCOMPARE(limiter.windowMs(), qint64(2000));
    QCOMPARE(limiter.tryAcquire(), qint64(0));
    QCOMPARE(limiter.tryAcquire(), qint64(2000));
}

void tst_RateLimiter::rateChangeKeepsPastSends()
{
    m_now = 1000;
    RateLimiter limiter(10, clock());
    limiter.setMarginMs(0);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(limiter.tryAcquire(), qint64(0));
    limiter.setRate(5);
    QCOMPARE(limiter.tryAcquire(), qint64(1000)); // the five sends still fill the smaller window
    QCOMPARE(limiter.rate(), 5.0);
}

void tst_RateLimiter::unlimited()
{
    m_now = 1000;
    RateLimiter limiter(1, clock());
    limiter.setUnlimited(true);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(limiter.tryAcquire(), qint64(0));
    // Without limits of its own, a service's Retry-After is still honoured.
    limiter.pause(800);
    QCOMPARE(limiter.tryAcquire(), qint64(800));
    m_now += 300;
    QCOMPARE(limiter.tryAcquire(), qint64(500));
    m_now += 500;
    QCOMPARE(limiter.tryAcquire(), qint64(0));
}

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
