// The simulated Calltouch, spoken to with plain HTTP (no client, no retries): journals, dates, auth,
// deal create/update with matching, validation, redirects for unknown paths, the rate limit.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include "calltouch/calltouchparsers.h"
#include "sandbox/calltouchsim.h"
#include "sandbox/simhttpserver.h"

using namespace LeadBridge;
using namespace LeadBridge::Calltouch;

namespace {

const QString kSite = QStringLiteral("43769");
const QString kToken = QStringLiteral("Zx9/Qw3.Er5/Ty7.Ui9/Op1.As2/Df4.Gh6/Jk8.Lm0Nb");

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QByteArray contentType;
    QByteArray location;
    QByteArray retryAfter;
};

QTimeZone moscow()
{
    return projectTimeZone(QStringLiteral("Europe/Moscow"));
}

QDateTime local(const QDate &day, int h, int m, int s = 0)
{
    return QDateTime(day, QTime(h, m, s), moscow()).toUTC();
}

QByteArray enc(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

} // namespace

class tst_CalltouchSim : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void callsDiaryPages();
    void callsDiaryBareArrayIsOneDay();
    void callsDiaryDateValidation_data();
    void callsDiaryDateValidation();
    void callsDiaryDateFilterIsInclusive();
    void callRecordShape();
    void requestsJournal();
    void requestsJournalRefusals_data();
    void requestsJournalRefusals();
    void readAuth_data();
    void readAuth();
    void writeAuth_data();
    void writeAuth();

    void createValidation_data();
    void createValidation();
    void duplicateOnCreateAndUnknownOnUpdate();
    void updateChangesFieldsButNotTheBinding();
    void matching_data();
    void matching();
    void deleteRemoves();
    void ordersDiary();

    void unknownPathRedirectsToHtml();
    void rateLimit();
    void seedSample();

private:
    Reply get(const QByteArray &pathAndQuery);
    Reply post(
        const QByteArray &path, const QByteArray &body, const QByteArray &token, const QByteArray &site);
    Reply post(const QByteArray &path, const QJsonObject &body);
    Reply finish(QNetworkReply *reply);
    QByteArray callsPath(const QByteArray &query) const;
    QJsonObject createOne(const QJsonArray &matching, const QString &orderNumber);

    Simulator *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QDateTime m_now;
};

void tst_CalltouchSim::init()
{
    m_sim = new Simulator(this);
    m_sim->setCredentials(kSite, kToken);
    m_sim->server()->setRateLimit(0); // rateLimit() switches it on
    QVERIFY(m_sim->start() > 0);
    m_nam = new QNetworkAccessManager(this);
    m_now = QDateTime(QDate(2026, 5, 8), QTime(13, 23, 20), Qt::UTC);
    m_sim->setClock([this] { return m_now; });
}

void tst_CalltouchSim::cleanup()
{
    delete m_nam;
    delete m_sim;
}

Reply tst_CalltouchSim::finish(QNetworkReply *reply)
{
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(5000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body);
    result.contentType = reply->rawHeader("Content-Type");
    result.location = reply->rawHeader("Location");
    result.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return result;
}

Reply tst_CalltouchSim::get(const QByteArray &pathAndQuery)
{
    QNetworkRequest request(QUrl::fromEncoded(m_sim->url().toEncoded() + pathAndQuery));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return finish(m_nam->get(request));
}

Reply tst_CalltouchSim::post(
    const QByteArray &path, const QByteArray &body, const QByteArray &token, const QByteArray &site)
{
    QNetworkRequest request(QUrl::fromEncoded(m_sim->url().toEncoded() + path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isNull())
        request.setRawHeader("Access-Token", token);
    if (!site.isNull())
        request.setRawHeader("SiteId", site);
    return finish(m_nam->post(request, body));
}

Reply tst_CalltouchSim::post(const QByteArray &path, const QJsonObject &body)
{
    return post(
        path, QJsonDocument(body).toJson(QJsonDocument::Compact), kToken.toLatin1(), kSite.toLatin1());
}

QByteArray tst_CalltouchSim::callsPath(const QByteArray &query) const
{
    return "/calls-service/RestAPI/" + kSite.toLatin1() + "/calls-diary/calls?clientApiId=" + enc(kToken)
        + query;
}

QJsonObject tst_CalltouchSim::createOne(const QJsonArray &matching, const QString &orderNumber)
{
    const QJsonObject order { { QStringLiteral("orderNumber"), orderNumber },
        { QStringLiteral("orderDate"), QStringLiteral("08-05-2026 16:23:20") },
        { QStringLiteral("matching"), matching } };
    const QJsonObject body { { QStringLiteral("crm"), QStringLiteral("retailCRM") },
        { QStringLiteral("orders"), QJsonArray { order } } };
    const Reply reply = post("/lead-service/v1/api/client-order/create", body);
    return reply.json.object()
        .value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("orders"))
        .toArray()
        .first()
        .toObject();
}

void tst_CalltouchSim::callsDiaryPages()
{
    const QDate day(2026, 5, 7);
    for (int i = 0; i < 2345; ++i)
        m_sim->addCall(local(day, 8, 0).addSecs(i * 10), QStringLiteral("79160000000"));
    const QByteArray dates = "&dateFrom=07/05/2026&dateTo=07/05/2026";

    Reply reply = get(callsPath(dates + "&page=1&limit=1000"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.startsWith(
        "{\"page\":1,\"pageTotal\":3,\"pageSize\":1000,\"recordsTotal\":2345,\"records\":["));
    QJsonObject page = reply.json.object();
    QCOMPARE(page.value(QLatin1String("records")).toArray().size(), 1000);

    reply = get(callsPath(dates + "&page=3&limit=1000"));
    page = reply.json.object();
    QCOMPARE(page.value(QLatin1String("page")).toInt(), 3);
    QCOMPARE(page.value(QLatin1String("records")).toArray().size(), 345);

    reply = get(callsPath(dates + "&page=4&limit=1000"));
    QCOMPARE(reply.json.object().value(QLatin1String("records")).toArray().size(), 0);

    reply = get(callsPath(dates + "&page=1&limit=5000")); // clamped
    page = reply.json.object();
    QCOMPARE(page.value(QLatin1String("pageSize")).toInt(), 1000);
    QCOMPARE(page.value(QLatin1String("pageTotal")).toInt(), 3);
    QCOMPARE(page.value(QLatin1String("records")).toArray().size(), 1000);

    reply = get(callsPath(dates + "&page=2&limit=500"));
    page = reply.json.object();
    QCOMPARE(page.value(QLatin1String("pageTotal")).toInt(), 5);
    QCOMPARE(page.value(QLatin1String("records"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("callId"))
                 .toInteger(),
        qint64(512345001 + 500));

    reply = get(callsPath("&dateFrom=01/05/2026&dateTo=02/05/2026&page=1&limit=1000"));
    page = reply.json.object();
    QCOMPARE(page.value(QLatin1String("pageTotal")).toInt(), 0);
    QCOMPARE(page.value(QLatin1String("recordsTotal")).toInt(), 0);
    QVERIFY(page.value(QLatin1String("records")).toArray().isEmpty());

    reply = get(callsPath(dates + "&page=x&limit=10"));
    QCOMPARE(reply.status, 400);
}

void tst_CalltouchSim::callsDiaryBareArrayIsOneDay()
{
    m_sim->addCall(local(QDate(2026, 5, 7), 10, 0), QStringLiteral("79161234567"));
    m_sim->addCall(local(QDate(2026, 5, 8), 10, 0), QStringLiteral("79161234567"));
    Reply reply = get(callsPath("&dateFrom=07/05/2026&dateTo=07/05/2026"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.isArray());
    QCOMPARE(reply.json.array().size(), 1);
    reply = get(callsPath("&dateFrom=07/05/2026&dateTo=08/05/2026"));
    QCOMPARE(reply.status, 400);
}

void tst_CalltouchSim::callsDiaryDateValidation_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("ok") << QByteArray("&dateFrom=01/05/2026&dateTo=08/05/2026&page=1&limit=10") << 200;
    QTest::newRow("encoded slashes") << QByteArray("&dateFrom=01%2F05%2F2026&dateTo=08%2F05%2F2026&page=1")
                                     << 200;
    QTest::newRow("iso") << QByteArray("&dateFrom=2026-05-01&dateTo=2026-05-08&page=1") << 400;
    QTest::newRow("unpadded") << QByteArray("&dateFrom=1/5/2026&dateTo=8/5/2026&page=1") << 400;
    QTest::newRow("american order") << QByteArray("&dateFrom=05/13/2026&dateTo=05/14/2026&page=1") << 400;
    QTest::newRow("from after to") << QByteArray("&dateFrom=09/05/2026&dateTo=08/05/2026&page=1") << 400;
    QTest::newRow("missing dateTo") << QByteArray("&dateFrom=08/05/2026&page=1") << 400;
}

void tst_CalltouchSim::callsDiaryDateValidation()
{
    QFETCH(QByteArray, query);
    QFETCH(int, status);
    QCOMPARE(get(callsPath(query)).status, status);
}

void tst_CalltouchSim::callsDiaryDateFilterIsInclusive()
{
    const QDate from(2026, 5, 5);
    const QDate to(2026, 5, 7);
    m_sim->addCall(local(from, 0, 0, 0), QStringLiteral("79160000001"));
    m_sim->addCall(local(to, 23, 59, 59), QStringLiteral("79160000002"));
    m_sim->addCall(local(from, 0, 0, 0).addSecs(-1), QStringLiteral("79160000003"));
    m_sim->addCall(local(to, 23, 59, 59).addSecs(1), QStringLiteral("79160000004"));
    const Reply reply = get(callsPath("&dateFrom=05/05/2026&dateTo=07/05/2026&page=1&limit=1000"));
    const QJsonArray records = reply.json.object().value(QLatin1String("records")).toArray();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).toObject().value(QLatin1String("callerNumber")).toString(),
        QStringLiteral("79160000001"));
    QCOMPARE(records.at(1).toObject().value(QLatin1String("callerNumber")).toString(),
        QStringLiteral("79160000002"));
}

void tst_CalltouchSim::callRecordShape()
{
    SimLead lead;
    lead.at = local(QDate(2026, 5, 8), 9, 5, 3);
    lead.phone = QStringLiteral("+7 (921) 029-70-55");
    lead.utmSource = QStringLiteral("yandex");
    lead.utmMedium = QStringLiteral("cpc");
    lead.source = QStringLiteral("yandex");
    lead.medium = QStringLiteral("cpc");
    const qint64 id = m_sim->addCall(lead);
    const Reply reply = get(callsPath("&dateFrom=08/05/2026&dateTo=08/05/2026"));
    const QJsonObject call = reply.json.array().first().toObject();
    QVERIFY(call.value(QLatin1String("callId")).isDouble());
    QCOMPARE(call.value(QLatin1String("callId")).toInteger(), id);
    QCOMPARE(call.value(QLatin1String("date")).toString(), QStringLiteral("08/05/2026 9:05:03"));
    QCOMPARE(call.value(QLatin1String("timestamp")).toInteger(), lead.at.toSecsSinceEpoch());
    QCOMPARE(call.value(QLatin1String("callerNumber")).toString(), lead.phone);
    QCOMPARE(call.value(QLatin1String("utmSource")).toString(), QStringLiteral("yandex"));
    QCOMPARE(call.value(QLatin1String("utmCampaign")).toString(), QStringLiteral("<не указано>"));
    QCOMPARE(call.value(QLatin1String("siteId")).toString(), kSite);
    // And the parser reads it back.
    const Result<Lead> parsed = parseCallRecord(call, moscow());
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed.value.occurredAt, lead.at);
    QCOMPARE(parsed.value.utmCampaign, QString());
}

void tst_CalltouchSim::requestsJournal()
{
    const QDate day(2026, 5, 8);
    const qint64 id = m_sim->addRequest(local(day, 15, 23, 20), QStringLiteral("8(916)5551234"),
        QStringLiteral("Maria@Example.ru"), QStringLiteral("Мария"), QStringLiteral("Обратный звонок"));
    m_sim->addRequest(local(QDate(2026, 8, 5), 12, 0), QString(), QStringLiteral("august@example.ru"));
    const QByteArray base =
        "/calls-service/RestAPI/requests?clientApiId=" + enc(kToken) + "&siteId=" + kSite.toLatin1();
    Reply reply = get(base + "&dateFrom=05/08/2026&dateTo=05/08/2026");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.isArray());
    QCOMPARE(reply.json.array().size(), 1);
    const QJsonObject record = reply.json.array().first().toObject();
    QCOMPARE(record.value(QLatin1String("requestId")).toInteger(), id);
    QCOMPARE(record.value(QLatin1String("date")).toInteger(), local(day, 15, 23, 20).toMSecsSinceEpoch());
    QCOMPARE(record.value(QLatin1String("dateStr")).toString(), QStringLiteral("08/05/2026 15:23:20"));
    const QJsonObject client = record.value(QLatin1String("client")).toObject();
    QCOMPARE(client.value(QLatin1String("fio")).toString(), QStringLiteral("Мария"));
    QCOMPARE(client.value(QLatin1String("phones"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("phoneNumber"))
                 .toString(),
        QStringLiteral("8(916)5551234"));
    const QJsonObject contact = client.value(QLatin1String("contacts")).toArray().first().toObject();
    QCOMPARE(contact.value(QLatin1String("contactType")).toString(), QStringLiteral("EMAIL"));
    QCOMPARE(contact.value(QLatin1String("contactValue")).toString(), QStringLiteral("Maria@Example.ru"));
    QVERIFY(record.value(QLatin1String("session")).isObject());

    // The trailing-slash variant of the path, and the August day in American order.
    reply = get("/calls-service/RestAPI/requests/?clientApiId=" + enc(kToken) + "&siteId=" + kSite.toLatin1()
        + "&dateFrom=08/05/2026&dateTo=08/05/2026");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.array().size(), 1);
    QCOMPARE(reply.json.array()
                 .first()
                 .toObject()
                 .value(QLatin1String("client"))
                 .toObject()
                 .value(QLatin1String("phones"))
                 .toArray()
                 .size(),
        0);
}

void tst_CalltouchSim::requestsJournalRefusals_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("status");
    const QByteArray token = "clientApiId=" + enc(kToken);
    QTest::newRow("no siteId") << QByteArray(token + "&dateFrom=05/08/2026&dateTo=05/08/2026") << 400;
    QTest::newRow("foreign siteId") << QByteArray(
        token + "&siteId=13480&dateFrom=05/08/2026&dateTo=05/08/2026")
                                    << 403;
    QTest::newRow("wrong token") << QByteArray(
        "clientApiId=nope&siteId=43769&dateFrom=05/08/2026&dateTo=05/08/2026")
                                 << 403;
    QTest::newRow("dd/mm is not mm/dd")
        << QByteArray(token + "&siteId=43769&dateFrom=13/05/2026&dateTo=13/05/2026") << 400;
    QTest::newRow("from after to") << QByteArray(
        token + "&siteId=43769&dateFrom=05/09/2026&dateTo=05/08/2026")
                                   << 400;
}

void tst_CalltouchSim::requestsJournalRefusals()
{
    QFETCH(QByteArray, query);
    QFETCH(int, status);
    QCOMPARE(get("/calls-service/RestAPI/requests?" + query).status, status);
}

void tst_CalltouchSim::readAuth_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    const QByteArray dates = "&dateFrom=08/05/2026&dateTo=08/05/2026";
    QTest::newRow("right") << QByteArray(
        "/calls-service/RestAPI/43769/calls-diary/calls?clientApiId=" + enc(kToken) + dates)
                           << 200;
    QTest::newRow("wrong token") << QByteArray(
        "/calls-service/RestAPI/43769/calls-diary/calls?clientApiId=abc" + dates)
                                 << 403;
    QTest::newRow("no token") << QByteArray("/calls-service/RestAPI/43769/calls-diary/calls?x=1" + dates)
                              << 403;
    QTest::newRow("foreign site") << QByteArray("/calls-service/RestAPI/13480/calls-diary/calls?clientApiId="
        + enc(kToken) + dates) << 403;
    // '/' and '.' may travel unencoded; a '+' must be %2B (a raw '+' reads as a space).
    QTest::newRow("unencoded slash and dot") << QByteArray(
        "/calls-service/RestAPI/43769/calls-diary/calls?clientApiId=" + kToken.toLatin1() + dates)
                                             << 200;
    QTest::newRow("orders-diary foreign site")
        << QByteArray("/calls-service/RestAPI/13480/orders-diary/orders?clientApiId=" + enc(kToken)
               + "&dateFrom=08/05/2026&dateTo=09/05/2026")
        << 403;
}

void tst_CalltouchSim::readAuth()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QCOMPARE(get(path).status, status);
}

void tst_CalltouchSim::writeAuth_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("site");
    QTest::addColumn<int>("status");
    QTest::newRow("right") << kToken.toLatin1() << kSite.toLatin1() << 200;
    QTest::newRow("wrong token") << QByteArray("wrong") << kSite.toLatin1() << 403;
    QTest::newRow("wrong site") << kToken.toLatin1() << QByteArray("13480") << 403;
    QTest::newRow("no headers") << QByteArray() << QByteArray() << 403;
}

void tst_CalltouchSim::writeAuth()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, site);
    QFETCH(int, status);
    const QJsonObject order { { QStringLiteral("orderNumber"), QStringLiteral("1") },
        { QStringLiteral("matching"),
            QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("withoutSource") } } } } };
    const QByteArray body =
        QJsonDocument(QJsonObject { { QStringLiteral("orders"), QJsonArray { order } } }).toJson();
    const Reply reply = post("/lead-service/v1/api/client-order/create", body, token, site);
    QCOMPARE(reply.status, status);
    if (status == 403) {
        QCOMPARE(reply.body, QByteArray("Invalid credentials"));
        QVERIFY(m_sim->deals().isEmpty());
    }
}

void tst_CalltouchSim::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const auto orders = [](int count, const QString &orderDate) {
        QJsonArray list;
        for (int i = 0; i < count; ++i) {
            QJsonObject order { { QStringLiteral("orderNumber"), QString::number(i + 1) },
                { QStringLiteral("matching"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("type"), QStringLiteral("withoutSource") } } } } };
            if (!orderDate.isEmpty())
                order.insert(QStringLiteral("orderDate"), orderDate);
            list.append(order);
        }
        return QJsonDocument(QJsonObject { { QStringLiteral("orders"), list } }).toJson();
    };
    QTest::newRow("101 orders") << orders(101, QString()) << QStringLiteral("orders");
    QTest::newRow("no orders") << orders(0, QString()) << QStringLiteral("orders");
    QTest::newRow("orders missing") << QByteArray(R"({"crm":"retailCRM"})") << QStringLiteral("orders");
    QTest::newRow("iso date") << orders(1, QStringLiteral("2026-05-08 16:23:20"))
                              << QStringLiteral("orders[0].orderDate");
    QTest::newRow("slash date") << orders(2, QStringLiteral("08/05/2026 16:23:20"))
                                << QStringLiteral("orders[1].orderDate");
    QTest::newRow("not json") << QByteArray("orders=1") << QString();
}

void tst_CalltouchSim::createValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const Reply reply =
        post("/lead-service/v1/api/client-order/create", body, kToken.toLatin1(), kSite.toLatin1());
    QCOMPARE(reply.status, 400);
    const QJsonArray violations = reply.json.object()
                                      .value(QLatin1String("data"))
                                      .toObject()
                                      .value(QLatin1String("validationErrorData"))
                                      .toObject()
                                      .value(QLatin1String("violations"))
                                      .toArray();
    QVERIFY(!violations.isEmpty());
    QStringList fields;
    for (const QJsonValue &violation : violations) {
        fields << violation.toObject().value(QLatin1String("field")).toString();
        QVERIFY(!violation.toObject().value(QLatin1String("message")).toString().isEmpty());
    }
    QVERIFY2(fields.contains(field), qPrintable(fields.join(QLatin1Char(','))));
    QVERIFY(m_sim->deals().isEmpty());
    // The parser reads it as a whole-request Validation error.
    QCOMPARE(parseV1Error(reply.body, reply.status).kind, ApiError::Kind::Validation);

    // Up to 100 is fine.
    QJsonArray hundred;
    for (int i = 0; i < 100; ++i) {
        hundred.append(QJsonObject { { QStringLiteral("orderNumber"), QString::number(i) },
            { QStringLiteral("matching"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("withoutSource") } } } } });
    }
    if (QTest::currentDataTag() == QByteArray("101 orders")) {
        const Reply ok = post("/lead-service/v1/api/client-order/create",
            QJsonObject { { QStringLiteral("orders"), hundred } });
        QCOMPARE(ok.status, 200);
        QCOMPARE(m_sim->deals().size(), 100);
    }
}

void tst_CalltouchSim::duplicateOnCreateAndUnknownOnUpdate()
{
    const QJsonArray without { QJsonObject { { QStringLiteral("type"), QStringLiteral("withoutSource") } } };
    const auto order = [&without](const QString &number) {
        return QJsonObject { { QStringLiteral("orderNumber"), number },
            { QStringLiteral("matching"), without } };
    };
    Reply reply = post("/lead-service/v1/api/client-order/create",
        QJsonObject { { QStringLiteral("orders"),
            QJsonArray { order(QStringLiteral("10517")), order(QStringLiteral("10518")),
                order(QStringLiteral("10517")) } } });
    QCOMPARE(reply.status, 200);
    QJsonArray results =
        reply.json.object().value(QLatin1String("data")).toObject().value(QLatin1String("orders")).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(
        results.at(0).toObject().value(QLatin1String("orderNumber")).toString(), QStringLiteral("10517"));
    QCOMPARE(results.at(0).toObject().value(QLatin1String("calltouchOrderId")).toInteger(), qint64(700001));
    QCOMPARE(results.at(1).toObject().value(QLatin1String("calltouchOrderId")).toInteger(), qint64(700002));
    QCOMPARE(results.at(2).toObject().value(QLatin1String("error")).toString(),
        QStringLiteral("Сделка с таким orderNumber уже существует"));
    QCOMPARE(m_sim->deals().size(), 2);

    // A deal without matching, and one without orderNumber.
    reply = post("/lead-service/v1/api/client-order/create",
        QJsonObject { { QStringLiteral("orders"),
            QJsonArray { QJsonObject { { QStringLiteral("orderNumber"), QStringLiteral("1") } },
                QJsonObject { { QStringLiteral("matching"), without } } } } });
    results =
        reply.json.object().value(QLatin1String("data")).toObject().value(QLatin1String("orders")).toArray();
    QVERIFY(!results.at(0).toObject().value(QLatin1String("error")).toString().isEmpty());
    QVERIFY(!results.at(1).toObject().value(QLatin1String("error")).toString().isEmpty());

    reply = post("/lead-service/v1/api/client-order/update",
        QJsonObject { { QStringLiteral("orders"),
            QJsonArray { QJsonObject { { QStringLiteral("orderNumber"), QStringLiteral("99999") } },
                QJsonObject { { QStringLiteral("orderNumber"), QStringLiteral("10518") },
                    { QStringLiteral("status"), QStringLiteral("complete") } } } } });
    QCOMPARE(reply.status, 200);
    results =
        reply.json.object().value(QLatin1String("data")).toObject().value(QLatin1String("orders")).toArray();
    QCOMPARE(
        results.at(0).toObject().value(QLatin1String("orderNumber")).toString(), QStringLiteral("99999"));
    QVERIFY(results.at(0)
                .toObject()
                .value(QLatin1String("error"))
                .toString()
                .contains(QStringLiteral("не найдена")));
    QVERIFY(!results.at(1).toObject().contains(QLatin1String("error")));
    QCOMPARE(m_sim->deal(QStringLiteral("10518")).status, QStringLiteral("complete"));
    QVERIFY(!m_sim->deals().contains(QStringLiteral("99999")));
}

void tst_CalltouchSim::updateChangesFieldsButNotTheBinding()
{
    const qint64 callId = m_sim->addCall(m_now.addSecs(-600), QStringLiteral("79161234567"));
    createOne(QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("call") },
                  { QStringLiteral("callParams"), QJsonObject { { QStringLiteral("callId"), callId } } } } },
        QStringLiteral("5001"));
    const QJsonObject update { { QStringLiteral("orderNumber"), QStringLiteral("5001") },
        { QStringLiteral("status"), QStringLiteral("complete") },
        { QStringLiteral("statusDate"), QStringLiteral("12-05-2026 11:00:00") },
        { QStringLiteral("updateDate"), QStringLiteral("12-05-2026 11:00:00") },
        { QStringLiteral("revenue"), 44990 }, { QStringLiteral("manager"), QStringLiteral("Петров Пётр") },
        { QStringLiteral("matching"),
            QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("withoutSource") } } } } };
    for (int i = 0; i < 2; ++i) {
        const Reply reply = post("/lead-service/v1/api/client-order/update",
            QJsonObject { { QStringLiteral("orders"), QJsonArray { update } } });
        QCOMPARE(reply.status, 200);
    }
    const SimDeal deal = m_sim->deal(QStringLiteral("5001"));
    QCOMPARE(deal.status, QStringLiteral("complete"));
    QCOMPARE(deal.revenue, QStringLiteral("44990"));
    QCOMPARE(deal.manager, QStringLiteral("Петров Пётр"));
    QCOMPARE(deal.statusDate, QDateTime(QDate(2026, 5, 12), QTime(8, 0), Qt::UTC));
    QCOMPARE(deal.updateCount, 2);
    QVERIFY(deal.matchingSentOnUpdate);
    QCOMPARE(deal.boundKind, QStringLiteral("call"));
    QCOMPARE(deal.boundLeadId, QString::number(callId));
}

void tst_CalltouchSim::matching_data()
{
    QTest::addColumn<QByteArray>("matching"); // JSON array; "$A" etc. are replaced with lead ids
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("lead"); // "A", "B", … or empty
    QTest::addColumn<QString>("matchedBy");

    // Leads (set up in matching()): the order date is T = 08-05-2026 16:23:20 Moscow.
    //  A call  T-10h  +7 916 555-12-34      B call  T-2h  8 916 555 12 34 (same number)
    //  C call  T+1h   same number            R request T-1h 79031112233, Olga@Example.com
    //  H chat  T-30m  +79201234567, chat@example.com      O call T-200 days 79990001122
    const QByteArray date = R"("date":"08-05-2026 16:23:20")";
    QTest::newRow("call by id") << QByteArray(R"([{"type":"call","callParams":{"callId":$A}}])")
                                << QStringLiteral("call") << QStringLiteral("A") << QStringLiteral("call");
    QTest::newRow("unknown call id, then custom source")
        << QByteArray(R"([{"type":"call","callParams":{"callId":1}},
                          {"type":"customSources","customSourceParams":{"source":"Лид не найден","medium":"x"}}])")
        << QStringLiteral("customSources") << QString() << QStringLiteral("customSources");
    QTest::newRow("request by id") << QByteArray(R"([{"type":"request","requestParams":{"requestId":"$R"}}])")
                                   << QStringLiteral("request") << QStringLiteral("R")
                                   << QStringLiteral("request");
    QTest::newRow("chat by id") << QByteArray(R"([{"type":"chat","chatParams":{"chatId":$H}}])")
                                << QStringLiteral("chat") << QStringLiteral("H") << QStringLiteral("chat");
    QTest::newRow("callContact: nearest before the date")
        << QByteArray(
               R"([{"type":"callContact","callContactParams":{"phones":["9165551234"],)" + date + "}}]")
        << QStringLiteral("call") << QStringLiteral("B") << QStringLiteral("callContact");
    QTest::newRow("callContact: later calls do not count")
        << QByteArray(R"([{"type":"callContact","callContactParams":{"phones":["+7 (916) 555-12-34"],
                          "date":"08-05-2026 13:00:00"}}])")
        << QStringLiteral("call") << QStringLiteral("A") << QStringLiteral("callContact");
    QTest::newRow("callContact: searchDepth in minutes") << QByteArray(
        R"([{"type":"callContact","callContactParams":{"phones":["79165551234"],"searchDepth":60,)" + date
        + "}},{\"type\":\"withoutSource\"}]") << QString()
                                                         << QString() << QStringLiteral("withoutSource");
    QTest::newRow("callContact: default depth is half a year") << QByteArray(
        R"([{"type":"callContact","callContactParams":{"phones":["79990001122"],)" + date + "}}]")
                                                               << QString() << QString() << QString();
    QTest::newRow("callContact: larger depth finds it") << QByteArray(
        R"([{"type":"callContact","callContactParams":{"phones":["79990001122"],"searchDepth":525600,)" + date
        + "}}]") << QStringLiteral("call") << QStringLiteral("O")
                                                        << QStringLiteral("callContact");
    QTest::newRow("requestContact by e-mail, any case") << QByteArray(
        R"([{"type":"requestContact","requestContactParams":{"phones":[],"emails":[" OLGA@example.com"],)"
        + date + "}}]") << QStringLiteral("request") << QStringLiteral("R")
                                                        << QStringLiteral("requestContact");
    QTest::newRow("requestContact by phone") << QByteArray(
        R"([{"type":"requestContact","requestContactParams":{"phones":["8 903 111-22-33"],)" + date + "}}]")
                                             << QStringLiteral("request") << QStringLiteral("R")
                                             << QStringLiteral("requestContact");
    QTest::newRow("requestContact does not see calls") << QByteArray(
        R"([{"type":"requestContact","requestContactParams":{"phones":["79165551234"],)" + date + "}}]")
                                                       << QString() << QString() << QString();
    QTest::newRow("leadContact without chats") << QByteArray(
        R"([{"type":"leadContact","leadContactParams":{"phones":["79201234567"],"withChats":false,)" + date
        + "}},{\"type\":\"withoutSource\"}]") << QString()
                                               << QString() << QStringLiteral("withoutSource");
    QTest::newRow("leadContact with chats") << QByteArray(
        R"([{"type":"leadContact","leadContactParams":{"phones":["79201234567"],"withChats":true,)" + date
        + "}}]") << QStringLiteral("chat") << QStringLiteral("H")
                                            << QStringLiteral("leadContact");
    QTest::newRow("leadContact: the nearest of any kind")
        << QByteArray(R"([{"type":"leadContact","leadContactParams":{"phones":["79165551234"],
                          "emails":["olga@example.com"],)"
               + date + "}}]")
        << QStringLiteral("request") << QStringLiteral("R") << QStringLiteral("leadContact");
    QTest::newRow("chatContact by e-mail")
        << QByteArray(
               R"([{"type":"chatContact","chatContactParams":{"emails":["Chat@Example.com"],)" + date + "}}]")
        << QStringLiteral("chat") << QStringLiteral("H") << QStringLiteral("chatContact");
    QTest::newRow("array order: the first that finds wins")
        << QByteArray(R"([{"type":"callContact","callContactParams":{"phones":["79165551234"],)" + date
               + R"(}},{"type":"requestContact","requestContactParams":{"emails":["olga@example.com"],)"
               + date + "}}]")
        << QStringLiteral("call") << QStringLiteral("B") << QStringLiteral("callContact");
    QTest::newRow("array order: request before call") << QByteArray(
        R"([{"type":"request","requestParams":{"requestId":$R}},{"type":"call","callParams":{"callId":$A}}])")
                                                      << QStringLiteral("request") << QStringLiteral("R")
                                                      << QStringLiteral("request");
    QTest::newRow("calls first, then requests (SPEC chain)")
        << QByteArray(R"([{"type":"callContact","callContactParams":{"phones":["79031112233"],)" + date
               + R"(}},{"type":"requestContact","requestContactParams":{"phones":["79031112233"],)" + date
               + R"(}},{"type":"customSources","customSourceParams":{"source":"Лид не найден"}}])")
        << QStringLiteral("request") << QStringLiteral("R") << QStringLiteral("requestContact");
    QTest::newRow("nothing found: custom source")
        << QByteArray(R"([{"type":"callContact","callContactParams":{"phones":["79000000000"],)" + date
               + R"(}},{"type":"customSources","customSourceParams":{"source":"Лид не найден",
                          "medium":"Лид не найден","campaign":"Лид не найден"}}])")
        << QStringLiteral("customSources") << QString() << QStringLiteral("customSources");
}

void tst_CalltouchSim::matching()
{
    QFETCH(QByteArray, matching);
    QFETCH(QString, kind);
    QFETCH(QString, lead);
    QFETCH(QString, matchedBy);
    const QDateTime t = local(QDate(2026, 5, 8), 16, 23, 20);
    QHash<QString, qint64> ids;
    ids.insert(
        QStringLiteral("A"), m_sim->addCall(t.addSecs(-10 * 3600), QStringLiteral("+7 916 555-12-34")));
    ids.insert(QStringLiteral("B"), m_sim->addCall(t.addSecs(-2 * 3600), QStringLiteral("8 916 555 12 34")));
    ids.insert(QStringLiteral("C"), m_sim->addCall(t.addSecs(3600), QStringLiteral("79165551234")));
    ids.insert(QStringLiteral("R"),
        m_sim->addRequest(
            t.addSecs(-3600), QStringLiteral("79031112233"), QStringLiteral("Olga@Example.com")));
    ids.insert(QStringLiteral("H"),
        m_sim->addChat(t.addSecs(-1800), QStringLiteral("+79201234567"), QStringLiteral("chat@example.com")));
    ids.insert(QStringLiteral("O"), m_sim->addCall(t.addDays(-200), QStringLiteral("79990001122")));
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it)
        matching.replace(QByteArray("$" + it.key().toLatin1()), QByteArray::number(it.value()));
    QJsonParseError error {};
    const QJsonArray array = QJsonDocument::fromJson(matching, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    const QJsonObject result = createOne(array, QStringLiteral("6001"));
    QVERIFY2(!result.contains(QLatin1String("error")),
        qPrintable(result.value(QLatin1String("error")).toString()));
    const SimDeal deal = m_sim->deal(QStringLiteral("6001"));
    QCOMPARE(deal.boundKind, kind);
    QCOMPARE(deal.boundLeadId, lead.isEmpty() ? QString() : QString::number(ids.value(lead)));
    QCOMPARE(deal.matchedBy, matchedBy);
    if (kind == QLatin1String("customSources"))
        QCOMPARE(deal.customSource, QStringLiteral("Лид не найден"));
}

void tst_CalltouchSim::deleteRemoves()
{
    createOne(QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("withoutSource") } } },
        QStringLiteral("1"));
    const Reply reply = post("/lead-service/v1/api/client-order/delete",
        QJsonObject {
            { QStringLiteral("orderNumbers"), QJsonArray { QStringLiteral("1"), QStringLiteral("2") } } });
    QCOMPARE(reply.status, 200);
    const QJsonArray results =
        reply.json.object().value(QLatin1String("data")).toObject().value(QLatin1String("orders")).toArray();
    QCOMPARE(results.at(0).toObject().value(QLatin1String("deleted")).toBool(), true);
    QVERIFY(results.at(1).toObject().contains(QLatin1String("error")));
    QVERIFY(m_sim->deals().isEmpty());
}

void tst_CalltouchSim::ordersDiary()
{
    const QJsonArray without { QJsonObject { { QStringLiteral("type"), QStringLiteral("withoutSource") } } };
    QJsonArray orders;
    for (int i = 0; i < 5; ++i) {
        orders.append(QJsonObject { { QStringLiteral("orderNumber"), QString::number(100 + i) },
            { QStringLiteral("orderDate"),
                QStringLiteral("%1-05-2026 10:00:00").arg(4 + i, 2, 10, QLatin1Char('0')) },
            { QStringLiteral("revenue"), QStringLiteral("10") }, { QStringLiteral("matching"), without } });
    }
    QCOMPARE(
        post("/lead-service/v1/api/client-order/create", QJsonObject { { QStringLiteral("orders"), orders } })
            .status,
        200);
    const QByteArray base =
        "/calls-service/RestAPI/" + kSite.toLatin1() + "/orders-diary/orders?clientApiId=" + enc(kToken);

    QCOMPARE(get(base + "&dateFrom=05/05/2026&dateTo=05/05/2026").status, 400); // dateFrom must be < dateTo
    Reply reply = get(base + "&dateFrom=05/05/2026&dateTo=06/05/2026");
    QCOMPARE(reply.status, 200);
    QJsonObject page = reply.json.object();
    QCOMPARE(page.value(QLatin1String("recordsTotal")).toInt(), 2);
    const QJsonObject record = page.value(QLatin1String("records")).toArray().first().toObject();
    QCOMPARE(record.value(QLatin1String("orderNumber")).toString(), QStringLiteral("101"));
    QCOMPARE(record.value(QLatin1String("orderId")).toInteger(), qint64(700002));
    QCOMPARE(record.value(QLatin1String("orderDate")).toString(), QStringLiteral("05/05/2026 10:00:00"));

    reply = get(base + "&dateFrom=01/05/2026&dateTo=31/05/2026&page=2&limit=2");
    page = reply.json.object();
    QCOMPARE(page.value(QLatin1String("pageTotal")).toInt(), 3);
    QCOMPARE(page.value(QLatin1String("records"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("orderNumber"))
                 .toString(),
        QStringLiteral("102"));
    const Result<DealsJournalPage> parsed = parseDealsJournal(reply.body);
    QCOMPARE(parsed.value.orderNumbers, (QStringList { QStringLiteral("102"), QStringLiteral("103") }));
}

void tst_CalltouchSim::unknownPathRedirectsToHtml()
{
    Reply reply = get("/calls-service/RestAPI/43769/no-such-thing?clientApiId=" + enc(kToken));
    QCOMPARE(reply.status, 302);
    QVERIFY(reply.contentType.startsWith("text/html"));
    QVERIFY(reply.location.endsWith("/support/"));
    QCOMPARE(m_sim->server()->count(QStringLiteral("other")), 1);
    reply = get("/support/");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.contentType.startsWith("text/html"));
    QVERIFY(reply.json.isNull());
    // A known path with the wrong method.
    QCOMPARE(
        post(callsPath(QByteArray()), QByteArray("{}"), kToken.toLatin1(), kSite.toLatin1()).status, 405);
}

void tst_CalltouchSim::rateLimit()
{
    m_sim->server()->setRateLimit(5); // what the constructor sets; init() switched it off
    const QByteArray path = callsPath("&dateFrom=08/05/2026&dateTo=08/05/2026");
    QList<int> statuses;
    QByteArray retryAfter;
    for (int i = 0; i < 7; ++i) {
        const Reply reply = get(path);
        statuses << reply.status;
        if (reply.status == 429)
            retryAfter = reply.retryAfter;
    }
    QCOMPARE(statuses.mid(0, 5), (QList<int> { 200, 200, 200, 200, 200 }));
    QCOMPARE(statuses.at(5), 429);
    QCOMPARE(retryAfter, QByteArray("1"));
    QVERIFY(m_sim->server()->rateLimitedCount() >= 1);

    m_sim->server()->setRateLimit(0);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(get(path).status, 200);

    Simulator fresh;
    QCOMPARE(fresh.server()->totalRequests(), 0);
    QVERIFY(fresh.start() > 0);
    // Default: 5 per second.
    int limited = 0;
    for (int i = 0; i < 6; ++i) {
        QNetworkRequest request(QUrl::fromEncoded(fresh.url().toEncoded() + "/x"));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (finish(m_nam->get(request)).status == 429)
            ++limited;
    }
    QCOMPARE(limited, 1);
}

void tst_CalltouchSim::seedSample()
{
    m_sim->seedSample(m_now);
    QVERIFY(m_sim->callCount() >= 5);
    QVERIFY(m_sim->requestCount() >= 4);
    QVERIFY(m_sim->chatCount() >= 1);
    const QDate to = m_now.toTimeZone(moscow()).date();
    const QDate from = to.addDays(-8);
    const Reply calls = get(callsPath("&dateFrom=" + formatJournalDate(from).toLatin1()
        + "&dateTo=" + formatJournalDate(to).toLatin1() + "&page=1&limit=1000"));
    const Result<CallsPage> parsedCalls = parseCallsJournal(calls.body, moscow());
    QVERIFY(parsedCalls.isOk());
    QCOMPARE(parsedCalls.value.leads.size(), m_sim->callCount());
    bool withUtm = false;
    bool oddPhone = false;
    for (const Lead &lead : parsedCalls.value.leads) {
        withUtm = withUtm || !lead.utmSource.isEmpty();
        oddPhone = oddPhone || lead.phone.contains(QLatin1Char(' ')) || lead.phone.contains(QLatin1Char('('));
        QVERIFY(lead.occurredAt <= m_now);
    }
    QVERIFY(withUtm);
    QVERIFY(oddPhone);

    const Reply requests = get("/calls-service/RestAPI/requests?clientApiId=" + enc(kToken)
        + "&siteId=" + kSite.toLatin1() + "&dateFrom=" + formatRequestsDate(from).toLatin1()
        + "&dateTo=" + formatRequestsDate(to).toLatin1());
    const Result<QList<Lead>> parsedRequests = parseRequestsJournal(requests.body, moscow());
    QVERIFY(parsedRequests.isOk());
    QCOMPARE(parsedRequests.value.size(), m_sim->requestCount());
    int withoutContacts = 0;
    int emailOnly = 0;
    for (const Lead &lead : parsedRequests.value) {
        if (lead.phone.isEmpty() && lead.email.isEmpty())
            ++withoutContacts;
        if (lead.phone.isEmpty() && !lead.email.isEmpty())
            ++emailOnly;
    }
    QCOMPARE(withoutContacts, 1);
    QVERIFY(emailOnly >= 1);
}

QTEST_GUILESS_MAIN(tst_CalltouchSim)
#include "tst_calltouchsim.moc"
