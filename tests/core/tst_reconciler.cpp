// The reconciliation report against the simulated services, after a real engine sync: a clean account
// reconciles clean; an order deleted in the CRM, a deal whose revenue was changed in Calltouch, an order
// naming a lead Calltouch does not know and an order without a deal are each found; nothing is written.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "calltouch/calltouchparsers.h"
#include "reconcileworld.h"
#include "rules/customfieldset.h"
#include "sync/reconciler.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;
using Kind = ReconcileLine::Kind;

class tst_Reconciler : public QObject
{
    Q_OBJECT
private slots:
    void theDealsJournalGivesStatusAndRevenue();
    void aSyncedAccountReconcilesClean();
    void aLeadWhoseOrderWasDeletedIsInNoOrder();
    void aDealWhoseRevenueChangedInCalltouchDiffers();
    void anOrderNamingAnUnknownLeadAndWithoutADeal();
    void thePeriodLimitsWhatIsChecked();
    void aRejectedKeyStopsWithExitCodeTwo();
    void aLeadTheRulesSkippedIsNotOff();
    void anAccountNeverSetUpIsAConfigurationProblem();
    void lookupsStayWithinTheRateLimits();
};

void tst_Reconciler::theDealsJournalGivesStatusAndRevenue()
{
    // The record shape is UNCONFIRMED: revenue as text (the reference sample) or as a number; a record
    // without orderNumber is keyed by orderId.
    const QByteArray page = R"({"page":1,"pageTotal":1,"pageSize":1000,"recordsTotal":3,"records":[
        {"orderId":700001,"orderNumber":"10517","status":"new","revenue":"45990.00"},
        {"orderId":700002,"orderNumber":"10518","status":"complete","revenue":1250.5},
        {"orderId":700003,"status":"cancel"}]})";
    const auto parsed = Calltouch::parseDealsJournal(page);
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed.value.deals.size(), 3);
    QCOMPARE(parsed.value.deals.at(0).revenue, QStringLiteral("45990.00"));
    QCOMPARE(parsed.value.deals.at(1).status, QStringLiteral("complete"));
    QCOMPARE(parsed.value.deals.at(1).revenue, QStringLiteral("1250.50"));
    QCOMPARE(parsed.value.deals.at(2).orderNumber, QStringLiteral("700003"));
    QCOMPARE(parsed.value.deals.at(2).revenue, QString());
}

void tst_Reconciler::aSyncedAccountReconcilesClean()
{
    ReconcileWorld w;
    QVERIFY(w.sync());
    const int crmPosts = w.f.crm->server()->countByMethod("POST");
    const int ctPosts = w.f.ct->server()->countByMethod("POST");

    const ReconcileReport report = w.reconcile();
    QVERIFY2(report.isClean(), qPrintable(report.summaryText()));
    QCOMPARE(report.exitCode(), 0);
    QCOMPARE(report.from, w.f.now.date().addDays(-(Reconciler::kDefaultDays - 1)));
    QCOMPARE(report.to, w.f.now.date());
    QCOMPARE(report.leadsRead, 4);
    QCOMPARE(report.leadsChecked, 3);
    QCOMPARE(report.leadsWithoutContact, 1);
    QCOMPARE(report.ordersRead, 3);
    QCOMPARE(report.dealsRead, 3);
    // Every lead was found among the orders read: no lookup, and the estimate said so before.
    QCOMPARE(w.lastPlanned.size(), 4);
    QCOMPARE(w.lastPlanned.at(1).toInt(), 1); // the deals journal
    QCOMPARE(w.lastPlanned.at(2).toInt(), 1);
    QCOMPARE(report.estimatedRequests, int(report.requests));
    // Read-only: the services received no write at all.
    QCOMPARE(w.f.crm->server()->countByMethod("POST"), crmPosts);
    QCOMPARE(w.f.ct->server()->countByMethod("POST"), ctPosts);
    QCOMPARE(report.writesRefused, 0);
}

void tst_Reconciler::aLeadWhoseOrderWasDeletedIsInNoOrder()
{
    ReconcileWorld w;
    QVERIFY(w.sync());
    const qint64 orderA = w.orderOf(w.callA, Sync::FieldCode::CallId);
    QVERIFY(orderA > 0);
    QVERIFY(w.f.crm->removeOrder(orderA));
    const int crmPosts = w.f.crm->server()->countByMethod("POST");
    const int ctPosts = w.f.ct->server()->countByMethod("POST");

    const ReconcileReport report = w.reconcile();
    QCOMPARE(report.count(Kind::LeadInNoOrder), 1);
    const ReconcileLine *line = lineOf(report, Kind::LeadInNoOrder);
    QCOMPARE(line->leadId, QString::number(w.callA));
    QCOMPARE(line->leadKind, Calltouch::Lead::Kind::Call);
    QCOMPARE(line->contact, QStringLiteral("+79160000001"));
    QVERIFY(ReconcileReport::lineText(*line).contains(QString::number(w.callA)));
    // It was looked up in the CRM before being reported: one lookup announced, and the customer's
    // orders at most.
    QCOMPARE(w.lastPlanned.at(1).toInt(), 2);
    QCOMPARE(w.lastPlanned.at(2).toInt(), 4);
    QCOMPARE(report.requests, qint64(report.estimatedRequests + 2));
    // The rules say why it matters: the customer has no order now, sending it again would make one.
    QVERIFY2(ReconcileReport::lineText(*line).contains(QStringLiteral("no orders")),
        qPrintable(ReconcileReport::lineText(*line)));
    // The deleted order's deal is still in Calltouch, but the order is gone: nothing else is off.
    QCOMPARE(report.lines.size(), 1);
    QCOMPARE(report.exitCode(), 1);
    QVERIFY(report.summaryText().contains(QStringLiteral("Leads in no order: 1")));
    QCOMPARE(w.f.crm->server()->countByMethod("POST"), crmPosts);
    QCOMPARE(w.f.ct->server()->countByMethod("POST"), ctPosts);
}

void tst_Reconciler::aDealWhoseRevenueChangedInCalltouchDiffers()
{
    ReconcileWorld w;
    QVERIFY(w.sync());
    const qint64 orderB = w.orderOf(w.callB, Sync::FieldCode::CallId);
    QVERIFY(orderB > 0);
    const QString crmRevenue = w.f.ct->deal(QString::number(orderB)).revenue;
    QVERIFY(w.f.ct->setDealRevenue(QString::number(orderB), QStringLiteral("99999.00")));
    const int ctPosts = w.f.ct->server()->countByMethod("POST");

    const ReconcileReport report = w.reconcile();
    QCOMPARE(report.lines.size(), 1);
    const ReconcileLine *line = lineOf(report, Kind::DealDiffers);
    QVERIFY(line);
    QCOMPARE(line->orderId, orderB);
    QCOMPARE(line->dealRevenue, QStringLiteral("99999.00"));
    QCOMPARE(line->orderRevenue.toDouble(), crmRevenue.toDouble());
    QCOMPARE(line->orderStatus, line->dealStatus);
    const QString text = ReconcileReport::lineText(*line);
    QVERIFY2(text.contains(QStringLiteral("99999.00")) && !text.contains(QStringLiteral("status")),
        qPrintable(text));
    QCOMPARE(report.exitCode(), 1);
    // Found, not fixed: the deal keeps Calltouch's revenue.
    QCOMPARE(w.f.ct->server()->countByMethod("POST"), ctPosts);
    QCOMPARE(w.f.ct->deal(QString::number(orderB)).revenue, QStringLiteral("99999.00"));
}

void tst_Reconciler::anOrderNamingAnUnknownLeadAndWithoutADeal()
{
    ReconcileWorld w;
    QVERIFY(w.sync());
    // A CRM user typed a call ID into an order that no deal was made for (the engine has not run since).
    RetailCrm::Order order;
    order.site = QStringLiteral("main-shop");
    order.status = QStringLiteral("new");
    order.phone = QStringLiteral("+79160000009");
    order.createdAt = w.f.now.addSecs(-1800);
    order.customFields.insert(Sync::FieldCode::CallId, QStringLiteral("123"));
    const qint64 typed = w.f.crm->addOrder(order);
    QVERIFY(typed > 0);
    // An order of another Calltouch project names its own leads: not ours to judge.
    order.customFields.insert(Sync::FieldCode::SiteId, QStringLiteral("99999"));
    order.createdAt = w.f.now.addDays(-40);
    QVERIFY(w.f.crm->addOrder(order) > 0);

    const ReconcileReport report = w.reconcile();
    QCOMPARE(report.count(Kind::UnknownLead), 1);
    QCOMPARE(lineOf(report, Kind::UnknownLead)->orderId, typed);
    QCOMPARE(lineOf(report, Kind::UnknownLead)->leadId, QStringLiteral("123"));
    QCOMPARE(report.count(Kind::OrderWithoutDeal), 1);
    QCOMPARE(lineOf(report, Kind::OrderWithoutDeal)->orderId, typed);
    QCOMPARE(report.lines.size(), 2);
    QCOMPARE(report.exitCode(), 1);
}

void tst_Reconciler::thePeriodLimitsWhatIsChecked()
{
    ReconcileWorld w;
    QVERIFY(w.sync());
    QVERIFY(w.f.crm->removeOrder(w.orderOf(w.callA, Sync::FieldCode::CallId)));
    // Today only: the deleted order's lead (two days ago) is outside the period.
    const ReconcileReport today = w.reconcile(w.f.now.date(), w.f.now.date());
    QVERIFY2(today.isClean(), qPrintable(today.summaryText()));
    QCOMPARE(today.leadsRead, 2);
    const ReconcileReport week = w.reconcile(w.f.now.date().addDays(-7), w.f.now.date());
    QCOMPARE(week.count(Kind::LeadInNoOrder), 1);
}

void tst_Reconciler::aRejectedKeyStopsWithExitCodeTwo()
{
    ReconcileWorld w;
    w.f.config.retailCrmApiKey = QStringLiteral("wrong-key-0123456789");
    const ReconcileReport report = w.reconcile();
    QVERIFY(report.error.isCredentialProblem());
    QCOMPARE(report.errorService, QStringLiteral("retailCRM"));
    QCOMPARE(report.exitCode(), 2);
    QVERIFY(!report.summaryText().contains(QStringLiteral("wrong-key")));
}

void tst_Reconciler::aLeadTheRulesSkippedIsNotOff()
{
    ReconcileWorld w;
    // A second call of A's customer while A's order is open: the sync leaves it out by its rules.
    const qint64 again = w.f.ct->addCall(w.f.now.addDays(-2).addSecs(3600), QStringLiteral("+79160000001"));
    QVERIFY(w.sync());
    QCOMPARE(w.orderOf(again, Sync::FieldCode::CallId), 0);
    const int posts = w.f.crm->server()->countByMethod("POST");

    const ReconcileReport report = w.reconcile();
    QVERIFY2(report.isClean(), qPrintable(report.summaryText()));
    QCOMPARE(report.leadsChecked, 4);
    QCOMPARE(report.leadsSkippedByRule, 1);
    QCOMPARE(w.f.crm->server()->countByMethod("POST"), posts);
}

void tst_Reconciler::anAccountNeverSetUpIsAConfigurationProblem()
{
    ReconcileWorld w; // no sync: the CRM has none of LeadBridge's fields
    const ReconcileReport report = w.reconcile();
    QCOMPARE(report.missingFields, QStringList({ Sync::FieldCode::CallId, Sync::FieldCode::RequestId }));
    QCOMPARE(report.exitCode(), 2);
    QVERIFY(report.lines.isEmpty());
    QVERIFY(report.summaryText().contains(Sync::FieldCode::CallId));
    // Stopped before the journals: no lead was read.
    QCOMPARE(w.f.ct->server()->totalRequests(), 0);
}

void tst_Reconciler::lookupsStayWithinTheRateLimits()
{
    ReconcileWorld w;
    for (int i = 0; i < 12; ++i)
        w.f.ct->addCall(w.f.now.addDays(-3).addSecs(60 * i), QStringLiteral("+7916100%1").arg(1000 + i));
    QVERIFY(w.sync(15));
    for (const auto &order : w.f.crm->orders())
        QVERIFY(w.f.crm->removeOrder(order.id)); // every lead needs a lookup
    w.f.crm->setRateLimit(10);
    w.f.ct->server()->setRateLimit(5);
    w.f.crm->server()->resetCounters();

    Reconciler reconciler(w.f.config);
    reconciler.setClock([&w] { return w.f.now; });
    reconciler.setRateLimitsEnabled(true);
    QSignalSpy planned(&reconciler, &Reconciler::planned);
    QSignalSpy finished(&reconciler, &Reconciler::finished);
    QElapsedTimer timer;
    timer.start();
    reconciler.run();
    QVERIFY(finished.wait(60000));
    const ReconcileReport &report = reconciler.report();
    QCOMPARE(report.count(Kind::LeadInNoOrder), 15);
    // Announced first: the 15 lookups, each lead's customer and orders, and the deals journal; what was
    // made is the upper bound announced.
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.first().at(1).toInt(), 16);
    QCOMPARE(planned.first().at(2).toInt(), 46);
    QCOMPARE(int(report.requests) - planned.first().at(0).toInt(), 46);
    // Within the limits: no request was refused, and 50 retailCRM requests at 10/s took seconds.
    QCOMPARE(w.f.crm->server()->rateLimitedCount(), 0);
    QCOMPARE(w.f.ct->server()->rateLimitedCount(), 0);
    QVERIFY(timer.elapsed() >= 3000);
}

QTEST_GUILESS_MAIN(tst_Reconciler)
#include "tst_reconciler.moc"
