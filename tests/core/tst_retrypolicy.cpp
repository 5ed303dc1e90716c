#include <QTest>

#include "rules/retrypolicy.h"

using namespace LeadBridge;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void delay_data();
    void delay();
};

void tst_RetryPolicy::delay_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<int>("retryAfterMs");
    QTest::addColumn<qint64>("intervalMs");
    QTest::addColumn<qint64>("expected");
    const int server = int(ApiError::Kind::Server);
    const int unknown = int(ApiError::Kind::OutcomeUnknown);
    const int none = int(ApiError::Kind::None);
    QTest::newRow("first attempt: one interval") << 1 << server << 0 << qint64(60000) << qint64(60000);
    QTest::newRow("second: doubled") << 2 << server << 0 << qint64(60000) << qint64(120000);
    QTest::newRow("third: four times") << 3 << server << 0 << qint64(60000) << qint64(240000);
    QTest::newRow("per-deal problem (no error kind)") << 2 << none << 0 << qint64(1000) << qint64(2000);
    QTest::newRow("capped at six hours") << 9 << server << 0 << qint64(120000) << qint64(6LL * 3600 * 1000);
    QTest::newRow("doublings stop at eight") << 30 << server << 0 << qint64(10) << qint64(2560);
    QTest::newRow("zero attempts: one interval") << 0 << server << 0 << qint64(500) << qint64(500);
    QTest::newRow("lost answer: look next cycle") << 5 << unknown << 0 << qint64(60000) << qint64(0);
    QTest::newRow("server's Retry-After wins")
        << 5 << int(ApiError::Kind::RateLimited) << 7000 << qint64(60000) << qint64(7000);
}

void tst_RetryPolicy::delay()
{
    QFETCH(int, attempts);
    QFETCH(int, errorKind);
    QFETCH(int, retryAfterMs);
    QFETCH(qint64, intervalMs);
    QFETCH(qint64, expected);
    ApiError error;
    error.kind = ApiError::Kind(errorKind);
    error.retryAfterMs = retryAfterMs;
    QCOMPARE(Sync::retryDelayMs(attempts, error, intervalMs), expected);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
