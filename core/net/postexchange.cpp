#include "postexchange.h"

#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace LeadBridge {

namespace {
    constexpr int kMaxHeadBytes = 64 * 1024;

    QNetworkReply::NetworkError toNetworkError(QAbstractSocket::SocketError error)
    {
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            return QNetworkReply::ConnectionRefusedError;
        case QAbstractSocket::RemoteHostClosedError:
            return QNetworkReply::RemoteHostClosedError;
        case QAbstractSocket::HostNotFoundError:
            return QNetworkReply::HostNotFoundError;
        case QAbstractSocket::SocketTimeoutError:
            return QNetworkReply::TimeoutError;
        case QAbstractSocket::SslHandshakeFailedError:
        case QAbstractSocket::SslInternalError:
        case QAbstractSocket::SslInvalidUserDataError:
            return QNetworkReply::SslHandshakeFailedError;
        case QAbstractSocket::ProxyConnectionRefusedError:
            return QNetworkReply::ProxyConnectionRefusedError;
        case QAbstractSocket::ProxyNotFoundError:
            return QNetworkReply::ProxyNotFoundError;
        case QAbstractSocket::ProxyAuthenticationRequiredError:
            return QNetworkReply::ProxyAuthenticationRequiredError;
        default:
            return QNetworkReply::UnknownNetworkError;
        }
    }

    /// "Host: name[:port]", the name in its ASCII form, IPv6 addresses in brackets.
    QByteArray hostHeader(const QUrl &url, int defaultPort)
    {
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        if (host.contains(':'))
            host = '[' + host + ']';
        if (url.port() != -1 && url.port() != defaultPort)
            host += ':' + QByteArray::number(url.port());
        return host;
    }
} // namespace

PostExchange::PostExchange(QObject *parent)
    : QObject(parent)
{}

PostExchange::~PostExchange()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void PostExchange::start(const QUrl &url, const Headers &headers, const QByteArray &body)
{
    const bool tls = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const int defaultPort = tls ? 443 : 80;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();

    m_request = "POST " + target + " HTTP/1.1\r\nHost: " + hostHeader(url, defaultPort) + "\r\n";
    for (const auto &header : headers) {
        if (header.first.contains('\r') || header.first.contains('\n') || header.second.contains('\r')
            || header.second.contains('\n')) {
            // A line break would end the header early and let the rest be read as other headers.
            QMetaObject::invokeMethod(
                this, [this] { fail(QNetworkReply::ProtocolUnknownError, QStringLiteral("invalid header")); },
                Qt::QueuedConnection);
            return;
        }
        m_request += header.first + ": " + header.second + "\r\n";
    }
    m_request += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    m_request += body;

    const QString host = url.host(QUrl::EncodeUnicode);
    const auto port = quint16(url.port(defaultPort));
    if (tls) {
        if (!QSslSocket::supportsSsl()) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    fail(QNetworkReply::SslHandshakeFailedError, QStringLiteral("TLS is not available"));
                },
                Qt::QueuedConnection);
            return;
        }
        auto *socket = new QSslSocket(this);
        m_socket = socket;
        // The default configuration holds the system's CAs; the peer must prove it is `host`.
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket->setSslConfiguration(configuration);
        connect(socket, &QSslSocket::encrypted, this, &PostExchange::onConnected);
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &PostExchange::onConnected);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &PostExchange::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &PostExchange::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &PostExchange::onSocketError);
    if (tls)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(host, port);
    else
        m_socket->connectToHost(host, port);
}

void PostExchange::abort()
{
    fail(QNetworkReply::OperationCanceledError, QStringLiteral("aborted"));
}

QByteArray PostExchange::rawHeader(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void PostExchange::onConnected()
{
    m_socket->write(m_request);
}

void PostExchange::onReadyRead()
{
    if (m_done)
        return;
    m_buffer += m_socket->readAll();
    if (parse())
        complete();
}

void PostExchange::onDisconnected()
{
    if (m_done)
        return;
    m_buffer += m_socket->readAll();
    if (parse()) {
        complete();
    } else if (m_headParsed && m_framing == Framing::UntilClose) {
        m_body += m_buffer; // the end of the connection is the end of this answer
        m_buffer.clear();
        complete();
    } else {
        fail(QNetworkReply::RemoteHostClosedError, QStringLiteral("connection closed before the answer"));
    }
}

void PostExchange::onSocketError()
{
    if (m_done)
        return;
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    fail(toNetworkError(m_socket->error()), m_socket->errorString());
}

bool PostExchange::parse()
{
    for (;;) {
        if (m_error)
            return true;
        if (!m_headParsed) {
            if (!parseHead())
                return false;
            continue; // an interim (1xx) answer restarts the head
        }
        switch (m_framing) {
        case Framing::Length:
            if (m_buffer.size() < m_contentLength)
                return false;
            m_body = m_buffer.left(m_contentLength);
            m_buffer.clear();
            return true;
        case Framing::Chunked:
            return parseChunks();
        case Framing::UntilClose:
            if (m_buffer.size() > m_maxAnswerBytes) {
                m_tooLarge = true;
                fail(QNetworkReply::UnknownContentError, QStringLiteral("answer too large"));
                return true;
            }
            return false;
        }
    }
}

bool PostExchange::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxHeadBytes)
            fail(QNetworkReply::ProtocolFailure, QStringLiteral("answer headers too long"));
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    bool ok = false;
    const int status = statusLine.size() >= 2 ? statusLine.at(1).toInt(&ok) : 0;
    if (!statusLine.first().startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
        fail(QNetworkReply::ProtocolFailure, QStringLiteral("not an HTTP answer"));
        return false;
    }
    if (status < 200)
        return true; // 100 Continue and the like: the real answer follows
    m_headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            m_headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    m_headParsed = true;
    m_status = status;
    if (rawHeader("Transfer-Encoding").toLower().contains("chunked")) {
        m_framing = Framing::Chunked;
    } else if (!rawHeader("Content-Length").isEmpty()) {
        m_contentLength = rawHeader("Content-Length").toLongLong(&ok);
        m_tooLarge = ok && m_contentLength > m_maxAnswerBytes;
        if (!ok || m_contentLength < 0 || m_contentLength > m_maxAnswerBytes) {
            fail(QNetworkReply::UnknownContentError, QStringLiteral("answer length not acceptable"));
            return false;
        }
        m_framing = Framing::Length;
    } else {
        m_framing = (status == 204 || status == 304) ? Framing::Length : Framing::UntilClose;
    }
    return true;
}

bool PostExchange::parseChunks()
{
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if (lineEnd < 0)
            return false;
        QByteArray sizeText = m_buffer.left(lineEnd);
        const qsizetype extension = sizeText.indexOf(';');
        if (extension >= 0)
            sizeText.truncate(extension);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        m_tooLarge = ok && size >= 0 && m_body.size() + size > m_maxAnswerBytes;
        if (!ok || size < 0 || m_body.size() + size > m_maxAnswerBytes) {
            fail(QNetworkReply::ProtocolFailure, QStringLiteral("bad chunked answer"));
            return true;
        }
        if (size == 0) {
            // The last chunk; the trailers (usually none) end with an empty line.
            const qsizetype trailerEnd = m_buffer.indexOf("\r\n\r\n", lineEnd);
            if (m_buffer.mid(lineEnd, 4) != "\r\n\r\n" && trailerEnd < 0)
                return false;
            m_buffer.clear();
            return true;
        }
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return false;
        m_body += m_buffer.mid(lineEnd + 2, size);
        m_buffer.remove(0, lineEnd + 2 + size + 2);
    }
}

void PostExchange::fail(int networkError, const QString &message)
{
    if (m_done)
        return;
    m_error = networkError;
    m_errorString = message;
    m_status = 0;
    m_body.clear();
    complete();
}

void PostExchange::complete()
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    emit finished();
}

} // namespace LeadBridge
