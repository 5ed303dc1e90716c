#include "apitransport.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include "postexchange.h"
#include "ratelimiter.h"
#include "util/logging.h"

namespace LeadBridge {

namespace {
    /// retailCRM's over-limit answer: HTTP 503 {"success":false,"errorMsg":"Rate limit exceeded"}, no
    /// Retry-After (reference/retailcrm/error-rate-limit-503.json; api-client-go retries it as such).
    bool saysRateLimit(const QJsonDocument &json)
    {
        const QString message = json.object().value(QLatin1String("errorMsg")).toString();
        return message.contains(QLatin1String("rate limit"), Qt::CaseInsensitive);
    }

    bool startsLikeJson(const QByteArray &body)
    {
        for (const char c : body) {
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                continue;
            return c == '{' || c == '[';
        }
        return false;
    }
} // namespace

ApiCall::ApiCall(ApiTransport *transport, ApiRequest request)
    : QObject(transport)
    , m_transport(transport)
    , m_request(std::move(request))
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_exchange) {
        m_exchange->disconnect(this);
        m_exchange->abort();
    }
}

void ApiCall::scheduleAttempt(qint64 delayMs)
{
    if (delayMs > 0) {
        QTimer::singleShot(
            int(qMin<qint64>(delayMs, 600000)), Qt::PreciseTimer, this, &ApiCall::acquireThenAttempt);
        return;
    }
    acquireThenAttempt();
}

void ApiCall::acquireThenAttempt()
{
    if (!m_transport) {
        attempt(); // reports "transport gone"
        return;
    }
    // The slot is booked now, when the request leaves, never when it was scheduled: a retry waiting
    // for its turn holds none, so it cannot push the window over the service's limit.
    const qint64 wait = m_transport->m_limiter->tryAcquire();
    if (wait <= 0) {
        attempt();
        return;
    }
    QTimer::singleShot(int(qMin<qint64>(wait, 600000)), Qt::PreciseTimer, this, &ApiCall::acquireThenAttempt);
}

void ApiCall::attempt()
{
    if (!m_transport) {
        finish(
            { ApiError::make(ApiError::Kind::Network, QStringLiteral("transport gone")), 0, {}, m_attempts });
        return;
    }
    ++m_attempts;
    ++m_transport->m_requestsSent;
    m_timedOut = false;
    disconnect(m_timer, nullptr, this, nullptr);
    connect(m_timer, &QTimer::timeout, this, &ApiCall::onTimeout);
    if (m_request.method == ApiRequest::Method::Post) {
        // Not through QNetworkAccessManager: Qt's HTTP/1 stack sends a POST again by itself when the
        // connection drops after the server read it, so a write could be applied twice. A
        // PostExchange sends it once; what happened then is this class's (and its caller's) call.
        PostExchange::Headers headers = m_request.headers;
        headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
        headers.append({ QByteArrayLiteral("Content-Type"), m_request.contentType });
        m_exchange = new PostExchange(this);
        m_exchange->setMaxAnswerBytes(m_transport->m_maxAnswerBytes);
        m_tooLarge = false;
        connect(m_exchange, &PostExchange::finished, this, &ApiCall::onExchangeFinished);
        m_timer->start(m_request.timeoutMs);
        m_exchange->start(m_request.url, headers, m_request.body);
        return;
    }
    QNetworkRequest request(m_request.url);
    for (const auto &header : std::as_const(m_request.headers))
        request.setRawHeader(header.first, header.second);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_transport->m_nam->get(request);
    m_tooLarge = false;
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::checkSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::checkSize);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_timer->start(m_request.timeoutMs);
}

void ApiCall::onTimeout()
{
    if (m_exchange) {
        m_timedOut = true;
        m_exchange->abort(); // emits finished
        return;
    }
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // emits finished
}

void ApiCall::checkSize()
{
    if (!m_reply || m_tooLarge || !m_transport)
        return;
    const qint64 cap = m_transport->m_maxAnswerBytes;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > cap || m_reply->bytesAvailable() > cap) {
        m_tooLarge = true;
        m_reply->abort(); // emits finished; nothing more is buffered
    }
}

void ApiCall::onExchangeFinished()
{
    m_timer->stop();
    PostExchange *exchange = m_exchange;
    m_exchange = nullptr;
    exchange->deleteLater();
    m_tooLarge = exchange->tooLarge();
    handleAnswer(exchange->networkError(), exchange->httpStatus(), exchange->body(),
        exchange->rawHeader("Retry-After"));
}

void ApiCall::onReplyFinished()
{
    m_timer->stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    handleAnswer(int(reply->error()), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        reply->readAll(), reply->rawHeader("Retry-After"));
}

void ApiCall::handleAnswer(int networkError, int status, const QByteArray &body, const QByteArray &retryAfter)
{
    const QString method =
        m_request.method == ApiRequest::Method::Get ? QStringLiteral("GET") : QStringLiteral("POST");
    const QString context =
        method + QLatin1Char(' ') + redactedUrl(m_request.url.adjusted(QUrl::RemoveQuery));

    ApiResponse response;
    response.httpStatus = status;
    response.attempts = m_attempts;
    if (m_tooLarge || body.size() > m_transport->m_maxAnswerBytes) {
        // Not read, not retried: a write's outcome is unknown (the service may have applied it).
        const qint64 mib = m_transport->m_maxAnswerBytes / (1024 * 1024);
        const QString detail = context + QStringLiteral(" -> ")
            + QCoreApplication::translate(
                "LeadBridge::ApiTransport", "answer too large (more than %1 MiB); it was not read")
                  .arg(mib > 0 ? mib : 1);
        response.error = ApiError::make(
            m_request.isWrite ? ApiError::Kind::OutcomeUnknown : ApiError::Kind::BadResponse, detail, status);
        qCWarning(lcApi) << context << "answer too large, aborted";
        finish(response);
        return;
    }
    response.body = body;
    response.error =
        ApiTransport::classify(networkError, status, body, context, m_request.isWrite, m_timedOut);
    if (status == 429 || status == 503)
        response.error.retryAfterMs = ApiTransport::parseRetryAfterMs(retryAfter);
    qCDebug(lcApi) << context << "->" << status << ApiError::kindName(response.error.kind) << "attempt"
                   << m_attempts;

    const ApiError::Kind kind = response.error.kind;
    bool retry = false;
    if (kind == ApiError::Kind::RateLimited) {
        // Refused before it was processed: safe to send again, reads and writes alike. Counted apart
        // from the other attempts, so that a busy key slows down rather than fails.
        retry = ++m_rateLimitedAnswers <= m_transport->m_maxRateLimitedRetries;
    } else if (m_attempts < m_transport->m_maxAttempts) {
        if (!m_request.isWrite) {
            retry = kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout
                || kind == ApiError::Kind::Server || kind == ApiError::Kind::RateLimited;
        } else {
            // A write is repeated only where the server cannot have acted on it.
            const auto netError = QNetworkReply::NetworkError(networkError);
            const bool notSent = netError == QNetworkReply::ConnectionRefusedError
                || netError == QNetworkReply::HostNotFoundError;
            retry = (kind == ApiError::Kind::Server && status == 503)
                || (kind == ApiError::Kind::Network && notSent);
        }
    }
    if (retry) {
        qint64 delay = m_transport->backoffMs(m_attempts);
        if (kind == ApiError::Kind::RateLimited) {
            // Every caller of this key slows down, not only this request: the limiter holds them all
            // back for the service's Retry-After, or, when it names none (retailCRM's 503), for
            // 250 ms doubling with every refusal in a row (the window itself already spaces the sends;
            // a refusal means jitter or another client on the key).
            const qint64 backoff = qMin<qint64>(qint64(250) << qMin(m_rateLimitedAnswers - 1, 7), 30000);
            m_transport->m_limiter->pause(
                response.error.retryAfterMs > 0 ? response.error.retryAfterMs : backoff);
            delay = 0;
        } else if (response.error.retryAfterMs > 0) {
            m_transport->m_limiter->pause(response.error.retryAfterMs);
            delay = 0; // the limiter holds everyone back until then
        }
        qCInfo(lcApi) << context << "will be retried:" << ApiError::kindName(kind);
        scheduleAttempt(delay);
        return;
    }
    if (kind == ApiError::Kind::RateLimited && response.error.retryAfterMs > 0)
        m_transport->m_limiter->pause(response.error.retryAfterMs);
    finish(response);
}

void ApiCall::finish(ApiResponse response)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(response);
    deleteLater();
}

ApiTransport::ApiTransport(QNetworkAccessManager *nam, RateLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_limiter(limiter)
{}

ApiCall *ApiTransport::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    const ApiError urlError = checkUrl(request.url);
    if (!urlError.isOk()) {
        QTimer::singleShot(0, call, [call, urlError] { call->finish({ urlError, 0, {}, 0 }); });
        return call;
    }
    if (m_readOnly && (request.method == ApiRequest::Method::Post || request.isWrite)) {
        ++m_writesRefused;
        const ApiError refused = ApiError::make(ApiError::Kind::Permission,
            QStringLiteral("dry run: LeadBridge refused to send a write (%1)").arg(request.url.path()));
        QTimer::singleShot(0, call, [call, refused] { call->finish({ refused, 0, {}, 0 }); });
        return call;
    }
    // Start on the next event-loop turn so that callers can connect first.
    QTimer::singleShot(0, call, [call] { call->scheduleAttempt(0); });
    return call;
}

bool ApiTransport::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError ApiTransport::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return ApiError::make(ApiError::Kind::Network, QStringLiteral("invalid address"));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopback(url))
        return {};
    return ApiError::make(
        ApiError::Kind::InsecureUrl, QStringLiteral("%1:// is not allowed for %2").arg(scheme, url.host()));
}

int ApiTransport::parseRetryAfterMs(const QByteArray &value)
{
    bool ok = false;
    const double seconds = value.trimmed().toDouble(&ok);
    if (ok && seconds >= 0)
        return int(qMin(seconds, 600.0) * 1000);
    return 0;
}

ApiError ApiTransport::classify(int networkError, int httpStatus, const QByteArray &body,
    const QString &context, bool isWrite, bool timedOut)
{
    using Kind = ApiError::Kind;
    const QString where = context + QStringLiteral(" -> ");
    if (timedOut) {
        return ApiError::make(
            isWrite ? Kind::OutcomeUnknown : Kind::Timeout, where + QStringLiteral("no answer in time"));
    }
    if (httpStatus == 0) {
        const auto error = QNetworkReply::NetworkError(networkError);
        switch (error) {
        case QNetworkReply::SslHandshakeFailedError:
            return ApiError::make(Kind::Tls, where + QStringLiteral("TLS handshake failed"));
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            return ApiError::make(
                Kind::Network, where + QStringLiteral("cannot connect (error %1)").arg(networkError));
        case QNetworkReply::TimeoutError:
            return ApiError::make(isWrite ? Kind::OutcomeUnknown : Kind::Timeout,
                where + QStringLiteral("connection timed out"));
        default:
            // The connection broke after the request left: a write may have been applied.
            return ApiError::make(isWrite ? Kind::OutcomeUnknown : Kind::Network,
                where + QStringLiteral("connection failed (error %1)").arg(networkError));
        }
    }
    const QString statusText = where + QStringLiteral("HTTP %1").arg(httpStatus);
    if (httpStatus >= 300 && httpStatus < 400)
        return ApiError::make(
            Kind::BadResponse, statusText + QStringLiteral(" (redirect: not an API address)"), httpStatus);
    if (httpStatus >= 200 && httpStatus < 300) {
        // A success is parsed once, by its reader (a broken document is its BadResponse); here only
        // whether it starts like JSON at all (an HTML page does not).
        if (!startsLikeJson(body))
            return ApiError::make(
                Kind::BadResponse, statusText + QStringLiteral(" with a body that is not JSON"), httpStatus);
        return {};
    }
    QJsonParseError parseError {};
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError && !json.isNull();
    Kind kind = Kind::Validation;
    if (httpStatus == 401)
        kind = Kind::Auth;
    else if (httpStatus == 403)
        kind = Kind::Permission;
    else if (httpStatus == 404)
        kind = Kind::NotFound;
    else if (httpStatus == 429 || (httpStatus == 503 && isJson && saysRateLimit(json)))
        kind = Kind::RateLimited;
    else if (httpStatus == 460)
        kind = Kind::PlanLimit;
    else if (httpStatus >= 500)
        kind = (isWrite && httpStatus != 503) ? Kind::OutcomeUnknown : Kind::Server;
    QString detail = statusText;
    if (!isJson && !body.isEmpty())
        detail += QStringLiteral(" (not JSON)");
    return ApiError::make(kind, detail, httpStatus);
}

qint64 ApiTransport::backoffMs(int attempt) const
{
    const qint64 base = qint64(m_backoffBaseMs) << qMin(attempt - 1, 10);
    const qint64 capped = qMin<qint64>(base, m_backoffMaxMs);
    const qint64 jitter = capped > 1 ? QRandomGenerator::global()->bounded(capped / 2 + 1) : 0;
    return capped / 2 + jitter; // between half and all of the capped delay
}

} // namespace LeadBridge
