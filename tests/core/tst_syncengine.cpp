// Direction 1 end to end: the real engine against the simulated services over loopback.
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>

#include "rules/customfieldset.h"
#include "rules/leadrules.h"
#include "sandbox/simhttpserver.h"
#include "syncfixture.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;
using Sync::FieldCode::CallId;
using Sync::FieldCode::SiteId;

class tst_SyncEngine : public QObject
{
    Q_OBJECT
private slots:
    void newCallerBecomesCustomerAndOrder();
    void leadWaitsForTheDelay();
    void openOrderIsUpdatedOnceThenSkipped();
    void closedOrderGetsANewOrder();
    void requestWithEmailOnly();
    void leadWithoutContactIsShownNotSent();
    void secondCycleWritesNothing();
    void lostAnswersCreateNoDuplicates_data();
    void lostAnswersCreateNoDuplicates();
    void writeThatNeverLandedIsSettledInTheJournal();
    void stoppedCycleErrorIsResolvedByTheNextGoodCycle();
    void crashAtEveryStepCreatesNoDuplicates_data();
    void crashAtEveryStepCreatesNoDuplicates();
    void oneFailingLeadDoesNotBlockTheOthers();
    void rejectedKeyStopsTheCycle();
    void resendRunsTheRulesAgain();
    void chatArrivesByWebhook();
    void webhookSecretChangeTakesEffectAtOnce();
    void webhookLeadSurvivesARestartAfter200();
    void customFieldsAreCreatedOnce();
    void noSecretReachesTheDatabase();
};

void tst_SyncEngine::newCallerBecomesCustomerAndOrder()
{
    SyncFixture f;
    const qint64 callId = f.ct->addCall(f.now.addSecs(-300), QStringLiteral("8 (916) 555-12-34"),
        QStringLiteral("yandex"), QStringLiteral("cpc"), QStringLiteral("winter"));
    f.makeEngine();
    const SyncSummary summary = f.cycle();
    QCOMPARE(summary.ordersCreated, 1);
    QCOMPARE(f.crm->customers().size(), 1);
    QCOMPARE(f.crm->customers().first().firstName, QStringLiteral("Звонок от +79165551234"));
    QCOMPARE(f.crm->orders().size(), 1);
    const RetailCrm::Order order = f.crm->orders().first();
    QCOMPARE(order.site, QStringLiteral("main-shop")); // the first shop in the CRM's order
    QCOMPARE(order.status, f.crm->defaultStatus());
    QCOMPARE(order.customerId, f.crm->customers().first().id);
    QCOMPARE(order.customFields.value(SiteId), f.ct->siteId());
    QCOMPARE(order.customFields.value(CallId), QString::number(callId));
    QCOMPARE(order.customFields.value(QStringLiteral("utm_source")), QStringLiteral("yandex"));
    QCOMPARE(order.customFields.value(QStringLiteral("utm_campaign")), QStringLiteral("winter"));
    QCOMPARE(order.source.source, QStringLiteral("yandex"));
    QCOMPARE(order.source.medium, QStringLiteral("cpc"));
    QCOMPARE(order.managerId, qint64(0));
    QCOMPARE(f.sql(QStringLiteral("SELECT state FROM leads WHERE remote_id=?"), { QString::number(callId) })
                 .toString(),
        QStringLiteral("done"));
    QCOMPARE(f.sql(QStringLiteral("SELECT action FROM orders WHERE order_id=?"), { order.id }).toString(),
        QStringLiteral("created"));
    // Two retailCRM requests for a new contact: the search, then one order create that makes the
    // customer (named by SPEC's template, with the lead's externalId), no customers/create.
    QCOMPARE(f.crm->server()->count(QStringLiteral("POST /api/v5/customers/create")), 0);
    QCOMPARE(f.crm->server()->count(QStringLiteral("POST /api/v5/orders/create")), 1);
    QCOMPARE(f.crm->customersCreatedWithOrders(), 1);
    QCOMPARE(f.crm->customers().first().externalId,
        Sync::customerExternalId(Calltouch::Lead::Kind::Call, QString::number(callId)));
    QCOMPARE(
        f.sql(QStringLiteral("SELECT customer_id FROM leads WHERE remote_id=?"), { QString::number(callId) })
            .toLongLong(),
        order.customerId);
}

void tst_SyncEngine::leadWaitsForTheDelay()
{
    SyncFixture f;
    f.ct->addCall(f.now.addSecs(-10), QStringLiteral("+7 916 555 12 34"));
    f.makeEngine();
    f.cycle();
    QCOMPARE(f.crm->orders().size(), 0);
    QCOMPARE(f.sql(QStringLiteral("SELECT state FROM leads")).toString(), QStringLiteral("waiting"));
    f.now = f.now.addSecs(90);
    f.cycle();
    QCOMPARE(f.crm->orders().size(), 1);
}

void tst_SyncEngine::openOrderIsUpdatedOnceThenSkipped()
{
    SyncFixture f;
    const qint64 customer = f.addCustomer(QStringLiteral("+7 (916) 555-12-34"));
    const qint64 orderId = f.addOrder(customer, QStringLiteral("new"));
    const qint64 first =
        f.ct->addCall(f.now.addSecs(-600), QStringLiteral("89165551234"), QStringLiteral("google"));
    const qint64 second =
        f.ct->addCall(f.now.addSecs(-300), QStringLiteral("9165551234"), QStringLiteral("vk"));
    f.makeEngine();
    const SyncSummary summary = f.cycle();
    QCOMPARE(summary.ordersUpdated, 1);
    QCOMPARE(summary.leadsSkipped, 1);
    QCOMPARE(f.crm->orders().size(), 1);
    QCOMPARE(f.crm->customers().size(), 1); // the found customer is never duplicated
    const RetailCrm::Order order = f.crm->order(orderId);
    QCOMPARE(order.customFields.value(CallId), QString::number(first)); // the first lead wins
    QCOMPARE(order.customFields.value(QStringLiteral("utm_source")), QStringLiteral("google"));
    QCOMPARE(f.sql(QStringLiteral("SELECT state FROM leads WHERE remote_id=?"), { QString::number(second) })
                 .toString(),
        QStringLiteral("skipped"));
}

void tst_SyncEngine::closedOrderGetsANewOrder()
{
    SyncFixture f;
    const qint64 customer = f.addCustomer(QStringLiteral("+79165551234"));
    f.addOrder(customer, QStringLiteral("complete"), 2);
    f.addOrder(customer, QStringLiteral("new"), 20); // older and open: does not matter
    f.ct->addCall(f.now.addSecs(-300), QStringLiteral("+79165551234"));
    f.makeEngine();
    QCOMPARE(f.cycle().ordersCreated, 1);
    QCOMPARE(f.crm->orders().size(), 3);
    QCOMPARE(f.crm->customers().size(), 1);
}

void tst_SyncEngine::requestWithEmailOnly()
{
    SyncFixture f;
    f.ct->addRequest(f.now.addSecs(-300), {}, QStringLiteral("Olga@Example.ru"), QStringLiteral("Ольга"),
        QStringLiteral("Заказ звонка"));
    f.makeEngine();
    QCOMPARE(f.cycle().ordersCreated, 1);
    QCOMPARE(f.crm->customers().size(), 1);
    QCOMPARE(f.crm->customers().first().firstName, QStringLiteral("Заказ звонка от Ольга olga@example.ru"));
    QCOMPARE(f.crm->customers().first().email, QStringLiteral("olga@example.ru"));
}

void tst_SyncEngine::leadWithoutContactIsShownNotSent()
{
    SyncFixture f;
    f.ct->addRequest(f.now.addSecs(-300), {}, {}, QStringLiteral("Аноним"), QStringLiteral("Вопрос"));
    f.makeEngine();
    const SyncSummary summary = f.cycle();
    QCOMPARE(summary.leadsWithoutContact, 1);
    QCOMPARE(f.crm->customers().size(), 0);
    QCOMPARE(f.crm->orders().size(), 0);
    QCOMPARE(f.sql(QStringLiteral("SELECT state FROM leads")).toString(), QStringLiteral("no_contact"));
    QVERIFY(Sync::reasonText(
        Db::fromDb<Db::LeadReason>(f.sql(QStringLiteral("SELECT reason FROM leads")).toString()))
                .contains(QLatin1String("phone")));
}

void tst_SyncEngine::secondCycleWritesNothing()
{
    SyncFixture f;
    f.ct->addCall(f.now.addSecs(-300), QStringLiteral("+79165551234"));
    f.ct->addRequest(f.now.addSecs(-200), QStringLiteral("+79035550000"), {}, QStringLiteral("Пётр"),
        QStringLiteral("Заявка"));
    f.makeEngine();
    f.cycle();
    QCOMPARE(f.crm->orders().size(), 2);
    const int writes = f.crm->server()->count(QStringLiteral("POST /api/v5/orders/create"));
    f.now = f.now.addSecs(120);
    const SyncSummary second = f.cycle();
    QCOMPARE(second.ordersCreated, 0);
    QCOMPARE(f.crm->orders().size(), 2);
    QCOMPARE(f.crm->server()->count(QStringLiteral("POST /api/v5/orders/create")), writes);
    // A restarted engine on the same database continues where it stopped.
    f.makeEngine();
    f.cycle();
    QCOMPARE(f.crm->orders().size(), 2);
    QCOMPARE(f.crm->customers().size(), 2);
}

void tst_SyncEngine::lostAnswersCreateNoDuplicates_data()
{
    QTest::addColumn<QString>("route");
    QTest::newRow("order create with its new customer") << QStringLiteral("POST /api/v5/orders/create");
    QTest::newRow("order edit") << QStringLiteral("POST /api/v5/orders/{id}/edit");
}

void tst_SyncEngine::lostAnswersCreateNoDuplicates()
{
    QFETCH(QString, route);
    SyncFixture f;
    if (route.contains(QLatin1String("edit"))) {
        const qint64 customer = f.addCustomer(QStringLiteral("+79165551234"));
        f.addOrder(customer, QStringLiteral("new"));
    }
    f.ct->addCall(f.now.addSecs(-300), QStringLiteral("+79165551234"));
    f.crm->server()->injectFault(route, SimFault::AnswerLost, 1);
    f.makeEngine();
    f.cycle();
    f.now = f.now.addSecs(120);
    f.cycle();
    QCOMPARE(f.crm->customers().size(), 1);
    QCOMPARE(f.crm->orders().size(), 1);
    QCOMPARE(f.sql(QStringLiteral("SELECT state FROM leads")).toString(), QStringLiteral("done"));
    QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM outbox WHERE state<>'confirmed'")).toInt(), 0);
}

void tst_SyncEngine::writeThatNeverLandedIsSettledInTheJournal()
{
    // The first lead's order create (which makes the customer) gets a 500 (nothing was applied: unknown
    // to LeadBridge); the second lead of the same phone creates the customer and its order. When the first
    // lead is decided again it is skipped by the rules: its journal entry must then say "not applied", not
    // stay pending.
    SyncFixture f;
    f.ct->addCall(f.now.addSecs(-400), QStringLiteral("+79165551234"));
    f.ct->addCall(f.now.addSecs(-300), QStringLiteral("+79165551234"));
    f.crm->server()->injectFault(QStringLiteral("POST /api/v5/orders/create"), SimFault::Http500, 1);
    f.makeEngine();
    f.cycle();
    QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM outbox WHERE state='pending'")).toInt(), 1);
    f.now = f.now.addSecs(120);
    f.cycle();
    QCOMPARE(f.crm->customers().size(), 1);
    QCOMPARE(f.crm->orders().size(), 1);
    QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM outbox WHERE state='pending'")).toInt(), 0);
    QCOMPARE(f.sql(QStringLiteral("SELECT result FROM outbox WHERE state='failed'")).toString(),
        QStringLiteral("not applied"));
    QCOMPARE(
        f.sql(QStringLiteral("SELECT count(*) FROM leads WHERE state IN ('done','skipped')")).toInt(), 2);
}

void tst_SyncEngine::stoppedCycleErrorIsResolvedByTheNextGoodCycle()
{
    SyncFixture f;
    f.crm->server()->injectFault(QStringLiteral("GET /api/v5/reference/statuses"), SimFault::Http500, 10);
    f.makeEngine();
    const SyncSummary stopped = f.cycle();
    QVERIFY(!stopped.fatalError.isEmpty());
    QCOMPARE(
        f.sql(QStringLiteral("SELECT count(*) FROM errors WHERE direction='setup' AND resolved=0")).toInt(),
        1);
    f.crm->server()->clearFaults();
    f.now = f.now.addSecs(120);
    const SyncSummary good = f.cycle();
    QVERIFY2(good.fatalError.isEmpty(), qPrintable(good.fatalError));
    QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM errors WHERE resolved=0")).toInt(), 0);
}

void tst_SyncEngine::crashAtEveryStepCreatesNoDuplicates_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<bool>("existingOrder");
    for (const char *point : { "create-order:before", "create-order:after" })
        QTest::newRow(point) << QString::fromLatin1(point) << false;
    for (const char *point : { "edit-order:before", "edit-order:after" })
        QTest::newRow(point) << QString::fromLatin1(point) << true;
}

void tst_SyncEngine::crashAtEveryStepCreatesNoDuplicates()
{
    QFETCH(QString, point);
    QFETCH(bool, existingOrder);
    SyncFixture f;
    qint64 orderId = 0;
    if (existingOrder) {
        const qint64 customer = f.addCustomer(QStringLiteral("+79165551234"));
        orderId = f.addOrder(customer, QStringLiteral("new"));
    }
    const qint64 callId = f.ct->addCall(f.now.addSecs(-300), QStringLiteral("+79165551234"));
    bool crashed = false;
    f.makeEngine([&](const QString &at) {
        if (at == point && !crashed) {
            crashed = true;
            return true;
        }
        return false;
    });
    f.cycle();
    QVERIFY(crashed);
    QVERIFY(f.engine->isDead());
    // A new process on the same database.
    f.makeEngine();
    f.now = f.now.addSecs(120);
    f.cycle();
    f.cycle();
    QCOMPARE(f.crm->customers().size(), 1);
    QCOMPARE(f.crm->orders().size(), 1);
    const RetailCrm::Order order = f.crm->orders().first();
    if (existingOrder)
        QCOMPARE(order.id, orderId);
    QCOMPARE(order.customFields.value(CallId), QString::number(callId));
    QCOMPARE(f.sql(QStringLiteral("SELECT state FROM leads")).toString(), QStringLiteral("done"));
}

void tst_SyncEngine::oneFailingLeadDoesNotBlockTheOthers()
{
    SyncFixture f;
    f.ct->addCall(f.now.addSecs(-400), QStringLiteral("+79165551234"));
    f.ct->addCall(f.now.addSecs(-300), QStringLiteral("+79035550000"));
    f.crm->server()->injectFault(
        QStringLiteral("GET /api/v5/customers"), SimFault::Http500, 4); // all retries
    f.makeEngine();
    const SyncSummary summary = f.cycle();
    QCOMPARE(summary.leadsFailed, 1);
    QCOMPARE(summary.ordersCreated, 1);
    QCOMPARE(f.crm->orders().size(), 1);
    QCOMPARE(
        f.sql(QStringLiteral("SELECT count(*) FROM errors WHERE resolved=0 AND direction='leads'")).toInt(),
        1);
    QCOMPARE(f.sql(QStringLiteral("SELECT attempts FROM leads WHERE state='failed'")).toInt(), 1);
    // Later it is retried and succeeds; the error is resolved.
    f.now = f.now.addSecs(3600);
    f.cycle();
    QCOMPARE(f.crm->orders().size(), 2);
    QCOMPARE(
        f.sql(QStringLiteral("SELECT count(*) FROM errors WHERE resolved=0 AND direction='leads'")).toInt(),
        0);
}

void tst_SyncEngine::rejectedKeyStopsTheCycle()
{
    SyncFixture f;
    f.ct->addCall(f.now.addSecs(-300), QStringLiteral("+79165551234"));
    f.config.retailCrmApiKey = QStringLiteral("wrong-key-123456789");
    f.makeEngine();
    QSignalSpy rejected(f.engine.get(), &SyncEngine::credentialsRejected);
    const SyncSummary summary = f.cycle();
    QVERIFY(summary.credentialsRejected);
    QVERIFY(!summary.fatalError.isEmpty());
    QVERIFY(!summary.fatalError.contains(QLatin1String("wrong-key-123456789")));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(f.crm->orders().size(), 0);
}

void tst_SyncEngine::resendRunsTheRulesAgain()
{
    SyncFixture f;
    const qint64 customer = f.addCustomer(QStringLiteral("+79165551234"));
    const qint64 orderId = f.addOrder(customer, QStringLiteral("new"), 5, QStringLiteral("13480"));
    f.ct->addCall(f.now.addSecs(-300), QStringLiteral("+79165551234"));
    f.makeEngine();
    f.cycle();
    QCOMPARE(f.sql(QStringLiteral("SELECT state FROM leads")).toString(), QStringLiteral("skipped"));
    // The order is closed in the CRM; the admin resends the lead: now it gets its own order.
    f.crm->setOrderStatus(orderId, QStringLiteral("complete"));
    const qint64 leadId = f.sql(QStringLiteral("SELECT id FROM leads")).toLongLong();
    QSignalSpy processed(f.engine.get(), &SyncEngine::leadProcessed);
    f.engine->resendLead(leadId);
    QTRY_VERIFY_WITH_TIMEOUT(!processed.isEmpty(), 20000);
    QCOMPARE(
        Db::toDb(processed.first().first().value<LeadOutcome>().action), QStringLiteral("created-order"));
    QCOMPARE(f.crm->orders().size(), 2);
    QCOMPARE(f.sql(QStringLiteral("SELECT state FROM leads")).toString(), QStringLiteral("done"));
    QCOMPARE(
        f.sql(QStringLiteral("SELECT count(*) FROM lead_outcomes WHERE lead_id=?"), { leadId }).toInt(), 2);
}

void tst_SyncEngine::chatArrivesByWebhook()
{
    SyncFixture f;
    f.config.webhookListen = QStringLiteral("127.0.0.1:0");
    f.config.webhookSecret = QStringLiteral("s3cret-path-segment-42");
    f.engine = std::make_unique<SyncEngine>(f.config, f.databasePath());
    f.engine->setClock([&f] { return f.now; });
    f.engine->setRateLimitsEnabled(false);
    QSignalSpy listening(f.engine.get(), &SyncEngine::webhookListening);
    f.engine->initialize();
    QCOMPARE(listening.size(), 1);
    const quint16 port = listening.first().first().value<quint16>();

    QNetworkAccessManager nam;
    const auto post = [&](const QString &path, const QByteArray &body) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nam.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    const QByteArray chat = "id=777&phone=%2B7+916+555-12-34&email=&name=%D0%9E%D0%BB%D1%8F&utm_source=site";
    QCOMPARE(post(QStringLiteral("/wrong-secret/chat"), chat), 404);
    QCOMPARE(post(QStringLiteral("/s3cret-path-segment-42/chat"), chat), 200);
    QCOMPARE(post(QStringLiteral("/s3cret-path-segment-42/chat"), chat), 200); // a repeat is ignored
    // Too large: refused (413, or the connection is closed while the client still sends).
    const int tooLarge = post(QStringLiteral("/s3cret-path-segment-42/chat"), QByteArray(70000, 'x'));
    QVERIFY2(tooLarge == 413 || tooLarge == 0, qPrintable(QString::number(tooLarge)));
    f.now = f.now.addSecs(120);
    f.cycle();
    QCOMPARE(f.crm->orders().size(), 1);
    QCOMPARE(f.crm->orders().first().customFields.value(Sync::FieldCode::ChatId), QStringLiteral("777"));
    QCOMPARE(f.crm->customers().first().firstName, QStringLiteral("Чат от Оля +79165551234"));
    QCOMPARE(f.sql(QStringLiteral("SELECT count(*) FROM leads WHERE kind='chat'")).toInt(), 1);
}

namespace {
int getStatus(quint16 port, const QString &pathAndQuery)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(pathAndQuery))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(5000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}
} // namespace

void tst_SyncEngine::webhookSecretChangeTakesEffectAtOnce()
{
    // "Regenerate" in Settings: after reconfigure the old URL is 404, the new one works, same port.
    SyncFixture f;
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    f.config.webhookListen = QStringLiteral("127.0.0.1:%1").arg(port);
    f.config.webhookSecret = QStringLiteral("old-secret-0123456789abcdef");
    QSignalSpy listening(f.makeEngine(), &SyncEngine::webhookListening);
    QCOMPARE(getStatus(port, QStringLiteral("/old-secret-0123456789abcdef/chat?chatid=1")), 200);
    SyncConfig changed = f.config;
    changed.webhookSecret = QStringLiteral("new-secret-0123456789abcdef");
    f.engine->reconfigure(changed);
    QCOMPARE(listening.size(), 1);
    QCOMPARE(listening.first().first().value<quint16>(), port);
    QCOMPARE(getStatus(port, QStringLiteral("/old-secret-0123456789abcdef/chat?chatid=2")), 404);
    QCOMPARE(getStatus(port, QStringLiteral("/new-secret-0123456789abcdef/chat?chatid=3")), 200);
    QCOMPARE(
        f.sql(QStringLiteral("SELECT group_concat(remote_id) FROM leads")).toString(), QStringLiteral("1,3"));
    // Turned off: nothing listens any more.
    changed.webhookListen.clear();
    f.engine->reconfigure(changed);
    QVERIFY(probe.listen(QHostAddress::LocalHost, port));
}

void tst_SyncEngine::webhookLeadSurvivesARestartAfter200()
{
    // Store first: a lead answered 200 is in the database even when the engine never runs a cycle.
    SyncFixture f;
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    f.config.webhookListen = QStringLiteral("127.0.0.1:%1").arg(port);
    f.config.webhookSecret = QStringLiteral("restart-secret-0123456789ab");
    f.config.calltouchTimeZone = QStringLiteral("Asia/Yekaterinburg");
    f.makeEngine();
    // A local time without a timestamp: the Calltouch project's zone (UTC+5), not the machine's.
    QCOMPARE(
        getStatus(port,
            QStringLiteral(
                "/restart-secret-0123456789ab/chat?chatid=55&phone=79165550055&date=20/11/2026%2012:00:00")),
        200);
    // A Unix timestamp wins over the local time.
    QCOMPARE(getStatus(port,
                 QStringLiteral("/restart-secret-0123456789ab/chat?chatid=56&phone=79165550056&date=20/11/"
                                "2026%2012:00:00&timestamp=1795167000")),
        200);
    f.engine.reset(); // "crash" right after the answer
    QCOMPARE(f.sql(QStringLiteral("SELECT occurred_at FROM leads WHERE remote_id='55'")).toLongLong(),
        QDateTime(QDate(2026, 11, 20), QTime(7, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(f.sql(QStringLiteral("SELECT occurred_at FROM leads WHERE remote_id='56'")).toLongLong(),
        1795167000000LL);
    f.config.webhookListen.clear();
    f.makeEngine();
    f.now = f.now.addSecs(120);
    f.cycle();
    QCOMPARE(f.crm->orders().size(), 2);
}

void tst_SyncEngine::customFieldsAreCreatedOnce()
{
    SyncFixture f;
    f.makeEngine();
    f.cycle();
    const QList<RetailCrm::CustomField> fields = f.crm->customFields();
    for (const auto &wanted : Sync::requiredCustomFields()) {
        QVERIFY2(std::any_of(fields.cbegin(), fields.cend(),
                     [&wanted](const RetailCrm::CustomField &field) { return field.code == wanted.code; }),
            qPrintable(wanted.code));
    }
    const int created = f.crm->server()->count(QStringLiteral("POST /api/v5/custom-fields/order/create"));
    QCOMPARE(created, 9);
    f.makeEngine(); // a restart checks again but creates nothing
    f.cycle();
    QCOMPARE(f.crm->server()->count(QStringLiteral("POST /api/v5/custom-fields/order/create")), 9);
}

void tst_SyncEngine::noSecretReachesTheDatabase()
{
    SyncFixture f;
    f.ct->addCall(f.now.addSecs(-300), QStringLiteral("+79165551234"));
    f.crm->server()->injectFault(
        QStringLiteral("GET /api/v5/customers"), SimFault::Http500, 4); // an error row
    f.makeEngine();
    f.cycle();
    f.config.calltouchToken = QStringLiteral("wrong/token.value+123456"); // a rejected token in error texts
    f.makeEngine();
    f.now = f.now.addSecs(3600);
    f.cycle();
    f.engine.reset();
    QVERIFY(f.sql(QStringLiteral("SELECT count(*) FROM errors")).toInt() > 0);
    QByteArray bytes;
    for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
        QFile file(f.databasePath() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(!bytes.isEmpty());
    for (const QString &secret : { f.apiKey, f.ct->token(), QStringLiteral("wrong/token.value+123456") }) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY(!bytes.contains(QUrl::toPercentEncoding(secret)));
    }
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
