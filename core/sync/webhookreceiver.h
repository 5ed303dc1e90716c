#pragma once

#include <functional>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include "calltouch/calltouchtypes.h"

namespace LeadBridge {

class LocalHttpServer;
struct HttpLimits;
struct HttpRequest;
struct HttpResponse;

/// Receives Calltouch webhooks (chats, and calls and requests as a faster path than polling).
/// URL: http://<listen>/[<prefix>/]<secret>/<kind> with kind call, request or chat (and test: a sample
/// that is read but never stored); GET query, form-encoded or JSON bodies (chunked too). The secret is
/// compared in constant time; every wrong path gets the same bare 404; nothing of a path is logged.
/// A delivery is answered 200 only after the sink has stored it (store first, process later).
class WebhookReceiver final : public QObject
{
    Q_OBJECT
public:
    /// Stores a lead; false when it could not be stored (answered 503: Calltouch may deliver again).
    using Sink = std::function<bool(const Calltouch::Lead &)>;

    explicit WebhookReceiver(QObject *parent = nullptr);
    ~WebhookReceiver() override;

    /// @p hostPort is "host:port" (e.g. "0.0.0.0:8099"); returns the port, or 0 with @p error set.
    quint16 listen(const QString &hostPort, const QString &secret, QString *error);
    void close();
    [[nodiscard]] quint16 port() const;
    /// Limits of the HTTP endpoint (defaults: 8 KiB headers, 64 KiB body, 10 s, 64 connections).
    void setLimits(const HttpLimits &limits);
    [[nodiscard]] int openConnections() const;
    [[nodiscard]] int receivedCount() const { return m_received; }
    void setSink(Sink sink) { m_sink = std::move(sink); }
    /// The time given to a webhook that carries none (the engine's clock).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// The Calltouch project's zone, for webhook times without an offset or Unix timestamp.
    void setTimeZone(std::function<QTimeZone()> zone) { m_zone = std::move(zone); }

    /// Splits "host:port"; false when it is not one.
    static bool parseHostPort(const QString &hostPort, QString *host, quint16 *port);

signals:
    /// A delivery was stored (or was a duplicate of a stored one).
    void leadReceived(const LeadBridge::Calltouch::Lead &lead);
    /// A test delivery arrived and was read; nothing was stored.
    void testReceived(const LeadBridge::Calltouch::Lead &lead);

private:
    HttpResponse handle(const HttpRequest &request);

    LocalHttpServer *m_server;
    QByteArray m_secret;
    Sink m_sink;
    std::function<QDateTime()> m_clock;
    std::function<QTimeZone()> m_zone;
    int m_received = 0;
};

} // namespace LeadBridge
