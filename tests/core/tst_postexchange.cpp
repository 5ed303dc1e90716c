// Writes (POST) are sent once and never again by the HTTP stack: against a bare TCP server of this test
// (not the product's framing) that reads a request fully and then drops the connection, stays silent, or
// answers in the different ways HTTP/1.1 allows; and over TLS with a certificate made at test time.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "net/apitransport.h"
#include "net/ratelimiter.h"

using namespace LeadBridge;

namespace {

/// What the server does once it has read a whole request.
enum class Reaction {
    Answer, ///< writes m_answer and closes
    Drop, ///< closes without a byte (the request was applied, the answer is lost)
    Silent, ///< keeps the connection open, says nothing
};

/// A bare HTTP/1.1 listener with its own minimal request reading: counts the requests (and bodies) that
/// arrived in full. With a certificate it speaks TLS.
class CountingServer : public QTcpServer
{
public:
    Reaction reaction = Reaction::Answer;
    QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n"
                        R"({"success":true})";
    QList<QByteArray> heads;
    QList<QByteArray> bodies;
    QSslCertificate certificate;
    QSslKey key;

    CountingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (certificate.isNull()) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        socket->startServerEncryption();
        addPendingConnection(socket);
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = buffer.left(headEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        heads.append(head);
        bodies.append(buffer.mid(headEnd + 4, length));
        m_buffers.remove(socket);
        switch (reaction) {
        case Reaction::Answer:
            socket->write(answer);
            socket->disconnectFromHost();
            break;
        case Reaction::Drop:
            socket->abort();
            break;
        case Reaction::Silent:
            break;
        }
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class tst_PostExchange : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void qtsOwnStackSendsADroppedPostAgain();
    void droppedAnswerReachesTheServerOnce();
    void silentServerTimesOutOnce();
    void requestIsOneCloseDelimitedPost();
    void answerFramings_data();
    void answerFramings();
    void truncatedAnswerIsOutcomeUnknown();
    void retryAfterOfAWriteIsRead();
    void httpsPostWithAVerifiedCertificate();
    void httpsRefusesAWrongHostOrAnUnknownCa_data();
    void httpsRefusesAWrongHostOrAnUnknownCa();

private:
    ApiRequest post(const QString &base) const;
    ApiResponse send(const ApiRequest &request);
    /// Makes a self-signed certificate for "localhost" with openssl; false when that is not possible.
    bool makeCertificate(QSslCertificate *certificate, QSslKey *key, QString *why);

    CountingServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    RateLimiter *m_limiter = nullptr;
    ApiTransport *m_transport = nullptr;
    QTemporaryDir m_dir;
};

void tst_PostExchange::init()
{
    m_server = new CountingServer;
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    m_nam = new QNetworkAccessManager(this);
    m_limiter = new RateLimiter(1000);
    m_transport = new ApiTransport(m_nam, m_limiter, this);
    m_transport->setBackoff(10, 50);
}

void tst_PostExchange::cleanup()
{
    delete m_transport;
    delete m_limiter;
    delete m_nam;
    delete m_server;
}

ApiRequest tst_PostExchange::post(const QString &base) const
{
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.isWrite = true;
    request.url = QUrl(base + QStringLiteral("/api/v5/orders/create?site=main"));
    request.headers.append({ QByteArrayLiteral("X-API-KEY"), QByteArrayLiteral("key-1") });
    request.contentType = "application/x-www-form-urlencoded";
    request.body = "order=%7B%22externalId%22%3A%22ct-1%22%7D";
    request.timeoutMs = 5000;
    return request;
}

ApiResponse tst_PostExchange::send(const ApiRequest &request)
{
    ApiCall *call = m_transport->send(request);
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(15000))
        return {};
    return spy.first().first().value<ApiResponse>();
}

void tst_PostExchange::qtsOwnStackSendsADroppedPostAgain()
{
    // The reason for PostExchange, measured: Qt 6.4's QNetworkAccessManager, given the same POST and
    // the same server, delivers the body more than once.
    m_server->reaction = Reaction::Drop;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/create").arg(m_server->serverPort())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam->post(request, QByteArrayLiteral(R"({"n":1})"));
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QVERIFY(spy.wait(10000));
    reply->deleteLater();
    QVERIFY2(m_server->bodies.size() >= 2,
        qPrintable(QStringLiteral("QNAM delivered the body %1 time(s)").arg(m_server->bodies.size())));
    qInfo("QNetworkAccessManager delivered one dropped POST %d times", int(m_server->bodies.size()));
}

void tst_PostExchange::droppedAnswerReachesTheServerOnce()
{
    m_server->reaction = Reaction::Drop;
    const ApiRequest request = post(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
    const ApiResponse response = send(request);
    QCOMPARE(response.error.kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(response.attempts, 1);
    // Nothing else arrives later either.
    QVERIFY(!QTest::qWaitFor([this] { return m_server->bodies.size() > 1; }, 500));
    QCOMPARE(m_server->bodies.size(), 1);
    QCOMPARE(m_server->bodies.first(), request.body);
    QCOMPARE(m_transport->requestsSent(), 1);
}

void tst_PostExchange::silentServerTimesOutOnce()
{
    m_server->reaction = Reaction::Silent;
    ApiRequest request = post(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
    request.timeoutMs = 300;
    const ApiResponse response = send(request);
    QCOMPARE(response.error.kind, ApiError::Kind::OutcomeUnknown);
    QVERIFY2(response.error.detail.contains(QLatin1String("no answer in time")),
        qPrintable(response.error.detail));
    QVERIFY(!QTest::qWaitFor([this] { return m_server->bodies.size() > 1; }, 500));
    QCOMPARE(m_server->bodies.size(), 1);
}

void tst_PostExchange::requestIsOneCloseDelimitedPost()
{
    const ApiRequest request = post(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
    const ApiResponse response = send(request);
    QVERIFY2(response.error.isOk(), qPrintable(response.error.detail));
    QCOMPARE(response.httpStatus, 200);
    QVERIFY(QJsonDocument::fromJson(response.body).isObject());
    QCOMPARE(m_server->heads.size(), 1);
    const QByteArray head = m_server->heads.first();
    QVERIFY2(head.startsWith("POST /api/v5/orders/create?site=main HTTP/1.1\r\n"), head.constData());
    const QByteArray hostLine = "Host: 127.0.0.1:" + QByteArray::number(m_server->serverPort());
    const QList<QByteArray> expectedLines { hostLine, QByteArray("X-API-KEY: key-1"),
        QByteArray("Connection: close"), QByteArray("Content-Type: application/x-www-form-urlencoded"),
        QByteArray("Content-Length: ") + QByteArray::number(request.body.size()) };
    for (const QByteArray &expected : expectedLines) {
        QVERIFY2(
            head.contains(QByteArray(expected + "\r\n")) || head.endsWith(expected), expected.constData());
    }
}

void tst_PostExchange::answerFramings_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("length") << QByteArray("HTTP/1.1 201 Created\r\ncontent-length: 11\r\n\r\n{\"id\":1001}")
                            << 201 << QByteArray(R"({"id":1001})");
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "5\r\n{\"id\"\r\n6;x=y\r\n:1001}\r\n0\r\n\r\n")
                             << 200 << QByteArray(R"({"id":1001})");
    QTest::newRow("until close") << QByteArray("HTTP/1.0 200 OK\r\n\r\n{\"id\":1001}") << 200
                                 << QByteArray(R"({"id":1001})");
    QTest::newRow("100 continue first") << QByteArray(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n{\"id\":1001}")
                                        << 200 << QByteArray(R"({"id":1001})");
    QTest::newRow("400 with reason") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 17\r\n\r\n"
                                                   "{\"success\":false}")
                                     << 400 << QByteArray(R"({"success":false})");
}

void tst_PostExchange::answerFramings()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_server->answer = answer;
    const ApiResponse response =
        send(post(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())));
    QCOMPARE(response.httpStatus, status);
    QCOMPARE(response.body, body);
    QCOMPARE(response.error.isOk(), status < 300);
    QCOMPARE(m_server->bodies.size(), 1);
}

void tst_PostExchange::truncatedAnswerIsOutcomeUnknown()
{
    // The head arrived, half the body did not: the write may have been applied, the answer is lost.
    m_server->answer = "HTTP/1.1 201 Created\r\nContent-Length: 400\r\n\r\n{\"success\":true,";
    const ApiResponse response =
        send(post(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())));
    QCOMPARE(response.error.kind, ApiError::Kind::OutcomeUnknown);
    QCOMPARE(response.httpStatus, 0);
    QCOMPARE(m_server->bodies.size(), 1);
}

void tst_PostExchange::retryAfterOfAWriteIsRead()
{
    // A 429 was not processed: the transport sends the write again after Retry-After.
    m_server->answer = "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nContent-Length: 17\r\n\r\n"
                       "{\"success\":false}";
    m_transport->setMaxRateLimitedRetries(1);
    const ApiResponse response =
        send(post(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())));
    QCOMPARE(response.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(response.error.retryAfterMs, 1000);
    QCOMPARE(m_server->bodies.size(), 2); // the first try and the one retry the policy allows
}

bool tst_PostExchange::makeCertificate(QSslCertificate *certificate, QSslKey *key, QString *why)
{
    if (!QSslSocket::supportsSsl()) {
        *why = QStringLiteral("this Qt has no TLS backend");
        return false;
    }
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *why = QStringLiteral("openssl is not installed, no certificate can be made");
        return false;
    }
    const QString keyFile = m_dir.filePath(QStringLiteral("key.pem"));
    const QString certFile = m_dir.filePath(QStringLiteral("cert.pem"));
    QProcess process;
    process.start(openssl,
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost"),
            QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certFile });
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *why = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    QFile certIn(certFile);
    QFile keyIn(keyFile);
    if (!certIn.open(QIODevice::ReadOnly) || !keyIn.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read the certificate");
        return false;
    }
    *certificate = QSslCertificate(&certIn, QSsl::Pem);
    *key = QSslKey(&keyIn, QSsl::Rsa, QSsl::Pem);
    return !certificate->isNull() && !key->isNull();
}

void tst_PostExchange::httpsPostWithAVerifiedCertificate()
{
    QString why;
    if (!makeCertificate(&m_server->certificate, &m_server->key, &why))
        QSKIP(qPrintable(why));
    // The process trusts this test's CA on top of the system ones, as a company CA would be added.
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(m_server->certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    const ApiResponse response =
        send(post(QStringLiteral("https://localhost:%1").arg(m_server->serverPort())));
    QSslConfiguration::setDefaultConfiguration(original);
    QVERIFY2(response.error.isOk(), qPrintable(response.error.detail));
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(m_server->bodies.size(), 1);
    QVERIFY(m_server->heads.first().contains(
        QByteArray("Host: localhost:" + QByteArray::number(m_server->serverPort()))));
}

void tst_PostExchange::httpsRefusesAWrongHostOrAnUnknownCa_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("trusted");
    QTest::newRow("certificate for another name") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("unknown CA") << QStringLiteral("localhost") << false;
}

void tst_PostExchange::httpsRefusesAWrongHostOrAnUnknownCa()
{
    QFETCH(QString, host);
    QFETCH(bool, trusted);
    QString why;
    if (!makeCertificate(&m_server->certificate, &m_server->key, &why))
        QSKIP(qPrintable(why));
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    if (trusted) {
        QSslConfiguration trusting = original;
        trusting.addCaCertificate(m_server->certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
    }
    const ApiResponse response =
        send(post(QStringLiteral("https://%1:%2").arg(host).arg(m_server->serverPort())));
    QSslConfiguration::setDefaultConfiguration(original);
    QCOMPARE(response.error.kind, ApiError::Kind::Tls);
    QCOMPARE(m_server->bodies.size(), 0); // nothing was sent to a server that could not prove who it is
}

QTEST_GUILESS_MAIN(tst_PostExchange)
#include "tst_postexchange.moc"
