// The run log: every cycle of the real engine (against the simulated services) leaves one row with its
// counts and how it ended, as codes; rows older than 90 days go at start and once a day. The engine's
// progress for the status bar: the steps in order, "n of total" for leads, throttled.
#include <QSignalSpy>
#include <QTest>

#include "store/runlog.h"
#include "store/store.h"
#include "sync/synccontext.h"
#include "sync/syncprogress.h"
#include "syncfixture.h"

using namespace LeadBridge;
using LeadBridge::TestSupport::SyncFixture;

class tst_RunLog : public QObject
{
    Q_OBJECT
private slots:
    void everyCycleIsKeptWithItsCounts();
    void rejectedKeyIsLoggedAsConfigurationWithCodes();
    void serverErrorIsLoggedAsFailedRead();
    void rowsOlderThan90DaysArePrunedAtStartAndDaily();
    void filtersByResultAndPeriod();
    void progressNamesEveryStepAndCountsLeads();
    void progressIsThrottled();

private:
    static QList<RunRecord> runs(SyncFixture &f, const RunLog::Filter &filter = {});
};

QList<RunRecord> tst_RunLog::runs(SyncFixture &f, const RunLog::Filter &filter)
{
    Store store(QStringLiteral("test-reader"));
    if (!store.open(f.databasePath()).isOk())
        return {};
    bool ok = false;
    const QList<RunRecord> records = RunLog(store).read(filter, &ok);
    if (!ok)
        QTest::qFail("the run log could not be read", __FILE__, __LINE__);
    return records;
}

void tst_RunLog::everyCycleIsKeptWithItsCounts()
{
    SyncFixture f;
    const qint64 customer = f.addCustomer(QStringLiteral("+79035550001"));
    f.addOrder(customer, QStringLiteral("new")); // an open order without a lead: updated
    f.ct->addCall(f.now.addSecs(-400), QStringLiteral("+79035550001"));
    f.ct->addCall(f.now.addSecs(-300), QStringLiteral("8 (916) 555-12-34"));
    f.ct->addCall(f.now.addSecs(-200), QStringLiteral("+79165550002"));
    f.ct->addRequest(f.now.addSecs(-100), {}, {}, QStringLiteral("Аноним"), QStringLiteral("Вопрос"));
    f.makeEngine();
    const SyncSummary first = f.cycle();
    QCOMPARE(first.ordersCreated, 2);
    QCOMPARE(first.ordersUpdated, 1);
    QCOMPARE(first.leadsWithoutContact, 1);

    QList<RunRecord> log = runs(f);
    QCOMPARE(log.size(), 1);
    const RunRecord &row = log.first();
    QCOMPARE(row.startedAtMs, first.startedAt.toMSecsSinceEpoch());
    QCOMPARE(row.durationMs, first.durationMs);
    QVERIFY(row.durationMs > 0); // measured, although the test's business clock stands still
    QCOMPARE(row.leadsFetched, first.leadsFetched);
    QVERIFY(row.leadsFetched >= 4);
    QCOMPARE(row.ordersCreated, 2);
    QCOMPARE(row.ordersUpdated, 1);
    QCOMPARE(row.leadsWithoutContact, 1);
    QCOMPARE(row.leadsSkipped, first.leadsSkipped);
    QCOMPARE(row.leadsFailed, 0);
    QCOMPARE(row.errors, first.newErrors);
    QCOMPARE(row.result, RunResult::Ok);
    QVERIFY(row.stoppedBy.isEmpty());

    f.now = f.now.addSecs(300);
    const SyncSummary second = f.cycle();
    QCOMPARE(second.ordersCreated, 0);
    log = runs(f);
    QCOMPARE(log.size(), 2);
    // Newest first.
    QCOMPARE(log.at(0).startedAtMs, second.startedAt.toMSecsSinceEpoch());
    QCOMPARE(log.at(0).ordersCreated, 0);
    QCOMPARE(log.at(1).ordersCreated, 2);
}

void tst_RunLog::rejectedKeyIsLoggedAsConfigurationWithCodes()
{
    SyncFixture f;
    f.config.retailCrmApiKey = QStringLiteral("wrong-key-123456789");
    f.makeEngine();
    const SyncSummary summary = f.cycle();
    QVERIFY(summary.credentialsRejected);
    const QList<RunRecord> log = runs(f);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().result, RunResult::Configuration);
    QCOMPARE(log.first().stoppedBy, QStringLiteral("retailCRM"));
    QCOMPARE(log.first().stopCode, QStringLiteral("auth"));
    QVERIFY(log.first().httpStatus >= 400);
    // Codes, not prose: no sentence and no key in the row.
    Store store(QStringLiteral("probe"));
    QVERIFY(store.open(f.databasePath()).isOk());
    const QString dump =
        store
            .scalar(QStringLiteral("SELECT group_concat(result || stopped_by || stop_code, '|')"
                                   " FROM run_log"))
            .toString();
    QCOMPARE(dump, QStringLiteral("configurationretailCRMauth"));
}

void tst_RunLog::serverErrorIsLoggedAsFailedRead()
{
    SyncFixture f;
    f.crm->server()->injectFault(QStringLiteral("GET /api/v5/reference/statuses"), SimFault::Http500, 10);
    f.makeEngine();
    const SyncSummary summary = f.cycle();
    QVERIFY(!summary.fatalError.isEmpty());
    const QList<RunRecord> log = runs(f);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().result, RunResult::ReadsFailed);
    QCOMPARE(log.first().stoppedBy, QStringLiteral("retailCRM"));
    QCOMPARE(log.first().stopCode, QStringLiteral("server"));
    QCOMPARE(log.first().httpStatus, 500);
    QCOMPARE(log.first().readsFailed, 1);
    QCOMPARE(log.first().errors, summary.newErrors);
    QVERIFY(log.first().errors >= 1);
}

void tst_RunLog::rowsOlderThan90DaysArePrunedAtStartAndDaily()
{
    SyncFixture f;
    {
        Store store(QStringLiteral("writer"));
        QVERIFY(store.open(f.databasePath()).isOk());
        RunLog log(store);
        for (const int daysAgo : { 200, 91, 89, 1 }) {
            RunRecord record;
            record.startedAtMs = f.now.addDays(-daysAgo).toMSecsSinceEpoch();
            record.durationMs = 1500;
            record.ordersCreated = daysAgo;
            QVERIFY(log.append(record).ok);
        }
        QCOMPARE(log.count(), 4);
    }
    f.makeEngine(); // prunes at start
    QList<RunRecord> log = runs(f);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).ordersCreated, 1);
    QCOMPARE(log.at(1).ordersCreated, 89);

    // Two days later, in the same run: the 89-day row is now 91 days old and goes with the daily prune.
    f.now = f.now.addDays(2);
    f.config.since = f.now.date().addDays(-1);
    f.cycle();
    log = runs(f);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(1).ordersCreated, 1);
    QCOMPARE(log.at(0).startedAtMs, f.now.toMSecsSinceEpoch());
}

void tst_RunLog::filtersByResultAndPeriod()
{
    SyncFixture f;
    f.makeEngine();
    f.cycle(); // ok
    f.crm->server()->injectFault(QStringLiteral("GET /api/v5/reference/statuses"), SimFault::Http500, 10);
    f.now = f.now.addDays(1); // the reference data is read again a day later
    f.cycle(); // failed read
    f.crm->server()->clearFaults();
    QCOMPARE(runs(f).size(), 2);
    RunLog::Filter problems;
    problems.failuresOnly = true;
    QCOMPARE(runs(f, problems).size(), 1);
    QCOMPARE(runs(f, problems).first().result, RunResult::ReadsFailed);
    RunLog::Filter ok;
    ok.result = RunResult::Ok;
    QCOMPARE(runs(f, ok).size(), 1);
    RunLog::Filter lastHours;
    lastHours.fromMs = f.now.addSecs(-3600).toMSecsSinceEpoch();
    QCOMPARE(runs(f, lastHours).size(), 1);
}

void tst_RunLog::progressNamesEveryStepAndCountsLeads()
{
    SyncFixture f;
    for (int i = 0; i < 12; ++i)
        f.ct->addCall(f.now.addSecs(-600 + i * 10), QStringLiteral("+7916555%1").arg(1000 + i));
    f.makeEngine();
    QSignalSpy spy(f.engine.get(), &SyncEngine::progress);
    const SyncSummary summary = f.cycle();
    QCOMPARE(summary.ordersCreated, 12);
    QList<SyncProgress> steps;
    for (const QList<QVariant> &args : std::as_const(spy))
        steps << args.first().value<SyncProgress>();
    QVERIFY(steps.size() >= 5);
    QCOMPARE(steps.first().step, SyncProgress::Step::Starting);
    QCOMPARE(steps.last().step, SyncProgress::Step::Idle);
    const auto indexOf = [&steps](SyncProgress::Step step) {
        for (int i = 0; i < steps.size(); ++i) {
            if (steps.at(i).step == step)
                return i;
        }
        return -1;
    };
    QVERIFY(indexOf(SyncProgress::Step::ReadingCalls) > 0);
    QVERIFY(indexOf(SyncProgress::Step::ReadingCalls) < indexOf(SyncProgress::Step::SendingLeads));
    int lastDone = 0;
    int sending = 0;
    for (const SyncProgress &p : std::as_const(steps)) {
        if (p.step != SyncProgress::Step::SendingLeads || p.total == 0) // 0: the step begins, not counted yet
            continue;
        ++sending;
        QCOMPARE(p.total, 12);
        QVERIFY(p.done >= lastDone);
        lastDone = p.done;
    }
    QVERIFY(sending >= 2); // the first lead at once, the last one always
    QCOMPARE(lastDone, 12);
}

void tst_RunLog::progressIsThrottled()
{
    SyncContext context;
    QSignalSpy spy(&context, &SyncContext::progress);
    QElapsedTimer clock;
    clock.start();
    context.reportProgress(SyncProgress::Step::ReadingCalls);
    for (int i = 1; i <= 1000; ++i)
        context.reportProgress(SyncProgress::Step::SendingLeads, i, 1000);
    const qint64 elapsed = clock.elapsed();
    // A step change goes at once; counts at most every interval; the last count always.
    QVERIFY2(spy.size() <= 2 + int(elapsed / SyncContext::kProgressIntervalMs) + 1,
        qPrintable(QStringLiteral("%1 signals in %2 ms").arg(spy.size()).arg(elapsed)));
    QCOMPARE(spy.at(0).first().value<SyncProgress>().step, SyncProgress::Step::ReadingCalls);
    QCOMPARE(spy.at(1).first().value<SyncProgress>().done, 1);
    const SyncProgress last = spy.last().first().value<SyncProgress>();
    QCOMPARE(last.done, 1000);
    QCOMPARE(last.total, 1000);
    context.reportProgress(SyncProgress::Step::Idle);
    QCOMPARE(spy.last().first().value<SyncProgress>().step, SyncProgress::Step::Idle);
}

QTEST_GUILESS_MAIN(tst_RunLog)
#include "tst_runlog.moc"
