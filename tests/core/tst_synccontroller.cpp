// The controller runs the engine in its own thread; the test talks to it only through the controller,
// as the GUI does, and gets queued signals with values back.
#include <QThread>

#include "sync/synccontroller.h"
#include "syncfixture.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

class tst_SyncController : public QObject
{
    Q_OBJECT
private slots:
    void runsInItsOwnThreadAndReportsValues();
    void resendAndStopThroughTheController();
};

void tst_SyncController::runsInItsOwnThreadAndReportsValues()
{
    SyncFixture f;
    f.now = QDateTime::currentDateTimeUtc(); // the engine in the thread uses the real clock
    f.config.since = f.now.date().addDays(-1);
    f.ct->addCall(f.now.addSecs(-600), QStringLiteral("+79165551234"), QStringLiteral("yandex"));
    SyncController controller(f.config, f.databasePath());
    QSignalSpy initialized(&controller, &SyncController::initialized);
    QSignalSpy finished(&controller, &SyncController::cycleFinished);
    QSignalSpy outcomes(&controller, &SyncController::leadProcessed);
    QSignalSpy status(&controller, &SyncController::statusChanged);
    controller.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(initialized.first().at(0).toBool(), true);
    QVERIFY(controller.engine()->thread() != QThread::currentThread());
    const SyncSummary summary = finished.first().first().value<SyncSummary>();
    QCOMPARE(summary.ordersCreated, 1);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(Db::toDb(outcomes.first().first().value<LeadOutcome>().action),
        QStringLiteral("created-customer-and-order"));
    // The status after the cycle says connected, with the last sync time.
    QTRY_VERIFY(!status.isEmpty() && status.last().first().value<EngineStatus>().connected);
    QVERIFY(status.last().first().value<EngineStatus>().lastSync.isValid());
    QCOMPARE(f.crm->orders().size(), 1);
}

void tst_SyncController::resendAndStopThroughTheController()
{
    SyncFixture f;
    f.now = QDateTime::currentDateTimeUtc();
    f.config.since = f.now.date().addDays(-1);
    const qint64 customer = f.addCustomer(QStringLiteral("+79165551234"));
    const qint64 orderId = f.addOrder(customer, QStringLiteral("new"), 1, QStringLiteral("13480"));
    f.ct->addCall(f.now.addSecs(-600), QStringLiteral("+79165551234"));
    SyncController controller(f.config, f.databasePath());
    QSignalSpy finished(&controller, &SyncController::cycleFinished);
    QSignalSpy outcomes(&controller, &SyncController::leadProcessed);
    controller.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(Db::toDb(outcomes.first().first().value<LeadOutcome>().state), QStringLiteral("skipped"));
    const qint64 leadId = outcomes.first().first().value<LeadOutcome>().leadId;

    f.crm->setOrderStatus(orderId, QStringLiteral("complete"));
    controller.resendLead(leadId);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, 30000);
    QCOMPARE(Db::toDb(outcomes.last().first().value<LeadOutcome>().action), QStringLiteral("created-order"));
    QCOMPARE(f.crm->orders().size(), 2);

    QSignalSpy stopped(&controller, &SyncController::stopped);
    controller.stop();
    QVERIFY(stopped.wait(30000));
}

QTEST_GUILESS_MAIN(tst_SyncController)
#include "tst_synccontroller.moc"
