// Direction 2 end to end: retailCRM orders become Calltouch deals, bound once to their leads.
#include <QFile>

#include "sandbox/simhttpserver.h"
#include "syncfixture.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

namespace {

struct DealWorld
{
    SyncFixture f;
    qint64 call = 0;
    qint64 request = 0;
    qint64 orderByCall = 0;
    qint64 orderByRequest = 0;
    qint64 orderOldLead = 0;
    qint64 orderNoContacts = 0;

    DealWorld()
    {
        f.config.dealSync = true;
        f.config.leadKinds = { QStringLiteral("call"), QStringLiteral("request") };
        call =
            f.ct->addCall(f.now.addDays(-10), QStringLiteral("8 (916) 000-00-01"), QStringLiteral("yandex"));
        request = f.ct->addRequest(f.now.addDays(-20), {}, QStringLiteral("anna@example.ru"),
            QStringLiteral("Анна"), QStringLiteral("Заявка"));
        f.ct->addCall(f.now.addDays(-400), QStringLiteral("+79160000003")); // 13 months old
        orderByCall = addOrder(QStringLiteral("+7 916 000-00-01"), {}, QStringLiteral("main-shop"), 3);
        orderByRequest = addOrder({}, QStringLiteral("Anna@Example.ru"), QStringLiteral("outlet"), 2);
        orderOldLead = addOrder(QStringLiteral("+79160000003"), {}, QStringLiteral("main-shop"), 1);
        orderNoContacts = addOrder({}, {}, QStringLiteral("outlet"), 0);
    }

    qint64 addOrder(const QString &phone, const QString &email, const QString &site, int hoursAgo)
    {
        RetailCrm::Order order;
        order.site = site;
        order.phone = phone;
        order.email = email;
        order.status = QStringLiteral("new");
        order.totalSumm = QStringLiteral("1500.50");
        order.createdAt = f.now.addSecs(-3600 * hoursAgo - 60);
        return f.crm->addOrder(order);
    }

    Calltouch::SimDeal deal(qint64 orderId) const { return f.ct->deal(QString::number(orderId)); }
};

} // namespace

class tst_DealSync : public QObject
{
    Q_OBJECT
private slots:
    void ordersBecomeBoundDeals();
    void statusAndTotalChangesUpdateTheDeal();
    void crashAroundTheBatchCreatesNoDuplicates_data();
    void crashAroundTheBatchCreatesNoDuplicates();
    void calltouchDownThenTheBacklogDrainsInOrder();
    void dealsCalltouchAlreadyHasAreUpdatedNotDuplicated();
};

void tst_DealSync::ordersBecomeBoundDeals()
{
    DealWorld w;
    w.f.makeEngine();
    const SyncSummary summary = w.f.cycle();
    QCOMPARE(summary.dealsCreated, 4);
    QCOMPARE(w.f.ct->deals().size(), 4);

    const Calltouch::SimDeal byCall = w.deal(w.orderByCall);
    QCOMPARE(byCall.boundKind, QStringLiteral("call"));
    QCOMPARE(byCall.boundLeadId, QString::number(w.call));
    QCOMPARE(byCall.funnel, QStringLiteral("main-shop"));
    QCOMPARE(byCall.status, QStringLiteral("new"));
    QCOMPARE(byCall.revenue, QStringLiteral("1500.50"));
    QCOMPARE(byCall.orderName, w.f.crm->order(w.orderByCall).number);

    const Calltouch::SimDeal byRequest = w.deal(w.orderByRequest);
    QCOMPARE(byRequest.boundKind, QStringLiteral("request"));
    QCOMPARE(byRequest.boundLeadId, QString::number(w.request));
    QCOMPARE(byRequest.funnel, QStringLiteral("outlet"));

    const Calltouch::SimDeal old = w.deal(w.orderOldLead);
    QCOMPARE(old.boundKind, QStringLiteral("customSources"));
    QCOMPARE(old.customSource, QStringLiteral("Лид не найден"));

    const Calltouch::SimDeal none = w.deal(w.orderNoContacts);
    QCOMPARE(none.customSource, QStringLiteral("Лид не найден"));
    QCOMPARE(w.f.sql(QStringLiteral("SELECT binding_kind FROM deals WHERE order_id=?"), { w.orderNoContacts })
                 .toString(),
        QStringLiteral("no-contacts"));
    QVERIFY(!w.f.sql(QStringLiteral("SELECT binding_note FROM deals WHERE order_id=?"), { w.orderNoContacts })
                 .toString()
                 .isEmpty());

    // A second run creates nothing and sends nothing.
    const int creates = w.f.ct->server()->count(QStringLiteral("POST client-order/create"));
    w.f.cycle();
    QCOMPARE(w.f.ct->deals().size(), 4);
    QCOMPARE(w.f.ct->server()->count(QStringLiteral("POST client-order/create")), creates);
    QCOMPARE(w.f.ct->server()->count(QStringLiteral("POST client-order/update")), 0);
}

void tst_DealSync::statusAndTotalChangesUpdateTheDeal()
{
    DealWorld w;
    w.f.makeEngine();
    w.f.cycle();
    w.f.now = w.f.now.addSecs(600);
    QVERIFY(w.f.crm->setOrderStatus(w.orderByCall, QStringLiteral("complete")));
    QVERIFY(w.f.crm->setOrderTotal(w.orderByRequest, QStringLiteral("2500.00")));
    const SyncSummary summary = w.f.cycle(); // within one cycle
    QCOMPARE(summary.dealsUpdated, 2);
    QCOMPARE(w.deal(w.orderByCall).status, QStringLiteral("complete"));
    QCOMPARE(w.deal(w.orderByRequest).revenue, QStringLiteral("2500.00"));
    // The binding made at creation is never redone.
    QCOMPARE(w.deal(w.orderByCall).boundLeadId, QString::number(w.call));
    QVERIFY(!w.deal(w.orderByCall).matchingSentOnUpdate);
    const int updates = w.deal(w.orderByCall).updateCount;
    w.f.cycle();
    QCOMPARE(w.deal(w.orderByCall).updateCount, updates);
}

void tst_DealSync::crashAroundTheBatchCreatesNoDuplicates_data()
{
    QTest::addColumn<QString>("point");
    QTest::newRow("before sending") << QStringLiteral("create-deals:before");
    QTest::newRow("after sending") << QStringLiteral("create-deals:after");
}

void tst_DealSync::crashAroundTheBatchCreatesNoDuplicates()
{
    QFETCH(QString, point);
    DealWorld w;
    bool crashed = false;
    w.f.makeEngine([&](const QString &at) {
        if (at == point && !crashed) {
            crashed = true;
            return true;
        }
        return false;
    });
    w.f.cycle();
    QVERIFY(crashed);
    w.f.makeEngine();
    w.f.cycle();
    w.f.cycle();
    QCOMPARE(w.f.ct->deals().size(), 4);
    // After a crash behind the send, the engine looked first and did not send the creates again.
    const int creates = w.f.ct->server()->count(QStringLiteral("POST client-order/create"));
    QCOMPARE(creates, 1);
    QCOMPARE(w.f.sql(QStringLiteral("SELECT count(*) FROM deals WHERE state<>'created'")).toInt(), 0);
}

void tst_DealSync::calltouchDownThenTheBacklogDrainsInOrder()
{
    DealWorld w;
    w.f.ct->server()->setFaultRate(QStringLiteral("POST client-order/create"), SimFault::Http503, 1.0);
    w.f.makeEngine();
    SyncSummary summary = w.f.cycle();
    QVERIFY(summary.dealsFailed > 0);
    QCOMPARE(w.f.ct->deals().size(), 0);
    QVERIFY(
        w.f.sql(QStringLiteral("SELECT count(*) FROM errors WHERE direction='deals' AND resolved=0")).toInt()
        > 0);
    w.f.now = w.f.now.addSecs(3600);
    w.f.cycle();
    QCOMPARE(w.f.ct->deals().size(), 0);
    w.f.ct->server()->clearFaults();
    w.f.now = w.f.now.addSecs(6 * 3600);
    summary = w.f.cycle();
    QCOMPARE(w.f.ct->deals().size(), 4);
    // In the order the orders were created.
    QVERIFY(w.deal(w.orderByCall).calltouchOrderId < w.deal(w.orderByRequest).calltouchOrderId);
    QVERIFY(w.deal(w.orderByRequest).calltouchOrderId < w.deal(w.orderOldLead).calltouchOrderId);
    QVERIFY(w.deal(w.orderOldLead).calltouchOrderId < w.deal(w.orderNoContacts).calltouchOrderId);
}

void tst_DealSync::dealsCalltouchAlreadyHasAreUpdatedNotDuplicated()
{
    // The local database is lost (a new computer): every create meets a deal Calltouch already has.
    DealWorld w;
    w.f.makeEngine();
    w.f.cycle();
    QCOMPARE(w.f.ct->deals().size(), 4);
    QVERIFY(w.f.crm->setOrderStatus(w.orderByCall, QStringLiteral("complete")));
    w.f.engine.reset();
    QVERIFY(QFile::remove(w.f.databasePath()));
    QFile::remove(w.f.databasePath() + QStringLiteral("-wal"));
    QFile::remove(w.f.databasePath() + QStringLiteral("-shm"));
    w.f.makeEngine();
    SyncSummary summary = w.f.cycle();
    QCOMPARE(summary.dealsFailed, 0);
    QCOMPARE(w.f.ct->deals().size(), 4);
    QCOMPARE(w.f.sql(QStringLiteral("SELECT count(*) FROM deals WHERE state='created'")).toInt(), 4);
    QCOMPARE(w.deal(w.orderByCall).status, QStringLiteral("complete"));
    QCOMPARE(
        w.f.sql(QStringLiteral("SELECT count(*) FROM errors WHERE direction='deals' AND resolved=0")).toInt(),
        0);
}

QTEST_GUILESS_MAIN(tst_DealSync)
#include "tst_dealsync.moc"
