// The engine when its database fails mid-cycle: the real engine, the simulated services over loopback,
// and another connection that takes the database's write lock at a chosen step and keeps it.
#include <QSignalSpy>
#include <QSqlQuery>

#include "store/store.h"
#include "syncfixture.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

class tst_StoreFailure : public QObject
{
    Q_OBJECT
private slots:
    void failedJournalStopsTheRemoteWriteAndTheCycle();
};

void tst_StoreFailure::failedJournalStopsTheRemoteWriteAndTheCycle()
{
    SyncFixture f;
    f.ct->addCall(f.now.addSecs(-600), QStringLiteral("89165551234"));
    f.ct->addCall(f.now.addSecs(-500), QStringLiteral("89165550000"));
    Store other(QStringLiteral("other-program"));
    QVERIFY(other.open(f.databasePath()).isOk());
    QSqlQuery hold(other.database());
    bool holding = false;
    // After the first order (with its new customer) is created, another program holds the write lock
    // (longer than the busy timeout): the order's confirm, the next journal and everything after it
    // cannot be written.
    SyncEngine *engine = f.makeEngine([&](const QString &point) {
        if (point == QLatin1String("create-order:after") && !holding)
            holding = hold.exec(QStringLiteral("BEGIN IMMEDIATE"));
        return false;
    });
    QSignalSpy storeFailed(engine, &SyncEngine::storeFailed);
    const SyncSummary failed = f.cycle();
    QVERIFY(holding);
    QVERIFY2(!failed.storeError.isEmpty(), "the cycle must report the store failure");
    QCOMPARE(failed.exitCode(), 2);
    QCOMPARE(storeFailed.count(), 1); // once, not once per write
    QVERIFY(storeFailed.first().first().toString().contains(QLatin1String("locked")));
    QCOMPARE(f.crm->server()->count(QStringLiteral("POST /api/v5/customers/create")), 0);
    QCOMPARE(f.crm->server()->count(QStringLiteral("POST /api/v5/orders/create")),
        1); // the second lead's was not journalled: not sent
    QCOMPARE(failed.ordersCreated, 0);

    // The lock goes: the next cycle finds the order it created and finishes both leads, once each.
    QVERIFY(hold.exec(QStringLiteral("COMMIT")));
    const SyncSummary recovered = f.cycle();
    QVERIFY(recovered.storeError.isEmpty());
    QCOMPARE(recovered.exitCode(), 0);
    QCOMPARE(f.crm->customers().size(), 2);
    QCOMPARE(f.crm->orders().size(), 2);
    QCOMPARE(f.crm->server()->count(QStringLiteral("POST /api/v5/orders/create")), 2);
    QCOMPARE(f.crm->server()->count(QStringLiteral("POST /api/v5/customers/create")), 0);
    QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM leads WHERE state='done'")).toInt(), 2);
    QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM outbox WHERE state<>'confirmed'")).toInt(), 0);
    QCOMPARE(storeFailed.count(), 1);
}

QTEST_GUILESS_MAIN(tst_StoreFailure)
#include "tst_storefailure.moc"
