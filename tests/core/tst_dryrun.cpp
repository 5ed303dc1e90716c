// The dry run against the simulated services: each outcome per lead, as the engine would decide it,
// and nothing written anywhere (zero POSTs in both services, the local database untouched).
#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "net/apitransport.h"
#include "net/ratelimiter.h"
#include "sync/dryrun.h"
#include "syncfixture.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;
using Outcome = DryRunRow::Outcome;

class tst_DryRun : public QObject
{
    Q_OBJECT
private slots:
    void eachOutcomeAsTheEngineWouldDecide();
    void nothingIsWrittenAnywhere();
    void switchedOffKindsAreShownNotLookedUp();
    void theDaysOptionLimitsThePeriod();
    void aLeadWhoseCustomerCannotBeReadFailsAlone();
    void rejectedKeyStopsWithExitCodeTwo();
    void readOnlyTransportRefusesAPostBeforeSending();
    void csvHasABomAndOneLinePerLead();
    void aPlannerDestroyedMidRunGoesQuietly();

private:
    static DryRunReport run(SyncFixture &f, int days = DryRunPlanner::kDefaultDays, bool limits = false);
    static const DryRunRow *rowOf(const DryRunReport &report, qint64 leadId);
};

DryRunReport tst_DryRun::run(SyncFixture &f, int days, bool limits)
{
    DryRunPlanner planner(f.config);
    planner.setClock([&f] { return f.now; });
    planner.setRateLimitsEnabled(limits);
    QSignalSpy finished(&planner, &DryRunPlanner::finished);
    planner.run(days);
    if (!finished.wait(60000))
        QTest::qFail("the dry run did not finish", __FILE__, __LINE__);
    return planner.report();
}

const DryRunRow *tst_DryRun::rowOf(const DryRunReport &report, qint64 leadId)
{
    for (const DryRunRow &row : report.rows) {
        if (row.lead.id == QString::number(leadId))
            return &row;
    }
    return nullptr;
}

void tst_DryRun::eachOutcomeAsTheEngineWouldDecide()
{
    SyncFixture f;
    const qint64 withoutOrders = f.addCustomer(QStringLiteral("+79160000001"));
    const qint64 completed = f.addCustomer(QStringLiteral("+79160000002"));
    f.addOrder(completed, QStringLiteral("complete"), 3);
    const qint64 open = f.addCustomer(QStringLiteral("+79160000003"));
    const qint64 openOrder = f.addOrder(open, QStringLiteral("new"), 2);
    const qint64 bound = f.addCustomer(QStringLiteral("+79160000004"));
    const qint64 boundOrder = f.addOrder(bound, QStringLiteral("new"), 2, QStringLiteral("555"));

    const qint64 fresh = f.ct->addCall(f.now.addSecs(-7200), QStringLiteral("8 (916) 000-00-09"));
    const qint64 freshAgain = f.ct->addCall(f.now.addSecs(-3600), QStringLiteral("+7 916 000 00 09"));
    const qint64 noOrders = f.ct->addCall(f.now.addDays(-2), QStringLiteral("89160000001"));
    const qint64 afterComplete = f.ct->addRequest(f.now.addDays(-1), QStringLiteral("+79160000002"), {},
        QStringLiteral("Анна"), QStringLiteral("Form"));
    const qint64 update = f.ct->addCall(f.now.addSecs(-600), QStringLiteral("+79160000003"));
    const qint64 skip = f.ct->addCall(f.now.addSecs(-500), QStringLiteral("+79160000004"));
    const qint64 noContact = f.ct->addRequest(f.now.addSecs(-400), {}, {}, QStringLiteral("Без контакта"));
    const int ordersBefore = int(f.crm->orders().size());

    const DryRunReport report = run(f);
    QVERIFY(report.error.isOk());
    QCOMPARE(report.rows.size(), 7);
    QCOMPARE(report.leadsRead, 7);
    QCOMPARE(report.exitCode(), 0);

    QCOMPARE(rowOf(report, fresh)->outcome, Outcome::CreateCustomerAndOrder);
    QCOMPARE(rowOf(report, fresh)->contact, QStringLiteral("+79160000009"));
    // The second lead of the same number finds the order the first one would have made, with its lead.
    QCOMPARE(rowOf(report, freshAgain)->outcome, Outcome::Skip);
    QCOMPARE(rowOf(report, freshAgain)->reason, Db::LeadReason::OpenOrderHasLead);
    QVERIFY(rowOf(report, freshAgain)->orderNumber.contains(QString::number(fresh)));
    QCOMPARE(rowOf(report, noOrders)->outcome, Outcome::CreateOrder);
    QCOMPARE(rowOf(report, noOrders)->reason, Db::LeadReason::NoOrders);
    QCOMPARE(rowOf(report, noOrders)->customerName, QStringLiteral("Иван"));
    QCOMPARE(rowOf(report, afterComplete)->outcome, Outcome::CreateOrder);
    QCOMPARE(rowOf(report, afterComplete)->reason, Db::LeadReason::NewestOrderCompleted);
    QCOMPARE(rowOf(report, update)->outcome, Outcome::UpdateOrder);
    QCOMPARE(rowOf(report, update)->orderNumber, f.crm->order(openOrder).number);
    QCOMPARE(rowOf(report, skip)->outcome, Outcome::Skip);
    QCOMPARE(rowOf(report, skip)->orderNumber, f.crm->order(boundOrder).number);
    QCOMPARE(rowOf(report, noContact)->outcome, Outcome::NoContact);

    QCOMPARE(report.count(Outcome::CreateCustomerAndOrder), 1);
    QCOMPARE(report.count(Outcome::CreateOrder), 2);
    QCOMPARE(report.count(Outcome::UpdateOrder), 1);
    QCOMPARE(report.count(Outcome::Skip), 2);
    QCOMPARE(report.count(Outcome::NoContact), 1);
    // Oldest first, as the engine sends them.
    QCOMPARE(report.rows.first().lead.id, QString::number(noOrders));
    // Nothing changed in the CRM: no order, no field set.
    QCOMPARE(int(f.crm->orders().size()), ordersBefore);
    QVERIFY(f.crm->order(openOrder).customFields.value(QStringLiteral("calltouch_site_id")).isEmpty());
    Q_UNUSED(withoutOrders)
}

void tst_DryRun::nothingIsWrittenAnywhere()
{
    SyncFixture f;
    // A database the engine made, to show the dry run leaves it as it is.
    f.makeEngine();
    f.cycle();
    f.engine.reset();
    QFile db(f.databasePath());
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(db.readAll(), QCryptographicHash::Sha256);
    db.close();
    const int customersBefore = int(f.crm->customers().size());
    f.crm->server()->resetCounters();
    f.ct->server()->resetCounters();

    f.addCustomer(QStringLiteral("+79160000003"));
    for (int i = 0; i < 6; ++i)
        f.ct->addCall(f.now.addSecs(-600 - i * 60), QStringLiteral("+7916000001%1").arg(i));
    f.ct->addCall(f.now.addSecs(-100), QStringLiteral("+79160000003"));
    f.ct->addRequest(f.now.addSecs(-50), {}, QStringLiteral("lead@example.com"));

    const DryRunReport report = run(f, 7, true); // with the engine's rate limiters on
    QCOMPARE(report.rows.size(), 8);
    QCOMPARE(report.exitCode(), 0);
    QCOMPARE(f.crm->server()->countByMethod("POST"), 0);
    QCOMPARE(f.ct->server()->countByMethod("POST"), 0);
    QVERIFY(f.crm->server()->countByMethod("GET") > 0);
    QVERIFY(f.ct->server()->countByMethod("GET") > 0);
    QCOMPARE(report.writesRefused, 0);
    // The count the preview shows is what the services received.
    QCOMPARE(report.requests, qint64(f.crm->server()->totalRequests() + f.ct->server()->totalRequests()));
    QCOMPARE(int(f.crm->customers().size()), customersBefore + 1);
    QVERIFY(f.crm->orders().isEmpty());
    QVERIFY(f.ct->deals().isEmpty());
    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(db.readAll(), QCryptographicHash::Sha256), before);
}

void tst_DryRun::switchedOffKindsAreShownNotLookedUp()
{
    SyncFixture f;
    f.config.leadKinds = { QStringLiteral("call") };
    const qint64 request = f.ct->addRequest(f.now.addSecs(-300), QStringLiteral("+79160000005"), {});
    const qint64 call = f.ct->addCall(f.now.addSecs(-200), QStringLiteral("+79160000006"));
    const DryRunReport report = run(f);
    QCOMPARE(report.rows.size(), 2);
    QCOMPARE(rowOf(report, request)->outcome, Outcome::KindDisabled);
    QVERIFY(!DryRunReport::reasonText(*rowOf(report, request)).isEmpty());
    QCOMPARE(rowOf(report, call)->outcome, Outcome::CreateCustomerAndOrder);
    // One customer search: the call's (the request's kind is off, its number is not looked up).
    QCOMPARE(f.crm->server()->count(QStringLiteral("GET /api/v5/customers")) > 0, true);
    const QList<QByteArray> log = f.crm->server()->requestLog();
    QVERIFY(std::none_of(log.cbegin(), log.cend(),
        [](const QByteArray &raw) { return raw.contains("9160000005") || raw.contains("916000-00-05"); }));
}

void tst_DryRun::theDaysOptionLimitsThePeriod()
{
    SyncFixture f;
    const qint64 recent = f.ct->addCall(f.now.addDays(-2), QStringLiteral("+79160000007"));
    const qint64 old = f.ct->addCall(f.now.addDays(-10), QStringLiteral("+79160000008"));
    DryRunReport report = run(f);
    QCOMPARE(report.rows.size(), 1);
    QVERIFY(rowOf(report, recent));
    QCOMPARE(report.from, f.now.date().addDays(-6));
    QCOMPARE(report.to, f.now.date());
    report = run(f, 14);
    QCOMPARE(report.rows.size(), 2);
    QVERIFY(rowOf(report, old));
}

void tst_DryRun::aLeadWhoseCustomerCannotBeReadFailsAlone()
{
    SyncFixture f;
    const qint64 first = f.ct->addCall(f.now.addSecs(-600), QStringLiteral("+79160000011"));
    const qint64 second = f.ct->addCall(f.now.addSecs(-300), QStringLiteral("+79160000012"));
    f.crm->server()->injectFault(QStringLiteral("GET /api/v5/customers"), SimFault::BrokenJson, 1);
    const DryRunReport report = run(f);
    QCOMPARE(rowOf(report, first)->outcome, Outcome::Failed);
    QVERIFY(!rowOf(report, first)->detail.isEmpty());
    QCOMPARE(rowOf(report, second)->outcome, Outcome::CreateCustomerAndOrder);
    QCOMPARE(report.exitCode(), 1);
}

void tst_DryRun::rejectedKeyStopsWithExitCodeTwo()
{
    SyncFixture f;
    f.ct->addCall(f.now.addSecs(-600), QStringLiteral("+79160000011"));
    f.config.retailCrmApiKey = QStringLiteral("wrong-key-0123456789012345");
    const DryRunReport report = run(f);
    QVERIFY(report.error.isCredentialProblem());
    QCOMPARE(report.errorService, QStringLiteral("retailCRM"));
    QCOMPARE(report.exitCode(), 2);
    QVERIFY(report.rows.isEmpty());
}

void tst_DryRun::readOnlyTransportRefusesAPostBeforeSending()
{
    SyncFixture f;
    QNetworkAccessManager nam;
    RateLimiter limiter(10);
    ApiTransport transport(&nam, &limiter);
    transport.makeReadOnly();
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.url = QUrl(f.crm->url().toString() + QStringLiteral("/api/v5/orders/create"));
    request.body = "order=%7B%7D";
    request.contentType = "application/x-www-form-urlencoded";
    ApiCall *call = transport.send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(5000));
    const auto response = finished.first().first().value<ApiResponse>();
    QCOMPARE(response.error.kind, ApiError::Kind::Permission);
    QCOMPARE(transport.writesRefused(), 1);
    QCOMPARE(transport.requestsSent(), 0);
    QCOMPARE(f.crm->server()->totalRequests(), 0);
}

void tst_DryRun::csvHasABomAndOneLinePerLead()
{
    SyncFixture f;
    f.ct->addRequest(f.now.addSecs(-300), QStringLiteral("+79160000013"), {}, QStringLiteral("=HYPERLINK(1)"),
        QStringLiteral("Форма, \"заявка\""));
    f.ct->addCall(f.now.addSecs(-200), QStringLiteral("+79160000014"));
    const DryRunReport report = run(f);
    const QByteArray csv = report.toCsv();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv.count("\r\n"), 3);
    // A cell that looks like a formula stays text; commas and quotes are quoted.
    DryRunReport hostile = report;
    hostile.rows.first().detail = QStringLiteral("=HYPERLINK(\"x\"), 1");
    QVERIFY(hostile.toCsv().contains("\"'=HYPERLINK(\"\"x\"\"), 1\""));
    QVERIFY(!report.toText().isEmpty());
    QCOMPARE(report.toText().count(QLatin1Char('\n')), 3);
}

void tst_DryRun::aPlannerDestroyedMidRunGoesQuietly()
{
    SyncFixture f;
    f.ct->addCall(f.now.addSecs(-600), QStringLiteral("+79160000021"));
    f.crm->server()->setLatencyMs(300);
    auto planner = std::make_unique<DryRunPlanner>(f.config);
    planner->setClock([&f] { return f.now; });
    QSignalSpy finished(planner.get(), &DryRunPlanner::finished);
    planner->run();
    QTRY_VERIFY(f.crm->server()->totalRequests() > 0); // a request is in flight
    QVERIFY(planner->isRunning());
    planner.reset();
    QTest::qWait(400); // its answer arrives to nobody
    QCOMPARE(f.crm->server()->countByMethod("POST"), 0);
}

QTEST_GUILESS_MAIN(tst_DryRun)
#include "tst_dryrun.moc"
