#pragma once

#include <functional>
#include <random>

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include "net/localhttpserver.h"

class QTcpSocket;

namespace LeadBridge {

/// Requests and answers of the simulated services: the product's HTTP framing, read by the simulators
/// with their own code.
using SimRequest = HttpRequest;
using SimResponse = HttpResponse;

/// What a simulated service does wrong, on purpose, for the next requests of a route.
enum class SimFault {
    None,
    Http500,
    Http503,
    Http429,
    Timeout, ///< never answers (the client's timeout fires)
    Reset, ///< closes the connection without an answer, before handling
    BrokenJson, ///< 200 with a truncated JSON body
    HtmlPage, ///< 502 with an HTML page, as a proxy would send
    AnswerLost, ///< handles the request (the write happens), then drops the connection mid-answer
    OverLimit, ///< the service's own over-limit answer (setOverLimitResponse, else 429 with Retry-After)
};

/// The HTTP/1.1 server of the simulated services on 127.0.0.1 (ephemeral port): one handler, fault
/// injection per route, a request-rate limit (answered with 429 unless the service says otherwise), latency,
/// and a request log with per-route counters. Test equipment only: the product's own endpoint is
/// LocalHttpServer, which keeps nothing.
class SimHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpServer)
public:
    using Handler = std::function<SimResponse(const SimRequest &)>;
    /// Names the route of a request ("GET /api/v5/orders"), for faults and counters.
    using RouteNamer = std::function<QString(const SimRequest &)>;

    explicit SimHttpServer(QObject *parent = nullptr);
    ~SimHttpServer() override;

    void setHandler(Handler handler, RouteNamer namer);
    /// Listens on 127.0.0.1; returns the port, or 0 on failure.
    quint16 listen(quint16 port = 0);
    /// Requests with a larger body are refused with 413.
    void setMaxBodyBytes(int bytes) { m_maxBodyBytes = bytes; }
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString baseUrl() const;

    /// The next @p count requests of @p route (empty = any route) get @p fault.
    void injectFault(const QString &route, SimFault fault, int count = 1);
    /// Each request of @p route fails with @p fault with this probability (0..1).
    void setFaultRate(const QString &route, SimFault fault, double probability);
    /// Each request of @p route fails with this probability, with one of @p faults picked at random.
    void setFaultMix(const QString &route, const QList<SimFault> &faults, double probability);
    /// Makes the random faults repeatable (with the same requests in the same order).
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }
    /// How many requests got each fault so far (injected, rate or mix; not the rate limit).
    [[nodiscard]] QMap<SimFault, int> faultsInjected() const { return m_injected; }
    void clearFaults();
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    /// More than this many requests within any one second (a sliding window) get the over-limit answer.
    /// 0 = no limit.
    void setRateLimit(int requestsPerSecond) { m_rateLimit = requestsPerSecond; }
    /// Names the caller a request counts against (e.g. its API key); without it, every request shares
    /// one window.
    void setRateKey(std::function<QByteArray(const SimRequest &)> keyOf) { m_rateKeyOf = std::move(keyOf); }
    /// What a request over the rate limit gets; by default 429 with Retry-After (setRetryAfterSeconds).
    void setOverLimitResponse(const SimResponse &response);
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

    [[nodiscard]] int count(const QString &route) const;
    [[nodiscard]] int totalRequests() const;
    /// Requests received with this HTTP method ("GET", "POST"), whatever their route or answer.
    [[nodiscard]] int countByMethod(const QByteArray &method) const { return m_methods.value(method); }
    [[nodiscard]] int rateLimitedCount() const { return m_rateLimited; }
    [[nodiscard]] QHash<QString, int> counters() const;
    /// Raw text of every request seen (for checking that no secret went where it must not).
    [[nodiscard]] QList<QByteArray> requestLog() const;
    void resetCounters();

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void process(QTcpSocket *socket, const SimRequest &request, const QByteArray &raw);
    void write(QTcpSocket *socket, const SimResponse &response);
    SimFault takeFault(const QString &route);
    bool overRateLimit(const SimRequest &request);
    [[nodiscard]] SimResponse tooManyRequests() const;

    QTcpServer m_server;
    Handler m_handler;
    RouteNamer m_namer;
    Http::Connections m_buffers;
    struct FaultPlan
    {
        SimFault fault = SimFault::None;
        int remaining = 0;
        double probability = 0;
        QList<SimFault> mix; ///< setFaultMix: one of these, picked at random
    };
    QHash<QString, FaultPlan> m_faults;
    QHash<QString, FaultPlan> m_faultRates;
    int m_latencyMs = 0;
    int m_maxBodyBytes = 16 * 1024 * 1024;
    int m_rateLimit = 0;
    int m_retryAfterSeconds = 1;
    int m_rateLimited = 0;
    bool m_customOverLimit = false;
    SimResponse m_overLimit;
    std::function<QByteArray(const SimRequest &)> m_rateKeyOf;
    QHash<QByteArray, QList<qint64>> m_recent; ///< per rate key: the moments of the last second's requests
    QElapsedTimer m_clock;
    QHash<QString, int> m_counters;
    QHash<QByteArray, int> m_methods;
    QMap<SimFault, int> m_injected;
    std::mt19937 m_random { std::random_device {}() };
    QList<QByteArray> m_log;
};

} // namespace LeadBridge
