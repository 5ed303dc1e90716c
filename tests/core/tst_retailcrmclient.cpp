// The retailCRM client against the simulated retailCRM, over real HTTP on loopback.
#include <memory>

#include <QFile>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include "net/apitransport.h"
#include "net/ratelimiter.h"
#include "retailcrm/retailcrmclient.h"
#include "sandbox/retailcrmsim.h"
#include "sandbox/simhttpserver.h"

using namespace LeadBridge;
using namespace LeadBridge::RetailCrm;

namespace {
const QString kKey = QStringLiteral("client-test-key-5a1b2c3d");

/// Collects what a callback delivered, and how often.
template <typename T> struct Outcome
{
    int calls = 0;
    T value {};
    ApiError error;
    Done<T> sink()
    {
        return [this](const T &v, const ApiError &e) {
            ++calls;
            value = v;
            error = e;
        };
    }
};

#define AWAIT(outcome) QTRY_COMPARE_WITH_TIMEOUT((outcome).calls, 1, 10000)
#define KIND(error) ApiError::kindName((error).kind)

/// Server-side TCP connections of @p port still open (ESTABLISHED or CLOSE_WAIT), from /proc (Linux).
/// SimHttpServer must not be destroyed while it still holds connections (its socket clean-up would run
/// after its buffers are gone), so tests close the client side and wait for the server to let go.
int openServerConnections(quint16 port)
{
    int count = 0;
    for (const char *path : { "/proc/self/net/tcp", "/proc/self/net/tcp6" }) {
        QFile file { QString::fromLatin1(path) };
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> columns = lines.at(i).simplified().split(' ');
            if (columns.size() < 4)
                continue;
            const QByteArray local = columns.at(1);
            bool ok = false;
            const uint localPort = local.mid(local.lastIndexOf(':') + 1).toUInt(&ok, 16);
            const QByteArray state = columns.at(3);
            if (ok && localPort == port && (state == "01" || state == "08"))
                ++count;
        }
    }
    return count;
}

QByteArray requestLine(const QByteArray &raw)
{
    return raw.left(raw.indexOf("\r\n"));
}

QByteArray requestBody(const QByteArray &raw)
{
    return raw.mid(raw.indexOf("\r\n\r\n") + 4);
}

CustomField stringField(const QString &code, bool inFilter = true)
{
    CustomField field;
    field.code = code;
    field.name = code;
    field.type = QStringLiteral("string");
    field.entity = QStringLiteral("order");
    field.inFilter = inFilter;
    return field;
}
} // namespace

class tst_RetailCrmClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void apiVersionsProbeSendsTheKey();
    void notRetailCrmHost_data();
    void notRetailCrmHost();
    void credentialsOfFullKey();
    void limitedKeyGivesPermissionAndNamesWhatIsMissing();
    void legacyCredentialsList();
    void missingPermissions_data();
    void missingPermissions();
    void wrongKeyIsAuth();
    void referenceData();
    void usersAllPagesActiveOnly();
    void customFieldsAndEnsure();
    void ensureCustomFieldRacesCountAsReused();
    void ensureCustomFieldAfterLostAnswer();
    void ensureCustomFieldOtherType();
    void findCustomersByPhone();
    void findCustomersByInvalidPhone();
    void findCustomersByEmail();
    void findCustomerByExternalId();
    void createCustomer();
    void customerOrdersAllPages();
    void findOrdersByCustomField();
    void findOrdersByExternalId();
    void createOrder();
    void createOrderAnswerLostThenFound();
    void editOrder();
    void getOrder();
    void listOrders();
    void ordersHistory();
    void insecureUrlSendsNothing();
    void serverErrorOnReadIsRetried();
    void tooManyRequestsHonoured();
    void simRateLimitIsRespected();
    void brokenJsonIsBadResponse();
    void keyNeverInUrlOrBody();
    void deadContextGetsNoCallback();

private:
    std::unique_ptr<Client> makeClient(const QString &key, const QUrl &url = {});
    void closeConnections(quint16 port);

    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<ApiTransport> m_transport;
    std::unique_ptr<Client> m_client;
    std::unique_ptr<QObject> m_ctx;
};

void tst_RetailCrmClient::init()
{
    m_sim = std::make_unique<Simulator>();
    QVERIFY(m_sim->start() != 0);
    m_sim->setRateLimit(0);
    m_sim->addDefaultStatuses();
    m_sim->addSite(
        { QStringLiteral("second"), QStringLiteral("Second"), QStringLiteral("https://b.example"), 20 });
    m_sim->addSite(
        { QStringLiteral("main"), QStringLiteral("Main"), QStringLiteral("https://a.example"), 10 });
    m_sim->addApiKey(kKey);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_limiter = std::make_unique<RateLimiter>(200.0);
    m_transport = std::make_unique<ApiTransport>(m_nam.get(), m_limiter.get());
    m_transport->setBackoff(10, 50);
    m_client = makeClient(kKey);
    m_ctx = std::make_unique<QObject>();
}

void tst_RetailCrmClient::cleanup()
{
    m_ctx.reset();
    m_client.reset();
    m_transport.reset();
    closeConnections(m_sim->server()->port());
    m_nam.reset();
    m_limiter.reset();
    m_sim.reset();
}

std::unique_ptr<Client> tst_RetailCrmClient::makeClient(const QString &key, const QUrl &url)
{
    return std::make_unique<Client>(
        m_transport.get(), url.isEmpty() ? m_sim->url() : url, key, QStringLiteral("Europe/Moscow"));
}

void tst_RetailCrmClient::closeConnections(quint16 port)
{
    m_nam->clearConnectionCache();
    QTRY_COMPARE_WITH_TIMEOUT(openServerConnections(port), 0, 5000);
}

void tst_RetailCrmClient::apiVersionsProbeSendsTheKey()
{
    Outcome<QStringList> out;
    m_client->apiVersions(m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY2(out.error.isOk(), qPrintable(out.error.detail));
    QVERIFY(out.value.contains(QStringLiteral("5.0")));
    const QList<QByteArray> log = m_sim->server()->requestLog();
    QCOMPARE(log.size(), 1);
    QVERIFY(log.first().startsWith("GET /api/api-versions "));
    // Like every official client: retailCRM refuses a request without the key.
    QVERIFY(log.first().toLower().contains("x-api-key"));
}

void tst_RetailCrmClient::notRetailCrmHost_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("acceptable");
    const QStringList badOrMissing { ApiError::kindName(ApiError::Kind::BadResponse),
        ApiError::kindName(ApiError::Kind::NotFound) };
    QTest::newRow("html 404") << 404 << QByteArray("text/html")
                              << QByteArray("<html><body>Not Found</body></html>") << badOrMissing;
    QTest::newRow("html 200") << 200 << QByteArray("text/html")
                              << QByteArray("<html><body>Welcome!</body></html>")
                              << QStringList { ApiError::kindName(ApiError::Kind::BadResponse) };
    QTest::newRow("other json api") << 200 << QByteArray("application/json")
                                    << QByteArray(R"({"status":"ok"})")
                                    << QStringList { ApiError::kindName(ApiError::Kind::BadResponse) };
}

void tst_RetailCrmClient::notRetailCrmHost()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, acceptable);
    SimHttpServer other;
    other.setHandler(
        [&](const SimRequest &) {
            SimResponse response;
            response.status = status;
            response.contentType = contentType;
            response.body = body;
            return response;
        },
        {});
    QVERIFY(other.listen() != 0);
    const std::unique_ptr<Client> client = makeClient(kKey, QUrl(other.baseUrl()));
    Outcome<QStringList> out;
    client->apiVersions(m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY2(acceptable.contains(KIND(out.error)), qPrintable(KIND(out.error)));
    QVERIFY(out.value.isEmpty());
    closeConnections(other.port());
}

void tst_RetailCrmClient::credentialsOfFullKey()
{
    Outcome<Credentials> out;
    m_client->credentials(m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY2(out.error.isOk(), qPrintable(out.error.detail));
    QCOMPARE(out.value.scopes, Simulator::allScopes());
    QCOMPARE(out.value.siteAccess, QStringLiteral("access_full"));
    QVERIFY(out.value.sitesAvailable.contains(QStringLiteral("main")));
    QVERIFY(Client::missingPermissions(out.value).isEmpty());
}

void tst_RetailCrmClient::limitedKeyGivesPermissionAndNamesWhatIsMissing()
{
    const QString limited = QStringLiteral("limited-key-9f8e7d6c");
    m_sim->addLimitedApiKey(limited,
        { QStringLiteral("order_write"), QStringLiteral("custom_fields_write"),
            QStringLiteral("user_read") });
    const std::unique_ptr<Client> client = makeClient(limited);

    Outcome<Credentials> credentials;
    client->credentials(m_ctx.get(), credentials.sink());
    AWAIT(credentials);
    QVERIFY(credentials.error.isOk());
    QCOMPARE(Client::missingPermissionIds(credentials.value),
        (QStringList { QStringLiteral("orders-write"), QStringLiteral("custom-fields-write"),
            QStringLiteral("users-read") }));
    const QStringList labels = Client::missingPermissions(credentials.value);
    QCOMPARE(labels.size(), 3);
    QVERIFY2(labels.at(0).contains(QLatin1String("order_write")), qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY2(labels.at(1).contains(QLatin1String("custom_fields_write")), qPrintable(labels.at(1)));
    QVERIFY2(labels.at(2).contains(QLatin1String("user_read")), qPrintable(labels.at(2)));

    OrderDraft draft;
    draft.site = QStringLiteral("main");
    Outcome<Order> created;
    client->createOrder(draft, m_ctx.get(), created.sink());
    AWAIT(created);
    QCOMPARE(KIND(created.error), ApiError::kindName(ApiError::Kind::Permission));
    QVERIFY(created.error.isCredentialProblem());
    QCOMPARE(m_sim->orders().size(), 0);

    Outcome<QList<User>> users;
    client->users(m_ctx.get(), users.sink());
    AWAIT(users);
    QCOMPARE(KIND(users.error), ApiError::kindName(ApiError::Kind::Permission));

    Outcome<QList<Site>> sites; // what the key may do still works
    client->sites(m_ctx.get(), sites.sink());
    AWAIT(sites);
    QVERIFY(sites.error.isOk());
}

void tst_RetailCrmClient::legacyCredentialsList()
{
    const QString legacy = QStringLiteral("legacy-key-0a0b0c0d");
    m_sim->addLegacyApiKey(legacy);
    const std::unique_ptr<Client> client = makeClient(legacy);
    Outcome<Credentials> full;
    client->credentials(m_ctx.get(), full.sink());
    AWAIT(full);
    QVERIFY(full.error.isOk());
    QVERIFY(full.value.scopes.isEmpty());
    QVERIFY(!full.value.credentials.isEmpty());
    QCOMPARE(Client::missingPermissionIds(full.value), QStringList());

    const QString older = QStringLiteral("legacy-key-1a1b1c1d");
    QStringList paths = Simulator::allMethodPaths();
    paths.removeAll(QStringLiteral("/api/orders/history"));
    m_sim->addLegacyApiKey(older, paths);
    const std::unique_ptr<Client> olderClient = makeClient(older);
    Outcome<Credentials> partial;
    olderClient->credentials(m_ctx.get(), partial.sink());
    AWAIT(partial);
    QCOMPARE(Client::missingPermissionIds(partial.value), QStringList { QStringLiteral("history-read") });
    Outcome<QList<HistoryRecord>> history;
    olderClient->ordersHistory(0, {}, m_ctx.get(), history.sink());
    AWAIT(history);
    QCOMPARE(KIND(history.error), ApiError::kindName(ApiError::Kind::Permission));
}

void tst_RetailCrmClient::missingPermissions_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QStringList>("missing");
    const QStringList all { QStringLiteral("orders-read"), QStringLiteral("orders-write"),
        QStringLiteral("customers-read"), QStringLiteral("customers-write"),
        QStringLiteral("custom-fields-read"), QStringLiteral("custom-fields-write"),
        QStringLiteral("reference-read"), QStringLiteral("history-read"), QStringLiteral("users-read") };
    QTest::newRow("nothing") << QStringList() << QStringList() << all;
    QTest::newRow("all scopes") << Simulator::allScopes() << QStringList() << QStringList();
    QTest::newRow("write scope covers field listing") << QStringList { QStringLiteral("order_read"),
        QStringLiteral("order_write"), QStringLiteral("customer_read"), QStringLiteral("customer_write"),
        QStringLiteral("custom_fields_write"), QStringLiteral("reference_read"), QStringLiteral("user_read") }
                                                      << QStringList() << QStringList();
    QTest::newRow("read only") << QStringList { QStringLiteral("order_read"), QStringLiteral("customer_read"),
        QStringLiteral("reference_read"), QStringLiteral("user_read"), QStringLiteral("custom_fields_read") }
                               << QStringList()
                               << QStringList { QStringLiteral("orders-write"),
                                      QStringLiteral("customers-write"),
                                      QStringLiteral("custom-fields-write") };
    QTest::newRow("versioned paths with placeholders")
        << QStringList()
        << QStringList { QStringLiteral("/api/v5/orders"), QStringLiteral("/api/v5/orders/create"),
               QStringLiteral("/api/v5/orders/{id}/edit"), QStringLiteral("/api/v5/orders/history"),
               QStringLiteral("/api/v5/customers"), QStringLiteral("/api/v5/customers/create"),
               QStringLiteral("/api/v5/custom-fields"),
               QStringLiteral("/api/v5/custom-fields/{entity}/create"),
               QStringLiteral("/api/v5/reference/sites"), QStringLiteral("/api/v5/reference/statuses"),
               QStringLiteral("/api/v5/reference/status-groups"), QStringLiteral("/api/v5/users") }
        << QStringList();
    QTest::newRow("paths: edit missing, one reference missing")
        << QStringList()
        << QStringList { QStringLiteral("/api/orders"), QStringLiteral("/api/orders/create"),
               QStringLiteral("/api/orders/history"), QStringLiteral("/api/customers"),
               QStringLiteral("/api/customers/create"), QStringLiteral("/api/custom-fields"),
               QStringLiteral("/api/custom-fields/{entity}/create"), QStringLiteral("/api/reference/sites"),
               QStringLiteral("/api/reference/statuses"), QStringLiteral("/api/users") }
        << QStringList { QStringLiteral("orders-write"), QStringLiteral("reference-read") };
    QTest::newRow("scopes and unrelated paths")
        << QStringList { QStringLiteral("order_read") }
        << QStringList { QStringLiteral("/api/integration-modules/{code}") }
        << QStringList { QStringLiteral("orders-write"), QStringLiteral("customers-read"),
               QStringLiteral("customers-write"), QStringLiteral("custom-fields-read"),
               QStringLiteral("custom-fields-write"), QStringLiteral("reference-read"),
               QStringLiteral("users-read") };
}

void tst_RetailCrmClient::missingPermissions()
{
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, paths);
    QFETCH(QStringList, missing);
    Credentials credentials;
    credentials.scopes = scopes;
    credentials.credentials = paths;
    QCOMPARE(Client::missingPermissionIds(credentials), missing);
    QCOMPARE(Client::missingPermissions(credentials).size(), missing.size());
}

void tst_RetailCrmClient::wrongKeyIsAuth()
{
    const std::unique_ptr<Client> client = makeClient(QStringLiteral("not-a-valid-key-000"));
    Outcome<QList<Site>> out;
    client->sites(m_ctx.get(), out.sink());
    AWAIT(out);
    QCOMPARE(KIND(out.error), ApiError::kindName(ApiError::Kind::Auth));
    QCOMPARE(out.error.httpStatus, 401);
    QVERIFY(out.error.isCredentialProblem());
    QVERIFY(!out.error.detail.contains(QLatin1String("not-a-valid-key-000")));
}

void tst_RetailCrmClient::referenceData()
{
    Outcome<QList<Site>> sites;
    m_client->sites(m_ctx.get(), sites.sink());
    AWAIT(sites);
    QVERIFY(sites.error.isOk());
    QCOMPARE(sites.value.size(), 2);
    QCOMPARE(sites.value.at(0).code, QStringLiteral("main"));
    QCOMPARE(sites.value.at(1).code, QStringLiteral("second"));

    Outcome<QList<Status>> statuses;
    m_client->statuses(m_ctx.get(), statuses.sink());
    AWAIT(statuses);
    QCOMPARE(statuses.value.size(), m_sim->statuses().size());
    QCOMPARE(statuses.value.first().code, QStringLiteral("new"));

    Outcome<QList<StatusGroup>> groups;
    m_client->statusGroups(m_ctx.get(), groups.sink());
    AWAIT(groups);
    QCOMPARE(groups.value.size(), 6);
    QCOMPARE(groups.value.first().code, QStringLiteral("new"));
    QCOMPARE(groups.value.last().code, QStringLiteral("cancel"));
    QVERIFY(groups.value.last().statuses.contains(QStringLiteral("cancel-other")));
}

void tst_RetailCrmClient::usersAllPagesActiveOnly()
{
    for (int i = 0; i < 130; ++i) {
        User user;
        user.firstName = QStringLiteral("Manager");
        user.lastName = QString::number(i);
        user.active = i % 13 != 0; // 10 inactive
        m_sim->addUser(user);
    }
    Outcome<QList<User>> out;
    m_client->users(m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY2(out.error.isOk(), qPrintable(out.error.detail));
    QCOMPARE(out.value.size(), 120);
    QCOMPARE(m_sim->server()->count(QStringLiteral("GET /api/v5/users")), 2);
    for (const QByteArray &raw : m_sim->server()->requestLog())
        QVERIFY2(requestLine(raw).contains("filter%5Bactive%5D=1")
                || requestLine(raw).contains("filter[active]=1"),
            raw.constData());
}

void tst_RetailCrmClient::customFieldsAndEnsure()
{
    Outcome<bool> first;
    CustomField wanted = stringField(QStringLiteral("calltouch_site_id"));
    wanted.name = QStringLiteral("Calltouch site ID");
    m_client->ensureCustomField(wanted, m_ctx.get(), first.sink());
    AWAIT(first);
    QVERIFY2(first.error.isOk(), qPrintable(first.error.detail));
    QVERIFY(first.value); // created
    QCOMPARE(m_sim->customFields().size(), 1);
    QCOMPARE(m_sim->customFields().first().name, QStringLiteral("Calltouch site ID"));
    QVERIFY(m_sim->customFields().first().inFilter);

    Outcome<bool> second;
    m_client->ensureCustomField(wanted, m_ctx.get(), second.sink());
    AWAIT(second);
    QVERIFY(second.error.isOk());
    QVERIFY(!second.value); // reused
    QCOMPARE(m_sim->server()->count(QStringLiteral("POST /api/v5/custom-fields/order/create")), 1);

    Outcome<QList<CustomField>> list;
    m_client->customFields(m_ctx.get(), list.sink());
    AWAIT(list);
    QCOMPARE(list.value.size(), 1);
    QCOMPARE(list.value.first().code, QStringLiteral("calltouch_site_id"));
}

void tst_RetailCrmClient::ensureCustomFieldRacesCountAsReused()
{
    // Two runs at once: both list (missing), both create; the second create gets 400 "code exists",
    // and a re-list shows the field, so it counts as reused.
    Outcome<bool> a;
    Outcome<bool> b;
    m_client->ensureCustomField(stringField(QStringLiteral("utm_source")), m_ctx.get(), a.sink());
    m_client->ensureCustomField(stringField(QStringLiteral("utm_source")), m_ctx.get(), b.sink());
    AWAIT(a);
    AWAIT(b);
    QVERIFY2(a.error.isOk(), qPrintable(a.error.detail));
    QVERIFY2(b.error.isOk(), qPrintable(b.error.detail));
    QCOMPARE(int(a.value) + int(b.value), 1);
    QCOMPARE(m_sim->customFields().size(), 1);
    QCOMPARE(m_sim->server()->count(QStringLiteral("POST /api/v5/custom-fields/order/create")), 2);
}

void tst_RetailCrmClient::ensureCustomFieldAfterLostAnswer()
{
    // Every answer lost (Qt resends the POST on its own; those answers are lost too): OutcomeUnknown,
    // then a re-list shows the field our first create made.
    m_sim->server()->injectFault(
        QStringLiteral("POST /api/v5/custom-fields/order/create"), SimFault::AnswerLost, 10);
    Outcome<bool> out;
    m_client->ensureCustomField(stringField(QStringLiteral("utm_medium")), m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY2(out.error.isOk(), qPrintable(out.error.detail));
    QVERIFY(out.value); // our create landed
    QCOMPARE(m_sim->customFields().size(), 1);

    // One answer lost: Qt's own resend meets "code exists"; the field is there once, no error.
    m_sim->server()->clearFaults();
    m_sim->server()->injectFault(
        QStringLiteral("POST /api/v5/custom-fields/order/create"), SimFault::AnswerLost, 1);
    Outcome<bool> once;
    m_client->ensureCustomField(stringField(QStringLiteral("utm_content")), m_ctx.get(), once.sink());
    AWAIT(once);
    QVERIFY2(once.error.isOk(), qPrintable(once.error.detail));
    QCOMPARE(m_sim->customFields().size(), 2);
}

void tst_RetailCrmClient::ensureCustomFieldOtherType()
{
    CustomField existing = stringField(QStringLiteral("utm_term"));
    existing.type = QStringLiteral("integer");
    m_sim->addCustomField(existing);
    Outcome<bool> out;
    m_client->ensureCustomField(stringField(QStringLiteral("utm_term")), m_ctx.get(), out.sink());
    AWAIT(out);
    QCOMPARE(KIND(out.error), ApiError::kindName(ApiError::Kind::Validation));
    QVERIFY(out.error.detail.contains(QLatin1String("integer")));
}

void tst_RetailCrmClient::findCustomersByPhone()
{
    const auto add = [this](const QString &name, const QStringList &phones, int daysAgo) {
        Customer customer;
        customer.firstName = name;
        customer.phones = phones;
        customer.createdAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        return m_sim->addCustomer(customer);
    };
    const qint64 typed = add(QStringLiteral("Иван"), { QStringLiteral("+7 (999) 123-45-67") }, 10);
    const qint64 eight = add(
        QStringLiteral("Иван П."), { QStringLiteral("8 916 000 00 00"), QStringLiteral("89991234567") }, 20);
    // Found by the name search, but the number is someone else's: dropped by verification.
    add(QStringLiteral("Звонок от 79991234567"), { QStringLiteral("+7 926 111-22-33") }, 1);
    add(QStringLiteral("Пётр"), { QStringLiteral("+7 916 765-43-21") }, 1);

    Outcome<QList<Customer>> out;
    m_client->findCustomersByPhone(QStringLiteral("+79991234567"), m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY2(out.error.isOk(), qPrintable(out.error.detail));
    QSet<qint64> ids;
    for (const Customer &customer : std::as_const(out.value))
        ids.insert(customer.id);
    QCOMPARE(ids, (QSet<qint64> { typed, eight }));
    // Searched by the national number, a digit substring of every spelling; found: no second search.
    QCOMPARE(m_sim->server()->totalRequests(), 1);
    const QByteArray line = requestLine(m_sim->server()->requestLog().last());
    QVERIFY2(line.contains("filter%5Bname%5D=9991234567&") && !line.contains("%2B7"), line.constData());
    QVERIFY2(line.contains("limit=100"), line.constData());

    Outcome<QList<Customer>> other; // any spelling of the number works
    m_client->findCustomersByPhone(QStringLiteral("8 (999) 123-45-67"), m_ctx.get(), other.sink());
    AWAIT(other);
    QCOMPARE(other.value.size(), 2);

    const int before = m_sim->server()->totalRequests();
    Outcome<QList<Customer>> none;
    m_client->findCustomersByPhone(QStringLiteral("+79990000000"), m_ctx.get(), none.sink());
    AWAIT(none);
    QVERIFY(none.error.isOk());
    QVERIFY(none.value.isEmpty());
    // Nobody by the national number: once more by the full number, then nothing.
    QCOMPARE(m_sim->server()->totalRequests(), before + 2);
    const QByteArray last = requestLine(m_sim->server()->requestLog().last());
    QVERIFY2(last.contains("filter%5Bname%5D=79990000000&"), last.constData());
}

void tst_RetailCrmClient::findCustomersByInvalidPhone()
{
    Outcome<QList<Customer>> out;
    m_client->findCustomersByPhone(QStringLiteral("call me"), m_ctx.get(), out.sink());
    QCOMPARE(out.calls, 0); // asynchronous, like every answer
    AWAIT(out);
    QCOMPARE(KIND(out.error), ApiError::kindName(ApiError::Kind::Validation));
    QCOMPARE(m_sim->server()->totalRequests(), 0);
}

void tst_RetailCrmClient::findCustomersByEmail()
{
    Customer exact;
    exact.firstName = QStringLiteral("Ольга");
    exact.email = QStringLiteral("Olga.K@Example.com");
    const qint64 id = m_sim->addCustomer(exact);
    Customer longer;
    longer.firstName = QStringLiteral("Не она");
    longer.email = QStringLiteral("olga.k@example.com.ru");
    m_sim->addCustomer(longer);
    Outcome<QList<Customer>> out;
    m_client->findCustomersByEmail(QStringLiteral("  olga.k@example.COM "), m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY(out.error.isOk());
    QCOMPARE(out.value.size(), 1);
    QCOMPARE(out.value.first().id, id);
}

void tst_RetailCrmClient::findCustomerByExternalId()
{
    Customer customer;
    customer.firstName = QStringLiteral("Звонок");
    customer.externalId = QStringLiteral("ct-call-42");
    const qint64 id = m_sim->addCustomer(customer);
    Outcome<Customer> found;
    m_client->findCustomerByExternalId(QStringLiteral("ct-call-42"), m_ctx.get(), found.sink());
    AWAIT(found);
    QVERIFY(found.error.isOk());
    QCOMPARE(found.value.id, id);
    Outcome<Customer> missing;
    m_client->findCustomerByExternalId(QStringLiteral("ct-call-43"), m_ctx.get(), missing.sink());
    AWAIT(missing);
    QVERIFY(missing.error.isOk());
    QCOMPARE(missing.value.id, 0);
}

void tst_RetailCrmClient::createCustomer()
{
    CustomerDraft draft;
    draft.site = QStringLiteral("main");
    draft.externalId = QStringLiteral("ct-call-7");
    draft.firstName = QStringLiteral("Звонок от +79991234567");
    draft.phone = QStringLiteral("+79991234567");
    draft.email = QStringLiteral("a+b@example.ru");
    Outcome<qint64> out;
    m_client->createCustomer(draft, m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY2(out.error.isOk(), qPrintable(out.error.detail));
    QVERIFY(out.value > 0);
    const QList<Customer> customers = m_sim->customers();
    QCOMPARE(customers.size(), 1);
    QCOMPARE(customers.first().id, out.value);
    QCOMPARE(customers.first().firstName, QStringLiteral("Звонок от +79991234567"));
    QCOMPARE(customers.first().phones, QStringList { QStringLiteral("+79991234567") });
    QCOMPARE(customers.first().email, QStringLiteral("a+b@example.ru")); // '+' survives the form encoding
    QCOMPARE(customers.first().site, QStringLiteral("main"));
    QCOMPARE(customers.first().externalId, QStringLiteral("ct-call-7"));

    Outcome<qint64> again; // externalId taken: "look it up", not a permanent failure
    m_client->createCustomer(draft, m_ctx.get(), again.sink());
    AWAIT(again);
    QCOMPARE(KIND(again.error), ApiError::kindName(ApiError::Kind::OutcomeUnknown));
    QVERIFY(again.error.fieldErrors.contains(QStringLiteral("externalId")));
    QCOMPARE(m_sim->customers().size(), 1);

    CustomerDraft invalid; // a plain validation error stays one
    invalid.site = QStringLiteral("nowhere");
    invalid.firstName = QStringLiteral("Y");
    Outcome<qint64> refused;
    m_client->createCustomer(invalid, m_ctx.get(), refused.sink());
    AWAIT(refused);
    QCOMPARE(KIND(refused.error), ApiError::kindName(ApiError::Kind::Validation));
    QVERIFY(refused.error.fieldErrors.contains(QStringLiteral("site")));
}

void tst_RetailCrmClient::customerOrdersAllPages()
{
    Customer a;
    a.firstName = QStringLiteral("A");
    const qint64 idA = m_sim->addCustomer(a);
    Customer b;
    b.firstName = QStringLiteral("B");
    const qint64 idB = m_sim->addCustomer(b);
    for (int i = 0; i < 130; ++i) {
        Order order;
        order.customerId = idA;
        order.site = QStringLiteral("main");
        QVERIFY(m_sim->addOrder(order) > 0);
    }
    for (int i = 0; i < 3; ++i) {
        Order order;
        order.customerId = idB;
        m_sim->addOrder(order);
    }
    Outcome<QList<Order>> out;
    m_client->customerOrders(idA, m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY2(out.error.isOk(), qPrintable(out.error.detail));
    QCOMPARE(out.value.size(), 130);
    QSet<qint64> ids;
    for (const Order &order : std::as_const(out.value)) {
        QCOMPARE(order.customerId, idA);
        ids.insert(order.id);
    }
    QCOMPARE(ids.size(), 130);
    QCOMPARE(m_sim->server()->count(QStringLiteral("GET /api/v5/orders")), 2);

    Outcome<QList<Order>> none;
    Customer c;
    const qint64 idC = m_sim->addCustomer(c);
    m_client->customerOrders(idC, m_ctx.get(), none.sink());
    AWAIT(none);
    QVERIFY(none.error.isOk());
    QVERIFY(none.value.isEmpty());
}

void tst_RetailCrmClient::findOrdersByCustomField()
{
    m_sim->addCustomField(stringField(QStringLiteral("calltouch_call_id")));
    m_sim->addCustomField(stringField(QStringLiteral("not_filterable"), false));
    Order order;
    order.customFields.insert(QStringLiteral("calltouch_call_id"), QStringLiteral("1001"));
    const qint64 match = m_sim->addOrder(order);
    order.customFields.insert(QStringLiteral("calltouch_call_id"), QStringLiteral("10011"));
    m_sim->addOrder(order);
    m_sim->addOrder(Order());

    Outcome<QList<Order>> out;
    m_client->findOrdersByCustomField(
        QStringLiteral("calltouch_call_id"), QStringLiteral("1001"), m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY2(out.error.isOk(), qPrintable(out.error.detail));
    QCOMPARE(out.value.size(), 1);
    QCOMPARE(out.value.first().id, match);
    QCOMPARE(
        out.value.first().customFields.value(QStringLiteral("calltouch_call_id")), QStringLiteral("1001"));

    Outcome<QList<Order>> refused;
    m_client->findOrdersByCustomField(
        QStringLiteral("not_filterable"), QStringLiteral("x"), m_ctx.get(), refused.sink());
    AWAIT(refused);
    QCOMPARE(KIND(refused.error), ApiError::kindName(ApiError::Kind::Validation));
}

void tst_RetailCrmClient::findOrdersByExternalId()
{
    Order order;
    order.externalId = QStringLiteral("ct-request-9");
    const qint64 id = m_sim->addOrder(order);
    order.externalId = QStringLiteral("ct-request-10");
    m_sim->addOrder(order);
    Outcome<QList<Order>> out;
    m_client->findOrdersByExternalId(QStringLiteral("ct-request-9"), m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY(out.error.isOk());
    QCOMPARE(out.value.size(), 1);
    QCOMPARE(out.value.first().id, id);
}

void tst_RetailCrmClient::createOrder()
{
    for (const char *code : { "calltouch_site_id", "calltouch_call_id", "utm_source" })
        m_sim->addCustomField(stringField(QLatin1String(code)));
    Customer customer;
    customer.firstName = QStringLiteral("Иван");
    customer.phones = { QStringLiteral("+7 (999) 123-45-67") };
    const qint64 customerId = m_sim->addCustomer(customer);

    OrderDraft draft;
    draft.customerId = customerId;
    draft.site = QStringLiteral("second");
    draft.externalId = QStringLiteral("ct-call-100");
    draft.firstName = QStringLiteral("Иван");
    draft.phone = QStringLiteral("+79991234567");
    draft.customFields = { { QStringLiteral("calltouch_site_id"), QStringLiteral("5000") },
        { QStringLiteral("calltouch_call_id"), QStringLiteral("100") },
        { QStringLiteral("utm_source"), QStringLiteral("yandex & co") } };
    draft.source.source = QStringLiteral("yandex & co");
    draft.source.medium = QStringLiteral("cpc");
    draft.source.campaign = QStringLiteral("весна");
    Outcome<Order> out;
    m_client->createOrder(draft, m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY2(out.error.isOk(), qPrintable(out.error.detail));
    QVERIFY(out.value.id > 0);
    QCOMPARE(out.value.number, QString::number(out.value.id) + QLatin1Char('A'));
    QCOMPARE(out.value.status, QStringLiteral("new")); // the CRM's default first status
    QCOMPARE(out.value.site, QStringLiteral("second"));
    QCOMPARE(out.value.customerId, customerId);
    QCOMPARE(out.value.externalId, QStringLiteral("ct-call-100"));
    QVERIFY(out.value.createdAt.isValid());
    QVERIFY(qAbs(out.value.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60); // zone converted

    const Order stored = m_sim->order(out.value.id);
    QCOMPARE(stored.customFields.value(QStringLiteral("utm_source")), QStringLiteral("yandex & co"));
    QCOMPARE(stored.customFields.size(), 3);
    QCOMPARE(stored.source.source, QStringLiteral("yandex & co"));
    QCOMPARE(stored.source.campaign, QStringLiteral("весна"));
    QCOMPARE(stored.managerId, 0);

    const QByteArray raw = m_sim->server()->requestLog().last();
    QVERIFY(raw.startsWith("POST /api/v5/orders/create "));
    const QByteArray body = QByteArray::fromPercentEncoding(requestBody(raw));
    QVERIFY2(!body.contains("\"status\"") && !body.contains("\"number\""), body.constData());
    QVERIFY2(body.contains("site=second"), body.constData());
    QVERIFY(raw.toLower().contains("content-type: application/x-www-form-urlencoded"));
}

void tst_RetailCrmClient::createOrderAnswerLostThenFound()
{
    m_sim->server()->injectFault(QStringLiteral("POST /api/v5/orders/create"), SimFault::AnswerLost);
    OrderDraft draft;
    draft.site = QStringLiteral("main");
    draft.externalId = QStringLiteral("ct-call-555");
    Outcome<Order> lost;
    m_client->createOrder(draft, m_ctx.get(), lost.sink());
    AWAIT(lost);
    QCOMPARE(KIND(lost.error), ApiError::kindName(ApiError::Kind::OutcomeUnknown));
    QCOMPARE(m_sim->orders().size(), 1); // it was created, once

    Outcome<QList<Order>> found;
    m_client->findOrdersByExternalId(QStringLiteral("ct-call-555"), m_ctx.get(), found.sink());
    AWAIT(found);
    QVERIFY(found.error.isOk());
    QCOMPARE(found.value.size(), 1);
    QCOMPARE(found.value.first().id, m_sim->orders().first().id);

    // A blind retry would not duplicate it either: the externalId guard refuses it, and the client
    // says "look it up" rather than failing the item for good.
    Outcome<Order> retry;
    m_client->createOrder(draft, m_ctx.get(), retry.sink());
    AWAIT(retry);
    QCOMPARE(KIND(retry.error), ApiError::kindName(ApiError::Kind::OutcomeUnknown));
    QVERIFY(retry.error.fieldErrors.contains(QStringLiteral("externalId")));
    QCOMPARE(m_sim->orders().size(), 1);

    // The same for customers.
    m_sim->server()->injectFault(QStringLiteral("POST /api/v5/customers/create"), SimFault::AnswerLost);
    CustomerDraft customer;
    customer.site = QStringLiteral("main");
    customer.externalId = QStringLiteral("ct-call-555");
    customer.firstName = QStringLiteral("Звонок");
    Outcome<qint64> lostCustomer;
    m_client->createCustomer(customer, m_ctx.get(), lostCustomer.sink());
    AWAIT(lostCustomer);
    QCOMPARE(KIND(lostCustomer.error), ApiError::kindName(ApiError::Kind::OutcomeUnknown));
    QCOMPARE(m_sim->customers().size(), 1);
    Outcome<Customer> foundCustomer;
    m_client->findCustomerByExternalId(QStringLiteral("ct-call-555"), m_ctx.get(), foundCustomer.sink());
    AWAIT(foundCustomer);
    QCOMPARE(foundCustomer.value.id, m_sim->customers().first().id);
}

void tst_RetailCrmClient::editOrder()
{
    m_sim->addCustomField(stringField(QStringLiteral("calltouch_site_id")));
    m_sim->addCustomField(stringField(QStringLiteral("utm_campaign")));
    Order order;
    order.site = QStringLiteral("main");
    order.customFields.insert(QStringLiteral("utm_campaign"), QStringLiteral("old"));
    const qint64 id = m_sim->addOrder(order);
    const int historyBefore = int(m_sim->history().size());

    OrderSource source;
    source.source = QStringLiteral("google");
    source.medium = QStringLiteral("organic");
    Outcome<Order> out;
    m_client->editOrder(id, QStringLiteral("main"),
        { { QStringLiteral("calltouch_site_id"), QStringLiteral("5000") },
            { QStringLiteral("utm_campaign"), QString() } },
        source, m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY2(out.error.isOk(), qPrintable(out.error.detail));
    QCOMPARE(out.value.id, id);
    QCOMPARE(out.value.customFields.value(QStringLiteral("calltouch_site_id")), QStringLiteral("5000"));
    QVERIFY(!out.value.customFields.contains(QStringLiteral("utm_campaign"))); // cleared
    const Order stored = m_sim->order(id);
    QCOMPARE(stored.customFields.value(QStringLiteral("calltouch_site_id")), QStringLiteral("5000"));
    QCOMPARE(stored.source.source, QStringLiteral("google"));
    QCOMPARE(stored.status, QStringLiteral("new")); // untouched

    const QByteArray raw = m_sim->server()->requestLog().last();
    const QByteArray expectedStart = QByteArray("POST /api/v5/orders/") + QByteArray::number(id) + "/edit ";
    QVERIFY2(raw.startsWith(expectedStart), raw.constData());
    QVERIFY2(requestBody(raw).contains("by=id"), raw.constData());

    const QList<HistoryRecord> history = m_sim->history(kKey);
    QCOMPARE(history.size(), historyBefore + 4); // two custom fields, two source members
    for (int i = historyBefore; i < history.size(); ++i) {
        QVERIFY(history.at(i).byThisKey);
        QCOMPARE(history.at(i).source, QStringLiteral("api"));
    }

    Outcome<Order> unknown;
    m_client->editOrder(999999, QStringLiteral("main"),
        { { QStringLiteral("calltouch_site_id"), QStringLiteral("1") } }, {}, m_ctx.get(), unknown.sink());
    AWAIT(unknown);
    QCOMPARE(KIND(unknown.error), ApiError::kindName(ApiError::Kind::NotFound));
}

void tst_RetailCrmClient::getOrder()
{
    Order order;
    order.site = QStringLiteral("second");
    order.totalSumm = QStringLiteral("1250.50");
    order.managerId = m_sim->addUser(User());
    const qint64 id = m_sim->addOrder(order);
    Outcome<Order> out;
    m_client->getOrder(id, QStringLiteral("second"), m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY2(out.error.isOk(), qPrintable(out.error.detail));
    QCOMPARE(out.value.id, id);
    QCOMPARE(out.value.totalSumm, QStringLiteral("1250.5"));
    QCOMPARE(out.value.managerId, order.managerId);
    QVERIFY(out.value.customFields.isEmpty()); // came as []

    Outcome<Order> missing;
    m_client->getOrder(id + 100, QStringLiteral("second"), m_ctx.get(), missing.sink());
    AWAIT(missing);
    QCOMPARE(KIND(missing.error), ApiError::kindName(ApiError::Kind::NotFound));
}

void tst_RetailCrmClient::listOrders()
{
    const QDateTime base(QDate(2024, 3, 10), QTime(12, 0), Qt::UTC);
    Order old;
    old.createdAt = base.addDays(-5);
    m_sim->addOrder(old);
    for (int i = 0; i < 105; ++i) {
        Order order;
        order.createdAt = base.addSecs(i * 60);
        m_sim->addOrder(order);
    }
    Outcome<int> done; // total page count
    QList<Order> page1;
    m_client->listOrders(base.addSecs(-3600), 1, m_ctx.get(),
        [&](const QList<Order> &orders, int totalPages, const ApiError &error) {
            page1 = orders;
            done.value = totalPages;
            done.error = error;
            ++done.calls;
        });
    AWAIT(done);
    QVERIFY2(done.error.isOk(), qPrintable(done.error.detail));
    QCOMPARE(page1.size(), 100);
    QCOMPARE(done.value, 2);
    QVERIFY(requestLine(m_sim->server()->requestLog().last()).contains("2024-03-10"));

    Outcome<int> done2;
    QList<Order> page2;
    m_client->listOrders(base.addSecs(-3600), 2, m_ctx.get(),
        [&](const QList<Order> &orders, int totalPages, const ApiError &error) {
            page2 = orders;
            done2.value = totalPages;
            done2.error = error;
            ++done2.calls;
        });
    AWAIT(done2);
    QCOMPARE(page2.size(), 5);
}

void tst_RetailCrmClient::ordersHistory()
{
    m_sim->setClock([] { return QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC); });
    OrderDraft draft;
    draft.site = QStringLiteral("main");
    Outcome<Order> created;
    m_client->createOrder(draft, m_ctx.get(), created.sink());
    AWAIT(created);
    QVERIFY(created.error.isOk());
    m_sim->setClock([] { return QDateTime(QDate(2024, 3, 2), QTime(9, 0), Qt::UTC); });
    QVERIFY(m_sim->setOrderStatus(created.value.id, QStringLiteral("complete")));
    QVERIFY(m_sim->setOrderTotal(created.value.id, QStringLiteral("990")));

    Outcome<QList<HistoryRecord>> all;
    m_client->ordersHistory(0, {}, m_ctx.get(), all.sink());
    AWAIT(all);
    QVERIFY2(all.error.isOk(), qPrintable(all.error.detail));
    QCOMPARE(all.value.size(), 3);
    QVERIFY(all.value.at(0).created);
    QVERIFY(all.value.at(0).byThisKey); // our own write
    QCOMPARE(all.value.at(0).order.id, created.value.id);
    QCOMPARE(all.value.at(0).createdAt, QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC));
    QVERIFY(!all.value.at(1).byThisKey); // a CRM user
    QCOMPARE(all.value.at(1).newValueText, QStringLiteral("complete"));
    // A changed total is never a record of its own (real history has none): the item's record, and
    // the total is read again from the order.
    QVERIFY(all.value.at(2).field.startsWith(QLatin1String("order_product")));
    QCOMPARE(all.value.at(2).order.id, created.value.id);

    Outcome<QList<HistoryRecord>> fromDate; // startDate only when sinceId is 0
    m_client->ordersHistory(
        0, QDateTime(QDate(2024, 3, 2), QTime(8, 0), Qt::UTC), m_ctx.get(), fromDate.sink());
    AWAIT(fromDate);
    QCOMPARE(fromDate.value.size(), 2);
    QVERIFY(requestLine(m_sim->server()->requestLog().last()).contains("2024-03-02%2011%3A00%3A00"));

    Outcome<QList<HistoryRecord>> since;
    m_client->ordersHistory(
        all.value.at(0).id, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC), m_ctx.get(), since.sink());
    AWAIT(since);
    QCOMPARE(since.value.size(), 2);
    QCOMPARE(since.value.first().id, all.value.at(1).id);
    const QByteArray line = requestLine(m_sim->server()->requestLog().last());
    QVERIFY2(!line.contains("startDate"), line.constData());

    // Batches of 100: 120 more records.
    for (int i = 0; i < 120; ++i)
        m_sim->addOrder(Order());
    Outcome<HistoryBatch> batch;
    m_client->ordersHistoryBatch(all.value.last().id, {}, m_ctx.get(), batch.sink());
    AWAIT(batch);
    QCOMPARE(batch.value.records.size(), 100);
    QCOMPARE(batch.value.pagination.totalPageCount, 2);
    Outcome<QList<HistoryRecord>> rest;
    m_client->ordersHistory(batch.value.records.last().id, {}, m_ctx.get(), rest.sink());
    AWAIT(rest);
    QCOMPARE(rest.value.size(), 20);

    for (const QByteArray &raw : m_sim->server()->requestLog()) {
        if (raw.startsWith("GET /api/v5/orders/history"))
            QVERIFY2(!requestLine(raw).contains("page="), raw.constData());
    }
}

void tst_RetailCrmClient::insecureUrlSendsNothing()
{
    const std::unique_ptr<Client> client = makeClient(kKey, QUrl(QStringLiteral("http://crm.example.com")));
    Outcome<QList<Site>> out;
    client->sites(m_ctx.get(), out.sink());
    AWAIT(out);
    QCOMPARE(KIND(out.error), ApiError::kindName(ApiError::Kind::InsecureUrl));
    QCOMPARE(m_transport->requestsSent(), 0);
    QCOMPARE(m_sim->server()->totalRequests(), 0);

    // Typed without a scheme: https is assumed.
    const std::unique_ptr<Client> bare = makeClient(kKey, QUrl(QStringLiteral("myshop.retailcrm.ru")));
    QCOMPARE(bare->baseUrl(), QUrl(QStringLiteral("https://myshop.retailcrm.ru")));
    const std::unique_ptr<Client> withPath =
        makeClient(kKey, QUrl(QStringLiteral("https://myshop.retailcrm.ru/admin/orders")));
    QCOMPARE(withPath->baseUrl(), QUrl(QStringLiteral("https://myshop.retailcrm.ru")));
}

void tst_RetailCrmClient::serverErrorOnReadIsRetried()
{
    m_sim->server()->injectFault(QStringLiteral("GET /api/v5/reference/sites"), SimFault::Http500);
    Outcome<QList<Site>> out;
    m_client->sites(m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY2(out.error.isOk(), qPrintable(out.error.detail));
    QCOMPARE(out.value.size(), 2);
    QCOMPARE(m_sim->server()->count(QStringLiteral("GET /api/v5/reference/sites")), 2);
}

void tst_RetailCrmClient::tooManyRequestsHonoured()
{
    m_sim->server()->setRetryAfterSeconds(1);
    m_sim->server()->injectFault(QStringLiteral("GET /api/v5/reference/statuses"), SimFault::Http429);
    // The client reads through the refusal (the pause it causes is proven on an injected clock in
    // tst_apitransport::retryAfterIsHonoured).
    Outcome<QList<Status>> out;
    m_client->statuses(m_ctx.get(), out.sink());
    AWAIT(out);
    QVERIFY2(out.error.isOk(), qPrintable(out.error.detail));
    QCOMPARE(m_sim->server()->count(QStringLiteral("GET /api/v5/reference/statuses")), 2);
}

void tst_RetailCrmClient::simRateLimitIsRespected()
{
    m_sim->setRateLimit(4);
    QList<std::shared_ptr<Outcome<QList<Site>>>> outcomes;
    for (int i = 0; i < 6; ++i) {
        outcomes << std::make_shared<Outcome<QList<Site>>>();
        m_client->sites(m_ctx.get(), outcomes.last()->sink());
    }
    for (const auto &out : std::as_const(outcomes)) {
        AWAIT(*out);
        QVERIFY2(out->error.isOk(), qPrintable(out->error.detail));
    }
    QVERIFY(m_sim->server()->rateLimitedCount() > 0);
}

void tst_RetailCrmClient::brokenJsonIsBadResponse()
{
    m_sim->server()->injectFault(QStringLiteral("GET /api/v5/orders"), SimFault::BrokenJson);
    Outcome<QList<Order>> out;
    m_client->customerOrders(1, m_ctx.get(), out.sink());
    AWAIT(out);
    QCOMPARE(KIND(out.error), ApiError::kindName(ApiError::Kind::BadResponse));
    QCOMPARE(m_sim->server()->count(QStringLiteral("GET /api/v5/orders")), 1);

    m_sim->server()->injectFault(QStringLiteral("GET /api/v5/reference/statuses"), SimFault::HtmlPage, 10);
    Outcome<QList<Status>> html;
    m_client->statuses(m_ctx.get(), html.sink());
    AWAIT(html);
    QVERIFY(!html.error.isOk()); // a proxy's 502 page after the retries
    QVERIFY(html.error.isTransient());
}

void tst_RetailCrmClient::keyNeverInUrlOrBody()
{
    m_sim->addCustomField(stringField(QStringLiteral("calltouch_site_id")));
    Outcome<QList<Site>> sites;
    m_client->sites(m_ctx.get(), sites.sink());
    CustomerDraft customer;
    customer.site = QStringLiteral("main");
    customer.firstName = QStringLiteral("X");
    Outcome<qint64> createdCustomer;
    m_client->createCustomer(customer, m_ctx.get(), createdCustomer.sink());
    OrderDraft order;
    order.site = QStringLiteral("main");
    order.customFields.insert(QStringLiteral("calltouch_site_id"), QStringLiteral("1"));
    Outcome<Order> createdOrder;
    m_client->createOrder(order, m_ctx.get(), createdOrder.sink());
    Outcome<QList<HistoryRecord>> history;
    m_client->ordersHistory(0, {}, m_ctx.get(), history.sink());
    Outcome<Credentials> credentials;
    m_client->credentials(m_ctx.get(), credentials.sink());
    AWAIT(sites);
    AWAIT(createdCustomer);
    AWAIT(createdOrder);
    AWAIT(history);
    AWAIT(credentials);
    QVERIFY(createdOrder.error.isOk());

    const QList<QByteArray> log = m_sim->server()->requestLog();
    QVERIFY(log.size() >= 5);
    const QByteArray key = kKey.toUtf8();
    for (const QByteArray &raw : log) {
        QVERIFY2(!requestLine(raw).contains(key), raw.constData());
        QVERIFY2(!requestLine(raw).toLower().contains("apikey"), raw.constData());
        QVERIFY2(!requestBody(raw).contains(key), raw.constData());
        const QByteArray header = "x-api-key: " + key.toLower();
        QVERIFY2(raw.toLower().contains(header), raw.constData());
    }
}

void tst_RetailCrmClient::deadContextGetsNoCallback()
{
    auto *context = new QObject;
    Outcome<QList<Site>> dropped;
    m_client->sites(context, dropped.sink());
    delete context;
    Outcome<QList<Site>> kept;
    m_client->sites(m_ctx.get(), kept.sink());
    AWAIT(kept);
    QTRY_COMPARE(m_sim->server()->count(QStringLiteral("GET /api/v5/reference/sites")), 2);
    QCOMPARE(dropped.calls, 0);
}

QTEST_GUILESS_MAIN(tst_RetailCrmClient)
#include "tst_retailcrmclient.moc"
