// The real leadbridge binary against the simulated services (in this process) while the local database
// fails on purpose: a full disk mid-cycle, a read-only file, a lock held by another program, a second
// LeadBridge, a foreign file passed as --db. Each run: the exit code, the error shown once, and no order in
// the simulated retailCRM without its journal entry in the database.
#include <csignal>
#include <sys/resource.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "sandbox/calltouchsim.h"
#include "sandbox/retailcrmsim.h"
#include "sandbox/sandbox.h"
#include "sandbox/simhttpserver.h"
#include "settings/appsettings.h"
#include "store/databaselock.h"
#include "store/store.h"

using namespace LeadBridge;

namespace {

/// The sentence the engine prints once when the database fails mid-cycle (core/sync/synccontext.cpp).
const QLatin1String kStoreFailure("cannot be written");

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    qint64 ms = 0;
};

} // namespace

class tst_StoreFaults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void diskFullMidCycleStopsBeforeTheRemoteWrite_data();
    void diskFullMidCycleStopsBeforeTheRemoteWrite();
    void readOnlyDatabaseIsRefusedAtStart();
    void lockHeldByAnotherProgramIsAStoreFailure();
    void secondInstanceNamesTheFirstAndExits();
    void foreignFileAsDatabaseIsLeftUntouched();
    // Exit codes: 1 when a read failed, 2 only for configuration, credentials or the store.
    void htmlPageForAJournalExitsWithOne();
    void serverErrorsAtTheFieldsCheckExitWithOne();
    void wrongKeyExitsWithTwo();
    void recordWithoutIdIsAnErrorRow();

private:
    [[nodiscard]] QString dbPath() const { return m_dir->filePath(QStringLiteral("leadbridge.db")); }
    void writeSettings();
    QProcess *startBinary(const QStringList &arguments, qint64 fileSizeLimit = 0);
    Run finish(QProcess *process, int timeoutMs = 60000);
    Run once(qint64 fileSizeLimit = 0, int timeoutMs = 60000);
    /// The simulated orders LeadBridge created (their externalId is ct-<kind>-<id>).
    [[nodiscard]] QSet<QString> ordersByLeadBridge() const;
    /// The order creates the journal holds (payload = the order's externalId).
    [[nodiscard]] QSet<QString> journalledOrders() const;
    void verifyEveryOrderWasJournalled();
    void verifyConvergence();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    QString m_ini;
    int m_seededOrders = 0;
};

void tst_StoreFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandbox = std::make_unique<Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_sandbox->retailCrm()->setRateLimit(0); // the product's own limiter paces it; keep the runs short
    m_seededOrders = int(m_sandbox->retailCrm()->orders().size());
    writeSettings();
}

void tst_StoreFaults::cleanup()
{
    m_sandbox.reset();
    m_dir.reset();
}

void tst_StoreFaults::writeSettings()
{
    const SyncConfig config = m_sandbox->config();
    m_ini = m_dir->filePath(QStringLiteral("leadbridge.ini"));
    AppSettings settings(m_ini);
    settings.setRetailCrmUrl(config.retailCrmUrl);
    settings.setCalltouchApiUrl(config.calltouchApiUrl);
    settings.setCalltouchSiteId(config.calltouchSiteId);
    settings.setSince(config.since);
    settings.setLeadDelaySeconds(config.leadDelaySeconds);
    settings.setSyncIntervalSeconds(config.syncIntervalSeconds);
    settings.setSetupFinished(true);
    settings.sync();
}

QProcess *tst_StoreFaults::startBinary(const QStringList &arguments, qint64 fileSizeLimit)
{
    auto *process = new QProcess(this);
    const SyncConfig config = m_sandbox->config();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LEADBRIDGE_RETAILCRM_API_KEY"), config.retailCrmApiKey);
    environment.insert(QStringLiteral("LEADBRIDGE_CALLTOUCH_TOKEN"), config.calltouchToken);
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process->setProcessEnvironment(environment);
    if (fileSizeLimit > 0) {
        // A full disk, as the process sees it: every write past the limit fails with EFBIG (SIGXFSZ is
        // ignored, as a full disk sends no signal either). Set in the child before exec.
        process->setChildProcessModifier([fileSizeLimit] {
            const rlimit limit { rlim_t(fileSizeLimit), rlim_t(fileSizeLimit) };
            setrlimit(RLIMIT_FSIZE, &limit);
            std::signal(SIGXFSZ, SIG_IGN);
        });
    }
    process->start(qEnvironmentVariable("LEADBRIDGE_BINARY"), arguments);
    return process;
}

Run tst_StoreFaults::finish(QProcess *process, int timeoutMs)
{
    // The simulators live in this process: the event loop runs while the binary does.
    Run run;
    QElapsedTimer timer;
    timer.start();
    if (process->state() != QProcess::NotRunning) {
        QSignalSpy finished(process, &QProcess::finished);
        if (!finished.wait(timeoutMs)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    run.ms = timer.elapsed();
    run.crashed = process->exitStatus() == QProcess::CrashExit;
    run.exitCode = process->exitCode();
    run.out = QString::fromUtf8(process->readAllStandardOutput());
    run.err = QString::fromUtf8(process->readAllStandardError());
    process->deleteLater();
    return run;
}

Run tst_StoreFaults::once(qint64 fileSizeLimit, int timeoutMs)
{
    return finish(startBinary({ QStringLiteral("--once"), QStringLiteral("--config"), m_ini,
                                  QStringLiteral("--db"), dbPath() },
                      fileSizeLimit),
        timeoutMs);
}

QSet<QString> tst_StoreFaults::ordersByLeadBridge() const
{
    QSet<QString> ids;
    const QList<RetailCrm::Order> orders = m_sandbox->retailCrm()->orders();
    for (const RetailCrm::Order &order : orders) {
        if (order.externalId.startsWith(QLatin1String("ct-")))
            ids.insert(order.externalId);
    }
    return ids;
}

QSet<QString> tst_StoreFaults::journalledOrders() const
{
    QSet<QString> ids;
    Store store(QStringLiteral("faults-reader"));
    if (!store.open(dbPath()).isOk())
        return ids;
    QSqlQuery query(store.database());
    if (query.exec(QStringLiteral("SELECT payload FROM outbox WHERE op='create_order'"))) {
        while (query.next())
            ids.insert(query.value(0).toString());
    }
    return ids;
}

void tst_StoreFaults::verifyEveryOrderWasJournalled()
{
    const QSet<QString> created = ordersByLeadBridge();
    const QSet<QString> journalled = journalledOrders();
    QSet<QString> unjournalled = created;
    unjournalled.subtract(journalled);
    QVERIFY2(unjournalled.isEmpty(),
        qPrintable(QStringLiteral("orders without a journal entry: ")
            + QStringList(unjournalled.cbegin(), unjournalled.cend()).join(QLatin1Char(' '))));
}

void tst_StoreFaults::verifyConvergence()
{
    // After the fault: a clean run finishes the work; nothing twice, nothing mistaken for someone else's.
    const Run clean = once();
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
    QVERIFY2(!clean.err.contains(kStoreFailure), qPrintable(clean.err));
    verifyEveryOrderWasJournalled();

    const QList<RetailCrm::Order> orders = m_sandbox->retailCrm()->orders();
    QHash<QString, int> perExternalId;
    for (const RetailCrm::Order &order : orders) {
        if (!order.externalId.isEmpty())
            ++perExternalId[order.externalId];
    }
    for (auto it = perExternalId.cbegin(); it != perExternalId.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));

    Store store(QStringLiteral("faults-check"));
    QVERIFY(store.open(dbPath()).isOk());
    QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state<>'confirmed'")).toInt(), 0);
    QCOMPARE(store
                 .scalar(QStringLiteral("SELECT count(*) FROM leads WHERE state IN ('waiting','failed')"
                                        " AND occurred_at < ?"),
                     { QDateTime::currentMSecsSinceEpoch() - 120000 })
                 .toInt(),
        0);
    // An order LeadBridge created for a lead is that lead's, never "skipped: has an earlier lead".
    QSqlQuery skipped(store.database());
    QVERIFY(skipped.exec(QStringLiteral("SELECT kind, remote_id FROM leads WHERE state='skipped'")));
    const QSet<QString> created = ordersByLeadBridge();
    while (skipped.next()) {
        const QString own =
            QStringLiteral("ct-%1-%2").arg(skipped.value(0).toString(), skipped.value(1).toString());
        QVERIFY2(!created.contains(own), qPrintable(own));
    }
}

void tst_StoreFaults::diskFullMidCycleStopsBeforeTheRemoteWrite_data()
{
    // The budget is how many WAL frames (4 KiB pages) fit before the "disk" is full: a few (the lead poll
    // fails), more (some leads go out first), one drawn at random (printed, to repeat a failure).
    QTest::addColumn<int>("frames");
    QTest::newRow("during the poll") << 4;
    QTest::newRow("after some orders") << 90;
    const int random = 8 + int(QRandomGenerator::global()->bounded(60));
    QTest::newRow(qPrintable(QStringLiteral("random %1").arg(random))) << random;
}

void tst_StoreFaults::diskFullMidCycleStopsBeforeTheRemoteWrite()
{
    QFETCH(int, frames);
    {
        Store store;
        QVERIFY(store.open(dbPath()).isOk());
    } // closed: schema in the file, no WAL left
    const qint64 fileSize = QFileInfo(dbPath()).size();
    const qint64 limit = qMax<qint64>(fileSize, 32768) + 32 + qint64(frames) * (4096 + 24);

    const Run full = once(limit);
    QVERIFY2(!full.crashed, qPrintable(full.err));
    QVERIFY2(full.exitCode == 2, qPrintable(QString::number(full.exitCode) + full.out + full.err));
    QVERIFY2(full.err.count(kStoreFailure) == 1, qPrintable(full.err));
    const int ordersDuringFault = int(ordersByLeadBridge().size());
    verifyEveryOrderWasJournalled();
    qInfo("disk full after %d frames: %d orders created before the store failed", frames, ordersDuringFault);

    verifyConvergence();
    qInfo("after the clean run: %d orders", int(ordersByLeadBridge().size()));
}

void tst_StoreFaults::readOnlyDatabaseIsRefusedAtStart()
{
    {
        Store store;
        QVERIFY(store.open(dbPath()).isOk());
    }
    const QFileDevice::Permissions readOnly =
        QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(dbPath(), readOnly));
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();

    const Run run = once();
    QVERIFY2(run.exitCode == 2, qPrintable(run.out + run.err));
    QVERIFY2(run.err.count(QLatin1String("read-only")) == 1, qPrintable(run.err));
    QCOMPARE(QFile::permissions(dbPath()) & QFileDevice::Permissions(0x7077), readOnly);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QCOMPARE(ordersByLeadBridge().size(), 0);
    QCOMPARE(m_sandbox->retailCrm()->server()->totalRequests(), 0);
}

void tst_StoreFaults::lockHeldByAnotherProgramIsAStoreFailure()
{
    // Another program takes the database's write lock while a cycle runs and keeps it longer than the
    // busy timeout (5 s): the cycle stops with a store failure (exit 2); nothing is dropped.
    {
        Store store;
        QVERIFY(store.open(dbPath()).isOk());
    }
    m_sandbox->calltouch()->server()->setLatencyMs(2000); // the lock comes while the journals are read
    QProcess *process = startBinary(
        { QStringLiteral("--once"), QStringLiteral("--config"), m_ini, QStringLiteral("--db"), dbPath() });
    SimHttpServer *retail = m_sandbox->retailCrm()->server();
    QTRY_VERIFY_WITH_TIMEOUT(retail->count(QStringLiteral("GET /api/v5/reference/statuses")) > 0, 20000);

    Store other(QStringLiteral("other-program"));
    QVERIFY(other.open(dbPath()).isOk());
    QSqlQuery hold(other.database());
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
    // The lock may come only after the cycle's first store reads (the limiter sends in bursts now): then
    // the journals (2 s a page) are read to their end before the next write meets the lock.
    const Run locked = finish(process, 90000);
    QVERIFY(hold.exec(QStringLiteral("COMMIT")));
    QVERIFY2(locked.exitCode == 2, qPrintable(QString::number(locked.exitCode) + locked.out + locked.err));
    QVERIFY2(locked.err.count(kStoreFailure) == 1, qPrintable(locked.err));
    QVERIFY2(locked.err.contains(QLatin1String("locked")), qPrintable(locked.err));
    QCOMPARE(ordersByLeadBridge().size(), 0);
    other.close();

    m_sandbox->calltouch()->server()->setLatencyMs(0);
    verifyConvergence();
    QVERIFY(!ordersByLeadBridge().isEmpty()); // the calls of the failed run were not dropped
}

void tst_StoreFaults::secondInstanceNamesTheFirstAndExits()
{
    QProcess *first = startBinary({ QStringLiteral("--headless"), QStringLiteral("--config"), m_ini,
        QStringLiteral("--db"), dbPath() });
    QVERIFY(first->waitForStarted());
    const qint64 firstPid = first->processId();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(DatabaseLock::lockPath(dbPath())), 20000);

    const Run second = once(0, 30000);
    QVERIFY2(second.exitCode == 2, qPrintable(second.out + second.err));
    QVERIFY2(second.err.contains(QString::number(firstPid)), qPrintable(second.err));
    QVERIFY(second.err.contains(QLatin1String("another LeadBridge")));
    QVERIFY(second.out.isEmpty() || !second.out.contains(QLatin1String("Sync cycle")));

    first->terminate();
    const Run firstRun = finish(first, 30000);
    QVERIFY2(firstRun.exitCode == 0, qPrintable(firstRun.err));
    QVERIFY(!QFile::exists(DatabaseLock::lockPath(dbPath())));
    verifyEveryOrderWasJournalled();
}

void tst_StoreFaults::foreignFileAsDatabaseIsLeftUntouched()
{
    // The settings file passed as --db by a typo.
    QFile ini(m_ini);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    ini.close();
    const QFileDevice::Permissions mode = QFile::permissions(m_ini) & QFileDevice::Permissions(0x7077);
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);

    const Run run = finish(startBinary(
        { QStringLiteral("--once"), QStringLiteral("--config"), m_ini, QStringLiteral("--db"), m_ini }));
    QVERIFY2(run.exitCode == 2, qPrintable(run.out + run.err));
    QVERIFY2(run.err.count(QLatin1String("not a LeadBridge database")) == 1, qPrintable(run.err));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QCOMPARE(ini.readAll(), bytes);
    QCOMPARE(QFile::permissions(m_ini) & QFileDevice::Permissions(0x7077), mode);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), before);
    QCOMPARE(m_sandbox->retailCrm()->server()->totalRequests(), 0);
}

void tst_StoreFaults::htmlPageForAJournalExitsWithOne()
{
    // A proxy's HTML page instead of the calls journal: the calls wait for the next run, and the run did
    // not succeed (it used to say "0 failed" and exit 0).
    m_sandbox->calltouch()->server()->setFaultRate(
        QStringLiteral("GET calls-diary"), SimFault::HtmlPage, 1.0);
    const Run run = once();
    QVERIFY2(run.exitCode == 1, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY(m_sandbox->calltouch()->server()->count(QStringLiteral("GET calls-diary")) > 0);
    Store store(QStringLiteral("faults-check"));
    QVERIFY(store.open(dbPath()).isOk());
    QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM errors WHERE item='poll.call' AND resolved=0"))
                 .toInt(),
        1);
    store.close();

    m_sandbox->calltouch()->server()->clearFaults();
    verifyConvergence();
}

void tst_StoreFaults::serverErrorsAtTheFieldsCheckExitWithOne()
{
    // retailCRM answers 500 (after the retries) when the custom fields are checked at start: a failed read,
    // not a configuration error.
    m_sandbox->retailCrm()->server()->setFaultRate(
        QStringLiteral("GET /api/v5/custom-fields"), SimFault::Http500, 1.0);
    const Run run = once();
    QVERIFY2(run.exitCode == 1, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY(m_sandbox->retailCrm()->server()->count(QStringLiteral("GET /api/v5/custom-fields")) > 0);
    QCOMPARE(ordersByLeadBridge().size(), 0);
}

void tst_StoreFaults::wrongKeyExitsWithTwo()
{
    m_sandbox->retailCrm()->removeApiKey(m_sandbox->config().retailCrmApiKey);
    const Run run = once();
    QVERIFY2(run.exitCode == 2, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QCOMPARE(ordersByLeadBridge().size(), 0);
}

void tst_StoreFaults::recordWithoutIdIsAnErrorRow()
{
    // A calls journal with one call and one record without a callId: the call is synced, the other record
    // is an error row (and the run exits 1), not dropped in silence.
    SimHttpServer calltouch;
    const qint64 at = QDateTime::currentSecsSinceEpoch() - 3600;
    calltouch.setHandler(
        [at](const SimRequest &request) {
            if (!request.path.contains(QLatin1String("calls-diary")))
                return SimResponse::json(200, "[]");
            return SimResponse::json(200,
                QStringLiteral(R"([{"callId": 91, "timestamp": %1, "callerphone": "79161112233"},)"
                               R"( {"timestamp": %1, "callerphone": "79161112244"}])")
                    .arg(at)
                    .toUtf8());
        },
        nullptr);
    QVERIFY(calltouch.listen() > 0);
    {
        AppSettings settings(m_ini);
        settings.setCalltouchApiUrl(QUrl(calltouch.baseUrl()));
        settings.setDealSync(false);
        settings.sync();
    }
    const Run run = once();
    QVERIFY2(run.exitCode == 1, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    Store store(QStringLiteral("faults-check"));
    QVERIFY(store.open(dbPath()).isOk());
    QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE kind='call' AND remote_id='91'"))
                 .toInt(),
        1);
    QCOMPARE(store.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE remote_id=''")).toInt(), 0);
    const QString message =
        store
            .scalar(QStringLiteral("SELECT code FROM errors WHERE item='poll.call.without-id'"
                                   " AND resolved=0"))
            .toString();
    QCOMPARE(message, QStringLiteral("records-without-id"));
}

QTEST_GUILESS_MAIN(tst_StoreFaults)
#include "tst_storefaults.moc"
