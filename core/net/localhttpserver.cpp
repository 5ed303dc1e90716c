#include "localhttpserver.h"

#include <QTcpSocket>
#include <QUrl>

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

LocalHttpServer::LocalHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onNewConnection);
}

LocalHttpServer::~LocalHttpServer()
{
    m_server.close();
    Http::closeConnections(m_buffers, this);
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

void LocalHttpServer::onNewConnection()
{
    Http::adoptConnections(m_server, m_buffers, this, [this](QTcpSocket *socket) { onReadyRead(socket); });
}

void LocalHttpServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    m_buffers[socket].append(socket->readAll());
    for (;;) {
        // Looked up again each time: the handler runs between two requests of one connection.
        const auto found = m_buffers.find(socket);
        if (found == m_buffers.end())
            return;
        HttpRequest request;
        switch (Http::takeRequest(&found.value(), m_maxBodyBytes, &request)) {
        case Http::ReadStatus::Incomplete:
            return;
        case Http::ReadStatus::Malformed:
            found->clear();
            socket->abort();
            return;
        case Http::ReadStatus::TooLarge:
            found->clear();
            socket->write(Http::responseBytes(
                HttpResponse::json(413, R"({"success":false,"errorMsg":"Request too large"})")));
            socket->disconnectFromHost();
            return;
        case Http::ReadStatus::Complete:
            break;
        }
        const HttpResponse response = m_handler ? m_handler(request) : HttpResponse::json(404, "{}");
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        socket->write(Http::responseBytes(response));
    }
}

} // namespace LeadBridge
