// The sandbox's live mode through the real engine: new leads keep arriving (one without contact, one
// whose order create meets an injected CRM error and recovers on retry) and the CRM's order changes
// reach the deals, with shortened periods.
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "sandbox/calltouchsim.h"
#include "sandbox/retailcrmsim.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxlive.h"
#include "sandbox/simhttpserver.h"
#include "store/store.h"
#include "sync/syncengine.h"

using namespace LeadBridge;

class tst_SandboxLive : public QObject
{
    Q_OBJECT
private slots:
    void withoutLiveNothingArrives();
    void liveLeadsFaultsAndStatusChangesReachTheEngine();
    void aDealEditedInCalltouchIsFoundByTheReconciliation();
};

void tst_SandboxLive::withoutLiveNothingArrives()
{
    Sandbox sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const int calls = sandbox.calltouch()->callCount();
    const int orders = int(sandbox.retailCrm()->orders().size());
    QTest::qWait(300);
    QVERIFY(sandbox.live() == nullptr);
    QCOMPARE(sandbox.calltouch()->callCount(), calls);
    QCOMPARE(int(sandbox.retailCrm()->orders().size()), orders);
}

void tst_SandboxLive::liveLeadsFaultsAndStatusChangesReachTheEngine()
{
    Sandbox sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("live.db"));
    SyncConfig config = sandbox.config();
    config.leadDelaySeconds = 0;
    // The chat receiver is on: the sandbox's chats arrive through it, as Calltouch would send them.
    config.webhookListen = QStringLiteral("127.0.0.1:0");
    config.webhookSecret = QStringLiteral("sandbox-live-secret-2b7e");
    // Rate limits off on both sides: the test's clock is sped up, the services' pace is not the subject.
    sandbox.retailCrm()->setRateLimit(0);
    sandbox.calltouch()->server()->setRateLimit(0);
    SyncEngine engine(config, database);
    engine.setRateLimitsEnabled(false);
    engine.setRetryBackoff(10, 50);
    QSignalSpy listening(&engine, &SyncEngine::webhookListening);
    engine.initialize();
    QCOMPARE(listening.size(), 1);
    const quint16 port = listening.first().first().value<quint16>();
    Store store(QStringLiteral("test"));
    QVERIFY(store.open(database).isOk());
    const auto count = [&store](const QString &query) { return store.scalar(query, {}).toInt(); };
    const auto cycle = [&engine] {
        QSignalSpy finished(&engine, &SyncEngine::cycleFinished);
        engine.syncNow();
        return finished.wait(30000);
    };

    QVERIFY(cycle());
    const int seededLeads = count(QStringLiteral("SELECT count(*) FROM leads"));
    QHash<qint64, QString> seenStatus;
    const auto snapshot = [&] {
        for (const RetailCrm::Order &order : sandbox.retailCrm()->orders()) {
            const QString status =
                store.scalar(QStringLiteral("SELECT status FROM deals WHERE order_id=?"), { order.id })
                    .toString();
            if (!status.isEmpty() && !seenStatus.contains(order.id))
                seenStatus.insert(order.id, status);
        }
    };
    snapshot();

    sandbox.setLive(true, 250, 400);
    QVERIFY(sandbox.live() && sandbox.live()->isRunning());
    sandbox.live()->setChatWebhook(
        QUrl(QStringLiteral("http://127.0.0.1:%1/%2/chat").arg(port).arg(config.webhookSecret)));
    bool leadsArrived = false, recovered = false, noContact = false, statusChanged = false, chats = false;
    for (int round = 0; round < 60 && !(leadsArrived && recovered && noContact && statusChanged && chats);
         ++round) {
        QTest::qWait(200);
        QVERIFY(cycle());
        leadsArrived = count(QStringLiteral("SELECT count(*) FROM leads")) >= seededLeads + 6;
        chats = count(QStringLiteral("SELECT count(*) FROM leads WHERE kind='chat' AND state='done'")) > 0;
        noContact = count(QStringLiteral("SELECT count(*) FROM leads WHERE state='no_contact'")) > 0;
        // The injected error was recorded for a lead and resolved by a later attempt.
        recovered = sandbox.live()->faultsInjected() > 0
            && count(QStringLiteral("SELECT count(*) FROM errors WHERE direction='leads' AND resolved=1"))
                > 0;
        for (auto it = seenStatus.constBegin(); it != seenStatus.constEnd() && !statusChanged; ++it) {
            const QString now =
                store.scalar(QStringLiteral("SELECT status FROM deals WHERE order_id=?"), { it.key() })
                    .toString();
            statusChanged = now != it.value() && now == sandbox.retailCrm()->order(it.key()).status;
        }
        snapshot();
    }
    QVERIFY2(leadsArrived, "no new leads arrived");
    QVERIFY2(noContact, "no lead without contact was shown");
    QVERIFY2(chats, "no chat arrived through the receiver");
    QVERIFY2(recovered, "no failed-then-recovered create");
    QVERIFY2(statusChanged, "no order status change reached the engine");
    QVERIFY(sandbox.live()->ordersChanged() > 0);
    // Nothing duplicated on the way: one order per created-order lead at most.
    QCOMPARE(sandbox.retailCrm()->refusedDuplicateCreates().size(), 0);
}

void tst_SandboxLive::aDealEditedInCalltouchIsFoundByTheReconciliation()
{
    Sandbox sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QTemporaryDir dir;
    SyncConfig config = sandbox.config();
    config.leadDelaySeconds = 0;
    sandbox.retailCrm()->setRateLimit(0);
    sandbox.calltouch()->server()->setRateLimit(0);
    SyncEngine engine(config, dir.filePath(QStringLiteral("edit.db")));
    engine.setRateLimitsEnabled(false);
    engine.initialize();
    for (int i = 0; i < 3; ++i) {
        QSignalSpy finished(&engine, &SyncEngine::cycleFinished);
        engine.syncNow();
        QVERIFY(finished.wait(30000));
    }
    QVERIFY(sandbox.calltouch()->deals().size() >= 2);
    const auto clean = [&engine] {
        QSignalSpy finished(&engine, &SyncEngine::reconcileFinished);
        engine.reconcile({}, {});
        return finished.wait(30000) ? finished.first().first().value<ReconcileReport>() : ReconcileReport();
    };
    QVERIFY2(clean().count(ReconcileLine::Kind::DealDiffers) == 0, "the sandbox starts consistent");

    // The live script's sixth order change comes with a Calltouch user's edit of another deal.
    sandbox.setLive(true, 3600000, 3600000); // the timers stay quiet: the steps are taken here
    QSignalSpy edited(sandbox.live(), &SandboxLive::dealEdited);
    for (int i = 0; i < 6; ++i)
        sandbox.live()->changeAnOrder();
    QCOMPARE(edited.size(), 1);
    QCOMPARE(sandbox.live()->dealsEdited(), 1);
    const QString orderNumber = edited.first().first().toString();
    const ReconcileReport report = clean();
    bool found = false;
    for (const ReconcileLine &line : report.lines)
        found = found
            || (line.kind == ReconcileLine::Kind::DealDiffers
                && QString::number(line.orderId) == orderNumber);
    QVERIFY2(found, qPrintable(report.summaryText()));
}

QTEST_GUILESS_MAIN(tst_SandboxLive)
#include "tst_sandboxlive.moc"
