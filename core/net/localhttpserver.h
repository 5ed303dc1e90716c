#pragma once

#include <functional>
#include <map>
#include <memory>

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>

class QTcpSocket;

namespace LeadBridge {

struct HttpRequest
{
    QByteArray method;
    QString path; ///< decoded path, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    QUrlQuery form; ///< the body, when it is application/x-www-form-urlencoded
    [[nodiscard]] QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    static HttpResponse json(int status, const QByteArray &body);
};

/// HTTP/1.1 framing, shared by every server that speaks it.
namespace Http {
    enum class ReadStatus {
        Incomplete, ///< wait for more bytes
        Complete, ///< one request taken off the buffer
        TooLarge, ///< the body is over the limit (answer 413)
        Malformed, ///< not HTTP, or headers without an end (drop the connection)
    };
    inline constexpr int kMaxHeaderBytes = 64 * 1024;

    /// Takes the first complete request off @p buffer. @p raw, when given, receives its bytes.
    ReadStatus takeRequest(
        QByteArray *buffer, int maxBodyBytes, HttpRequest *request, QByteArray *raw = nullptr);
    /// Status line, headers (keep-alive) and body.
    [[nodiscard]] QByteArray responseBytes(const HttpResponse &response);
    [[nodiscard]] QByteArray reasonPhrase(int status);

    /// Unfinished input per open connection; the connections are owned here.
    using Connections = QHash<QTcpSocket *, QByteArray>;
    /// Takes @p server's pending connections into @p connections (deleted when they disconnect);
    /// @p onReadyRead runs in @p owner's context, which must own @p connections.
    void adoptConnections(QTcpServer &server, Connections &connections, QObject *owner,
        const std::function<void(QTcpSocket *)> &onReadyRead);
    /// Aborts and deletes every connection, without reacting to their signals.
    void closeConnections(Connections &connections, QObject *owner);
} // namespace Http

struct HttpLimits;
class HttpRequestReader;

/// The product's HTTP endpoint (the webhook receiver), fit for the internet: one synchronous handler;
/// the strict reader's limits (8 KiB headers 431, 64 KiB body 413, 10 s per request 408, bad framing
/// 400) and at most 64 connections, of which the oldest gives way to a new one. Reading is bounded
/// and cheap, so it may run on the engine's thread. It keeps no request after answering it: no log,
/// no counters.
class LocalHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalHttpServer)
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit LocalHttpServer(QObject *parent = nullptr);
    ~LocalHttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Returns the port, or 0 with @p error set (and @p inUse when another socket has the port).
    quint16 listen(
        const QHostAddress &address, quint16 port, QString *error = nullptr, bool *inUse = nullptr);
    void close();
    /// Applies to connections accepted afterwards.
    void setLimits(const HttpLimits &limits);
    [[nodiscard]] HttpLimits limits() const;
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    /// Connections open now (each holds at most one unfinished request).
    [[nodiscard]] int openConnections() const { return int(m_connections.size()); }

private:
    struct Connection;

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void onTick();
    void answerAndClose(Connection &connection, int status);
    void drop(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    std::unique_ptr<HttpLimits> m_limits;
    std::map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    QTimer *m_tick;
    quint64 m_accepted = 0;
};

} // namespace LeadBridge
