#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

class QTcpSocket;

namespace LeadBridge {

/// One HTTP/1.1 POST over a connection of its own (`Connection: close`), sent exactly once.
///
/// Qt's HTTP/1 stack (QNetworkAccessManager) sends a POST again by itself when a kept-alive connection
/// drops after the server read the request, so a write the server applied can arrive twice. This class
/// never re-sends: whatever happens after the request left is reported, and the caller (ApiTransport's
/// retry policy) decides. https:// goes over QSslSocket with the default TLS configuration (the system
/// CAs) and host name verification; there are no redirects, no cookies, no compression.
class PostExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostExchange)
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    /// Answers larger than this are an error by default (a write's answer is a few hundred bytes).
    static constexpr qint64 kMaxAnswerBytes = 32 * 1024 * 1024;

    explicit PostExchange(QObject *parent = nullptr);
    ~PostExchange() override;

    /// Connects and sends. finished() follows exactly once, never from within start() (also after
    /// abort(), which emits it at once).
    void start(const QUrl &url, const Headers &headers, const QByteArray &body);
    /// Answers over @p bytes are not read: finished() with tooLarge() set.
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }
    [[nodiscard]] bool tooLarge() const { return m_tooLarge; }
    /// Drops the connection; finished() is emitted now with OperationCanceledError.
    void abort();

    /// A QNetworkReply::NetworkError code: NoError when a complete answer arrived.
    [[nodiscard]] int networkError() const { return m_error; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    /// 0 unless a complete answer arrived.
    [[nodiscard]] int httpStatus() const { return m_status; }
    [[nodiscard]] QByteArray body() const { return m_body; }
    /// The first header of that name (case-insensitive), or empty.
    [[nodiscard]] QByteArray rawHeader(const QByteArray &name) const;

signals:
    void finished();

private:
    enum class Framing { Length, Chunked, UntilClose };

    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    /// Parses what arrived; true when the answer is complete (or broken: m_error set).
    bool parse();
    bool parseHead();
    bool parseChunks();
    void fail(int networkError, const QString &message);
    void complete();

    QTcpSocket *m_socket = nullptr;
    QByteArray m_request;
    QByteArray m_buffer;
    QByteArray m_body;
    Headers m_headers;
    Framing m_framing = Framing::UntilClose;
    qint64 m_contentLength = 0;
    int m_status = 0;
    bool m_headParsed = false;
    bool m_done = false;
    bool m_tooLarge = false;
    qint64 m_maxAnswerBytes = kMaxAnswerBytes;
    int m_error = 0;
    QString m_errorString;
};

} // namespace LeadBridge
