// The Calltouch client over real loopback HTTP against the simulated Calltouch: every method, paging,
// chunking, auth, token encoding, retries, lost answers, wrong addresses, batching of deals.
#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include "calltouch/calltouchclient.h"
#include "net/apitransport.h"
#include "net/ratelimiter.h"
#include "sandbox/calltouchsim.h"
#include "sandbox/simhttpserver.h"

using namespace LeadBridge;
using namespace LeadBridge::Calltouch;

namespace {

const QString kSite = QStringLiteral("52898");
// 45 characters of [A-Za-z0-9/.], like real tokens.
const QString kToken = QStringLiteral("Zx9/Qw3.Er5/Ty7.Ui9/Op1.As2/Df4.Gh6/Jk8.Lm0Nb");

const QString kCallsRoute = QStringLiteral("GET calls-diary");
const QString kRequestsRoute = QStringLiteral("GET requests");
const QString kOrdersRoute = QStringLiteral("GET orders-diary");
const QString kCreateRoute = QStringLiteral("POST client-order/create");
const QString kUpdateRoute = QStringLiteral("POST client-order/update");

template <typename T> struct Outcome
{
    int calls = 0;
    T value {};
    ApiError error;
};

template <typename T> Done<T> capture(const std::shared_ptr<Outcome<T>> &outcome)
{
    return [outcome](const T &value, const ApiError &error) {
        ++outcome->calls;
        outcome->value = value;
        outcome->error = error;
    };
}

QTimeZone moscow()
{
    return projectTimeZone(QStringLiteral("Europe/Moscow"));
}

/// Noon of @p day in Moscow, as UTC.
QDateTime noon(const QDate &day)
{
    return QDateTime(day, QTime(12, 0), moscow()).toUTC();
}

QDate today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(moscow()).date();
}

struct LoggedRequest
{
    QByteArray requestLine;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

LoggedRequest parseLogged(const QByteArray &raw)
{
    LoggedRequest logged;
    const int headerEnd = raw.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = raw.left(headerEnd).split('\n');
    logged.requestLine = lines.value(0).trimmed();
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines.at(i).indexOf(':');
        if (colon > 0)
            logged.headers.insert(
                lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    logged.body = raw.mid(headerEnd + 4);
    const QUrl url = QUrl::fromEncoded(logged.requestLine.split(' ').value(1));
    logged.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    return logged;
}

QString decoded(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

Deal makeDeal(const QString &number, Deal::Binding binding,
    const QDateTime &orderDate = QDateTime::currentDateTimeUtc())
{
    Deal deal;
    deal.orderNumber = number;
    deal.orderName = number + QLatin1Char('A');
    deal.funnel = QStringLiteral("main");
    deal.status = QStringLiteral("new");
    deal.revenue = QStringLiteral("1500.50");
    deal.manager = QStringLiteral("Анна Смирнова");
    deal.orderDate = orderDate;
    deal.statusDate = orderDate;
    deal.binding = binding;
    return deal;
}

} // namespace

class tst_CalltouchClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void checkCredentialsOk();
    void checkCredentialsRejected_data();
    void checkCredentialsRejected();
    void redirectIsNotTheApi();
    void htmlOrForeignJsonIsNotTheApi_data();
    void htmlOrForeignJsonIsNotTheApi();

    void callsAcrossPages();
    void callsChunkedOverLongRanges();
    void callsOfAnEmptyPeriod();
    void invalidRangeIsValidation();
    void requestsWithSiteIdAndAmericanDates();
    void requestsChunkedOverLongRanges();

    void tokenWithSlashDotPlusIsSentIntact();
    void serverErrorOnReadIsRetried();
    void tooManyRequestsIsHonoured();
    void simulatorRateLimit();

    void createDealsBindsLeads();
    void createDealsInBatchesOf100();
    void duplicateAndUnknownArePerDealErrors();
    void updateDealsNeverSendsMatching();
    void lostAnswerOnCreateIsOutcomeUnknown();
    void writesWithWrongCredentialsAreAuth();
    void dealsJournalOneDay();
    void contextDestroyedMeansNoCallback();

private:
    Client *makeClient(const QUrl &base, const QString &site, const QString &token);
    QList<LoggedRequest> logged(const QString &pathPart) const;

    Simulator *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    RateLimiter *m_limiter = nullptr;
    ApiTransport *m_transport = nullptr;
    Client *m_client = nullptr;
};

void tst_CalltouchClient::initTestCase()
{
    QCOMPARE(kToken.size(), 45);
}

void tst_CalltouchClient::init()
{
    m_sim = new Simulator(this);
    m_sim->setCredentials(kSite, kToken);
    m_sim->server()->setRateLimit(0); // the rate-limit cases switch it on
    QVERIFY(m_sim->start() > 0);
    m_nam = new QNetworkAccessManager(this);
    m_limiter = new RateLimiter(1000);
    m_transport = new ApiTransport(m_nam, m_limiter, this);
    m_transport->setBackoff(10, 50);
    m_client = makeClient(m_sim->url(), kSite, kToken);
}

void tst_CalltouchClient::cleanup()
{
    delete m_client;
    delete m_transport;
    delete m_limiter;
    delete m_nam;
    delete m_sim;
    m_client = nullptr;
}

Client *tst_CalltouchClient::makeClient(const QUrl &base, const QString &site, const QString &token)
{
    return new Client(m_transport, base, site, token, QStringLiteral("Europe/Moscow"), this);
}

QList<LoggedRequest> tst_CalltouchClient::logged(const QString &pathPart) const
{
    QList<LoggedRequest> list;
    for (const QByteArray &raw : m_sim->server()->requestLog()) {
        const LoggedRequest request = parseLogged(raw);
        if (request.requestLine.contains(pathPart.toLatin1()))
            list.append(request);
    }
    return list;
}

void tst_CalltouchClient::checkCredentialsOk()
{
    auto outcome = std::make_shared<Outcome<bool>>();
    QObject context;
    m_client->checkCredentials(&context, capture(outcome));
    QCOMPARE(outcome->calls, 0); // never synchronously
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QVERIFY2(outcome->error.isOk(), qPrintable(outcome->error.detail));
    QCOMPARE(outcome->value, true);

    const QList<LoggedRequest> requests = logged(QStringLiteral("/calls-diary/calls"));
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.first().requestLine.startsWith("GET /calls-service/RestAPI/52898/calls-diary/calls?"));
    const QUrlQuery &query = requests.first().query;
    const QString day = formatJournalDate(today());
    QCOMPARE(decoded(query, QStringLiteral("dateFrom")), day);
    QCOMPARE(decoded(query, QStringLiteral("dateTo")), day);
    QCOMPARE(decoded(query, QStringLiteral("page")), QStringLiteral("1"));
    QCOMPARE(decoded(query, QStringLiteral("limit")), QStringLiteral("1"));
    QCOMPARE(decoded(query, QStringLiteral("clientApiId")), kToken);
}

void tst_CalltouchClient::checkCredentialsRejected_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("token");
    QTest::newRow("wrong token") << kSite << QStringLiteral("Wrong/Token.0000000000000000000000000000000000");
    QTest::newRow("foreign site") << QStringLiteral("13480") << kToken;
}

void tst_CalltouchClient::checkCredentialsRejected()
{
    QFETCH(QString, site);
    QFETCH(QString, token);
    std::unique_ptr<Client> client(makeClient(m_sim->url(), site, token));
    auto outcome = std::make_shared<Outcome<bool>>();
    QObject context;
    client->checkCredentials(&context, capture(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QCOMPARE(outcome->value, false);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Auth);
    QCOMPARE(outcome->error.httpStatus, 403);
    QVERIFY2(outcome->error.detail.contains(QLatin1String("token or the site ID")),
        qPrintable(outcome->error.detail));
    QVERIFY(outcome->error.isCredentialProblem());
    QCOMPARE(m_sim->server()->count(kCallsRoute), 1); // 403 is not retried
}

void tst_CalltouchClient::redirectIsNotTheApi()
{
    QUrl wrong = m_sim->url();
    wrong.setPath(QStringLiteral("/v2/"));
    std::unique_ptr<Client> client(makeClient(wrong, kSite, kToken));
    auto outcome = std::make_shared<Outcome<bool>>();
    QObject context;
    client->checkCredentials(&context, capture(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QCOMPARE(outcome->value, false);
    QCOMPARE(outcome->error.kind, ApiError::Kind::BadResponse);
    QCOMPARE(outcome->error.httpStatus, 302);
    QVERIFY2(outcome->error.detail.contains(QLatin1String("not the Calltouch API address")),
        qPrintable(outcome->error.detail));
    // The path prefix was used, the server redirected, nothing followed the redirect.
    QCOMPARE(m_sim->server()->count(QStringLiteral("other")), 1);
    QVERIFY(m_sim->server()->requestLog().first().startsWith("GET /v2/calls-service/RestAPI/52898/"));
}

void tst_CalltouchClient::htmlOrForeignJsonIsNotTheApi_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html page") << QByteArray("text/html")
                               << QByteArray("<!DOCTYPE html><html><body>Shop</body></html>");
    QTest::newRow("other JSON") << QByteArray("application/json")
                                << QByteArray(R"({"success":true,"version":"5"})");
}

void tst_CalltouchClient::htmlOrForeignJsonIsNotTheApi()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    SimHttpServer other;
    other.setHandler(
        [contentType, body](const SimRequest &) {
            SimResponse response;
            response.contentType = contentType;
            response.body = body;
            return response;
        },
        nullptr);
    QVERIFY(other.listen() > 0);
    std::unique_ptr<Client> client(makeClient(QUrl(other.baseUrl()), kSite, kToken));
    auto outcome = std::make_shared<Outcome<bool>>();
    QObject context;
    client->checkCredentials(&context, capture(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QCOMPARE(outcome->value, false);
    QCOMPARE(outcome->error.kind, ApiError::Kind::BadResponse);
    QVERIFY2(outcome->error.detail.contains(QLatin1String("not the Calltouch API address")),
        qPrintable(outcome->error.detail));
}

void tst_CalltouchClient::callsAcrossPages()
{
    const QDate day = today().addDays(-1);
    const QDateTime start = QDateTime(day, QTime(8, 0), moscow()).toUTC();
    QSet<qint64> ids;
    for (int i = 0; i < 2500; ++i)
        ids.insert(
            m_sim->addCall(start.addSecs(i * 10), QStringLiteral("7916%1").arg(i, 7, 10, QLatin1Char('0'))));
    m_sim->addCall(noon(day.addDays(-1)), QStringLiteral("79160000000")); // outside the period

    auto outcome = std::make_shared<Outcome<QList<Lead>>>();
    QObject context;
    m_client->calls(day, day, &context, capture(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 15000);
    QVERIFY2(outcome->error.isOk(), qPrintable(outcome->error.detail));
    QCOMPARE(outcome->value.size(), 2500);
    QSet<qint64> seen;
    for (const Lead &lead : std::as_const(outcome->value)) {
        QCOMPARE(lead.kind, Lead::Kind::Call);
        seen.insert(lead.id.toLongLong());
    }
    QCOMPARE(seen, ids);
    QCOMPARE(outcome->value.first().occurredAt, start);
    QCOMPARE(outcome->value.first().phone, QStringLiteral("79160000000"));

    const QList<LoggedRequest> requests = logged(QStringLiteral("/calls-diary/calls"));
    QCOMPARE(requests.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(decoded(requests.at(i).query, QStringLiteral("page")), QString::number(i + 1));
        QCOMPARE(decoded(requests.at(i).query, QStringLiteral("limit")), QStringLiteral("1000"));
    }
}

void tst_CalltouchClient::callsChunkedOverLongRanges()
{
    const QDate from = today().addDays(-69);
    const QDate to = today();
    for (QDate day = from; day <= to; day = day.addDays(1))
        m_sim->addCall(
            noon(day), QStringLiteral("+7 (916) 555-12-34"), QStringLiteral("yandex"), QStringLiteral("cpc"));
    m_sim->addCall(noon(from.addDays(-1)), QStringLiteral("79160000000"));

    auto outcome = std::make_shared<Outcome<QList<Lead>>>();
    QObject context;
    m_client->calls(from, to, &context, capture(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 15000);
    QVERIFY2(outcome->error.isOk(), qPrintable(outcome->error.detail));
    QCOMPARE(outcome->value.size(), 70);
    QCOMPARE(outcome->value.first().occurredAt, noon(from));
    QCOMPARE(outcome->value.last().occurredAt, noon(to));
    QCOMPARE(outcome->value.first().utmSource, QStringLiteral("yandex"));
    QCOMPARE(outcome->value.first().phone, QStringLiteral("+7 (916) 555-12-34"));

    // Chunks of at most 31 days that cover the period exactly, in dd/MM/yyyy.
    const QList<LoggedRequest> requests = logged(QStringLiteral("/calls-diary/calls"));
    QCOMPARE(requests.size(), 3);
    QDate expectedStart = from;
    for (const LoggedRequest &request : requests) {
        const QDate chunkFrom = parseJournalDate(decoded(request.query, QStringLiteral("dateFrom")));
        const QDate chunkTo = parseJournalDate(decoded(request.query, QStringLiteral("dateTo")));
        QVERIFY(chunkFrom.isValid() && chunkTo.isValid());
        QCOMPARE(chunkFrom, expectedStart);
        QVERIFY(chunkFrom.daysTo(chunkTo) + 1 <= 31);
        expectedStart = chunkTo.addDays(1);
    }
    QCOMPARE(expectedStart, to.addDays(1));
}

void tst_CalltouchClient::callsOfAnEmptyPeriod()
{
    auto outcome = std::make_shared<Outcome<QList<Lead>>>();
    QObject context;
    m_client->calls(today().addDays(-2), today(), &context, capture(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QVERIFY(outcome->error.isOk());
    QVERIFY(outcome->value.isEmpty());
    QCOMPARE(m_sim->server()->count(kCallsRoute), 1); // pageTotal 0 ends the read
}

void tst_CalltouchClient::invalidRangeIsValidation()
{
    auto outcome = std::make_shared<Outcome<QList<Lead>>>();
    QObject context;
    m_client->calls(today(), today().addDays(-1), &context, capture(outcome));
    QCOMPARE(outcome->calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Validation);
    QCOMPARE(m_sim->server()->totalRequests(), 0);
}

void tst_CalltouchClient::requestsWithSiteIdAndAmericanDates()
{
    // 5 August vs 8 May: a wrong date order would select the other day.
    const QDate day(today().year() - 1, 5, 8);
    const qint64 mayId = m_sim->addRequest(noon(day), QStringLiteral("8(916)5551234"),
        QStringLiteral("Maria@Example.ru"), QStringLiteral("Мария"), QStringLiteral("Обратный звонок"));
    m_sim->addRequest(noon(QDate(day.year(), 8, 5)), QStringLiteral("79160000000"), QString());
    SimLead emailOnly;
    emailOnly.at = noon(day).addSecs(60);
    emailOnly.email = QStringLiteral("olga@example.com");
    emailOnly.name = QStringLiteral("Ольга");
    emailOnly.utmSource = QStringLiteral("google");
    emailOnly.utmCampaign = QStringLiteral("brand");
    const qint64 emailId = m_sim->addRequest(emailOnly);

    auto outcome = std::make_shared<Outcome<QList<Lead>>>();
    QObject context;
    m_client->requests(day, day, &context, capture(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QVERIFY2(outcome->error.isOk(), qPrintable(outcome->error.detail));
    QCOMPARE(outcome->value.size(), 2);
    const Lead &first = outcome->value.at(0);
    QCOMPARE(first.kind, Lead::Kind::Request);
    QCOMPARE(first.id, QString::number(mayId));
    QCOMPARE(first.occurredAt, noon(day));
    QCOMPARE(first.phone, QStringLiteral("8(916)5551234"));
    QCOMPARE(first.email, QStringLiteral("Maria@Example.ru"));
    QCOMPARE(first.name, QStringLiteral("Мария"));
    QCOMPARE(first.subject, QStringLiteral("Обратный звонок"));
    QCOMPARE(first.utmSource, QString()); // "<не указано>"
    const Lead &second = outcome->value.at(1);
    QCOMPARE(second.id, QString::number(emailId));
    QVERIFY(second.phone.isEmpty());
    QCOMPARE(second.email, QStringLiteral("olga@example.com"));
    QCOMPARE(second.utmSource, QStringLiteral("google"));
    QCOMPARE(second.utmCampaign, QStringLiteral("brand"));

    const QList<LoggedRequest> requests = logged(QStringLiteral("/RestAPI/requests"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(decoded(requests.first().query, QStringLiteral("siteId")), kSite);
    QCOMPARE(decoded(requests.first().query, QStringLiteral("dateFrom")), formatRequestsDate(day));
    QCOMPARE(decoded(requests.first().query, QStringLiteral("dateFrom")),
        QStringLiteral("05/08/%1").arg(day.year()));
}

void tst_CalltouchClient::requestsChunkedOverLongRanges()
{
    const QDate from = today().addDays(-40);
    for (int i = 0; i <= 40; i += 10)
        m_sim->addRequest(noon(from.addDays(i)), QString(), QStringLiteral("r%1@example.com").arg(i));
    auto outcome = std::make_shared<Outcome<QList<Lead>>>();
    QObject context;
    m_client->requests(from, today(), &context, capture(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QVERIFY(outcome->error.isOk());
    QCOMPARE(outcome->value.size(), 5);
    const QList<LoggedRequest> requests = logged(QStringLiteral("/RestAPI/requests"));
    QCOMPARE(requests.size(), 2);
    QCOMPARE(parseRequestsDate(decoded(requests.at(0).query, QStringLiteral("dateTo"))), from.addDays(30));
    QCOMPARE(parseRequestsDate(decoded(requests.at(1).query, QStringLiteral("dateFrom"))), from.addDays(31));
}

void tst_CalltouchClient::tokenWithSlashDotPlusIsSentIntact()
{
    // Real tokens are [A-Za-z0-9/.]; '+' is here because a raw '+' in a query reads as a space.
    const QString token = QStringLiteral("Ab+cD/eF.gH+iJ/kL.mN+oP/qR.sT+uV/wX.yZ+0/23.4");
    QCOMPARE(token.size(), 45);
    m_sim->setCredentials(kSite, token);
    std::unique_ptr<Client> client(makeClient(m_sim->url(), kSite, token));

    auto read = std::make_shared<Outcome<QList<Lead>>>();
    auto write = std::make_shared<Outcome<QList<DealResult>>>();
    QObject context;
    client->requests(today(), today(), &context, capture(read));
    client->createDeals(
        { makeDeal(QStringLiteral("501"), Deal::Binding::NotFound) }, &context, capture(write));
    QTRY_COMPARE_WITH_TIMEOUT(read->calls, 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(write->calls, 1, 10000);
    QVERIFY2(read->error.isOk(), qPrintable(read->error.detail));
    QVERIFY2(write->error.isOk(), qPrintable(write->error.detail));
    QVERIFY(write->value.first().error.isEmpty());

    const QByteArray encoded = QUrl::toPercentEncoding(token);
    QVERIFY(encoded.contains("%2B") && encoded.contains("%2F"));
    for (const QByteArray &raw : m_sim->server()->requestLog()) {
        const LoggedRequest request = parseLogged(raw);
        if (request.requestLine.contains("/lead-service/")) {
            // Writes: the token only in the Access-Token header, never in the URL.
            QVERIFY(!request.requestLine.contains(token.toLatin1()));
            QVERIFY(!request.requestLine.contains(encoded));
            QVERIFY(!request.requestLine.contains("clientApiId"));
            QCOMPARE(request.headers.value("access-token"), token.toLatin1());
            QCOMPARE(request.headers.value("siteid"), kSite.toLatin1());
            QVERIFY(request.headers.value("content-type").startsWith("application/json"));
        } else {
            QVERIFY2(request.requestLine.contains(QByteArray("clientApiId=" + encoded)),
                request.requestLine.constData());
            QVERIFY(!request.headers.contains("access-token"));
        }
    }
}

void tst_CalltouchClient::serverErrorOnReadIsRetried()
{
    m_sim->addRequest(noon(today()), QStringLiteral("79161234567"), QString());
    m_sim->server()->injectFault(kRequestsRoute, SimFault::Http500, 1);
    auto outcome = std::make_shared<Outcome<QList<Lead>>>();
    QObject context;
    m_client->requests(today(), today(), &context, capture(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QVERIFY2(outcome->error.isOk(), qPrintable(outcome->error.detail));
    QCOMPARE(outcome->value.size(), 1);
    QCOMPARE(m_sim->server()->count(kRequestsRoute), 2);
}

void tst_CalltouchClient::tooManyRequestsIsHonoured()
{
    m_sim->addCall(noon(today()), QStringLiteral("79161234567"));
    m_sim->server()->setRetryAfterSeconds(1);
    m_sim->server()->injectFault(kCallsRoute, SimFault::Http429, 1);
    auto outcome = std::make_shared<Outcome<QList<Lead>>>();
    QObject context;
    m_client->calls(today(), today(), &context, capture(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QVERIFY2(outcome->error.isOk(), qPrintable(outcome->error.detail));
    QCOMPARE(outcome->value.size(), 1);
    QCOMPARE(m_sim->server()->count(kCallsRoute), 2); // the pause itself: tst_apitransport
}

void tst_CalltouchClient::simulatorRateLimit()
{
    // The simulator allows 5 requests per second; a client sending faster gets 429s, waits as told and
    // still gets every answer.
    m_sim->server()->setRateLimit(5);
    m_limiter->setRate(50);
    m_transport->setMaxAttempts(10);
    QObject context;
    QList<std::shared_ptr<Outcome<bool>>> outcomes;
    for (int i = 0; i < 9; ++i) {
        outcomes.append(std::make_shared<Outcome<bool>>());
        m_client->checkCredentials(&context, capture(outcomes.last()));
    }
    for (const auto &outcome : std::as_const(outcomes)) {
        QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 15000);
        QVERIFY2(outcome->error.isOk(), qPrintable(outcome->error.detail));
        QCOMPARE(outcome->value, true);
    }
    QVERIFY(m_sim->server()->rateLimitedCount() > 0);
}

void tst_CalltouchClient::createDealsBindsLeads()
{
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
    const qint64 callId = m_sim->addCall(now.addSecs(-7200), QStringLiteral("+7 (916) 555-12-34"));
    const qint64 requestId =
        m_sim->addRequest(now.addSecs(-3600), QString(), QStringLiteral("olga@example.com"));
    const qint64 chatId = m_sim->addChat(now.addSecs(-1800), QStringLiteral("+79201234567"), QString());

    QList<Deal> deals;
    Deal byPhone = makeDeal(QStringLiteral("1001"), Deal::Binding::ContactChain, now);
    byPhone.phones = QStringList { QStringLiteral("8 916 555 12 34") };
    deals << byPhone;
    Deal byEmail = makeDeal(QStringLiteral("1002"), Deal::Binding::ContactChain, now);
    byEmail.emails = QStringList { QStringLiteral("OLGA@example.com") };
    deals << byEmail;
    Deal byChat = makeDeal(QStringLiteral("1003"), Deal::Binding::ContactChain, now);
    byChat.phones = QStringList { QStringLiteral("79201234567") };
    deals << byChat;
    deals << makeDeal(QStringLiteral("1004"), Deal::Binding::NotFound, now);
    Deal byCall = makeDeal(QStringLiteral("1005"), Deal::Binding::Call, now);
    byCall.boundLeadId = QString::number(callId);
    deals << byCall;
    Deal beforeTheCall =
        makeDeal(QStringLiteral("1006"), Deal::Binding::ContactChain, now.addSecs(-3 * 3600));
    beforeTheCall.phones = byPhone.phones;
    deals << beforeTheCall;
    Deal byRequest = makeDeal(QStringLiteral("1007"), Deal::Binding::Request, now);
    byRequest.boundLeadId = QString::number(requestId);
    deals << byRequest;

    auto outcome = std::make_shared<Outcome<QList<DealResult>>>();
    QObject context;
    m_client->createDeals(deals, &context, capture(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QVERIFY2(outcome->error.isOk(), qPrintable(outcome->error.detail));
    QCOMPARE(outcome->value.size(), deals.size());
    for (int i = 0; i < deals.size(); ++i) {
        QCOMPARE(outcome->value.at(i).orderNumber, deals.at(i).orderNumber);
        QVERIFY(outcome->value.at(i).error.isEmpty());
        QVERIFY(!outcome->value.at(i).calltouchOrderId.isEmpty());
        QCOMPARE(m_sim->deal(deals.at(i).orderNumber).calltouchOrderId,
            outcome->value.at(i).calltouchOrderId.toLongLong());
    }
    const auto bound = [this](const char *number) { return m_sim->deal(QLatin1String(number)); };
    QCOMPARE(bound("1001").boundKind, QStringLiteral("call"));
    QCOMPARE(bound("1001").boundLeadId, QString::number(callId));
    QCOMPARE(bound("1001").matchedBy, QStringLiteral("callContact"));
    QCOMPARE(bound("1002").boundKind, QStringLiteral("request"));
    QCOMPARE(bound("1002").boundLeadId, QString::number(requestId));
    QCOMPARE(bound("1002").matchedBy, QStringLiteral("requestContact"));
    QCOMPARE(bound("1003").boundKind, QStringLiteral("chat"));
    QCOMPARE(bound("1003").boundLeadId, QString::number(chatId));
    QCOMPARE(bound("1003").matchedBy, QStringLiteral("leadContact"));
    QCOMPARE(bound("1004").boundKind, QStringLiteral("customSources"));
    QCOMPARE(bound("1004").customSource, QStringLiteral("Лид не найден"));
    QCOMPARE(bound("1004").customMedium, QStringLiteral("Лид не найден"));
    QCOMPARE(bound("1004").customCampaign, QStringLiteral("Лид не найден"));
    QCOMPARE(bound("1005").boundKind, QStringLiteral("call"));
    QCOMPARE(bound("1005").matchedBy, QStringLiteral("call"));
    QCOMPARE(bound("1006").boundKind, QStringLiteral("customSources"));
    QCOMPARE(bound("1007").boundKind, QStringLiteral("request"));
    QCOMPARE(bound("1007").matchedBy, QStringLiteral("request"));

    const SimDeal stored = bound("1001");
    QCOMPARE(stored.status, QStringLiteral("new"));
    QCOMPARE(stored.revenue, QStringLiteral("1500.50"));
    QCOMPARE(stored.currency, QStringLiteral("rub"));
    QCOMPARE(stored.manager, QStringLiteral("Анна Смирнова"));
    QCOMPARE(stored.funnel, QStringLiteral("main"));
    QCOMPARE(stored.orderName, QStringLiteral("1001A"));
    QCOMPARE(stored.orderDate, now.addMSecs(-now.time().msec()));
}

void tst_CalltouchClient::createDealsInBatchesOf100()
{
    QList<Deal> deals;
    for (int i = 0; i < 250; ++i)
        deals << makeDeal(QString::number(20000 + i), Deal::Binding::NotFound);
    deals[120].orderNumber = deals[10].orderNumber; // a duplicate in the second batch
    auto outcome = std::make_shared<Outcome<QList<DealResult>>>();
    QObject context;
    m_client->createDeals(deals, &context, capture(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 15000);
    QVERIFY2(outcome->error.isOk(), qPrintable(outcome->error.detail));
    QCOMPARE(outcome->value.size(), 250);
    QSet<QString> ids;
    for (int i = 0; i < 250; ++i) {
        QCOMPARE(outcome->value.at(i).orderNumber, deals.at(i).orderNumber);
        if (i == 120) {
            QVERIFY(!outcome->value.at(i).error.isEmpty());
            continue;
        }
        QVERIFY(outcome->value.at(i).error.isEmpty());
        ids.insert(outcome->value.at(i).calltouchOrderId);
    }
    QCOMPARE(ids.size(), 249);
    QCOMPARE(m_sim->deals().size(), 249);

    const QList<LoggedRequest> requests = logged(QStringLiteral("/client-order/create"));
    QCOMPARE(requests.size(), 3);
    QList<int> sizes;
    for (const LoggedRequest &request : requests)
        sizes << int(
            QJsonDocument::fromJson(request.body).object().value(QLatin1String("orders")).toArray().size());
    QCOMPARE(sizes, (QList<int> { 100, 100, 50 }));
}

void tst_CalltouchClient::duplicateAndUnknownArePerDealErrors()
{
    QObject context;
    auto first = std::make_shared<Outcome<QList<DealResult>>>();
    m_client->createDeals(
        { makeDeal(QStringLiteral("7001"), Deal::Binding::NotFound) }, &context, capture(first));
    QTRY_COMPARE_WITH_TIMEOUT(first->calls, 1, 10000);
    QVERIFY(first->error.isOk());

    auto again = std::make_shared<Outcome<QList<DealResult>>>();
    m_client->createDeals({ makeDeal(QStringLiteral("7002"), Deal::Binding::NotFound),
                              makeDeal(QStringLiteral("7001"), Deal::Binding::NotFound) },
        &context, capture(again));
    QTRY_COMPARE_WITH_TIMEOUT(again->calls, 1, 10000);
    QVERIFY(again->error.isOk());
    QCOMPARE(again->value.size(), 2);
    QVERIFY(again->value.at(0).error.isEmpty());
    QCOMPARE(again->value.at(1).orderNumber, QStringLiteral("7001"));
    QVERIFY(again->value.at(1).error.contains(QStringLiteral("уже существует")));
    QVERIFY(again->value.at(1).calltouchOrderId.isEmpty());

    Deal changed = makeDeal(QStringLiteral("7001"), Deal::Binding::None);
    changed.status = QStringLiteral("complete");
    changed.revenue = QStringLiteral("990");
    auto update = std::make_shared<Outcome<QList<DealResult>>>();
    m_client->updateDeals(
        { makeDeal(QStringLiteral("404404"), Deal::Binding::None), changed }, &context, capture(update));
    QTRY_COMPARE_WITH_TIMEOUT(update->calls, 1, 10000);
    QVERIFY(update->error.isOk());
    QCOMPARE(update->value.size(), 2);
    QCOMPARE(update->value.at(0).orderNumber, QStringLiteral("404404"));
    QVERIFY(update->value.at(0).error.contains(QStringLiteral("не найдена")));
    QVERIFY(update->value.at(1).error.isEmpty());
    QCOMPARE(update->value.at(1).calltouchOrderId, first->value.first().calltouchOrderId);
    QCOMPARE(m_sim->deal(QStringLiteral("7001")).status, QStringLiteral("complete"));
    QCOMPARE(m_sim->deal(QStringLiteral("7001")).revenue, QStringLiteral("990"));
    QCOMPARE(m_sim->deal(QStringLiteral("7001")).updateCount, 1);
    QVERIFY(!m_sim->deals().contains(QStringLiteral("404404")));
}

void tst_CalltouchClient::updateDealsNeverSendsMatching()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_sim->addCall(now.addSecs(-600), QStringLiteral("79161234567"));
    Deal deal = makeDeal(QStringLiteral("8001"), Deal::Binding::ContactChain, now);
    deal.phones = QStringList { QStringLiteral("+79161234567") };
    QObject context;
    auto created = std::make_shared<Outcome<QList<DealResult>>>();
    m_client->createDeals({ deal }, &context, capture(created));
    QTRY_COMPARE_WITH_TIMEOUT(created->calls, 1, 10000);
    QCOMPARE(m_sim->deal(QStringLiteral("8001")).boundKind, QStringLiteral("call"));

    deal.status = QStringLiteral("assembling");
    deal.statusDate = now.addSecs(3600);
    auto updated = std::make_shared<Outcome<QList<DealResult>>>();
    m_client->updateDeals({ deal }, &context, capture(updated));
    QTRY_COMPARE_WITH_TIMEOUT(updated->calls, 1, 10000);
    QVERIFY(updated->error.isOk());
    QVERIFY(updated->value.first().error.isEmpty());
    const SimDeal stored = m_sim->deal(QStringLiteral("8001"));
    QCOMPARE(stored.status, QStringLiteral("assembling"));
    QVERIFY(!stored.matchingSentOnUpdate);
    QCOMPARE(stored.boundKind, QStringLiteral("call")); // the binding stays
    const QList<LoggedRequest> requests = logged(QStringLiteral("/client-order/update"));
    QCOMPARE(requests.size(), 1);
    QVERIFY(!requests.first().body.contains("matching"));
    QVERIFY(requests.first().body.contains("\"orderNumber\":\"8001\""));
}

void tst_CalltouchClient::lostAnswerOnCreateIsOutcomeUnknown()
{
    // Every answer is lost (the server does the work each time). ApiTransport never repeats a write
    // itself; Qt 6.4's HTTP stack may resend a POST on a dropped connection (see tst_apitransport), and
    // Calltouch's orderNumber key makes such a repeat a per-order "already exists", not a second deal.
    m_sim->server()->injectFault(kCreateRoute, SimFault::AnswerLost, 100);
    QObject context;
    auto outcome = std::make_shared<Outcome<QList<DealResult>>>();
    const Deal deal = makeDeal(QStringLiteral("9001"), Deal::Binding::NotFound);
    m_client->createDeals({ deal }, &context, capture(outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    QCOMPARE(outcome->error.kind, ApiError::Kind::OutcomeUnknown);
    QVERIFY(outcome->value.isEmpty()); // nothing was answered before it
    QCOMPARE(m_sim->deals().size(), 1); // the server did create it, once
    QVERIFY(m_sim->deals().contains(QStringLiteral("9001")));
    QVERIFY(m_sim->server()->count(kCreateRoute) <= 4);

    // What a caller does next: look before writing again.
    m_sim->server()->clearFaults();
    auto journal = std::make_shared<Outcome<QStringList>>();
    m_client->dealsJournal(today(), today(), &context, capture(journal));
    QTRY_COMPARE_WITH_TIMEOUT(journal->calls, 1, 10000);
    QVERIFY(journal->error.isOk());
    QVERIFY(journal->value.contains(QStringLiteral("9001")));
}

void tst_CalltouchClient::writesWithWrongCredentialsAreAuth()
{
    std::unique_ptr<Client> client(makeClient(m_sim->url(), kSite, kToken));
    client->setAccessToken(QStringLiteral("Revoked/Token.000000000000000000000000000000"));
    QObject context;
    auto create = std::make_shared<Outcome<QList<DealResult>>>();
    client->createDeals(
        { makeDeal(QStringLiteral("1"), Deal::Binding::NotFound) }, &context, capture(create));
    QTRY_COMPARE_WITH_TIMEOUT(create->calls, 1, 10000);
    QCOMPARE(create->error.kind, ApiError::Kind::Auth);
    QCOMPARE(create->error.httpStatus, 403);
    QVERIFY(m_sim->deals().isEmpty());

    // Reads still use the (right) clientApiId.
    auto read = std::make_shared<Outcome<bool>>();
    client->checkCredentials(&context, capture(read));
    QTRY_COMPARE_WITH_TIMEOUT(read->calls, 1, 10000);
    QVERIFY(read->error.isOk());

    std::unique_ptr<Client> otherSite(makeClient(m_sim->url(), QStringLiteral("13480"), kToken));
    auto update = std::make_shared<Outcome<QList<DealResult>>>();
    otherSite->updateDeals({ makeDeal(QStringLiteral("1"), Deal::Binding::None) }, &context, capture(update));
    QTRY_COMPARE_WITH_TIMEOUT(update->calls, 1, 10000);
    QCOMPARE(update->error.kind, ApiError::Kind::Auth);
}

void tst_CalltouchClient::dealsJournalOneDay()
{
    const QDate day = today().addDays(-3);
    QObject context;
    auto created = std::make_shared<Outcome<QList<DealResult>>>();
    m_client->createDeals(
        { makeDeal(QStringLiteral("3001"), Deal::Binding::NotFound, noon(day)),
            makeDeal(QStringLiteral("3002"), Deal::Binding::NotFound, noon(day.addDays(-5))) },
        &context, capture(created));
    QTRY_COMPARE_WITH_TIMEOUT(created->calls, 1, 10000);
    QVERIFY(created->error.isOk());

    auto journal = std::make_shared<Outcome<QStringList>>();
    m_client->dealsJournal(day, day, &context, capture(journal));
    QTRY_COMPARE_WITH_TIMEOUT(journal->calls, 1, 10000);
    QVERIFY2(journal->error.isOk(), qPrintable(journal->error.detail));
    QCOMPARE(journal->value, QStringList { QStringLiteral("3001") });

    const QList<LoggedRequest> requests = logged(QStringLiteral("/orders-diary/orders"));
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.first().requestLine.startsWith("GET /calls-service/RestAPI/52898/orders-diary/orders?"));
    QCOMPARE(decoded(requests.first().query, QStringLiteral("dateFrom")), formatJournalDate(day));
    QCOMPARE(decoded(requests.first().query, QStringLiteral("dateTo")), formatJournalDate(day.addDays(1)));
    QCOMPARE(decoded(requests.first().query, QStringLiteral("page")), QStringLiteral("1"));
}

void tst_CalltouchClient::contextDestroyedMeansNoCallback()
{
    auto lost = std::make_shared<Outcome<QList<Lead>>>();
    auto *context = new QObject;
    m_client->calls(today(), today(), context, capture(lost));
    delete context;
    // A later read on the same server finishes after the first one's answer came back.
    QObject alive;
    auto later = std::make_shared<Outcome<QList<Lead>>>();
    m_client->calls(today(), today(), &alive, capture(later));
    QTRY_COMPARE_WITH_TIMEOUT(later->calls, 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->server()->count(kCallsRoute), 2, 10000);
    QCOMPARE(lost->calls, 0);
}

QTEST_GUILESS_MAIN(tst_CalltouchClient)
#include "tst_calltouchclient.moc"
