#include "simhttpserver.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace LeadBridge {

SimHttpServer::SimHttpServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &SimHttpServer::onNewConnection);
}

SimHttpServer::~SimHttpServer()
{
    // Close the open (keep-alive) connections first, without reacting to their signals.
    m_server.close();
    Http::closeConnections(m_buffers, this);
}

void SimHttpServer::setHandler(Handler handler, RouteNamer namer)
{
    m_handler = std::move(handler);
    m_namer = std::move(namer);
}

quint16 SimHttpServer::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return 0;
    return m_server.serverPort();
}

quint16 SimHttpServer::port() const
{
    return m_server.serverPort();
}

QString SimHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void SimHttpServer::injectFault(const QString &route, SimFault fault, int count)
{
    m_faults.insert(route, { fault, count, 0, {} });
}

void SimHttpServer::setFaultRate(const QString &route, SimFault fault, double probability)
{
    m_faultRates.insert(route, { fault, 0, probability, {} });
}

void SimHttpServer::setFaultMix(const QString &route, const QList<SimFault> &faults, double probability)
{
    m_faultRates.insert(route, { SimFault::None, 0, probability, faults });
}

void SimHttpServer::clearFaults()
{
    m_faults.clear();
    m_faultRates.clear();
}

int SimHttpServer::count(const QString &route) const
{
    return m_counters.value(route);
}

int SimHttpServer::totalRequests() const
{
    int total = 0;
    for (int value : m_counters)
        total += value;
    return total;
}

QHash<QString, int> SimHttpServer::counters() const
{
    return m_counters;
}
QList<QByteArray> SimHttpServer::requestLog() const
{
    return m_log;
}

void SimHttpServer::resetCounters()
{
    m_counters.clear();
    m_methods.clear();
    m_log.clear();
    m_rateLimited = 0;
}

void SimHttpServer::onNewConnection()
{
    Http::adoptConnections(m_server, m_buffers, this, [this](QTcpSocket *socket) { onReadyRead(socket); });
}

void SimHttpServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    m_buffers[socket] += socket->readAll();
    for (;;) {
        // Looked up again each time: a fault may have closed (and forgotten) the connection.
        const auto buffer = m_buffers.find(socket);
        if (buffer == m_buffers.end())
            return;
        SimRequest request;
        QByteArray raw;
        switch (Http::takeRequest(&buffer.value(), m_maxBodyBytes, &request, &raw)) {
        case Http::ReadStatus::Incomplete:
            return;
        case Http::ReadStatus::Malformed:
            socket->abort();
            return;
        case Http::ReadStatus::TooLarge:
            write(socket, SimResponse::json(413, R"({"success":false,"errorMsg":"Request too large"})"));
            socket->disconnectFromHost();
            return;
        case Http::ReadStatus::Complete:
            break;
        }
        if (m_latencyMs > 0) {
            QTimer::singleShot(
                m_latencyMs, socket, [this, socket, request, raw] { process(socket, request, raw); });
        } else {
            process(socket, request, raw);
        }
    }
}

bool SimHttpServer::overRateLimit(const SimRequest &request)
{
    if (m_rateLimit <= 0)
        return false;
    const qint64 now = m_clock.elapsed();
    QList<qint64> &recent = m_recent[m_rateKeyOf ? m_rateKeyOf(request) : QByteArray()];
    while (!recent.isEmpty() && recent.first() <= now - 1000)
        recent.removeFirst();
    if (recent.size() >= m_rateLimit)
        return true;
    recent.append(now);
    return false;
}

void SimHttpServer::setOverLimitResponse(const SimResponse &response)
{
    m_overLimit = response;
    m_customOverLimit = true;
}

SimResponse SimHttpServer::tooManyRequests() const
{
    SimResponse response = SimResponse::json(429, R"({"success":false,"errorMsg":"Too many requests"})");
    response.headers.append(
        qMakePair(QByteArray("Retry-After"), QByteArray(QByteArray::number(m_retryAfterSeconds))));
    return response;
}

SimFault SimHttpServer::takeFault(const QString &route)
{
    for (const QString &key : { route, QString() }) {
        auto it = m_faults.find(key);
        if (it != m_faults.end() && it->remaining > 0) {
            const SimFault fault = it->fault;
            if (--it->remaining == 0)
                m_faults.erase(it);
            return fault;
        }
        const auto rate = m_faultRates.constFind(key);
        if (rate != m_faultRates.constEnd()
            && std::uniform_real_distribution<double>(0, 1)(m_random) < rate->probability) {
            if (rate->mix.isEmpty())
                return rate->fault;
            return rate->mix.at(int(m_random() % quint32(rate->mix.size())));
        }
    }
    return SimFault::None;
}

void SimHttpServer::process(QTcpSocket *socket, const SimRequest &request, const QByteArray &raw)
{
    const QString route =
        m_namer ? m_namer(request) : QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    m_counters[route] += 1;
    m_methods[request.method.toUpper()] += 1;
    m_log.append(raw);

    if (overRateLimit(request)) {
        ++m_rateLimited;
        write(socket, m_customOverLimit ? m_overLimit : tooManyRequests());
        return;
    }

    const SimFault fault = takeFault(route);
    if (fault != SimFault::None)
        ++m_injected[fault];
    switch (fault) {
    case SimFault::OverLimit:
        write(socket, m_customOverLimit ? m_overLimit : tooManyRequests());
        return;
    case SimFault::None:
    case SimFault::AnswerLost:
        break;
    case SimFault::Http500:
        write(socket, SimResponse::json(500, R"({"success":false,"errorMsg":"Internal error"})"));
        return;
    case SimFault::Http503: {
        SimResponse response =
            SimResponse::json(503, R"({"success":false,"errorMsg":"Service unavailable"})");
        response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        write(socket, response);
        return;
    }
    case SimFault::Http429:
        write(socket, tooManyRequests());
        return;
    case SimFault::Timeout:
        return; // keep the connection open, say nothing
    case SimFault::Reset:
        socket->abort();
        return;
    case SimFault::BrokenJson:
        write(socket, SimResponse::json(200, R"({"success":true,"orders":[{"id":1,)"));
        return;
    case SimFault::HtmlPage: {
        SimResponse response;
        response.status = 502;
        response.contentType = "text/html";
        response.body = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
                        "</body></html>";
        write(socket, response);
        return;
    }
    }

    const SimResponse response = m_handler ? m_handler(request) : SimResponse::json(404, "{}");
    if (fault == SimFault::AnswerLost) {
        // The work is done; the connection breaks while the answer is on its way (status line sent).
        socket->write("HTTP/1.1 " + QByteArray::number(response.status)
            + " OK\r\nContent-Length: " + QByteArray::number(response.body.size() + 100) + "\r\n");
        socket->flush();
        socket->abort();
        return;
    }
    write(socket, response);
}

void SimHttpServer::write(QTcpSocket *socket, const SimResponse &response)
{
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->write(Http::responseBytes(response));
}

} // namespace LeadBridge
