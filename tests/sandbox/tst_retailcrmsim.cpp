// The simulated retailCRM: its HTTP contract and its state rules, spoken to with plain HTTP requests.
#include <memory>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include "retailcrm/retailcrmparsers.h"
#include "sandbox/retailcrmsim.h"
#include "sandbox/simhttpserver.h"

using namespace LeadBridge;
using namespace LeadBridge::RetailCrm;

namespace {
const QString kKey = QStringLiteral("full-access-key-0001");
const QString kOtherKey = QStringLiteral("second-full-key-0002");

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QByteArray retryAfter;
};

using Pairs = QList<QPair<QString, QString>>;

QByteArray encode(const Pairs &pairs)
{
    QByteArray out;
    for (const auto &pair : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(pair.first) + '=' + QUrl::toPercentEncoding(pair.second);
    }
    return out;
}

/// The first `phones[].number` of a customer object.
QString firstPhone(const QJsonObject &customer)
{
    return customer.value(QLatin1String("phones"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("number"))
        .toString();
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

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
} // namespace

class tst_RetailCrmSim : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void everyPathNeedsAKey();
    void keysAreChecked();
    void limitedKeyIsDeniedPerRoute();
    void legacyKeyServesCredentialsList();
    void unknownPathIs404();
    void referenceShapes();
    void limitsAreOnly20_50_100();
    void paginationOfUsers();
    void orderNumberingAndDefaultStatus();
    void orderCreateValidates();
    void externalIdUniquePerSite();
    void customFieldsStoredAsObjectOrEmptyList();
    void customFieldCreateRejectsDuplicates();
    void ordersFilterByCustomFieldNeedsInFilter();
    void ordersFilterByCreatedAtFromUsesAccountZone();
    void editNeedsByIdForIds();
    void customerSearchByPhoneDigitsAndName();
    void customerSearchByEmailAndExternalId();
    void orderCreateMakesOrLinksItsCustomer();
    void historyIdsAndApiKeyCurrent();
    void historySinceIdWithPageIs400();
    void timesShownInAccountZone();
    void rateLimitIs503PerKey();
    void historyLikeTheSample();
    void ordersByIdsGiveCurrentTotals();
    void settingsTellTheAccountZone();
    void accountDoesNotExist();
    void seedSampleIsRealistic();

private:
    Answer get(const QString &path, const Pairs &query = {}, const QString &key = kKey);
    Answer post(const QString &path, const Pairs &form, const QString &key = kKey);
    Answer finish(QNetworkReply *reply);
    void closeConnections(const Simulator &sim);
    qint64 createOrder(
        const QJsonObject &order, const QString &site = QStringLiteral("main"), const QString &key = kKey);

    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void tst_RetailCrmSim::init()
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
    m_sim->addApiKey(kOtherKey);
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void tst_RetailCrmSim::cleanup()
{
    closeConnections(*m_sim);
    m_nam.reset();
    m_sim.reset();
}

void tst_RetailCrmSim::closeConnections(const Simulator &sim)
{
    m_nam->clearConnectionCache();
    QTRY_COMPARE_WITH_TIMEOUT(openServerConnections(sim.server()->port()), 0, 5000);
}

Answer tst_RetailCrmSim::finish(QNetworkReply *reply)
{
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(5000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    answer.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return answer;
}

Answer tst_RetailCrmSim::get(const QString &path, const Pairs &query, const QString &key)
{
    QUrl url = m_sim->url();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(encode(query)), QUrl::StrictMode);
    QNetworkRequest request(url);
    if (!key.isEmpty())
        request.setRawHeader("X-API-KEY", key.toUtf8());
    return finish(m_nam->get(request));
}

Answer tst_RetailCrmSim::post(const QString &path, const Pairs &form, const QString &key)
{
    QUrl url = m_sim->url();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!key.isEmpty())
        request.setRawHeader("X-API-KEY", key.toUtf8());
    return finish(m_nam->post(request, encode(form)));
}

qint64 tst_RetailCrmSim::createOrder(const QJsonObject &order, const QString &site, const QString &key)
{
    const Answer answer = post(QStringLiteral("/api/v5/orders/create"),
        { { QStringLiteral("order"), json(order) }, { QStringLiteral("site"), site } }, key);
    if (answer.status != 201)
        qWarning() << "create failed" << answer.status << answer.body;
    return qint64(answer.json.value(QLatin1String("id")).toDouble());
}

void tst_RetailCrmSim::everyPathNeedsAKey()
{
    for (const char *path : { "/api/api-versions", "/api/credentials", "/api/v5/settings", "/api/v5/orders",
             "/api/v5/orders/history" }) {
        const Answer refused = get(QLatin1String(path), {}, QString());
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json.value(QLatin1String("success")).toBool(true), false);
        QCOMPARE(refused.json.value(QLatin1String("errorMsg")).toString(),
            QStringLiteral("\"apiKey\" is missing."));
    }
    const Answer answer = get(QStringLiteral("/api/api-versions"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QLatin1String("success")).toBool(), true);
    QVERIFY(answer.json.value(QLatin1String("versions")).toArray().contains(QStringLiteral("5.0")));
}

void tst_RetailCrmSim::keysAreChecked()
{
    Answer answer = get(QStringLiteral("/api/v5/reference/sites"), {}, QStringLiteral("wrong-key-123456"));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json.value(QLatin1String("success")).toBool(true), false);
    QCOMPARE(
        answer.json.value(QLatin1String("errorMsg")).toString(), QStringLiteral("Wrong \"apiKey\" value."));

    answer = get(QStringLiteral("/api/v5/reference/sites"), {}, QString());
    QCOMPARE(answer.status, 403);

    answer = get(QStringLiteral("/api/credentials"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QLatin1String("scopes")).toArray().size(), Simulator::allScopes().size());
    QCOMPARE(answer.json.value(QLatin1String("siteAccess")).toString(), QStringLiteral("access_full"));
}

void tst_RetailCrmSim::limitedKeyIsDeniedPerRoute()
{
    const QString limited = QStringLiteral("limited-key-000003");
    m_sim->addLimitedApiKey(limited, { QStringLiteral("order_write"), QStringLiteral("user_read") });
    Answer answer = post(QStringLiteral("/api/v5/orders/create"),
        { { QStringLiteral("order"), QStringLiteral("{}") } }, limited);
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.json.value(QLatin1String("errorMsg")).toString(), QStringLiteral("Access denied."));
    QCOMPARE(get(QStringLiteral("/api/v5/users"), {}, limited).status, 403);
    QCOMPARE(get(QStringLiteral("/api/v5/orders"), {}, limited).status, 200);
    answer = get(QStringLiteral("/api/credentials"), {}, limited);
    const QJsonArray scopes = answer.json.value(QLatin1String("scopes")).toArray();
    QVERIFY(!scopes.contains(QStringLiteral("order_write")));
    QVERIFY(scopes.contains(QStringLiteral("order_read")));
    QCOMPARE(m_sim->orders().size(), 0);
}

void tst_RetailCrmSim::legacyKeyServesCredentialsList()
{
    const QString legacy = QStringLiteral("legacy-key-000004");
    QStringList paths = Simulator::allMethodPaths();
    paths.removeAll(QStringLiteral("/api/users"));
    m_sim->addLegacyApiKey(legacy, paths);
    const Answer answer = get(QStringLiteral("/api/credentials"), {}, legacy);
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.json.contains(QLatin1String("scopes")));
    QVERIFY(
        answer.json.value(QLatin1String("credentials")).toArray().contains(QStringLiteral("/api/orders")));
    QCOMPARE(get(QStringLiteral("/api/v5/users"), {}, legacy).status, 403);
    QCOMPARE(get(QStringLiteral("/api/v5/orders"), {}, legacy).status, 200);
}

void tst_RetailCrmSim::unknownPathIs404()
{
    const Answer answer = get(QStringLiteral("/api/v5/nothing-here"));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.json.value(QLatin1String("success")).toBool(true), false);
    QCOMPARE(get(QStringLiteral("/api/v5/orders/99999"), { { QStringLiteral("by"), QStringLiteral("id") } })
                 .status,
        404);
}

void tst_RetailCrmSim::referenceShapes()
{
    Answer answer = get(QStringLiteral("/api/v5/reference/sites"));
    QCOMPARE(answer.status, 200);
    const QJsonObject sites = answer.json.value(QLatin1String("sites")).toObject(); // keyed by code
    QCOMPARE(sites.value(QLatin1String("main")).toObject().value(QLatin1String("ordering")).toInt(), 10);
    const Result<QList<Site>> parsedSites = parseSites(answer.body);
    QCOMPARE(parsedSites.value.first().code, QStringLiteral("main"));

    answer = get(QStringLiteral("/api/v5/reference/statuses"));
    const QJsonObject statuses = answer.json.value(QLatin1String("statuses")).toObject();
    QCOMPARE(statuses.value(QLatin1String("complete")).toObject().value(QLatin1String("group")).toString(),
        QStringLiteral("complete"));

    answer = get(QStringLiteral("/api/v5/reference/status-groups"));
    const QJsonObject groups = answer.json.value(QLatin1String("statusGroups")).toObject();
    for (const char *code : { "new", "approval", "assembling", "delivery", "complete", "cancel" }) {
        const QJsonObject group = groups.value(QLatin1String(code)).toObject();
        QVERIFY2(!group.value(QLatin1String("statuses")).toArray().isEmpty(), code);
    }

    Simulator empty;
    QVERIFY(empty.start() != 0);
    empty.addApiKey(kKey);
    QUrl url = empty.url();
    url.setPath(QStringLiteral("/api/v5/reference/sites"));
    QNetworkRequest request(url);
    request.setRawHeader("X-API-KEY", kKey.toUtf8());
    const Answer none = finish(m_nam->get(request));
    QVERIFY(none.json.value(QLatin1String("sites")).isArray()); // PHP's empty map
    closeConnections(empty);
}

void tst_RetailCrmSim::limitsAreOnly20_50_100()
{
    for (const char *limit : { "20", "50", "100" })
        QCOMPARE(get(QStringLiteral("/api/v5/orders"), { { QStringLiteral("limit"), QLatin1String(limit) } })
                     .status,
            200);
    const Answer answer =
        get(QStringLiteral("/api/v5/orders"), { { QStringLiteral("limit"), QStringLiteral("30") } });
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value(QLatin1String("errors")).toObject().contains(QLatin1String("limit")));
    QCOMPARE(
        get(QStringLiteral("/api/v5/customers"), { { QStringLiteral("page"), QStringLiteral("0") } }).status,
        400);
    QCOMPARE(
        get(QStringLiteral("/api/v5/orders"), { { QStringLiteral("filter[colour]"), QStringLiteral("red") } })
            .status,
        400);
}

void tst_RetailCrmSim::paginationOfUsers()
{
    for (int i = 0; i < 45; ++i) {
        User user;
        user.firstName = QStringLiteral("User %1").arg(i);
        user.active = i % 9 != 0;
        m_sim->addUser(user);
    }
    const Answer first =
        get(QStringLiteral("/api/v5/users"), { { QStringLiteral("filter[active]"), QStringLiteral("1") } });
    QCOMPARE(first.status, 200);
    const QJsonObject pagination = first.json.value(QLatin1String("pagination")).toObject();
    QCOMPARE(pagination.value(QLatin1String("limit")).toInt(), 20);
    QCOMPARE(pagination.value(QLatin1String("totalCount")).toInt(), 40);
    QCOMPARE(pagination.value(QLatin1String("totalPageCount")).toInt(), 2);
    QCOMPARE(first.json.value(QLatin1String("users")).toArray().size(), 20);
    const Answer second = get(QStringLiteral("/api/v5/users"),
        { { QStringLiteral("filter[active]"), QStringLiteral("1") },
            { QStringLiteral("page"), QStringLiteral("2") } });
    QCOMPARE(second.json.value(QLatin1String("users")).toArray().size(), 20);
}

void tst_RetailCrmSim::orderNumberingAndDefaultStatus()
{
    // addDefaultStatuses() adds "no-call" (ordering 20) before "new" (ordering 10) to group "new".
    QCOMPARE(m_sim->defaultStatus(), QStringLiteral("new"));
    const qint64 customer = m_sim->addCustomer({});
    const Answer answer = post(QStringLiteral("/api/v5/orders/create"),
        { { QStringLiteral("order"),
              json({ { QStringLiteral("customer"),
                         QJsonObject { { QStringLiteral("id"), double(customer) } } },
                  { QStringLiteral("firstName"), QStringLiteral("Иван") } }) },
            { QStringLiteral("site"), QStringLiteral("main") } });
    QCOMPARE(answer.status, 201);
    QVERIFY(answer.json.value(QLatin1String("success")).toBool());
    const qint64 id = qint64(answer.json.value(QLatin1String("id")).toDouble());
    QVERIFY(id > 0);
    const QJsonObject order = answer.json.value(QLatin1String("order")).toObject();
    QCOMPARE(order.value(QLatin1String("number")).toString(), QString::number(id) + QLatin1Char('A'));
    QCOMPARE(order.value(QLatin1String("status")).toString(), QStringLiteral("new"));
    QCOMPARE(m_sim->order(id).status, QStringLiteral("new"));
    QCOMPARE(m_sim->order(id).customerId, customer);
    QCOMPARE(m_sim->order(id).firstName, QStringLiteral("Иван"));

    const qint64 next = createOrder({});
    QCOMPARE(next, id + 1);
    QCOMPARE(m_sim->order(next).number, QString::number(next) + QLatin1Char('A'));

    // A deactivated first status is skipped.
    Status inactive;
    inactive.code = QStringLiteral("new");
    inactive.group = QStringLiteral("new");
    inactive.ordering = 10;
    inactive.active = false;
    m_sim->addStatus(inactive);
    QCOMPARE(m_sim->defaultStatus(), QStringLiteral("no-call"));
}

void tst_RetailCrmSim::orderCreateValidates()
{
    Answer answer =
        post(QStringLiteral("/api/v5/orders/create"), { { QStringLiteral("order"), QStringLiteral("{}") } });
    QCOMPARE(answer.status, 400); // two shops: the site must be given
    QVERIFY(answer.json.value(QLatin1String("errors")).toObject().contains(QLatin1String("site")));
    answer = post(QStringLiteral("/api/v5/orders/create"),
        { { QStringLiteral("order"),
              json({ { QStringLiteral("customer"), QJsonObject { { QStringLiteral("id"), 4242 } } } }) },
            { QStringLiteral("site"), QStringLiteral("main") } });
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value(QLatin1String("errors")).toObject().contains(QLatin1String("customer")));
    answer = post(QStringLiteral("/api/v5/orders/create"),
        { { QStringLiteral("order"), QStringLiteral("{not json") },
            { QStringLiteral("site"), QStringLiteral("main") } });
    QCOMPARE(answer.status, 400);
    answer = post(QStringLiteral("/api/v5/orders/create"),
        { { QStringLiteral("order"),
              json({ { QStringLiteral("customFields"),
                  QJsonObject { { QStringLiteral("nope"), QStringLiteral("1") } } } }) },
            { QStringLiteral("site"), QStringLiteral("main") } });
    QCOMPARE(answer.status, 400);
    QCOMPARE(m_sim->orders().size(), 0);
}

void tst_RetailCrmSim::externalIdUniquePerSite()
{
    const QJsonObject order { { QStringLiteral("externalId"), QStringLiteral("ct-call-1") } };
    QVERIFY(createOrder(order) > 0);
    const Answer again = post(QStringLiteral("/api/v5/orders/create"),
        { { QStringLiteral("order"), json(order) }, { QStringLiteral("site"), QStringLiteral("main") } });
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json.value(QLatin1String("success")).toBool(true), false);
    QVERIFY(again.json.value(QLatin1String("errors")).toObject().contains(QLatin1String("externalId")));
    QVERIFY(createOrder(order, QStringLiteral("second")) > 0); // another shop: allowed
    QCOMPARE(m_sim->orders().size(), 2);
}

void tst_RetailCrmSim::customFieldsStoredAsObjectOrEmptyList()
{
    CustomField field;
    field.code = QStringLiteral("calltouch_site_id");
    field.name = QStringLiteral("Calltouch site ID");
    field.type = QStringLiteral("string");
    QVERIFY(m_sim->addCustomField(field));
    const qint64 withField = createOrder({ { QStringLiteral("customFields"),
        QJsonObject { { QStringLiteral("calltouch_site_id"), QStringLiteral("5000") } } } });
    const qint64 without = createOrder({});
    Answer answer = get(QStringLiteral("/api/v5/orders/%1").arg(withField),
        { { QStringLiteral("by"), QStringLiteral("id") } });
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QLatin1String("order"))
                 .toObject()
                 .value(QLatin1String("customFields"))
                 .toObject()
                 .value(QLatin1String("calltouch_site_id")),
        QJsonValue(QStringLiteral("5000")));
    answer = get(
        QStringLiteral("/api/v5/orders/%1").arg(without), { { QStringLiteral("by"), QStringLiteral("id") } });
    QVERIFY(
        answer.json.value(QLatin1String("order")).toObject().value(QLatin1String("customFields")).isArray());
    QCOMPARE(m_sim->order(withField).customFields.value(QStringLiteral("calltouch_site_id")),
        QStringLiteral("5000"));
}

void tst_RetailCrmSim::customFieldCreateRejectsDuplicates()
{
    const QJsonObject field { { QStringLiteral("name"), QStringLiteral("Calltouch call ID") },
        { QStringLiteral("code"), QStringLiteral("calltouch_call_id") },
        { QStringLiteral("type"), QStringLiteral("string") }, { QStringLiteral("inFilter"), true },
        { QStringLiteral("inList"), true } };
    Answer answer = post(QStringLiteral("/api/v5/custom-fields/order/create"),
        { { QStringLiteral("customField"), json(field) } });
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.json.value(QLatin1String("code")).toString(), QStringLiteral("calltouch_call_id"));
    answer = post(QStringLiteral("/api/v5/custom-fields/order/create"),
        { { QStringLiteral("customField"), json(field) } });
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.json.value(QLatin1String("errors")).toObject().contains(QLatin1String("code")));
    QJsonObject badCode = field;
    badCode.insert(QStringLiteral("code"), QStringLiteral("1bad-code"));
    QCOMPARE(post(QStringLiteral("/api/v5/custom-fields/order/create"),
                 { { QStringLiteral("customField"), json(badCode) } })
                 .status,
        400);
    QCOMPARE(m_sim->customFields().size(), 1);
    QVERIFY(m_sim->customFields().first().inFilter);

    answer = get(QStringLiteral("/api/v5/custom-fields"),
        { { QStringLiteral("filter[entity]"), QStringLiteral("order") } });
    QCOMPARE(answer.json.value(QLatin1String("customFields")).toArray().size(), 1);
    answer = get(QStringLiteral("/api/v5/custom-fields"),
        { { QStringLiteral("filter[entity]"), QStringLiteral("customer") } });
    QCOMPARE(answer.json.value(QLatin1String("customFields")).toArray().size(), 0);
}

void tst_RetailCrmSim::ordersFilterByCustomFieldNeedsInFilter()
{
    CustomField filterable;
    filterable.code = QStringLiteral("calltouch_call_id");
    filterable.name = QStringLiteral("Call");
    filterable.type = QStringLiteral("string");
    m_sim->addCustomField(filterable);
    CustomField hidden = filterable;
    hidden.code = QStringLiteral("hidden");
    hidden.inFilter = false;
    m_sim->addCustomField(hidden);
    const qint64 a = createOrder({ { QStringLiteral("customFields"),
        QJsonObject { { QStringLiteral("calltouch_call_id"), QStringLiteral("77") } } } });
    createOrder({ { QStringLiteral("customFields"),
        QJsonObject { { QStringLiteral("calltouch_call_id"), QStringLiteral("78") } } } });
    Answer answer = get(QStringLiteral("/api/v5/orders"),
        { { QStringLiteral("filter[customFields][calltouch_call_id]"), QStringLiteral("77") } });
    QCOMPARE(answer.status, 200);
    const QJsonArray orders = answer.json.value(QLatin1String("orders")).toArray();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(qint64(orders.first().toObject().value(QLatin1String("id")).toDouble()), a);
    answer = get(QStringLiteral("/api/v5/orders"),
        { { QStringLiteral("filter[customFields][hidden]"), QStringLiteral("x") } });
    QCOMPARE(answer.status, 400);
}

void tst_RetailCrmSim::ordersFilterByCreatedAtFromUsesAccountZone()
{
    Order early;
    early.site = QStringLiteral("main");
    early.createdAt = QDateTime(QDate(2024, 3, 1), QTime(20, 30), Qt::UTC); // 2024-03-01 23:30 Moscow
    Order late = early;
    late.createdAt = QDateTime(QDate(2024, 3, 1), QTime(21, 30), Qt::UTC); // 2024-03-02 00:30 Moscow
    m_sim->addOrder(early);
    const qint64 lateId = m_sim->addOrder(late);
    const Answer answer = get(QStringLiteral("/api/v5/orders"),
        { { QStringLiteral("filter[createdAtFrom]"), QStringLiteral("2024-03-02") } });
    QCOMPARE(answer.status, 200);
    const QJsonArray orders = answer.json.value(QLatin1String("orders")).toArray();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(qint64(orders.first().toObject().value(QLatin1String("id")).toDouble()), lateId);
    QCOMPARE(orders.first().toObject().value(QLatin1String("createdAt")).toString(),
        QStringLiteral("2024-03-02 00:30:00"));
    QCOMPARE(get(QStringLiteral("/api/v5/orders"),
                 { { QStringLiteral("filter[createdAtFrom]"), QStringLiteral("soon") } })
                 .status,
        400);
}

void tst_RetailCrmSim::editNeedsByIdForIds()
{
    CustomField field;
    field.code = QStringLiteral("utm_source");
    field.name = QStringLiteral("Source");
    field.type = QStringLiteral("string");
    m_sim->addCustomField(field);
    const qint64 id = createOrder({ { QStringLiteral("externalId"), QStringLiteral("ext-1") } });
    const QString change = json({ { QStringLiteral("customFields"),
        QJsonObject { { QStringLiteral("utm_source"), QStringLiteral("google") } } } });
    // Without by=id the segment is an externalId: a numeric id is not found.
    Answer answer = post(QStringLiteral("/api/v5/orders/%1/edit").arg(id),
        { { QStringLiteral("order"), change }, { QStringLiteral("site"), QStringLiteral("main") } });
    QCOMPARE(answer.status, 404);
    answer = post(QStringLiteral("/api/v5/orders/%1/edit").arg(id),
        { { QStringLiteral("by"), QStringLiteral("id") }, { QStringLiteral("order"), change },
            { QStringLiteral("site"), QStringLiteral("main") } });
    QCOMPARE(answer.status, 200);
    QCOMPARE(m_sim->order(id).customFields.value(QStringLiteral("utm_source")), QStringLiteral("google"));
    answer = post(QStringLiteral("/api/v5/orders/ext-1/edit"),
        { { QStringLiteral("order"), json({ { QStringLiteral("status"), QStringLiteral("complete") } }) },
            { QStringLiteral("site"), QStringLiteral("main") } });
    QCOMPARE(answer.status, 200);
    QCOMPARE(m_sim->order(id).status, QStringLiteral("complete"));
    answer = post(QStringLiteral("/api/v5/orders/%1/edit").arg(id),
        { { QStringLiteral("by"), QStringLiteral("id") },
            { QStringLiteral("order"), json({ { QStringLiteral("status"), QStringLiteral("bogus") } }) } });
    QCOMPARE(answer.status, 400);
}

void tst_RetailCrmSim::customerSearchByPhoneDigitsAndName()
{
    Customer a;
    a.firstName = QStringLiteral("Иван");
    a.phones = { QStringLiteral("+7 (999) 123-45-67") };
    const qint64 idA = m_sim->addCustomer(a);
    Customer b;
    b.firstName = QStringLiteral("Иван П.");
    b.phones = { QStringLiteral("8 999 123 45 67") };
    const qint64 idB = m_sim->addCustomer(b);
    Customer c;
    c.firstName = QStringLiteral("Пётр");
    c.phones = { QStringLiteral("+7 916 000-00-00") };
    m_sim->addCustomer(c);
    Customer ten;
    ten.firstName = QStringLiteral("Десять цифр");
    ten.phones = { QStringLiteral("999-123-45-67") };
    const qint64 idTen = m_sim->addCustomer(ten);

    const auto search = [this](const QString &text) {
        const Answer found =
            get(QStringLiteral("/api/v5/customers"), { { QStringLiteral("filter[name]"), text } });
        QSet<qint64> ids;
        for (const QJsonValue &value : found.json.value(QLatin1String("customers")).toArray())
            ids.insert(qint64(value.toObject().value(QLatin1String("id")).toDouble()));
        return ids;
    };
    // The digits are a part of the stored spelling's digits: the national number finds every spelling,
    // the full 11 digits only the spelling that holds them (no 8 -> 7).
    QCOMPARE(search(QStringLiteral("9991234567")), (QSet<qint64> { idA, idB, idTen }));
    QCOMPARE(search(QStringLiteral("79991234567")), (QSet<qint64> { idA }));
    QCOMPARE(search(QStringLiteral("89991234567")), (QSet<qint64> { idB }));
    QCOMPARE(search(QStringLiteral("+7 999 123")), (QSet<qint64> { idA }));
    QCOMPARE(search(QStringLiteral("1234567")), (QSet<qint64> { idA, idB, idTen }));
    Answer answer = get(QStringLiteral("/api/v5/customers"),
        { { QStringLiteral("filter[name]"), QStringLiteral("9991234567") } });
    QCOMPARE(answer.status, 200);
    // Stored as typed.
    const QJsonObject first = answer.json.value(QLatin1String("customers")).toArray().last().toObject();
    QCOMPARE(firstPhone(first), QStringLiteral("+7 (999) 123-45-67"));

    answer = get(
        QStringLiteral("/api/v5/customers"), { { QStringLiteral("filter[name]"), QStringLiteral("пётр") } });
    QCOMPARE(answer.json.value(QLatin1String("customers")).toArray().size(), 1);
}

void tst_RetailCrmSim::customerSearchByEmailAndExternalId()
{
    Answer created = post(QStringLiteral("/api/v5/customers/create"),
        { { QStringLiteral("customer"),
              json({ { QStringLiteral("firstName"), QStringLiteral("Ольга") },
                  { QStringLiteral("email"), QStringLiteral("Olga@Example.com") },
                  { QStringLiteral("externalId"), QStringLiteral("ct-request-5") },
                  { QStringLiteral("phones"),
                      QJsonArray { QJsonObject {
                          { QStringLiteral("number"), QStringLiteral("+79990001122") } } } } }) },
            { QStringLiteral("site"), QStringLiteral("main") } });
    QCOMPARE(created.status, 201);
    const qint64 id = qint64(created.json.value(QLatin1String("id")).toDouble());
    QVERIFY(id > 0);
    QCOMPARE(m_sim->customers().size(), 1);
    QCOMPARE(m_sim->customers().first().phones, QStringList { QStringLiteral("+79990001122") });
    created = post(QStringLiteral("/api/v5/customers/create"),
        { { QStringLiteral("customer"),
              json({ { QStringLiteral("firstName"), QStringLiteral("Дубль") },
                  { QStringLiteral("externalId"), QStringLiteral("ct-request-5") } }) },
            { QStringLiteral("site"), QStringLiteral("main") } });
    QCOMPARE(created.status, 400);

    Answer answer = get(QStringLiteral("/api/v5/customers"),
        { { QStringLiteral("filter[email]"), QStringLiteral("olga@example.com") } });
    QCOMPARE(answer.json.value(QLatin1String("customers")).toArray().size(), 1);
    answer = get(QStringLiteral("/api/v5/customers"),
        { { QStringLiteral("filter[externalIds][]"), QStringLiteral("ct-request-5") } });
    QCOMPARE(answer.json.value(QLatin1String("customers")).toArray().size(), 1);
    answer = get(QStringLiteral("/api/v5/customers"),
        { { QStringLiteral("filter[externalIds][]"), QStringLiteral("ct-request-6") } });
    QCOMPARE(answer.json.value(QLatin1String("customers")).toArray().size(), 0);
}

void tst_RetailCrmSim::orderCreateMakesOrLinksItsCustomer()
{
    // Like retailCRM: an order without customer.id gets the customer with customer.externalId, or a
    // new one from customer{} (or from the order's own contact data) in the same call.
    const auto create = [this](const QString &externalId, const QJsonObject &customer) {
        QJsonObject order { { QStringLiteral("externalId"), externalId },
            { QStringLiteral("firstName"), QStringLiteral("Анна") },
            { QStringLiteral("phone"), QStringLiteral("+79990001122") } };
        if (!customer.isEmpty())
            order.insert(QStringLiteral("customer"), customer);
        return post(QStringLiteral("/api/v5/orders/create"),
            { { QStringLiteral("order"), json(order) }, { QStringLiteral("site"), QStringLiteral("main") } });
    };
    const QJsonObject customer { { QStringLiteral("externalId"), QStringLiteral("ct-call-7") },
        { QStringLiteral("firstName"), QStringLiteral("Звонок от +79990001122") },
        { QStringLiteral("phones"),
            QJsonArray { QJsonObject { { QStringLiteral("number"), QStringLiteral("+79990001122") } } } } };
    Answer answer = create(QStringLiteral("ct-call-7"), customer);
    QCOMPARE(answer.status, 201);
    QCOMPARE(m_sim->customers().size(), 1);
    const Customer made = m_sim->customers().first();
    QCOMPARE(made.externalId, QStringLiteral("ct-call-7"));
    QCOMPARE(made.firstName, QStringLiteral("Звонок от +79990001122"));
    QCOMPARE(made.phones, QStringList { QStringLiteral("+79990001122") });
    const QJsonObject order = answer.json.value(QLatin1String("order")).toObject();
    QCOMPARE(qint64(order.value(QLatin1String("customer")).toObject().value(QLatin1String("id")).toDouble()),
        made.id);
    // The same customer externalId again: linked, not duplicated.
    QCOMPARE(create(QStringLiteral("ct-call-8"), customer).status, 201);
    QCOMPARE(m_sim->customers().size(), 1);
    QCOMPARE(m_sim->orders().last().customerId, made.id);
    // A refused order makes no customer.
    QCOMPARE(create(QStringLiteral("ct-call-8"),
                 QJsonObject { { QStringLiteral("externalId"), QStringLiteral("ct-call-9") } })
                 .status,
        400);
    QCOMPARE(m_sim->customers().size(), 1);
    // No customer at all: one is made from the order's contact data.
    QCOMPARE(create(QStringLiteral("ct-call-10"), {}).status, 201);
    QCOMPARE(m_sim->customers().size(), 2);
    QCOMPARE(m_sim->customersCreatedWithOrders(), 2);
}

void tst_RetailCrmSim::historyIdsAndApiKeyCurrent()
{
    const qint64 ours = createOrder({}, QStringLiteral("main"), kKey);
    const qint64 theirs = createOrder({}, QStringLiteral("main"), kOtherKey);
    QVERIFY(m_sim->setOrderStatus(ours, QStringLiteral("complete")));
    QVERIFY(m_sim->setOrderTotal(ours, QStringLiteral("1500.50")));
    QVERIFY(!m_sim->setOrderStatus(ours, QStringLiteral("bogus")));

    const Answer answer =
        get(QStringLiteral("/api/v5/orders/history"), { { QStringLiteral("limit"), QStringLiteral("100") } });
    QCOMPARE(answer.status, 200);
    const Result<HistoryBatch> batch = parseOrdersHistory(answer.body, m_sim->timeZone());
    QVERIFY2(batch.isOk(), qPrintable(batch.error.detail));
    const QList<HistoryRecord> records = batch.value.records;
    QCOMPARE(records.size(), 4);
    for (int i = 1; i < records.size(); ++i)
        QVERIFY(records.at(i).id > records.at(i - 1).id);
    QVERIFY(records.at(0).created);
    QCOMPARE(records.at(0).order.id, ours);
    QCOMPARE(records.at(0).order.number, QString::number(ours) + QLatin1Char('A')); // the whole order
    QCOMPARE(records.at(0).source, QStringLiteral("api"));
    QVERIFY(records.at(0).byThisKey);
    QCOMPARE(records.at(1).order.id, theirs);
    QVERIFY(!records.at(1).byThisKey); // made with the other key
    QCOMPARE(records.at(2).field, QStringLiteral("status"));
    QCOMPARE(records.at(2).source, QStringLiteral("user"));
    QVERIFY(!records.at(2).byThisKey);
    QCOMPARE(records.at(2).oldValueText, QStringLiteral("new"));
    QCOMPARE(records.at(2).newValueText, QStringLiteral("complete"));
    // The order had no line: the new total comes as a new line, never as a total record.
    QCOMPARE(records.at(3).field, QStringLiteral("order_product"));
    QCOMPARE(m_sim->order(ours).totalSumm, QStringLiteral("1500.5"));

    // The same feed, seen by the other key.
    const Answer other = get(QStringLiteral("/api/v5/orders/history"), {}, kOtherKey);
    const QList<HistoryRecord> seen = parseOrdersHistory(other.body, m_sim->timeZone()).value.records;
    QVERIFY(!seen.at(0).byThisKey);
    QVERIFY(seen.at(1).byThisKey);
    QCOMPARE(m_sim->history(kOtherKey).at(1).byThisKey, true);

    // sinceId moves the window.
    const Answer since = get(QStringLiteral("/api/v5/orders/history"),
        { { QStringLiteral("filter[sinceId]"), QString::number(records.at(1).id) } });
    const QList<HistoryRecord> after = parseOrdersHistory(since.body, m_sim->timeZone()).value.records;
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.first().id, records.at(2).id);

    // An API edit of two fields makes two records.
    CustomField field;
    field.code = QStringLiteral("calltouch_site_id");
    field.name = QStringLiteral("Site");
    field.type = QStringLiteral("string");
    m_sim->addCustomField(field);
    const Answer edit = post(QStringLiteral("/api/v5/orders/%1/edit").arg(theirs),
        { { QStringLiteral("by"), QStringLiteral("id") }, { QStringLiteral("site"), QStringLiteral("main") },
            { QStringLiteral("order"),
                json({ { QStringLiteral("customFields"),
                           QJsonObject { { QStringLiteral("calltouch_site_id"), QStringLiteral("9") } } },
                    { QStringLiteral("source"),
                        QJsonObject { { QStringLiteral("source"), QStringLiteral("yandex") } } } }) } });
    QCOMPARE(edit.status, 200);
    const QList<HistoryRecord> all = m_sim->history(kKey);
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.at(4).field, QStringLiteral("custom_calltouch_site_id"));
    QCOMPARE(all.at(4).source, QStringLiteral("api"));
    QVERIFY(all.at(4).byThisKey); // edited with kKey
    QCOMPARE(all.at(5).field, QStringLiteral("source.source"));
}

void tst_RetailCrmSim::historySinceIdWithPageIs400()
{
    createOrder({});
    const Answer answer = get(QStringLiteral("/api/v5/orders/history"),
        { { QStringLiteral("filter[sinceId]"), QStringLiteral("1") },
            { QStringLiteral("page"), QStringLiteral("1") } });
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QLatin1String("success")).toBool(true), false);
    QCOMPARE(
        get(QStringLiteral("/api/v5/orders/history"), { { QStringLiteral("page"), QStringLiteral("1") } })
            .status,
        200);
}

void tst_RetailCrmSim::timesShownInAccountZone()
{
    m_sim->setClock([] { return QDateTime(QDate(2024, 3, 1), QTime(9, 30, 15, 500), Qt::UTC); });
    const qint64 id = createOrder({});
    QCOMPARE(m_sim->order(id).createdAt, QDateTime(QDate(2024, 3, 1), QTime(9, 30, 15), Qt::UTC));
    Answer answer =
        get(QStringLiteral("/api/v5/orders/%1").arg(id), { { QStringLiteral("by"), QStringLiteral("id") } });
    QCOMPARE(
        answer.json.value(QLatin1String("order")).toObject().value(QLatin1String("createdAt")).toString(),
        QStringLiteral("2024-03-01 12:30:15"));
    m_sim->setTimeZone(QStringLiteral("Asia/Yekaterinburg"));
    answer =
        get(QStringLiteral("/api/v5/orders/%1").arg(id), { { QStringLiteral("by"), QStringLiteral("id") } });
    QCOMPARE(
        answer.json.value(QLatin1String("order")).toObject().value(QLatin1String("createdAt")).toString(),
        QStringLiteral("2024-03-01 14:30:15"));
}

void tst_RetailCrmSim::rateLimitIs503PerKey()
{
    m_sim->setRateLimit(10); // the default
    QList<QNetworkReply *> replies;
    QUrl url = m_sim->url();
    url.setPath(QStringLiteral("/api/v5/reference/sites"));
    QNetworkRequest request(url);
    request.setRawHeader("X-API-KEY", kKey.toUtf8());
    for (int i = 0; i < 15; ++i)
        replies << m_nam->get(request);
    int limited = 0;
    int okCount = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const Answer answer = finish(reply);
        if (answer.status == 503) {
            ++limited;
            QVERIFY(answer.retryAfter.isEmpty()); // retailCRM sends none
            QCOMPARE(answer.json.value(QLatin1String("success")).toBool(true), false);
            QCOMPARE(answer.json.value(QLatin1String("errorMsg")).toString(),
                QStringLiteral("Rate limit exceeded"));
        } else if (answer.status == 200) {
            ++okCount;
        }
    }
    QCOMPARE(okCount, 10);
    QCOMPARE(limited, 5);
    QCOMPARE(m_sim->server()->rateLimitedCount(), 5);
    // Another key has its own ten.
    QCOMPARE(get(QStringLiteral("/api/v5/reference/sites"), {}, kOtherKey).status, 200);
    // A sliding window of one second: a second after the last accepted request the key is served again.
    QTest::qWait(1100);
    QCOMPARE(get(QStringLiteral("/api/v5/reference/sites")).status, 200);
}

void tst_RetailCrmSim::historyLikeTheSample()
{
    User manager;
    manager.firstName = QStringLiteral("Анна");
    const qint64 managerId = m_sim->addUser(manager);
    Customer customer;
    customer.firstName = QStringLiteral("Иван");
    customer.lastName = QStringLiteral("Петров");
    customer.phones = { QStringLiteral("+7 (999) 123-45-67") };
    customer.email = QStringLiteral("ivan@example.ru");
    const qint64 customerId = m_sim->addCustomer(customer);
    Order order;
    order.customerId = customerId;
    order.externalId = QStringLiteral("shop-17");
    order.totalSumm = QStringLiteral("1000");
    const qint64 id = m_sim->addOrder(order);
    QVERIFY(id != 0);
    const QList<Simulator::OrderItem> items = m_sim->orderItems(id);
    QCOMPARE(items.size(), 1);
    const qint64 item = items.first().id;

    QVERIFY(m_sim->setOrderItemQuantity(id, item, 3)); // 3000
    QVERIFY(m_sim->setOrderDiscountPercent(id, 20)); // 2400
    QVERIFY(m_sim->setOrderDeliveryCost(id, QStringLiteral("300"))); // 2700
    QCOMPARE(m_sim->order(id).totalSumm, QStringLiteral("2700"));
    QVERIFY(m_sim->setOrderManager(id, managerId));
    QVERIFY(m_sim->setOrderStatus(id, QStringLiteral("complete")));
    QVERIFY(m_sim->setOrderTotal(id, QStringLiteral("2100"))); // the line's price 750 -> 600 net x3 + 300
    QCOMPARE(m_sim->order(id).totalSumm, QStringLiteral("2100"));
    QVERIFY(!m_sim->setOrderTotal(id, QStringLiteral("2000"))); // not reachable in whole cents at 20 %
    QVERIFY(m_sim->setOrderItemPrice(id, item, QStringLiteral("500"))); // 400 x3 + 300
    QCOMPARE(m_sim->order(id).totalSumm, QStringLiteral("1500"));

    const Answer answer =
        get(QStringLiteral("/api/v5/orders/history"), { { QStringLiteral("limit"), QStringLiteral("100") } });
    QCOMPARE(answer.status, 200);
    const QJsonArray history = answer.json.value(QLatin1String("history")).toArray();
    QStringList fields;
    for (const QJsonValue &value : history) {
        const QJsonObject record = value.toObject();
        fields << record.value(QLatin1String("field")).toString();
        const QJsonObject stub = record.value(QLatin1String("order")).toObject();
        if (record.value(QLatin1String("created")).toBool())
            continue;
        const QSet<QString> allowed { QStringLiteral("id"), QStringLiteral("externalId"),
            QStringLiteral("managerId"), QStringLiteral("site"), QStringLiteral("status") };
        for (const QString &key : stub.keys())
            QVERIFY2(allowed.contains(key), qPrintable(key));
        QCOMPARE(stub.value(QLatin1String("externalId")).toString(), QStringLiteral("shop-17"));
        QVERIFY(!stub.value(QLatin1String("status")).toString().isEmpty());
        if (fields.last().startsWith(QLatin1String("order_product.")))
            QCOMPARE(
                qint64(record.value(QLatin1String("item")).toObject().value(QLatin1String("id")).toDouble()),
                item);
    }
    QVERIFY(!fields.contains(QStringLiteral("total_summ")));
    QCOMPARE(fields,
        (QStringList { QStringLiteral("status"), QStringLiteral("order_product.quantity"),
            QStringLiteral("order_product.summ"), QStringLiteral("discount_manual_percent"),
            QStringLiteral("order_product.discount_total"), QStringLiteral("order_product.summ"),
            QStringLiteral("delivery_cost"), QStringLiteral("manager"), QStringLiteral("status"),
            QStringLiteral("order_product.summ"), QStringLiteral("order_product.summ") }));

    // The created record: field status, the whole order with the whole customer.
    const QJsonObject created = history.at(0).toObject();
    QVERIFY(created.value(QLatin1String("created")).toBool());
    QVERIFY(created.value(QLatin1String("oldValue")).isNull());
    QCOMPARE(created.value(QLatin1String("newValue")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("new"));
    const QJsonObject whole = created.value(QLatin1String("order")).toObject();
    QCOMPARE(whole.value(QLatin1String("totalSumm")).toDouble(), 1000.0);
    QCOMPARE(whole.value(QLatin1String("items")).toArray().size(), 1);
    const QJsonObject embedded = whole.value(QLatin1String("customer")).toObject();
    QCOMPARE(qint64(embedded.value(QLatin1String("id")).toDouble()), customerId);
    QCOMPARE(embedded.value(QLatin1String("email")).toString(), QStringLiteral("ivan@example.ru"));
    QCOMPARE(embedded.value(QLatin1String("lastName")).toString(), QStringLiteral("Петров"));
    QCOMPARE(firstPhone(embedded), QStringLiteral("+7 (999) 123-45-67"));

    // Values shaped like the sample's.
    const auto at = [&history](int i) { return history.at(i).toObject(); };
    QCOMPARE(at(1).value(QLatin1String("oldValue")).toDouble(), 1.0);
    QCOMPARE(at(1).value(QLatin1String("newValue")).toDouble(), 3.0);
    QCOMPARE(at(2).value(QLatin1String("oldValue")).toDouble(), 1000.0);
    QCOMPARE(at(2).value(QLatin1String("newValue")).toDouble(), 3000.0);
    QVERIFY(at(3).value(QLatin1String("oldValue")).isNull());
    QCOMPARE(at(3).value(QLatin1String("newValue")).toDouble(), 20.0);
    QCOMPARE(at(4).value(QLatin1String("newValue")).toDouble(), 200.0);
    QCOMPARE(at(5).value(QLatin1String("newValue")).toDouble(), 2400.0);
    QCOMPARE(at(6).value(QLatin1String("oldValue")).toDouble(), 0.0);
    QCOMPARE(at(6).value(QLatin1String("newValue")).toDouble(), 300.0);
    QCOMPARE(qint64(at(7).value(QLatin1String("newValue")).toObject().value(QLatin1String("id")).toDouble()),
        managerId);
    QCOMPARE(at(7).value(QLatin1String("order")).toObject().value(QLatin1String("managerId")).toDouble(),
        double(managerId));
    QCOMPARE(at(8).value(QLatin1String("order")).toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("complete"));
}

void tst_RetailCrmSim::ordersByIdsGiveCurrentTotals()
{
    Order order;
    order.totalSumm = QStringLiteral("100");
    const qint64 first = m_sim->addOrder(order);
    order.totalSumm = QStringLiteral("200");
    const qint64 second = m_sim->addOrder(order);
    m_sim->addOrder(order);
    QVERIFY(m_sim->setOrderDeliveryCost(second, QStringLiteral("50.5")));
    const Answer answer = get(QStringLiteral("/api/v5/orders"),
        { { QStringLiteral("filter[ids][]"), QString::number(first) },
            { QStringLiteral("filter[ids][]"), QString::number(second) },
            { QStringLiteral("limit"), QStringLiteral("100") } });
    QCOMPARE(answer.status, 200);
    const QJsonArray orders = answer.json.value(QLatin1String("orders")).toArray();
    QCOMPARE(orders.size(), 2);
    QMap<qint64, double> totals;
    for (const QJsonValue &value : orders)
        totals.insert(qint64(value.toObject().value(QLatin1String("id")).toDouble()),
            value.toObject().value(QLatin1String("totalSumm")).toDouble());
    QCOMPARE(totals.value(first), 100.0);
    QCOMPARE(totals.value(second), 250.5);
    QCOMPARE(get(QStringLiteral("/api/v5/orders"),
                 { { QStringLiteral("filter[ids][]"), QString::number(first) },
                     { QStringLiteral("limit"), QStringLiteral("250") } })
                 .status,
        400);
}

void tst_RetailCrmSim::settingsTellTheAccountZone()
{
    m_sim->setClock([] { return QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC); });
    Answer answer = get(QStringLiteral("/api/v5/settings"));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.json.value(QLatin1String("success")).toBool());
    const auto zone = [](const Answer &a) {
        return a.json.value(QLatin1String("settings"))
            .toObject()
            .value(QLatin1String("timezone"))
            .toObject()
            .value(QLatin1String("value"))
            .toString();
    };
    QCOMPARE(zone(answer), QStringLiteral("Europe/Moscow"));
    m_sim->setTimeZone(QStringLiteral("Asia/Yekaterinburg"));
    answer = get(QStringLiteral("/api/v5/settings"));
    QCOMPARE(zone(answer), QStringLiteral("Asia/Yekaterinburg"));
    // The same zone writes the dates and reads the filters.
    createOrder({});
    answer = get(QStringLiteral("/api/v5/orders/history"));
    QCOMPARE(answer.json.value(QLatin1String("history"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("createdAt"))
                 .toString(),
        QStringLiteral("2024-03-01 14:30:00"));
    QCOMPARE(get(QStringLiteral("/api/v5/orders"),
                 { { QStringLiteral("filter[createdAtFrom]"), QStringLiteral("2024-03-01 14:30:00") } })
                 .json.value(QLatin1String("orders"))
                 .toArray()
                 .size(),
        1);
    QCOMPARE(get(QStringLiteral("/api/v5/orders"),
                 { { QStringLiteral("filter[createdAtFrom]"), QStringLiteral("2024-03-01 14:30:01") } })
                 .json.value(QLatin1String("orders"))
                 .toArray()
                 .size(),
        0);
}

void tst_RetailCrmSim::accountDoesNotExist()
{
    m_sim->setAccountExists(false);
    for (const char *path : { "/api/api-versions", "/api/credentials", "/api/v5/orders" }) {
        const Answer answer = get(QLatin1String(path));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json.value(QLatin1String("success")).toBool(true), false);
        QCOMPARE(answer.json.value(QLatin1String("errorMsg")).toString(),
            QStringLiteral("Account does not exist."));
    }
    m_sim->setAccountExists(false, Simulator::MissingAccount::NginxHtml405);
    const Answer html = get(QStringLiteral("/api/api-versions"), {}, QString());
    QCOMPARE(html.status, 405);
    QVERIFY(html.body.contains("<title>405 Not Allowed</title>"));
    QFile sample(QStringLiteral(
        LEADBRIDGE_SOURCE_DIR "/../shared/reference/retailcrm/error-account-does-not-exist-405.html"));
    if (sample.open(QIODevice::ReadOnly))
        QCOMPARE(html.body, sample.readAll());
    m_sim->setAccountExists(true);
    QCOMPARE(get(QStringLiteral("/api/api-versions")).status, 200);
}

void tst_RetailCrmSim::seedSampleIsRealistic()
{
    Simulator sim;
    sim.seedSample();
    QVERIFY(sim.start() != 0);
    QCOMPARE(sim.sites().size(), 3);
    QCOMPARE(sim.firstSite(), QStringLiteral("main")); // lowest ordering, not the first added
    QStringList groups;
    for (const StatusGroup &group : sim.statusGroups()) {
        groups << group.code;
        QVERIFY(!group.statuses.isEmpty());
    }
    QCOMPARE(groups,
        (QStringList { QStringLiteral("new"), QStringLiteral("approval"), QStringLiteral("assembling"),
            QStringLiteral("delivery"), QStringLiteral("complete"), QStringLiteral("cancel") }));
    int inactive = 0;
    for (const User &user : sim.users())
        inactive += user.active ? 0 : 1;
    QVERIFY(sim.users().size() >= 3);
    QCOMPARE(inactive, 1);
    QSet<qint64> withOrders;
    for (const Order &order : sim.orders())
        withOrders.insert(order.customerId);
    int without = 0;
    bool oddPhone = false;
    bool emailOnly = false;
    for (const Customer &customer : sim.customers()) {
        without += withOrders.contains(customer.id) ? 0 : 1;
        for (const QString &phone : customer.phones)
            oddPhone = oddPhone || phone.contains(QLatin1Char('(')) || phone.startsWith(QLatin1Char('8'));
        emailOnly = emailOnly || (customer.phones.isEmpty() && !customer.email.isEmpty());
    }
    QVERIFY(without > 0);
    QVERIFY(!withOrders.isEmpty());
    QVERIFY(oddPhone);
    QVERIFY(emailOnly);
    QCOMPARE(sim.history().size(), sim.orders().size()); // one created record per order

    // The sandbox key works over HTTP.
    QUrl url = sim.url();
    url.setPath(QStringLiteral("/api/v5/orders"));
    QNetworkRequest request(url);
    request.setRawHeader("X-API-KEY", Simulator::sandboxApiKey().toUtf8());
    const Answer answer = finish(m_nam->get(request));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QLatin1String("orders")).toArray().size(), sim.orders().size());
    closeConnections(sim);
}

QTEST_GUILESS_MAIN(tst_RetailCrmSim)
#include "tst_retailcrmsim.moc"
