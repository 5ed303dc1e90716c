// The product's HTTP endpoint against raw sockets: every limit of issue 11 answered as HTTP says.
#include <memory>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include "net/httprequestreader.h"
#include "net/localhttpserver.h"

using namespace LeadBridge;

class tst_LocalHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultsAreTheIssuesLimits();
    void answersAValidRequest();
    void headersOverTheLimitAre431();
    void bodyOverTheLimitIs413();
    void badContentLengthIs400_data();
    void badContentLengthIs400();
    void malformedRequestIs400AndCloses_data();
    void malformedRequestIs400AndCloses();
    void chunkedBodyIsUnderstood();
    void chunkedBodyOverTheLimitIs413();
    void slowSenderIsCutOffWith408();
    void idleKeepAliveConnectionIsClosed();
    void pipelinedRequestsAreAnsweredInOrder();
    void connectionsAreCappedAndTheOldestGivesWay();

private:
    /// Writes @p bytes on a new connection; returns everything that came back until the server closed it.
    QByteArray exchange(const QByteArray &bytes, int waitMs = 5000);
    std::unique_ptr<QTcpSocket> connectClient();

    std::unique_ptr<LocalHttpServer> m_server;
    quint16 m_port = 0;
    QList<QByteArray> m_bodies;
};

void tst_LocalHttpServer::init()
{
    m_server = std::make_unique<LocalHttpServer>();
    m_bodies.clear();
    m_server->setHandler([this](const HttpRequest &request) {
        m_bodies << request.body;
        if (request.path != QLatin1String("/ok"))
            return HttpResponse::json(404, "{}");
        return HttpResponse::json(200, "{\"echo\":\"" + request.body + "\"}");
    });
    QString error;
    m_port = m_server->listen(QHostAddress::LocalHost, 0, &error);
    QVERIFY2(m_port != 0, qPrintable(error));
}

void tst_LocalHttpServer::cleanup()
{
    m_server.reset();
}

std::unique_ptr<QTcpSocket> tst_LocalHttpServer::connectClient()
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

QByteArray tst_LocalHttpServer::exchange(const QByteArray &bytes, int waitMs)
{
    auto socket = connectClient();
    if (!socket)
        return {};
    QByteArray answer;
    connect(socket.get(), &QTcpSocket::readyRead, this, [&answer, &socket] { answer += socket->readAll(); });
    QSignalSpy closed(socket.get(), &QTcpSocket::disconnected);
    socket->write(bytes);
    closed.wait(waitMs);
    answer += socket->readAll();
    return answer;
}

void tst_LocalHttpServer::defaultsAreTheIssuesLimits()
{
    const HttpLimits limits = m_server->limits();
    QCOMPARE(limits.maxHeaderBytes, 8 * 1024);
    QCOMPARE(limits.maxBodyBytes, 64 * 1024);
    QCOMPARE(limits.readTimeoutMs, 10 * 1000);
    QCOMPARE(limits.maxConnections, 64);
}

void tst_LocalHttpServer::answersAValidRequest()
{
    const QByteArray answer =
        exchange("POST /ok HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QVERIFY(answer.endsWith("{\"echo\":\"hello\"}"));
    QVERIFY(exchange("GET /elsewhere HTTP/1.0\r\n\r\n").startsWith("HTTP/1.1 404"));
}

void tst_LocalHttpServer::headersOverTheLimitAre431()
{
    // 9 KiB of short header lines, the attack of the issue in small: refused after 8 KiB, not collected.
    QByteArray request = "GET /ok HTTP/1.1\r\n";
    while (request.size() < 9 * 1024)
        request += "X-A: b\r\n";
    const QByteArray answer = exchange(request + "\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.constData());
    // Without an end of headers at all: the same.
    QVERIFY(exchange("GET /ok HTTP/1.1\r\nX-Pad: " + QByteArray(20 * 1024, 'p')).startsWith("HTTP/1.1 431"));
    QVERIFY(m_bodies.isEmpty());
}

void tst_LocalHttpServer::bodyOverTheLimitIs413()
{
    const QByteArray answer =
        exchange("POST /ok HTTP/1.1\r\nContent-Length: 65537\r\n\r\n" + QByteArray(4096, 'a'));
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    const QByteArray exact = exchange(
        "POST /ok HTTP/1.1\r\nConnection: close\r\nContent-Length: 65536\r\n\r\n" + QByteArray(65536, 'a'));
    QVERIFY2(exact.startsWith("HTTP/1.1 200"), exact.left(100).constData());
    QCOMPARE(m_bodies.size(), 1);
}

void tst_LocalHttpServer::badContentLengthIs400_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::newRow("not a number") << QByteArray("Content-Length: abc\r\n");
    QTest::newRow("negative") << QByteArray("Content-Length: -1\r\n");
    QTest::newRow("overflow") << QByteArray("Content-Length: 99999999999999999999999999\r\n");
    QTest::newRow("trailing garbage") << QByteArray("Content-Length: 5x\r\n");
    QTest::newRow("list") << QByteArray("Content-Length: 5, 5\r\n");
    QTest::newRow("two different") << QByteArray("Content-Length: 5\r\nContent-Length: 6\r\n");
    QTest::newRow("with chunked") << QByteArray("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n");
}

void tst_LocalHttpServer::badContentLengthIs400()
{
    QFETCH(QByteArray, headers);
    // Today's bug: a bad length read as 0 and "hello" parsed as a next request. Now: 400 and closed.
    const QByteArray answer = exchange("POST /ok HTTP/1.1\r\n" + headers + "\r\nhello");
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
    QCOMPARE(answer.count("HTTP/1.1"), 1);
    QVERIFY(m_bodies.isEmpty());
}

void tst_LocalHttpServer::malformedRequestIs400AndCloses_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("nonsense") << QByteArray("NONSENSE\r\n\r\n");
    QTest::newRow("no version") << QByteArray("GET /ok\r\n\r\n");
    QTest::newRow("HTTP/2 text") << QByteArray("GET /ok HTTP/2.0\r\n\r\n");
    QTest::newRow("absolute target") << QByteArray("GET http://x/ok HTTP/1.1\r\n\r\n");
    QTest::newRow("space before colon") << QByteArray("GET /ok HTTP/1.1\r\nHost : x\r\n\r\n");
    QTest::newRow("folded header") << QByteArray("GET /ok HTTP/1.1\r\nX-A: b\r\n c\r\n\r\n");
    QTest::newRow("bare LF") << QByteArray("GET /ok HTTP/1.1\nHost: x\r\n\r\n");
}

void tst_LocalHttpServer::malformedRequestIs400AndCloses()
{
    QFETCH(QByteArray, request);
    const QByteArray answer = exchange(request);
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
    QVERIFY(answer.contains("Connection: close"));
    QVERIFY(m_bodies.isEmpty());
}

void tst_LocalHttpServer::chunkedBodyIsUnderstood()
{
    const QByteArray request = "POST /ok HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                               "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n";
    QVERIFY(exchange(request).endsWith("{\"echo\":\"hello world\"}"));
    // The same, one byte per write.
    auto socket = connectClient();
    QVERIFY(socket);
    QByteArray answer;
    connect(socket.get(), &QTcpSocket::readyRead, this, [&answer, &socket] { answer += socket->readAll(); });
    for (const char c : request) {
        socket->write(&c, 1);
        socket->flush();
        QTest::qWait(0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(answer.endsWith("{\"echo\":\"hello world\"}"), 5000);
    QCOMPARE(m_bodies, QList<QByteArray>({ "hello world", "hello world" }));
}

void tst_LocalHttpServer::chunkedBodyOverTheLimitIs413()
{
    QByteArray request = "POST /ok HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 20; ++i)
        request += "1000\r\n" + QByteArray(0x1000, 'c') + "\r\n"; // 20 x 4 KiB
    QVERIFY(exchange(request).startsWith("HTTP/1.1 413"));
    QVERIFY(
        exchange("POST /ok HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n").startsWith("HTTP/1.1 400"));
    QVERIFY(exchange("POST /ok HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n").startsWith("HTTP/1.1 501"));
    QVERIFY(m_bodies.isEmpty());
}

void tst_LocalHttpServer::slowSenderIsCutOffWith408()
{
    HttpLimits limits;
    limits.readTimeoutMs = 400;
    m_server->setLimits(limits);
    QElapsedTimer clock;
    clock.start();
    const QByteArray answer = exchange("POST /ok HTTP/1.1\r\nContent-Length: 10\r\n\r\nhal", 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    QVERIFY2(clock.elapsed() >= 400 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QTRY_COMPARE(m_server->openConnections(), 0);
    QVERIFY(m_bodies.isEmpty());
}

void tst_LocalHttpServer::idleKeepAliveConnectionIsClosed()
{
    HttpLimits limits;
    limits.readTimeoutMs = 300;
    m_server->setLimits(limits);
    auto socket = connectClient();
    QVERIFY(socket);
    QSignalSpy closed(socket.get(), &QTcpSocket::disconnected);
    socket->write("GET /ok HTTP/1.1\r\n\r\n");
    QVERIFY(closed.wait(3000));
    QVERIFY(socket->readAll().startsWith("HTTP/1.1 200"));
}

void tst_LocalHttpServer::pipelinedRequestsAreAnsweredInOrder()
{
    const QByteArray answer =
        exchange("POST /ok HTTP/1.1\r\nContent-Length: 1\r\n\r\nA"
                 "POST /ok HTTP/1.1\r\nContent-Length: 1\r\nConnection: close\r\n\r\nB");
    QCOMPARE(answer.count("HTTP/1.1 200"), 2);
    QVERIFY(answer.indexOf("\"A\"") < answer.indexOf("\"B\""));
    QVERIFY(answer.contains("Connection: keep-alive"));
    QVERIFY(answer.endsWith("{\"echo\":\"B\"}"));
}

void tst_LocalHttpServer::connectionsAreCappedAndTheOldestGivesWay()
{
    // 200 connections that send half a request and nothing more: at most 64 are held.
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    int maxOpen = 0;
    for (int i = 0; i < 200; ++i) {
        auto socket = connectClient();
        QVERIFY(socket);
        socket->write("POST /ok HTTP/1.1\r\nContent-Le");
        socket->flush();
        slow.push_back(std::move(socket));
        QTest::qWait(0);
        maxOpen = qMax(maxOpen, m_server->openConnections());
    }
    QTRY_VERIFY(m_server->openConnections() > 0);
    QVERIFY2(maxOpen <= 64, qPrintable(QString::number(maxOpen)));
    QCOMPARE(m_server->openConnections(), 64);
    // A real delivery still gets through at once.
    QElapsedTimer clock;
    clock.start();
    const QByteArray answer =
        exchange("POST /ok HTTP/1.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    qInfo() << "valid delivery answered in" << clock.elapsed() << "ms with 200 slow connections";
    QVERIFY(clock.elapsed() < 1000);
    QCOMPARE(m_bodies, QList<QByteArray>({ "ok" }));
    const auto disconnected = [&slow] {
        return int(std::count_if(slow.begin(), slow.end(),
            [](const auto &socket) { return socket->state() == QAbstractSocket::UnconnectedState; }));
    };
    QTRY_VERIFY2(disconnected() >= 200 - 64, qPrintable(QString::number(disconnected())));
}

QTEST_GUILESS_MAIN(tst_LocalHttpServer)
#include "tst_localhttpserver.moc"
