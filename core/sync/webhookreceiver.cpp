#include "webhookreceiver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QTimeZone>

#include "calltouch/calltouchparsers.h"
#include "net/localhttpserver.h"
#include "util/logging.h"

namespace LeadBridge {
namespace {
    constexpr int kMaxBodyBytes = 64 * 1024;
}

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new LocalHttpServer(this))
{
    m_server->setMaxBodyBytes(kMaxBodyBytes);
    m_server->setHandler([this](const HttpRequest &request) { return handle(request); });
}

WebhookReceiver::~WebhookReceiver() = default;

quint16 WebhookReceiver::listen(const QString &hostPort, const QString &secret, QString *error)
{
    const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
    const QString host = colon > 0 ? hostPort.left(colon) : QStringLiteral("127.0.0.1");
    bool ok = false;
    const int port = (colon >= 0 ? hostPort.mid(colon + 1) : hostPort).toInt(&ok);
    const QHostAddress address(host == QLatin1String("*") ? QStringLiteral("0.0.0.0") : host);
    if (!ok || port < 0 || port > 65535 || address.isNull()) {
        *error = QCoreApplication::translate(
            "LeadBridge::WebhookReceiver", "The webhook address \"%1\" is not host:port.")
                     .arg(hostPort);
        return 0;
    }
    if (secret.size() < 16) {
        *error = QCoreApplication::translate(
            "LeadBridge::WebhookReceiver", "The webhook needs a secret of at least 16 characters.");
        return 0;
    }
    m_secret = secret;
    registerSecret(secret);
    QString listenError;
    const quint16 bound = m_server->listen(address, quint16(port), &listenError);
    if (bound == 0) {
        *error =
            QCoreApplication::translate("LeadBridge::WebhookReceiver", "Cannot receive webhooks on %1: %2")
                .arg(hostPort, listenError);
    }
    return bound;
}

HttpResponse WebhookReceiver::handle(const HttpRequest &request)
{
    // Path: /<secret>/<kind>
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != 2 || parts.at(0) != m_secret)
        return HttpResponse::json(404, R"({"ok":false})");
    Calltouch::Lead::Kind kind {};
    if (!Calltouch::Lead::kindFromName(parts.at(1), &kind))
        return HttpResponse::json(404, R"({"ok":false})");

    const QTimeZone zone = m_zone ? m_zone() : QTimeZone(QByteArrayLiteral("Europe/Moscow"));
    const QDateTime received = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    Calltouch::Result<Calltouch::Lead> parsed;
    if (request.method == "GET") {
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
    ++m_received;
    emit leadReceived(parsed.value);
    return HttpResponse::json(200, R"({"ok":true})");
}

} // namespace LeadBridge
