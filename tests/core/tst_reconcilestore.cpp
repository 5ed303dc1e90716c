// The kept reconciliation report and its one-click fixes, through the real engine against the simulated
// services: the engine keeps the last report (codes, the lead as read, what became of each fix); a lead
// whose order was deleted is sent again into exactly one new order however often its fix is clicked; a
// lead this computer never had is taken in and sent; a deal whose revenue was changed in Calltouch gets
// the order's revenue back; cycles wait for a running reconciliation, which waits for a running cycle.
#include <QSignalSpy>
#include <QTest>

#include "reconcileworld.h"
#include "rules/customfieldset.h"
#include "store/reconcilestore.h"
#include "sync/syncengine.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;
using Kind = ReconcileLine::Kind;
using Fix = ReconcileLine::Fix;

class tst_ReconcileStore : public QObject
{
    Q_OBJECT
private slots:
    void theLastReportIsKeptWithItsLines();
    void resendingALeadInNoOrderMakesOneOrder();
    void aLeadThisComputerNeverHadIsTakenInAndSent();
    void pushingADealPutsTheOrdersRevenueBack();
    void aDealOfAnOrderNeverReadCannotBePushed();
    void cyclesAndTheReconciliationTakeTurns();
    void itSaysHowManyRequestsBeforeTheFirst();
};

void tst_ReconcileStore::theLastReportIsKeptWithItsLines()
{
    ReconcileWorld w;
    QVERIFY(w.sync());
    const qint64 orderB = w.ordersHolding(w.callB).value(0);
    QVERIFY(w.f.crm->removeOrder(w.ordersHolding(w.callA).value(0)));
    QVERIFY(w.f.ct->setDealRevenue(QString::number(orderB), QStringLiteral("99999.00")));

    const ReconcileReport sent = w.engineReconcile();
    QCOMPARE(sent.lines.size(), 2);
    QCOMPARE(sent.ranAt, w.f.now);
    const auto kept = w.kept();
    QVERIFY(kept);
    QCOMPARE(kept->ranAt, w.f.now);
    QCOMPARE(kept->from, sent.from);
    QCOMPARE(kept->to, sent.to);
    QCOMPARE(kept->leadsChecked, sent.leadsChecked);
    QCOMPARE(kept->ordersRead, sent.ordersRead);
    QCOMPARE(kept->dealsRead, sent.dealsRead);
    QVERIFY(kept->dealsChecked);
    QCOMPARE(kept->requests, sent.requests);
    QCOMPARE(kept->summaryText(), sent.summaryText());
    QCOMPARE(kept->lines.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(sent.lines.at(i).id > 0);
        QCOMPARE(kept->lines.at(i).id, sent.lines.at(i).id);
        QCOMPARE(ReconcileReport::lineText(kept->lines.at(i)), ReconcileReport::lineText(sent.lines.at(i)));
        QCOMPARE(kept->lines.at(i).fix, Fix::None);
    }
    // The lead as read from the journal comes back whole: its resend needs it.
    const ReconcileLine *lead = lineOf(*kept, Kind::LeadInNoOrder);
    QVERIFY(lead);
    QCOMPARE(lead->leadId, QString::number(w.callA));
    QCOMPARE(lead->lead.id, QString::number(w.callA));
    QCOMPARE(lead->lead.occurredAt, w.f.now.addSecs(-600).addDays(-2));
    QCOMPARE(lead->lead.phone, lineOf(sent, Kind::LeadInNoOrder)->lead.phone);
    QCOMPARE(lead->lead.utmCampaign, QStringLiteral("spring"));
    QVERIFY(!lead->lead.raw.isEmpty());
    QCOMPARE(lineOf(*kept, Kind::DealDiffers)->dealRevenue, QStringLiteral("99999.00"));

    // Only the last report is kept.
    QVERIFY(w.f.crm->removeOrder(orderB));
    const ReconcileReport second = w.engineReconcile();
    QCOMPARE(w.f.sql(QStringLiteral("SELECT count(*) FROM reconcile_runs")).toInt(), 1);
    QCOMPARE(w.kept()->lines.size(), second.lines.size());
    // Codes, never sentences: no line holds a word of what the table shows.
    QCOMPARE(w.f.sql(QStringLiteral("SELECT count(*) FROM reconcile_lines WHERE kind NOT IN"
                                    " ('lead-in-no-order','unknown-lead','order-without-deal','deal-differs',"
                                    "'lookup-failed')"))
                 .toInt(),
        0);
}

void tst_ReconcileStore::resendingALeadInNoOrderMakesOneOrder()
{
    ReconcileWorld w;
    QVERIFY(w.sync());
    const qint64 deleted = w.ordersHolding(w.callA).value(0);
    QVERIFY(w.f.crm->removeOrder(deleted));
    const ReconcileReport report = w.engineReconcile();
    const ReconcileLine *line = lineOf(report, Kind::LeadInNoOrder);
    QVERIFY(line);

    QSignalSpy cycles(w.f.engine.get(), &SyncEngine::cycleFinished);
    QCOMPARE(w.fix(line->id), Fix::Requested);
    QVERIFY(cycles.wait(60000)); // the fix sends it now
    const QList<qint64> orders = w.ordersHolding(w.callA);
    QCOMPARE(orders.size(), 1);
    QVERIFY(orders.first() != deleted);
    // Clicked again (an impatient admin): still one order.
    QCOMPARE(w.fix(line->id), Fix::Requested);
    QVERIFY(cycles.wait(60000));
    QCOMPARE(w.ordersHolding(w.callA).size(), 1);
    const auto kept = w.kept();
    QCOMPARE(lineOf(*kept, Kind::LeadInNoOrder)->fix, Fix::Requested);
    QCOMPARE(lineOf(*kept, Kind::LeadInNoOrder)->fixAt, w.f.now);
    // Checked again, the lead is in its order.
    w.f.cycle(); // the new order's deal
    const ReconcileReport after = w.engineReconcile();
    QVERIFY2(after.isClean(), qPrintable(after.summaryText()));
}

void tst_ReconcileStore::aLeadThisComputerNeverHadIsTakenInAndSent()
{
    ReconcileWorld w;
    QVERIFY(w.sync());
    // The lead and its order are gone here and there (as if the journal poll had missed it).
    QVERIFY(w.f.crm->removeOrder(w.ordersHolding(w.callA).value(0)));
    const qint64 leadRow =
        w.f.sql(QStringLiteral("SELECT id FROM leads WHERE remote_id = ?"), { QString::number(w.callA) })
            .toLongLong();
    QVERIFY(leadRow > 0);
    w.f.sql(QStringLiteral("DELETE FROM lead_outcomes WHERE lead_id = ?"), { leadRow });
    w.f.sql(QStringLiteral("DELETE FROM leads WHERE id = ?"), { leadRow });
    const ReconcileReport report = w.engineReconcile();
    const ReconcileLine *line = lineOf(report, Kind::LeadInNoOrder);
    QVERIFY(line);

    QSignalSpy cycles(w.f.engine.get(), &SyncEngine::cycleFinished);
    QCOMPARE(w.fix(line->id), Fix::Requested);
    QVERIFY(cycles.wait(60000));
    QCOMPARE(w.f.sql(QStringLiteral("SELECT count(*) FROM leads WHERE remote_id = ?"),
                    { QString::number(w.callA) })
                 .toInt(),
        1);
    QCOMPARE(w.ordersHolding(w.callA).size(), 1);
    // With its UTM tags, as the journal gave them.
    const qint64 order = w.ordersHolding(w.callA).first();
    for (const auto &o : w.f.crm->orders()) {
        if (o.id == order)
            QCOMPARE(o.customFields.value(Sync::FieldCode::UtmCampaign), QStringLiteral("spring"));
    }
}

void tst_ReconcileStore::pushingADealPutsTheOrdersRevenueBack()
{
    ReconcileWorld w;
    QVERIFY(w.sync());
    const QString orderB = QString::number(w.ordersHolding(w.callB).value(0));
    const QString revenue = w.f.ct->deal(orderB).revenue;
    QVERIFY(w.f.ct->setDealRevenue(orderB, QStringLiteral("99999.00")));
    const ReconcileReport report = w.engineReconcile();
    const ReconcileLine *line = lineOf(report, Kind::DealDiffers);
    QVERIFY(line);

    QSignalSpy cycles(w.f.engine.get(), &SyncEngine::cycleFinished);
    QCOMPARE(w.fix(line->id), Fix::Requested);
    QVERIFY(cycles.wait(60000));
    QCOMPARE(w.f.ct->deal(orderB).revenue.toDouble(), revenue.toDouble());
    const ReconcileReport after = w.engineReconcile();
    QVERIFY2(after.isClean(), qPrintable(after.summaryText()));
}

void tst_ReconcileStore::aDealOfAnOrderNeverReadCannotBePushed()
{
    ReconcileWorld w;
    QVERIFY(w.sync());
    // A CRM user made an order since the engine last read the history: no deal, nothing known here.
    RetailCrm::Order order;
    order.site = QStringLiteral("main-shop");
    order.status = QStringLiteral("new");
    order.phone = QStringLiteral("+79160000009");
    order.createdAt = w.f.now.addSecs(-1800);
    const qint64 typed = w.f.crm->addOrder(order);
    const ReconcileReport report = w.engineReconcile();
    const ReconcileLine *line = lineOf(report, Kind::OrderWithoutDeal);
    QVERIFY(line);
    QCOMPARE(line->orderId, typed);
    const int posts = w.f.ct->server()->countByMethod("POST");
    QCOMPARE(w.fix(line->id), Fix::UnknownOrder);
    QCOMPARE(lineOf(*w.kept(), Kind::OrderWithoutDeal)->fix, Fix::UnknownOrder);
    QCOMPARE(w.f.ct->server()->countByMethod("POST"), posts);
}

void tst_ReconcileStore::cyclesAndTheReconciliationTakeTurns()
{
    ReconcileWorld w;
    QVERIFY(w.sync());
    QStringList events;
    SyncEngine *engine = w.f.engine.get();
    connect(engine, &SyncEngine::cycleStarted, this, [&] { events << QStringLiteral("cycle"); });
    connect(engine, &SyncEngine::cycleFinished, this, [&] { events << QStringLiteral("/cycle"); });
    connect(engine, &SyncEngine::reconcileStarted, this, [&] { events << QStringLiteral("reconcile"); });
    connect(engine, &SyncEngine::reconcileFinished, this, [&] { events << QStringLiteral("/reconcile"); });

    // Asked for during a cycle, the reconciliation starts when it ends.
    engine->syncNow();
    engine->reconcile({}, {});
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 4, 60000);
    QCOMPARE(events, QStringLiteral("cycle /cycle reconcile /reconcile").split(QLatin1Char(' ')));
    // A cycle asked for during a reconciliation runs after it.
    events.clear();
    engine->reconcile({}, {});
    engine->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 4, 60000);
    QCOMPARE(events, QStringLiteral("reconcile /reconcile cycle /cycle").split(QLatin1Char(' ')));
}

void tst_ReconcileStore::itSaysHowManyRequestsBeforeTheFirst()
{
    ReconcileWorld w;
    QVERIFY(w.sync());
    SyncEngine *engine = w.f.engine.get();
    int requestsBefore = -1;
    int requestsAtEstimate = -1;
    int estimated = -1;
    const auto requestsNow = [&w] {
        return w.f.crm->server()->countByMethod("GET") + w.f.ct->server()->countByMethod("GET");
    };
    connect(engine, &SyncEngine::reconcileEstimated, this, [&](int requests, int seconds) {
        requestsAtEstimate = requestsNow();
        estimated = requests;
        QVERIFY(seconds >= 1);
    });
    requestsBefore = requestsNow();
    const ReconcileReport clean = w.engineReconcile();
    QVERIFY(clean.isClean());
    // Said before the first request, and exact for an account that matches.
    QCOMPARE(requestsAtEstimate, requestsBefore);
    QCOMPARE(estimated, int(clean.requests));
    QCOMPARE(int(clean.requests), requestsNow() - requestsBefore);

    // A year: the journals are read in 31-day chunks, and the estimate knows it.
    const ReconcileReport year = w.engineReconcile(w.f.now.date().addDays(-365), w.f.now.date());
    QVERIFY(year.finished);
    QCOMPARE(estimated, int(year.requests));
}

QTEST_GUILESS_MAIN(tst_ReconcileStore)
#include "tst_reconcilestore.moc"
