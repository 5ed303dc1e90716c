// The shared transport over real loopback HTTP: retries, Retry-After, writes never blindly repeated,
// https-only, classification.
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "net/apitransport.h"
#include "net/ratelimiter.h"
#include "sandbox/simhttpserver.h"

using namespace LeadBridge;

class tst_ApiTransport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readSucceeds();
    void readRetriesServerErrorsAndResets_data();
    void readRetriesServerErrorsAndResets();
    void readGivesUpAfterMaxAttempts();
    void writeWithLostAnswerIsOutcomeUnknown();
    void writeTimeoutIsOutcomeUnknownAndNotRepeated();
    void writeRetries429And503();
    void retryAfterIsHonoured();
    void keyStaysInsideTheServiceWindow();
    void readTimeoutIsRetriedThenReported();
    void htmlPageIsBadResponse();
    void redirectIsBadResponse();
    void classifyStatuses_data();
    void classifyStatuses();
    void insecureUrlIsRefusedWithoutARequest();
    void connectionRefused();
    void tooLargeAnswerIsAbortedEarly_data();
    void tooLargeAnswerIsAbortedEarly();
    void answerOverTheDefaultCapIsAnError();

private:
    ApiResponse send(const ApiRequest &request, int timeoutMs = 10000);
    ApiRequest get(const QString &path) const;
    ApiRequest post(const QString &path) const;

    SimHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    RateLimiter *m_limiter = nullptr;
    ApiTransport *m_transport = nullptr;
    int m_handled = 0;
};

void tst_ApiTransport::init()
{
    m_handled = 0;
    m_server = new SimHttpServer(this);
    m_server->setHandler(
        [this](const SimRequest &request) {
            ++m_handled;
            if (request.path == QLatin1String("/redirect")) {
                SimResponse response;
                response.status = 302;
                response.contentType = "text/html";
                response.headers.append(
                    qMakePair(QByteArray("Location"), QByteArray("https://example.invalid/help")));
                return response;
            }
            return SimResponse::json(200, R"({"success":true,"n":1})");
        },
        [](const SimRequest &request) { return request.path; });
    QVERIFY(m_server->listen() > 0);
    m_nam = new QNetworkAccessManager(this);
    m_limiter = new RateLimiter(1000);
    m_transport = new ApiTransport(m_nam, m_limiter, this);
    m_transport->setBackoff(10, 50);
}

void tst_ApiTransport::cleanup()
{
    delete m_transport;
    delete m_limiter;
    delete m_nam;
    delete m_server;
}

ApiRequest tst_ApiTransport::get(const QString &path) const
{
    ApiRequest request;
    request.url = QUrl(m_server->baseUrl() + path);
    request.timeoutMs = 2000;
    return request;
}

ApiRequest tst_ApiTransport::post(const QString &path) const
{
    ApiRequest request = get(path);
    request.method = ApiRequest::Method::Post;
    request.isWrite = true;
    request.contentType = "application/x-www-form-urlencoded";
    request.body = "order=%7B%7D";
    return request;
}

ApiResponse tst_ApiTransport::send(const ApiRequest &request, int timeoutMs)
{
    ApiCall *call = m_transport->send(request);
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(timeoutMs))
        return {};
    return spy.first().first().value<ApiResponse>();
}

void tst_ApiTransport::readSucceeds()
{
    const ApiResponse response = send(get(QStringLiteral("/ok")));
    QVERIFY(response.error.isOk());
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(QJsonDocument::fromJson(response.body).object().value(QStringLiteral("n")).toInt(), 1);
    QCOMPARE(response.attempts, 1);
}

void tst_ApiTransport::readRetriesServerErrorsAndResets_data()
{
    QTest::addColumn<SimFault>("fault");
    QTest::newRow("500") << SimFault::Http500;
    QTest::newRow("503") << SimFault::Http503;
    QTest::newRow("429") << SimFault::Http429;
    QTest::newRow("reset") << SimFault::Reset;
    QTest::newRow("html 502") << SimFault::HtmlPage;
}

void tst_ApiTransport::readRetriesServerErrorsAndResets()
{
    QFETCH(SimFault, fault);
    m_server->setRetryAfterSeconds(0);
    m_server->injectFault(QStringLiteral("/ok"), fault, 2);
    const ApiResponse response = send(get(QStringLiteral("/ok")));
    QVERIFY2(response.error.isOk(), qPrintable(response.error.detail));
    // Our retries, plus for a reset connection possibly one of Qt's own reconnects.
    QCOMPARE(m_server->count(QStringLiteral("/ok")), 3);
    QVERIFY(response.attempts >= 2 && response.attempts <= 3);
}

void tst_ApiTransport::readGivesUpAfterMaxAttempts()
{
    m_transport->setMaxAttempts(3);
    m_server->injectFault(QStringLiteral("/ok"), SimFault::Http500, 10);
    const ApiResponse response = send(get(QStringLiteral("/ok")));
    QCOMPARE(response.error.kind, ApiError::Kind::Server);
    QCOMPARE(response.attempts, 3);
    QCOMPARE(m_server->count(QStringLiteral("/ok")), 3);
}

void tst_ApiTransport::writeWithLostAnswerIsOutcomeUnknown()
{
    // Every answer is lost: the transport itself never repeats the write. (Qt 6.4's HTTP stack may
    // resend a POST on its own when the connection drops; see apitransport.cpp. It gives up after
    // its reconnect attempts, and the services' idempotency keys make such repeats harmless.)
    m_server->injectFault(QStringLiteral("/create"), SimFault::AnswerLost, 100);
    const ApiResponse response = send(post(QStringLiteral("/create")));
    QCOMPARE(response.error.kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(response.attempts, 1);
    QVERIFY2(m_handled <= 4, qPrintable(QString::number(m_handled))); // 1 + Qt 6.4's 3 reconnects
    QVERIFY(!response.error.userMessage().isEmpty());
}

void tst_ApiTransport::writeTimeoutIsOutcomeUnknownAndNotRepeated()
{
    m_server->injectFault(QStringLiteral("/create"), SimFault::Timeout, 1);
    ApiRequest request = post(QStringLiteral("/create"));
    request.timeoutMs = 300;
    const ApiResponse response = send(request);
    QCOMPARE(response.error.kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(m_server->count(QStringLiteral("/create")), 1);
}

void tst_ApiTransport::writeRetries429And503()
{
    m_server->setRetryAfterSeconds(0);
    m_server->injectFault(QStringLiteral("/create"), SimFault::Http429, 1);
    ApiResponse response = send(post(QStringLiteral("/create")));
    QVERIFY(response.error.isOk());
    QCOMPARE(m_handled, 1);
    m_server->injectFault(QStringLiteral("/create"), SimFault::Http503, 1);
    response = send(post(QStringLiteral("/create")));
    QVERIFY(response.error.isOk());
    QCOMPARE(m_handled, 2);
    // A 500 on a write may have been applied: not repeated, reported as unknown.
    m_server->injectFault(QStringLiteral("/create"), SimFault::Http500, 1);
    response = send(post(QStringLiteral("/create")));
    QCOMPARE(response.error.kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(m_server->count(QStringLiteral("/create")), 5);
}

void tst_ApiTransport::retryAfterIsHonoured()
{
    // Every caller of the key is held back for the Retry-After, not just this request: a second
    // request sent right after the refusal waits as well (a lower bound on the wall clock only).
    RateLimiter limiter(1000);
    ApiTransport transport(m_nam, &limiter);
    m_server->setRetryAfterSeconds(1);
    m_server->injectFault(QStringLiteral("/ok"), SimFault::Http429, 1);
    QElapsedTimer elapsed;
    elapsed.start();
    ApiCall *call = transport.send(get(QStringLiteral("/ok")));
    QSignalSpy spy(call, &ApiCall::finished);
    QVERIFY(spy.wait(10000));
    QVERIFY(spy.first().at(0).value<ApiResponse>().error.isOk());
    QCOMPARE(m_server->count(QStringLiteral("/ok")), 2);
    QVERIFY2(elapsed.elapsed() >= 1000, "Retry-After: 1 held the retry back for a second");
}

void tst_ApiTransport::keyStaysInsideTheServiceWindow()
{
    // retailCRM's counter: 10 in any sliding second, 503 "Rate limit exceeded" without Retry-After.
    // 35 requests at once through a 10/s limiter: none refused, all answered, in about 3 windows.
    m_server->setRateLimit(10);
    m_server->setOverLimitResponse(
        SimResponse::json(503, R"({"success":false,"errorMsg":"Rate limit exceeded"})"));
    RateLimiter limiter(10);
    ApiTransport transport(m_nam, &limiter);
    QList<ApiCall *> calls;
    int answered = 0;
    int failed = 0;
    for (int i = 0; i < 35; ++i) {
        ApiCall *call = transport.send(get(QStringLiteral("/ok")));
        connect(call, &ApiCall::finished, this, [&](const ApiResponse &response) {
            ++answered;
            failed += response.error.isOk() ? 0 : 1;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 35, 20000);
    QCOMPARE(failed, 0);
    QCOMPARE(m_server->rateLimitedCount(), 0);
    QCOMPARE(m_server->count(QStringLiteral("/ok")), 35);
}

void tst_ApiTransport::readTimeoutIsRetriedThenReported()
{
    m_transport->setMaxAttempts(2);
    m_server->injectFault(QStringLiteral("/slow"), SimFault::Timeout, 5);
    ApiRequest request = get(QStringLiteral("/slow"));
    request.timeoutMs = 200;
    const ApiResponse response = send(request);
    QCOMPARE(response.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(m_server->count(QStringLiteral("/slow")), 2);
}

void tst_ApiTransport::htmlPageIsBadResponse()
{
    m_server->setHandler(
        [](const SimRequest &) {
            SimResponse response;
            response.contentType = "text/html";
            response.body = "<html><body>Welcome to nginx</body></html>";
            return response;
        },
        {});
    const ApiResponse response = send(get(QStringLiteral("/ok")));
    QCOMPARE(response.error.kind, ApiError::Kind::BadResponse);
    QVERIFY(!response.error.userMessage().isEmpty());
}

void tst_ApiTransport::redirectIsBadResponse()
{
    const ApiResponse response = send(get(QStringLiteral("/redirect")));
    QCOMPARE(response.error.kind, ApiError::Kind::BadResponse);
    QCOMPARE(response.httpStatus, 302);
}

void tst_ApiTransport::classifyStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("write");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("400") << 400 << false << ApiError::Kind::Validation;
    QTest::newRow("401") << 401 << false << ApiError::Kind::Auth;
    QTest::newRow("403") << 403 << false << ApiError::Kind::Permission;
    QTest::newRow("404") << 404 << false << ApiError::Kind::NotFound;
    QTest::newRow("429") << 429 << true << ApiError::Kind::RateLimited;
    QTest::newRow("460") << 460 << false << ApiError::Kind::PlanLimit;
    QTest::newRow("500 read") << 500 << false << ApiError::Kind::Server;
    QTest::newRow("500 write") << 500 << true << ApiError::Kind::OutcomeUnknown;
    QTest::newRow("503 write") << 503 << true << ApiError::Kind::Server;
    QTest::newRow("200") << 200 << false << ApiError::Kind::None;
}

void tst_ApiTransport::classifyStatuses()
{
    QFETCH(int, status);
    QFETCH(bool, write);
    QFETCH(ApiError::Kind, kind);
    const ApiError error = ApiTransport::classify(0, status, "{}", QStringLiteral("GET x"), write, false);
    QCOMPARE(error.kind, kind);
}

void tst_ApiTransport::insecureUrlIsRefusedWithoutARequest()
{
    ApiRequest request;
    request.url = QUrl(QStringLiteral("http://shop.retailcrm.ru/api/v5/orders"));
    const ApiResponse response = send(request);
    QCOMPARE(response.error.kind, ApiError::Kind::InsecureUrl);
    QCOMPARE(response.attempts, 0);
    QVERIFY(ApiTransport::checkUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))).isOk());
    QVERIFY(ApiTransport::checkUrl(QUrl(QStringLiteral("http://localhost:8080"))).isOk());
    QVERIFY(ApiTransport::checkUrl(QUrl(QStringLiteral("https://shop.retailcrm.ru"))).isOk());
    QCOMPARE(ApiTransport::checkUrl(QUrl(QStringLiteral("ftp://shop.retailcrm.ru"))).kind,
        ApiError::Kind::InsecureUrl);
}

void tst_ApiTransport::connectionRefused()
{
    const quint16 port = m_server->port();
    delete m_server;
    m_server = nullptr;
    m_transport->setMaxAttempts(2);
    ApiRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/ok").arg(port));
    const ApiResponse response = send(request);
    QCOMPARE(response.error.kind, ApiError::Kind::Network);
    QCOMPARE(response.attempts, 2);
}

void tst_ApiTransport::tooLargeAnswerIsAbortedEarly_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("Content-Length above the cap") << true;
    QTest::newRow("no length, body keeps coming") << false;
}

void tst_ApiTransport::tooLargeAnswerIsAbortedEarly()
{
    // A server that starts a 100 MiB answer, sends 2 MiB of it and then stalls: the read must stop at
    // the cap (1 MiB here) at once, not buffer on or wait for the timeout.
    QFETCH(bool, announced);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QPointer<QTcpSocket> peer;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        peer = server.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, peer, [&] {
            if (!peer->readAll().contains("\r\n\r\n"))
                return;
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
            head += announced ? QByteArray("Content-Length: 104857600\r\n\r\n")
                              : QByteArray("Connection: close\r\n\r\n");
            peer->write(head + "{\"history\":\"" + QByteArray(2 * 1024 * 1024, 'a'));
        });
    });
    m_transport->setMaxAnswerBytes(1024 * 1024);
    ApiRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v5/orders/history").arg(server.serverPort()));
    request.timeoutMs = 20000;
    QElapsedTimer clock;
    clock.start();
    const ApiResponse response = send(request, 15000);
    QCOMPARE(response.error.kind, ApiError::Kind::BadResponse);
    QVERIFY2(
        response.error.detail.contains(QLatin1String("answer too large")), qPrintable(response.error.detail));
    QVERIFY2(response.error.detail.contains(QLatin1String("1 MiB")), qPrintable(response.error.detail));
    QVERIFY(response.body.isEmpty());
    QCOMPARE(response.attempts, 1); // not retried: it would be just as large again
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    // The client hung up: it did not wait for the rest.
    QTRY_VERIFY(!peer || peer->state() != QAbstractSocket::ConnectedState);
}

void tst_ApiTransport::answerOverTheDefaultCapIsAnError()
{
    QCOMPARE(m_transport->maxAnswerBytes(), qint64(32) * 1024 * 1024);
    const QByteArray big = "{\"success\":true,\"history\":\"" + QByteArray(33 * 1024 * 1024, 'a') + "\"}";
    const QByteArray small = "{\"success\":true,\"history\":\"" + QByteArray(31 * 1024 * 1024, 'a') + "\"}";
    m_server->setHandler(
        [&](const SimRequest &request) {
            ++m_handled;
            return SimResponse::json(200, request.path.startsWith(QLatin1String("/big")) ? big : small);
        },
        [](const SimRequest &request) { return request.path; });
    ApiRequest request = get(QStringLiteral("/big"));
    request.timeoutMs = 30000;
    ApiResponse response = send(request, 60000);
    QCOMPARE(response.error.kind, ApiError::Kind::BadResponse);
    QVERIFY2(response.error.detail.contains(QLatin1String("answer too large (more than 32 MiB)")),
        qPrintable(response.error.detail));
    QCOMPARE(m_handled, 1);
    // A write whose answer is too large may have been applied: its outcome is unknown, never "failed".
    ApiRequest write = post(QStringLiteral("/big-create"));
    write.timeoutMs = 30000;
    response = send(write, 60000);
    QCOMPARE(response.error.kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(m_handled, 2);
    // Below the cap: read whole.
    request = get(QStringLiteral("/small"));
    request.timeoutMs = 30000;
    response = send(request, 60000);
    QVERIFY2(response.error.isOk(), qPrintable(response.error.fullMessage()));
    QCOMPARE(response.body.size(), small.size());
}

QTEST_GUILESS_MAIN(tst_ApiTransport)
#include "tst_apitransport.moc"
