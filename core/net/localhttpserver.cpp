#include "localhttpserver.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QUrl>

#include "httprequestreader.h"

namespace LeadBridge {

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    return response;
}

namespace Http {

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
        case 408:
            return "Request Timeout";
        case 413:
            return "Payload Too Large";
        case 431:
            return "Request Header Fields Too Large";
        case 429:
            return "Too Many Requests";
        case 460:
            return "Plan Limit";
        case 500:
            return "Internal Server Error";
        case 502:
            return "Bad Gateway";
        case 501:
            return "Not Implemented";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }

    ReadStatus takeRequest(QByteArray *buffer, int maxBodyBytes, HttpRequest *request, QByteArray *raw)
    {
        const int headerEnd = int(buffer->indexOf("\r\n\r\n"));
        if (headerEnd < 0)
            return buffer->size() > kMaxHeaderBytes ? ReadStatus::Malformed : ReadStatus::Incomplete;
        const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() < 2)
            return ReadStatus::Malformed;
        HttpRequest parsed;
        parsed.method = requestLine.at(0);
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = int(line.indexOf(':'));
            if (colon > 0)
                parsed.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const int length = parsed.headers.value("content-length", "0").toInt();
        if (length < 0 || length > maxBodyBytes)
            return ReadStatus::TooLarge;
        const int total = headerEnd + 4 + length;
        if (buffer->size() < total)
            return ReadStatus::Incomplete; // wait for the rest of the body
        parsed.body = buffer->mid(headerEnd + 4, length);
        if (raw)
            *raw = buffer->left(total);
        buffer->remove(0, total);

        const QUrl url = QUrl::fromEncoded(requestLine.at(1));
        parsed.path = url.path();
        parsed.query = QUrlQuery(url.query(QUrl::FullyEncoded));
        if (parsed.header("content-type").startsWith("application/x-www-form-urlencoded")) {
            QByteArray form = parsed.body;
            form.replace('+', ' ');
            parsed.form = QUrlQuery(QString::fromLatin1(form));
        }
        *request = std::move(parsed);
        return ReadStatus::Complete;
    }

    QByteArray responseBytes(const HttpResponse &response)
    {
        QByteArray out =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        for (const auto &header : response.headers)
            out += header.first + ": " + header.second + "\r\n";
        out += "Connection: keep-alive\r\n\r\n";
        out += response.body;
        return out;
    }

    void adoptConnections(QTcpServer &server, Connections &connections, QObject *owner,
        const std::function<void(QTcpSocket *)> &onReadyRead)
    {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            socket->setParent(nullptr); // owned through connections, deleted on disconnect or with them
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            connections.insert(socket, {});
            QObject::connect(
                socket, &QTcpSocket::readyRead, owner, [socket, onReadyRead] { onReadyRead(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, owner, [&connections, socket] {
                connections.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void closeConnections(Connections &connections, QObject *owner)
    {
        const QList<QTcpSocket *> sockets = connections.keys();
        connections.clear();
        for (QTcpSocket *socket : sockets) {
            socket->disconnect(owner);
            socket->abort();
            delete socket;
        }
    }

} // namespace Http

namespace {
    QByteArray answerBytes(const HttpResponse &response, bool keepAlive)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + Http::reasonPhrase(response.status) + "\r\n";
        out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        out += response.body;
        return out;
    }
    /// How long a refused client may go on sending (discarded) before the connection is cut, so that
    /// it reads the answer instead of a reset.
    constexpr qint64 kLingerMs = 500;
} // namespace

struct LocalHttpServer::Connection
{
    explicit Connection(const HttpLimits &limits)
        : reader(limits)
    {}
    HttpRequestReader reader;
    QTcpSocket *socket = nullptr;
    quint64 serial = 0; ///< order of acceptance: the oldest gives way first
    QElapsedTimer since; ///< the start of the request being read (or of the wait for it)
    bool closing = false; ///< answered for the last time; input is discarded until the cut
};

LocalHttpServer::LocalHttpServer(QObject *parent)
    : QObject(parent)
    , m_limits(std::make_unique<HttpLimits>())
    , m_tick(new QTimer(this))
{
    connect(&m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onNewConnection);
    connect(m_tick, &QTimer::timeout, this, &LocalHttpServer::onTick);
    setLimits(*m_limits);
}

LocalHttpServer::~LocalHttpServer()
{
    close();
}

void LocalHttpServer::close()
{
    m_server.close();
    m_tick->stop();
    auto connections = std::move(m_connections);
    m_connections.clear();
    for (auto &entry : connections) {
        entry.first->disconnect(this);
        entry.first->abort();
        delete entry.first;
    }
}

void LocalHttpServer::setLimits(const HttpLimits &limits)
{
    *m_limits = limits;
    m_tick->setInterval(qBound(10, limits.readTimeoutMs / 5, 1000));
}

HttpLimits LocalHttpServer::limits() const
{
    return *m_limits;
}

quint16 LocalHttpServer::listen(const QHostAddress &address, quint16 port, QString *error, bool *inUse)
{
    if (!m_server.listen(address, port)) {
        if (error)
            *error = m_server.errorString();
        if (inUse)
            *inUse = m_server.serverError() == QAbstractSocket::AddressInUseError;
        return 0;
    }
    return m_server.serverPort();
}

void LocalHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (int(m_connections.size()) >= m_limits->maxConnections) {
            // Full: the oldest connection gives way (a slow or idle one: a real delivery is quick).
            auto oldest = m_connections.begin();
            for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
                if (it->second->serial < oldest->second->serial)
                    oldest = it;
            }
            QTcpSocket *victim = oldest->first;
            victim->abort();
            drop(victim);
        }
        socket->setParent(nullptr); // owned through m_connections
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setReadBufferSize(16 * 1024); // the kernel holds the rest, not this process
        auto connection = std::make_unique<Connection>(*m_limits);
        connection->socket = socket;
        connection->serial = ++m_accepted;
        connection->since.start();
        m_connections.emplace(socket, std::move(connection));
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        if (!m_tick->isActive())
            m_tick->start();
    }
}

void LocalHttpServer::drop(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    m_connections.erase(found);
    socket->disconnect(this);
    socket->deleteLater();
    if (m_connections.empty())
        m_tick->stop();
}

void LocalHttpServer::answerAndClose(Connection &connection, int status)
{
    connection.socket->write(answerBytes(HttpResponse::json(status, "{}"), false));
    connection.closing = true;
    connection.since.start();
}

void LocalHttpServer::onReadyRead(QTcpSocket *socket)
{
    for (;;) {
        // Looked up again each time: the handler runs between two requests of one connection.
        const auto found = m_connections.find(socket);
        if (found == m_connections.end())
            return;
        Connection &connection = *found->second;
        if (connection.closing) {
            while (!socket->read(16 * 1024).isEmpty()) {} // discarded until the cut
            return;
        }
        const QByteArray bytes = socket->read(16 * 1024);
        const HttpRequestReader::Status status = connection.reader.feed(bytes);
        if (status == HttpRequestReader::Status::Failed) {
            answerAndClose(connection, connection.reader.errorStatus());
            return;
        }
        if (status == HttpRequestReader::Status::Incomplete) {
            if (socket->bytesAvailable() > 0)
                continue;
            return;
        }
        const HttpRequest request = connection.reader.takeRequest();
        const bool keepAlive = !connection.reader.wantsClose();
        const HttpResponse response = m_handler ? m_handler(request) : HttpResponse::json(404, "{}");
        if (m_connections.find(socket) == m_connections.end()
            || socket->state() != QAbstractSocket::ConnectedState)
            return;
        socket->write(answerBytes(response, keepAlive));
        if (!keepAlive) {
            socket->disconnectFromHost();
            return;
        }
        connection.since.start();
        // A pipelined next request may already be buffered in the reader: feed() with no bytes reads on.
    }
}

void LocalHttpServer::onTick()
{
    QList<QTcpSocket *> expired;
    QList<Connection *> late;
    for (auto &entry : m_connections) {
        Connection &connection = *entry.second;
        if (connection.closing) {
            if (connection.since.elapsed() >= kLingerMs)
                expired << entry.first;
        } else if (connection.since.elapsed() >= m_limits->readTimeoutMs) {
            if (connection.reader.isIdle())
                expired << entry.first; // an idle keep-alive connection just ends
            else
                late << &connection;
        }
    }
    for (Connection *connection : qAsConst(late))
        answerAndClose(*connection, 408);
    for (QTcpSocket *socket : qAsConst(expired)) {
        socket->disconnectFromHost();
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->abort();
        drop(socket);
    }
}

} // namespace LeadBridge
