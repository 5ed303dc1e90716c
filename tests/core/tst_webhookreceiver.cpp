#include <type_traits>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include "net/localhttpserver.h"
#include "secrets/webhooksecret.h"
#include "sync/webhookreceiver.h"

using namespace LeadBridge;

namespace {
const QString kSecret = QStringLiteral("s3cr3tS3CR3Ts3cr3tS3CR3Ts3cr3tXY"); // 32 characters

/// True when T has a member named requestLog (the simulators' server has one; the product's must not).
template <typename T, typename = void> struct HasRequestLog : std::false_type
{
};
template <typename T> struct HasRequestLog<T, std::void_t<decltype(&T::requestLog)>> : std::true_type
{
};
static_assert(!HasRequestLog<LocalHttpServer>::value, "the product's HTTP endpoint keeps no request log");
static_assert(!HasRequestLog<WebhookReceiver>::value, "the webhook receiver keeps no request log");
} // namespace

class tst_WebhookReceiver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chatAsFormPost();
    void chatAsJsonPost();
    void chatAsGetQuery();
    void wrongSecretIs404();
    void bodyOverTheLimitIsRefused();
    void malformedRequestIsDropped();
    void keepsNoRequestAfterManyDeliveries();
    void secretIsComparedInConstantTime();
    void testDeliveryIsReadButNotStored();
    void storeFailureIsNotAcknowledged();

private:
    QUrl url(const QString &secret, const QString &kind) const;
    /// Sends and waits for the answer; returns the HTTP status (0 when none).
    int send(QNetworkReply *reply);
    /// Writes raw bytes on a new connection; returns what came back before the server closed it.
    QByteArray sendRaw(const QByteArray &bytes);

    WebhookReceiver *m_receiver = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QList<Calltouch::Lead> m_leads;
    quint16 m_port = 0;
};

void tst_WebhookReceiver::init()
{
    m_receiver = new WebhookReceiver(this);
    m_nam = new QNetworkAccessManager(this);
    m_leads.clear();
    connect(m_receiver, &WebhookReceiver::leadReceived, this,
        [this](const Calltouch::Lead &lead) { m_leads.append(lead); });
    QString error;
    m_port = m_receiver->listen(QStringLiteral("127.0.0.1:0"), kSecret, &error);
    QVERIFY2(m_port != 0, qPrintable(error));
}

void tst_WebhookReceiver::cleanup()
{
    delete m_nam;
    m_nam = nullptr;
    delete m_receiver;
    m_receiver = nullptr;
}

QUrl tst_WebhookReceiver::url(const QString &secret, const QString &kind) const
{
    QUrl target;
    target.setScheme(QStringLiteral("http"));
    target.setHost(QStringLiteral("127.0.0.1"));
    target.setPort(m_port);
    target.setPath(QLatin1Char('/') + secret + QLatin1Char('/') + kind);
    return target;
}

int tst_WebhookReceiver::send(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return 0;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QByteArray tst_WebhookReceiver::sendRaw(const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && closed.wait(5000)) {}
    answer += socket.readAll();
    return answer;
}

void tst_WebhookReceiver::chatAsFormPost()
{
    QSignalSpy spy(m_receiver, &WebhookReceiver::leadReceived);
    QNetworkRequest request(url(kSecret, QStringLiteral("chat")));
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    // "все данные … проходят URL Encode": '+' arrives as %2B, a space as '+'.
    const QByteArray form = "chatid=3100042&phone=" + QUrl::toPercentEncoding(QStringLiteral("+7 (916)"))
        + "+555-12-34&name=" + QUrl::toPercentEncoding(QStringLiteral("Анна")) + "&utm_source=yandex";
    QCOMPARE(send(m_nam->post(request, form)), 200);
    QVERIFY(spy.count() == 1 || spy.wait(5000));
    QCOMPARE(m_leads.size(), 1);
    const Calltouch::Lead &lead = m_leads.first();
    QCOMPARE(lead.kind, Calltouch::Lead::Kind::Chat);
    QCOMPARE(lead.id, QStringLiteral("3100042"));
    QCOMPARE(lead.phone, QStringLiteral("+7 (916) 555-12-34"));
    QCOMPARE(lead.name, QStringLiteral("Анна"));
    QCOMPARE(lead.utmSource, QStringLiteral("yandex"));
    QCOMPARE(m_receiver->receivedCount(), 1);
}

void tst_WebhookReceiver::chatAsJsonPost()
{
    QSignalSpy spy(m_receiver, &WebhookReceiver::leadReceived);
    QNetworkRequest request(url(kSecret, QStringLiteral("chat")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body { { QStringLiteral("chat_id"), QStringLiteral("3100043") },
        { QStringLiteral("email"), QStringLiteral("anna@example.ru") },
        { QStringLiteral("timestamp"), QStringLiteral("1778243567") } };
    QCOMPARE(send(m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact))), 200);
    QVERIFY(spy.count() == 1 || spy.wait(5000));
    QCOMPARE(m_leads.size(), 1);
    QCOMPARE(m_leads.first().id, QStringLiteral("3100043"));
    QCOMPARE(m_leads.first().email, QStringLiteral("anna@example.ru"));
    QCOMPARE(m_leads.first().occurredAt, QDateTime::fromSecsSinceEpoch(1778243567, Qt::UTC));
}

void tst_WebhookReceiver::chatAsGetQuery()
{
    QSignalSpy spy(m_receiver, &WebhookReceiver::leadReceived);
    QUrl target = url(kSecret, QStringLiteral("chat"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), QStringLiteral("3100044"));
    query.addQueryItem(QStringLiteral("phonenumber"), QStringLiteral("79165551234"));
    target.setQuery(query);
    QCOMPARE(send(m_nam->get(QNetworkRequest(target))), 200);
    QVERIFY(spy.count() == 1 || spy.wait(5000));
    QCOMPARE(m_leads.size(), 1);
    QCOMPARE(m_leads.first().id, QStringLiteral("3100044"));
    QCOMPARE(m_leads.first().phone, QStringLiteral("79165551234"));
    QCOMPARE(m_leads.first().kind, Calltouch::Lead::Kind::Chat);
}

void tst_WebhookReceiver::wrongSecretIs404()
{
    QSignalSpy spy(m_receiver, &WebhookReceiver::leadReceived);
    QString wrong = kSecret;
    wrong[0] = QLatin1Char('x');
    QUrl target = url(wrong, QStringLiteral("chat"));
    target.setQuery(QStringLiteral("chatid=1"));
    QCOMPARE(send(m_nam->get(QNetworkRequest(target))), 404);
    QNetworkRequest request(url(wrong, QStringLiteral("call")));
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QCOMPARE(send(m_nam->post(request, QByteArrayLiteral("id=5&callerphone=79165551234"))), 404);
    QCOMPARE(send(m_nam->get(QNetworkRequest(url(kSecret, QStringLiteral("unknown-kind"))))), 404);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_receiver->receivedCount(), 0);
}

void tst_WebhookReceiver::bodyOverTheLimitIsRefused()
{
    QSignalSpy spy(m_receiver, &WebhookReceiver::leadReceived);
    const QByteArray body = "chatid=77&name=" + QByteArray(70 * 1024, 'a');
    const QByteArray request = "POST /" + kSecret.toLatin1()
        + "/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(1024); // refused before the rest
    const QByteArray answer = sendRaw(request);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_receiver->receivedCount(), 0);
}

void tst_WebhookReceiver::malformedRequestIsDropped()
{
    QSignalSpy spy(m_receiver, &WebhookReceiver::leadReceived);
    QVERIFY(sendRaw("NONSENSE\r\n\r\n").startsWith("HTTP/1.1 400"));
    // Headers that never end are not collected without limit.
    QVERIFY(sendRaw(
        "GET /" + kSecret.toLatin1() + "/chat?chatid=1 HTTP/1.1\r\nX-Pad: " + QByteArray(80 * 1024, 'p'))
                .startsWith("HTTP/1.1 431"));
    QCOMPARE(spy.count(), 0);
}

void tst_WebhookReceiver::secretIsComparedInConstantTime()
{
    const QByteArray secret = kSecret.toLatin1();
    QVERIFY(WebhookSecret::constantTimeEquals(secret, secret));
    QVERIFY(!WebhookSecret::constantTimeEquals(secret.left(31), secret)); // a prefix
    QVERIFY(!WebhookSecret::constantTimeEquals(secret + 'x', secret)); // longer
    QVERIFY(!WebhookSecret::constantTimeEquals({}, secret));
    QVERIFY(!WebhookSecret::constantTimeEquals({}, {})); // no secret never matches
    QByteArray last = secret;
    last[31] = 'z';
    QVERIFY(!WebhookSecret::constantTimeEquals(last, secret));
    // The generated secret: 32 random bytes, URL-safe, different each time.
    const QString generated = WebhookSecret::generate();
    QCOMPARE(generated.size(), 43);
    QVERIFY(QByteArray::fromBase64(generated.toLatin1(), QByteArray::Base64UrlEncoding).size() == 32);
    QVERIFY(QUrl::toPercentEncoding(generated) == generated.toLatin1());
    QVERIFY(generated != WebhookSecret::generate());
}

void tst_WebhookReceiver::testDeliveryIsReadButNotStored()
{
    QSignalSpy stored(m_receiver, &WebhookReceiver::leadReceived);
    QSignalSpy tested(m_receiver, &WebhookReceiver::testReceived);
    QUrl target = url(kSecret, QStringLiteral("test"));
    target.setQuery(QStringLiteral("chatid=1&name=Test"));
    QCOMPARE(send(m_nam->get(QNetworkRequest(target))), 200);
    QCOMPARE(tested.count(), 1);
    QCOMPARE(stored.count(), 0);
    // A reverse proxy may keep a prefix of its own.
    QUrl prefixed = url(kSecret, QStringLiteral("chat"));
    prefixed.setPath(QStringLiteral("/leadbridge") + prefixed.path());
    prefixed.setQuery(QStringLiteral("chatid=2&phone=79165551234"));
    QCOMPARE(send(m_nam->get(QNetworkRequest(prefixed))), 200);
    QCOMPARE(stored.count(), 1);
}

void tst_WebhookReceiver::storeFailureIsNotAcknowledged()
{
    m_receiver->setSink([](const Calltouch::Lead &) { return false; });
    QUrl target = url(kSecret, QStringLiteral("chat"));
    target.setQuery(QStringLiteral("chatid=3&phone=79165551234"));
    QCOMPARE(send(m_nam->get(QNetworkRequest(target))), 503); // Calltouch may deliver it again
    QCOMPARE(m_leads.size(), 0);
}

void tst_WebhookReceiver::keepsNoRequestAfterManyDeliveries()
{
    constexpr int kDeliveries = 200;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < kDeliveries; ++i) {
        QNetworkRequest request(url(kSecret, QStringLiteral("chat")));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        replies.append(m_nam->post(request, "chatid=" + QByteArray::number(5000 + i) + "&phone=79165551234"));
    }
    for (QNetworkReply *reply : std::as_const(replies))
        QCOMPARE(send(reply), 200);
    QCOMPARE(m_leads.size(), kDeliveries);
    QCOMPARE(m_receiver->receivedCount(), kDeliveries);
    // What stays is the open keep-alive connections (at most the client's six), each with an empty buffer:
    // the endpoint has no request log or counters (static_assert above).
    const auto *server = m_receiver->findChild<LocalHttpServer *>();
    QVERIFY(server);
    QVERIFY2(server->openConnections() <= 6, qPrintable(QString::number(server->openConnections())));
    delete m_nam; // closes the connections
    m_nam = nullptr;
    QTRY_COMPARE_WITH_TIMEOUT(server->openConnections(), 0, 5000);
}

QTEST_GUILESS_MAIN(tst_WebhookReceiver)
#include "tst_webhookreceiver.moc"
