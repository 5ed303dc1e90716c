// The silence alert in the real engine against the simulated services: a store seeded through its
// writers with three weeks of leads (deals), the fixture's clock moved through a Monday.
#include <QSignalSpy>
#include <QTest>

#include "silenceseed.h"
#include "store/queries/silencehistory.h"
#include "store/syncstore.h"
#include "syncfixture.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

using namespace LeadBridge::TestSupport::SilenceSeed;

class tst_SilenceAlert : public QObject
{
    Q_OBJECT
private slots:
    void leadSilenceIsRecordedOnceAndResolvedByALead();
    void dealSilenceWhileOrdersKeepComing();

private:
    /// Silence rows of @p direction: open ones, all.
    static int silenceRows(SyncFixture &f, const QString &direction, bool openOnly)
    {
        return f
            .sql(QStringLiteral("SELECT count(*) FROM errors WHERE item='silence' AND direction=?")
                    + (openOnly ? QStringLiteral(" AND resolved=0") : QString()),
                { direction })
            .toInt();
    }
    static int silenceSignals(const QSignalSpy &spy)
    {
        int count = 0;
        for (const auto &args : spy)
            count += args.at(1).toString() == QLatin1String("silence") ? 1 : 0;
        return count;
    }
};

void tst_SilenceAlert::leadSilenceIsRecordedOnceAndResolvedByALead()
{
    SyncFixture f;
    f.now = moscow(kMonday, 12, 30);
    f.config.since = kMonday;
    SyncEngine *engine = f.makeEngine();
    QVERIFY(seedLeads(f, moscow(kMonday, 11, 40)) > 400);
    QSignalSpy recorded(engine, &SyncEngine::errorRecorded);
    const QString leads = Db::toDb(Db::ErrorDirection::Leads);

    // 50 minutes without a lead at 6 an hour: plausible.
    f.cycle();
    QCOMPARE(silenceRows(f, leads, false), 0);

    // 2 h 20 min: implausible. One open error, in the words of the issue, notified once.
    f.now = moscow(kMonday, 14, 0);
    f.cycle();
    QCOMPARE(silenceRows(f, leads, true), 1);
    QCOMPARE(f.sql(QStringLiteral("SELECT code FROM errors WHERE item='silence'")).toString(),
        QStringLiteral("lead-silence"));
    QCOMPARE(silenceSignals(recorded), 1);
    const QString message = recorded.constLast().at(2).toString();
    QVERIFY2(message.contains(QLatin1String("No leads from Calltouch since")), qPrintable(message));
    QVERIFY2(message.contains(readersTime(moscow(kMonday, 11, 40))), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("about 6 an hour")), qPrintable(message));

    // Still silent half an hour later: the same open error, no second notification.
    f.now = moscow(kMonday, 14, 30);
    f.cycle();
    QCOMPARE(silenceRows(f, leads, true), 1);
    QCOMPARE(silenceRows(f, leads, false), 1);
    QCOMPARE(silenceSignals(recorded), 1);

    // A call arrives: the alert is over by itself.
    f.ct->addCall(moscow(kMonday, 14, 35), QStringLiteral("+79165550101"));
    f.now = moscow(kMonday, 14, 40);
    f.cycle();
    QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM leads WHERE state<>'history'")).toInt(), 1);
    QCOMPARE(silenceRows(f, leads, true), 0);
    QCOMPARE(silenceRows(f, leads, false), 1);
    QCOMPARE(silenceSignals(recorded), 1);

    // A new silence after it is a new alert (notified again, since the new last lead).
    f.now = moscow(kMonday, 17, 0);
    f.cycle();
    QCOMPARE(silenceRows(f, leads, true), 1);
    QCOMPARE(silenceSignals(recorded), 2);
    QVERIFY2(recorded.constLast().at(2).toString().contains(readersTime(moscow(kMonday, 14, 35))),
        qPrintable(recorded.constLast().at(2).toString()));

    // Switched off in the settings: the open alert closes.
    f.config.silence.enabled = false;
    f.makeEngine();
    f.now = moscow(kMonday, 17, 10);
    f.cycle();
    QCOMPARE(silenceRows(f, leads, true), 0);
}

void tst_SilenceAlert::dealSilenceWhileOrdersKeepComing()
{
    SyncFixture f;
    f.now = moscow(kMonday, 12, 0);
    f.config.since = kMonday;
    f.config.dealSync = true;
    SyncEngine *engine = f.makeEngine();
    {
        // Three weeks of orders, each deal pushed when its order came, until 11:40; the orders of
        // 11:50..13:50 still wait for their deal.
        Store store(QStringLiteral("seed"));
        QVERIFY(store.open(f.databasePath()).isOk());
        SyncStore sync(store);
        const QDateTime lastPush = moscow(kMonday, 11, 40);
        qint64 id = 5000;
        const StoreResult written = store.inTransaction([&] {
            for (const QDateTime &at : weekdayFlow(moscow(kMonday, 13, 50))) {
                DealRow row;
                row.orderId = ++id;
                row.orderNumber = QStringLiteral("%1A").arg(id);
                row.site = QStringLiteral("main-shop");
                row.status = QStringLiteral("new");
                row.revenue = QStringLiteral("1500");
                row.orderCreatedAt = at;
                row.statusChangedAt = at;
                row.bindingKind = Db::BindingKind::NotFound;
                const qint64 ms = at.toMSecsSinceEpoch();
                if (!sync.insertDeal(row, ms).ok)
                    return false;
                if (at <= lastPush && !sync.setDealPushed(row.orderId, row.status, row.revenue, ms).ok)
                    return false;
            }
            return true;
        });
        QVERIFY(written.ok);
    }
    // Calltouch refuses every deal.
    const QString createRoute = QStringLiteral("POST client-order/create");
    f.ct->server()->setFaultRate(createRoute, SimFault::Http503, 1.0);
    QSignalSpy recorded(engine, &SyncEngine::errorRecorded);
    const QString deals = Db::toDb(Db::ErrorDirection::Deals);

    f.now = moscow(kMonday, 14, 0);
    f.cycle();
    QVERIFY(f.ct->server()->count(createRoute) > 0); // it tried
    QCOMPARE(silenceRows(f, deals, true), 1);
    QCOMPARE(f.sql(QStringLiteral("SELECT code FROM errors WHERE item='silence'")).toString(),
        QStringLiteral("deal-silence"));
    QCOMPARE(silenceSignals(recorded), 1);
    QVERIFY2(recorded.constLast().at(2).toString().contains(readersTime(moscow(kMonday, 11, 40))),
        qPrintable(recorded.constLast().at(2).toString()));
    // No lead history: no lead alert.
    QCOMPARE(silenceRows(f, Db::toDb(Db::ErrorDirection::Leads), false), 0);

    f.now = moscow(kMonday, 14, 10);
    f.cycle();
    QCOMPARE(silenceRows(f, deals, true), 1);
    QCOMPARE(silenceSignals(recorded), 1);

    // Calltouch takes deals again: they are pushed and the alert closes.
    f.ct->server()->clearFaults();
    f.now = moscow(kMonday, 16, 0);
    f.cycle();
    QVERIFY(!f.ct->deals().isEmpty());
    QCOMPARE(silenceRows(f, deals, true), 0);
    QCOMPARE(silenceSignals(recorded), 1);
}

QTEST_GUILESS_MAIN(tst_SilenceAlert)
#include "tst_silencealert.moc"
