#include "localhttpserver.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace LeadBridge {
namespace {
    constexpr int kMaxRequestBytes = 16 * 1024 * 1024;

    QByteArray reasonPhrase(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 201:
            return "Created";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 413:
            return "Payload Too Large";
        case 429:
            return "Too Many Requests";
        case 460:
            return "Plan Limit";
        case 500:
            return "Internal Server Error";
        case 502:
            return "Bad Gateway";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }
} // namespace

SimResponse SimResponse::json(int status, const QByteArray &body)
{
    SimResponse response;
    response.status = status;
    response.body = body;
    return response;
}

LocalHttpServer::LocalHttpServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onNewConnection);
}

LocalHttpServer::~LocalHttpServer()
{
    // Close the open (keep-alive) connections first, without reacting to their signals.
    m_server.close();
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

void LocalHttpServer::setHandler(Handler handler, RouteNamer namer)
{
    m_handler = std::move(handler);
    m_namer = std::move(namer);
}

quint16 LocalHttpServer::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return 0;
    return m_server.serverPort();
}

quint16 LocalHttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_server.listen(address, port)) {
        if (error)
            *error = m_server.errorString();
        return 0;
    }
    return m_server.serverPort();
}

quint16 LocalHttpServer::port() const
{
    return m_server.serverPort();
}

QString LocalHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void LocalHttpServer::injectFault(const QString &route, SimFault fault, int count)
{
    m_faults.insert(route, { fault, count, 0 });
}

void LocalHttpServer::setFaultRate(const QString &route, SimFault fault, double probability)
{
    m_faultRates.insert(route, { fault, 0, probability });
}

void LocalHttpServer::clearFaults()
{
    m_faults.clear();
    m_faultRates.clear();
}

int LocalHttpServer::count(const QString &route) const
{
    return m_counters.value(route);
}

int LocalHttpServer::totalRequests() const
{
    int total = 0;
    for (int value : m_counters)
        total += value;
    return total;
}

QHash<QString, int> LocalHttpServer::counters() const
{
    return m_counters;
}
QList<QByteArray> LocalHttpServer::requestLog() const
{
    return m_log;
}

void LocalHttpServer::resetCounters()
{
    m_counters.clear();
    m_log.clear();
    m_rateLimited = 0;
}

void LocalHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(nullptr); // owned through m_buffers, deleted on disconnect or with the server
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LocalHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > kMaxRequestBytes)
                socket->abort();
            return;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() < 2) {
            socket->abort();
            return;
        }
        SimRequest request;
        request.method = requestLine.at(0);
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const int length = request.headers.value("content-length", "0").toInt();
        if (length < 0 || length > m_maxBodyBytes) {
            write(socket, SimResponse::json(413, R"({"success":false,"errorMsg":"Request too large"})"));
            socket->disconnectFromHost();
            return;
        }
        if (buffer.size() < headerEnd + 4 + length)
            return; // wait for the rest of the body
        request.body = buffer.mid(headerEnd + 4, length);
        const QByteArray raw = buffer.left(headerEnd + 4 + length);
        buffer.remove(0, headerEnd + 4 + length);

        const QUrl url = QUrl::fromEncoded(requestLine.at(1));
        request.path = url.path();
        request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
        if (request.header("content-type").startsWith("application/x-www-form-urlencoded")) {
            QByteArray form = request.body;
            form.replace('+', ' ');
            request.form = QUrlQuery(QString::fromLatin1(form));
        }
        if (m_latencyMs > 0) {
            QTimer::singleShot(
                m_latencyMs, socket, [this, socket, request, raw] { process(socket, request, raw); });
        } else {
            process(socket, request, raw);
        }
    }
}

bool LocalHttpServer::overRateLimit()
{
    if (m_rateLimit <= 0)
        return false;
    const qint64 now = m_clock.elapsed();
    while (!m_recent.isEmpty() && m_recent.first() <= now - 1000)
        m_recent.removeFirst();
    if (m_recent.size() >= m_rateLimit)
        return true;
    m_recent.append(now);
    return false;
}

SimFault LocalHttpServer::takeFault(const QString &route)
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
            && QRandomGenerator::global()->generateDouble() < rate->probability)
            return rate->fault;
    }
    return SimFault::None;
}

void LocalHttpServer::process(QTcpSocket *socket, const SimRequest &request, const QByteArray &raw)
{
    const QString route =
        m_namer ? m_namer(request) : QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    m_counters[route] += 1;
    m_log.append(raw);

    if (overRateLimit()) {
        ++m_rateLimited;
        SimResponse response = SimResponse::json(429, R"({"success":false,"errorMsg":"Too many requests"})");
        response.headers.append(
            qMakePair(QByteArray("Retry-After"), QByteArray(QByteArray::number(m_retryAfterSeconds))));
        write(socket, response);
        return;
    }

    const SimFault fault = takeFault(route);
    switch (fault) {
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
    case SimFault::Http429: {
        SimResponse response = SimResponse::json(429, R"({"success":false,"errorMsg":"Too many requests"})");
        response.headers.append(
            qMakePair(QByteArray("Retry-After"), QByteArray(QByteArray::number(m_retryAfterSeconds))));
        write(socket, response);
        return;
    }
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

void LocalHttpServer::write(QTcpSocket *socket, const SimResponse &response)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Connection: keep-alive\r\n\r\n";
    out += response.body;
    socket->write(out);
}

} // namespace LeadBridge
