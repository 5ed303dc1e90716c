// `leadbridge --reconcile` through the real binary, against the simulated retailCRM and Calltouch in
// this process: the estimate, the summary and the lines it prints, its exit codes, and no write at all.
#include <memory>

#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "binaryrun.h"
#include "rules/customfieldset.h"
#include "sandbox/calltouchsim.h"
#include "sandbox/retailcrmsim.h"
#include "sandbox/simhttpserver.h"
#include "simulatedaccount.h"
#include "store/reconcilestore.h"

using namespace LeadBridge;

namespace {
const QString kApiKey = QStringLiteral("reconcile-app-retailcrm-key-0123456789");
}

class tst_ReconcileApp : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aMatchingAccountExitsWithZero();
    void aLeadInNoOrderExitsWithOne();
    void thePeriodOptionsLimitWhatIsRead();
    void aRejectedKeyExitsWithTwo();
    void anAccountNeverSetUpExitsWithTwo();
    void badDatesAreRefused();

private:
    using Run = TestSupport::BinaryRun;
    Run run(const QStringList &arguments, const QString &apiKey = kApiKey);
    QString writeIni(bool dealSync = false) const
    {
        return m_account.writeIni({ { QStringLiteral("sync/dealSync"), dealSync } });
    }
    qint64 addSyncedLead(const QDateTime &at, const QString &phone);

    TestSupport::SimulatedAccount m_account;
};

void tst_ReconcileApp::init()
{
    m_account = {};
    QVERIFY(m_account.start(kApiKey));
    // The fields the setup wizard creates (the sync stores lead IDs in them).
    for (const RetailCrm::CustomField &field : Sync::requiredCustomFields())
        QVERIFY(m_account.crm->addCustomField(field));
}

void tst_ReconcileApp::cleanup()
{
    m_account = {};
}

qint64 tst_ReconcileApp::addSyncedLead(const QDateTime &at, const QString &phone)
{
    // What a sync leaves: the call, and an order holding its ID in the Calltouch field.
    const qint64 call = m_account.ct->addCall(at, phone);
    RetailCrm::Order order;
    order.site = QStringLiteral("main-shop");
    order.status = QStringLiteral("new");
    order.phone = phone;
    order.createdAt = at.addSecs(120);
    order.customFields.insert(QStringLiteral("calltouch_call_id"), QString::number(call));
    return m_account.crm->addOrder(order) > 0 ? call : 0;
}

tst_ReconcileApp::Run tst_ReconcileApp::run(const QStringList &arguments, const QString &apiKey)
{
    return TestSupport::runBinary(m_account.dir->path(), arguments, apiKey, m_account.ct->token());
}

void tst_ReconcileApp::aMatchingAccountExitsWithZero()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(addSyncedLead(now.addDays(-3), QStringLiteral("+79161234567")) > 0);
    QVERIFY(addSyncedLead(now.addSecs(-7200), QStringLiteral("+79035550000")) > 0);
    const Run result = run({ QStringLiteral("--reconcile"), QStringLiteral("--config"), writeIni() });
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    QVERIFY2(result.out.contains(QStringLiteral("2 lead(s) read from Calltouch, 2 with a contact checked")),
        qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("more request(s)")));
    QVERIFY(result.out.contains(QStringLiteral("Everything matches.")));
    // Before the first request it said how many the check takes: exactly that many for an account
    // that matches.
    const QRegularExpressionMatch said =
        QRegularExpression(QStringLiteral("Checking takes about (\\d+) request")).match(result.out);
    const QRegularExpressionMatch made =
        QRegularExpression(QStringLiteral("(\\d+) API request\\(s\\) made")).match(result.out);
    QVERIFY2(said.hasMatch() && made.hasMatch(), qPrintable(result.out));
    QCOMPARE(said.captured(1).toInt(), made.captured(1).toInt());
    QVERIFY(result.out.indexOf(said.captured(0))
        < result.out.indexOf(QStringLiteral("Journals and orders read")));
    QVERIFY(!result.out.contains(kApiKey));
    QCOMPARE(m_account.crm->server()->countByMethod("POST"), 0);
    QCOMPARE(m_account.ct->server()->countByMethod("POST"), 0);
    QVERIFY(m_account.crm->server()->countByMethod("GET") > 0);
}

void tst_ReconcileApp::aLeadInNoOrderExitsWithOne()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(addSyncedLead(now.addDays(-3), QStringLiteral("+79161234567")) > 0);
    const qint64 lost = m_account.ct->addCall(now.addDays(-2), QStringLiteral("+79035550001"));
    const QString db = m_account.dir->filePath(QStringLiteral("leadbridge.db"));
    const Run result = run({ QStringLiteral("--reconcile"), QStringLiteral("--config"), writeIni(),
        QStringLiteral("--db"), db });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("Leads in no order: 1.")), qPrintable(result.out));
    QVERIFY2(
        result.out.contains(QStringLiteral("Lead in no order: Call %1").arg(lost)), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("+79035550001")));
    QCOMPARE(m_account.crm->server()->countByMethod("POST"), 0);
    QCOMPARE(m_account.ct->server()->countByMethod("POST"), 0);
    QCOMPARE(m_account.crm->orders().size(), 1);
    // Kept for the window's Reconciliation tab, with the lead as read (its fix resends it).
    QVERIFY(result.out.contains(QStringLiteral("The report is kept")));
    Store store(QStringLiteral("test"));
    QVERIFY(store.open(db).isOk());
    const auto kept = ReconcileStore(store).last();
    QVERIFY(kept);
    QCOMPARE(kept->lines.size(), 1);
    QCOMPARE(kept->lines.first().kind, ReconcileLine::Kind::LeadInNoOrder);
    QCOMPARE(kept->lines.first().lead.id, QString::number(lost));
    QVERIFY(kept->lines.first().id > 0);
    QVERIFY(kept->ranAt.isValid());
}

void tst_ReconcileApp::thePeriodOptionsLimitWhatIsRead()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime old = now.addDays(-60);
    m_account.ct->addCall(old, QStringLiteral("+79035550002"));
    const QString ini = writeIni();
    // The default period (30 days) does not reach the lost lead.
    Run result = run({ QStringLiteral("--reconcile"), QStringLiteral("--config"), ini });
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    const QString day = old.toTimeZone(QTimeZone("Europe/Moscow")).date().toString(Qt::ISODate);
    result = run({ QStringLiteral("--reconcile"), QStringLiteral("--from"), day, QStringLiteral("--to"), day,
        QStringLiteral("--config"), ini });
    QCOMPARE(result.exitCode, 1);
    // The period is worded in the reader's locale: one day, from and to alike.
    const QDate asked = QDate::fromString(day, Qt::ISODate);
    const QRegularExpression period(QStringLiteral("Reconciliation of (.+) to (.+): "));
    const QRegularExpressionMatch said = period.match(result.out);
    QVERIFY2(said.hasMatch() && said.captured(1) == said.captured(2)
            && said.captured(1).contains(QString::number(asked.year()))
            && said.captured(1).contains(QString::number(asked.day())),
        qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("+79035550002")));
}

void tst_ReconcileApp::aRejectedKeyExitsWithTwo()
{
    const Run result = run({ QStringLiteral("--reconcile"), QStringLiteral("--config"), writeIni() },
        QStringLiteral("a-key-that-the-crm-does-not-know-0123"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("retailCRM")), qPrintable(result.err));
    QVERIFY(!result.err.contains(QStringLiteral("a-key-that-the-crm-does-not-know-0123")));
    QVERIFY(!result.out.contains(QStringLiteral("a-key-that-the-crm-does-not-know-0123")));
    // Not configured at all: 2 before any request.
    const Run unconfigured = run({ QStringLiteral("--reconcile"), QStringLiteral("--config"),
        m_account.dir->filePath(QStringLiteral("empty.ini")) });
    QCOMPARE(unconfigured.exitCode, 2);
    QVERIFY(unconfigured.err.contains(QStringLiteral("not configured")));
}

void tst_ReconcileApp::anAccountNeverSetUpExitsWithTwo()
{
    RetailCrm::Simulator bare;
    QVERIFY(bare.start() != 0);
    bare.addApiKey(kApiKey);
    const QString path = m_account.dir->filePath(QStringLiteral("bare.ini"));
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("retailcrm/url"), bare.url().toString());
        ini.setValue(QStringLiteral("calltouch/apiUrl"), m_account.ct->url().toString());
        ini.setValue(QStringLiteral("calltouch/siteId"), m_account.ct->siteId());
    }
    const Run result = run({ QStringLiteral("--reconcile"), QStringLiteral("--config"), path });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.contains(QStringLiteral("Run the setup wizard")), qPrintable(result.out));
    QCOMPARE(bare.server()->countByMethod("POST"), 0);
}

void tst_ReconcileApp::badDatesAreRefused()
{
    const QString ini = writeIni();
    const QList<QStringList> wrong {
        { QStringLiteral("--reconcile"), QStringLiteral("--from"), QStringLiteral("30.11.2026") },
        { QStringLiteral("--reconcile"), QStringLiteral("--from"), QStringLiteral("2026-11-20"),
            QStringLiteral("--to"), QStringLiteral("2026-11-10") },
        { QStringLiteral("--reconcile"), QStringLiteral("--from"), QStringLiteral("2020-01-01"),
            QStringLiteral("--to"), QStringLiteral("2026-01-01") },
        { QStringLiteral("--once"), QStringLiteral("--from"), QStringLiteral("2026-11-20") },
    };
    for (QStringList arguments : wrong) {
        arguments << QStringLiteral("--config") << ini;
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--from")) || result.err.contains(QStringLiteral("date")),
            qPrintable(result.err));
    }
    QCOMPARE(m_account.crm->server()->totalRequests(), 0);
}

QTEST_GUILESS_MAIN(tst_ReconcileApp)
#include "tst_reconcileapp.moc"
