// `leadbridge --once --dry-run` through the real binary, against the simulated retailCRM and Calltouch
// in this process: what it prints, its exit codes, and that neither service receives a single POST.
#include <memory>

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "binaryrun.h"
#include "sandbox/calltouchsim.h"
#include "sandbox/retailcrmsim.h"
#include "sandbox/simhttpserver.h"
#include "simulatedaccount.h"

using namespace LeadBridge;

namespace {
const QString kApiKey = QStringLiteral("dry-run-app-retailcrm-key-0123456789");
}

class tst_DryRunApp : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void printsWhatWouldHappenAndWritesNothing();
    void theDaysOptionWidensThePeriod();
    void aRejectedKeyExitsWithTwo();
    void anUnreadableJournalExitsWithOne();
    void badDaysAreRefused();

private:
    using Run = TestSupport::BinaryRun;
    Run run(const QStringList &arguments, const QString &apiKey = kApiKey);

    TestSupport::SimulatedAccount m_account;
};

void tst_DryRunApp::init()
{
    m_account = {};
    QVERIFY(m_account.start(kApiKey));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RetailCrm::Customer customer;
    customer.firstName = QStringLiteral("Ольга");
    customer.phones << QStringLiteral("8 (916) 123-45-67");
    customer.createdAt = now.addDays(-40);
    const qint64 customerId = m_account.crm->addCustomer(customer);
    RetailCrm::Order order;
    order.customerId = customerId;
    order.status = QStringLiteral("new");
    order.number = QStringLiteral("7001A");
    order.createdAt = now.addDays(-20);
    m_account.crm->addOrder(order);
    m_account.ct->addCall(now.addSecs(-3600), QStringLiteral("+79161234567"), QStringLiteral("yandex"));
    m_account.ct->addCall(now.addSecs(-1800), QStringLiteral("+79035550000"));
    m_account.ct->addRequest(now.addSecs(-900), {}, {}, QStringLiteral("Аноним"));
    m_account.ct->addCall(now.addDays(-9), QStringLiteral("+79035550001"));
}

void tst_DryRunApp::cleanup()
{
    m_account = {};
}

tst_DryRunApp::Run tst_DryRunApp::run(const QStringList &arguments, const QString &apiKey)
{
    return TestSupport::runBinary(m_account.dir->path(), arguments, apiKey, m_account.ct->token());
}

void tst_DryRunApp::printsWhatWouldHappenAndWritesNothing()
{
    const QString db = m_account.dir->filePath(QStringLiteral("leadbridge.db"));
    const Run result = run({ QStringLiteral("--once"), QStringLiteral("--dry-run"),
        QStringLiteral("--config"), m_account.writeIni(), QStringLiteral("--db"), db });
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    // Counts at the top, then a line per lead of the last 7 days.
    QVERIFY2(result.out.contains(QStringLiteral("3 lead(s) read from Calltouch: 1 new customer(s) with an "
                                                "order, 0 new order(s) for existing customers, 1 open "
                                                "order(s) completed with the lead, 0 skipped, 1 without a "
                                                "contact")),
        qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Update order")));
    QVERIFY(result.out.contains(QStringLiteral("7001A")));
    QVERIFY(result.out.contains(QStringLiteral("+79035550000")));
    QVERIFY(result.out.contains(QStringLiteral("No contact")));
    QVERIFY(result.out.contains(QStringLiteral("API request(s) made")));
    QVERIFY(!result.out.contains(kApiKey));
    QVERIFY(!result.err.contains(kApiKey));
    // Nothing written: no POST reached either service, and not even the database was made.
    QCOMPARE(m_account.crm->server()->countByMethod("POST"), 0);
    QCOMPARE(m_account.ct->server()->countByMethod("POST"), 0);
    QVERIFY(m_account.crm->server()->countByMethod("GET") > 0);
    QCOMPARE(m_account.crm->orders().size(), 1);
    QVERIFY(!QFile::exists(db));
}

void tst_DryRunApp::theDaysOptionWidensThePeriod()
{
    const QString ini = m_account.writeIni();
    Run result = run({ QStringLiteral("--once"), QStringLiteral("--dry-run"), QStringLiteral("--days"),
        QStringLiteral("2"), QStringLiteral("--config"), ini });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!result.out.contains(QStringLiteral("+79035550001")));
    result = run({ QStringLiteral("--once"), QStringLiteral("--dry-run"), QStringLiteral("--days"),
        QStringLiteral("10"), QStringLiteral("--config"), ini });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("+79035550001")), qPrintable(result.out));
    QCOMPARE(m_account.crm->server()->countByMethod("POST"), 0);
}

void tst_DryRunApp::aRejectedKeyExitsWithTwo()
{
    const Run result = run({ QStringLiteral("--once"), QStringLiteral("--dry-run"),
                               QStringLiteral("--config"), m_account.writeIni() },
        QStringLiteral("a-key-that-the-crm-does-not-know-0123"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("retailCRM")), qPrintable(result.err));
    QVERIFY(!result.err.contains(QStringLiteral("a-key-that-the-crm-does-not-know-0123")));
    QCOMPARE(m_account.crm->server()->countByMethod("POST"), 0);
}

void tst_DryRunApp::anUnreadableJournalExitsWithOne()
{
    m_account.ct->server()->injectFault(QStringLiteral("GET calls-diary"), SimFault::BrokenJson, 20);
    const Run result = run({ QStringLiteral("--once"), QStringLiteral("--dry-run"),
        QStringLiteral("--config"), m_account.writeIni() });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("Calltouch")), qPrintable(result.err));
    QCOMPARE(m_account.ct->server()->countByMethod("POST"), 0);
}

void tst_DryRunApp::badDaysAreRefused()
{
    for (const QString &days : { QStringLiteral("0"), QStringLiteral("91"), QStringLiteral("week") }) {
        const Run result = run({ QStringLiteral("--once"), QStringLiteral("--dry-run"),
            QStringLiteral("--days"), days, QStringLiteral("--config"), m_account.writeIni() });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("--days")));
    }
    const Run withoutDryRun =
        run({ QStringLiteral("--once"), QStringLiteral("--days"), QStringLiteral("3") });
    QCOMPARE(withoutDryRun.exitCode, 2);
    QCOMPARE(m_account.crm->server()->totalRequests(), 0);
}

QTEST_GUILESS_MAIN(tst_DryRunApp)
#include "tst_dryrunapp.moc"
