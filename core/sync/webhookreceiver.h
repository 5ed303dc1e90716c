#pragma once

#include <functional>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include "calltouch/calltouchtypes.h"

namespace LeadBridge {

class LocalHttpServer;
struct HttpRequest;
struct HttpResponse;

/// Receives Calltouch webhooks (chats, and calls and requests as a faster path than polling).
/// URL: http://<listen>/<secret>/<kind> with kind call, request or chat; GET query, form-encoded or
/// JSON bodies; bodies over 64 KiB are refused; a wrong secret gets 404 and is not logged with its path.
class WebhookReceiver final : public QObject
{
    Q_OBJECT
public:
    explicit WebhookReceiver(QObject *parent = nullptr);
    ~WebhookReceiver() override;

    /// @p hostPort is "host:port" (e.g. "0.0.0.0:8099"); returns the port, or 0 with @p error set.
    quint16 listen(const QString &hostPort, const QString &secret, QString *error);
    [[nodiscard]] int receivedCount() const { return m_received; }
    /// The time given to a webhook that carries none (the engine's clock).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// The zone of the webhooks' date-times (the account's, known after the first cycle); Moscow without.
    void setTimeZone(std::function<QTimeZone()> zone) { m_zone = std::move(zone); }

signals:
    void leadReceived(const LeadBridge::Calltouch::Lead &lead);

private:
    HttpResponse handle(const HttpRequest &request);

    LocalHttpServer *m_server;
    QString m_secret;
    std::function<QDateTime()> m_clock;
    std::function<QTimeZone()> m_zone;
    int m_received = 0;
};

} // namespace LeadBridge
