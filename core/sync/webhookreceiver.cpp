#include "webhookreceiver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QTimeZone>

#include "calltouch/calltouchparsers.h"
#include "net/httprequestreader.h"
#include "net/localhttpserver.h"
#include "secrets/webhooksecret.h"
#include "util/logging.h"

namespace LeadBridge {
namespace {
    constexpr int kMinSecretLength = 16;

    HttpResponse notFound()
    {
        return HttpResponse::json(404, "{}");
    }
} // namespace

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new LocalHttpServer(this))
{
    m_server->setHandler([this](const HttpRequest &request) { return handle(request); });
}

WebhookReceiver::~WebhookReceiver() = default;

bool WebhookReceiver::parseHostPort(const QString &hostPort, QString *host, quint16 *port)
{
    const QString text = hostPort.trimmed();
    const int colon = int(text.lastIndexOf(QLatin1Char(':')));
    QString name = colon > 0 ? text.left(colon) : QStringLiteral("127.0.0.1");
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    bool ok = false;
    const int number = (colon >= 0 ? text.mid(colon + 1) : text).toInt(&ok);
    if (name == QLatin1String("*"))
        name = QStringLiteral("0.0.0.0");
    if (!ok || number < 0 || number > 65535 || QHostAddress(name).isNull())
        return false;
    *host = name;
    *port = quint16(number);
    return true;
}

quint16 WebhookReceiver::listen(const QString &hostPort, const QString &secret, QString *error)
{
    QString host;
    quint16 port = 0;
    if (!parseHostPort(hostPort, &host, &port)) {
        *error = QCoreApplication::translate(
            "LeadBridge::WebhookReceiver", "The chat receiver's address \"%1\" is not host:port.")
                     .arg(hostPort);
        return 0;
    }
    if (secret.size() < kMinSecretLength) {
        *error = QCoreApplication::translate("LeadBridge::WebhookReceiver",
            "The chat receiver has no secret: open Settings and turn it on again, or set "
            "LEADBRIDGE_WEBHOOK_SECRET (at least %1 characters).")
                     .arg(kMinSecretLength);
        return 0;
    }
    m_secret = secret.toUtf8();
    registerSecret(secret);
    QString listenError;
    bool inUse = false;
    const quint16 bound = m_server->listen(QHostAddress(host), port, &listenError, &inUse);
    if (bound == 0 && inUse) {
        *error = QCoreApplication::translate(
            "LeadBridge::WebhookReceiver", "Chat receiver: port %1 is busy; choose another one in Settings.")
                     .arg(port);
    } else if (bound == 0) {
        *error = QCoreApplication::translate(
            "LeadBridge::WebhookReceiver", "Chat receiver: cannot listen on %1: %2")
                     .arg(hostPort, listenError);
    }
    return bound;
}

void WebhookReceiver::close()
{
    m_server->close();
}

quint16 WebhookReceiver::port() const
{
    return m_server->port();
}

void WebhookReceiver::setLimits(const HttpLimits &limits)
{
    m_server->setLimits(limits);
}

int WebhookReceiver::openConnections() const
{
    return m_server->openConnections();
}

HttpResponse WebhookReceiver::handle(const HttpRequest &request)
{
    // Path: [/<prefix>]/<secret>/<kind>; a reverse proxy may keep its own prefix.
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || !WebhookSecret::constantTimeEquals(parts.at(parts.size() - 2).toUtf8(), m_secret))
        return notFound();
    const QString kindName = parts.constLast();
    const bool test = kindName == QLatin1String("test");
    Calltouch::Lead::Kind kind = Calltouch::Lead::Kind::Chat;
    if (!test && !Calltouch::Lead::kindFromName(kindName, &kind))
        return notFound();
    if (request.method != "GET" && request.method != "POST")
        return notFound();

    const QTimeZone zone = m_zone ? m_zone() : QTimeZone(QByteArrayLiteral("Europe/Moscow"));
    const QDateTime received = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    Calltouch::Result<Calltouch::Lead> parsed;
    if (request.method == "GET" || request.body.trimmed().isEmpty()) {
        QJsonObject params;
        const auto items = request.query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            params.insert(item.first, item.second);
        parsed = Calltouch::parseWebhook(kind, params, zone, received);
    } else {
        parsed = Calltouch::parseWebhookBody(kind, request.body, zone, received);
    }
    if (!parsed.isOk()) {
        qCWarning(lcSync) << "webhook refused:" << parsed.error.detail;
        return HttpResponse::json(400, R"({"ok":false,"error":"bad parameters"})");
    }
    if (test) {
        emit testReceived(parsed.value);
        return HttpResponse::json(200, R"({"ok":true,"test":true})");
    }
    if (m_sink && !m_sink(parsed.value))
        return HttpResponse::json(503, R"({"ok":false})");
    ++m_received;
    emit leadReceived(parsed.value);
    return HttpResponse::json(200, R"({"ok":true})");
}

} // namespace LeadBridge
