#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include "apierror.h"

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace LeadBridge {

class RateLimiter;

struct ApiRequest
{
    enum class Method { Get, Post };
    Method method = Method::Get;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    /// A write is never blindly repeated once it may have reached the server: a timeout or a lost
    /// answer becomes ApiError::OutcomeUnknown.
    bool isWrite = false;
    int timeoutMs = 30000;
};

struct ApiResponse
{
    ApiError error;
    int httpStatus = 0;
    QByteArray body;
    int attempts = 0;
};

/// One request, with its retries. Emits finished() exactly once, then deletes itself.
class ApiCall final : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

signals:
    void finished(const LeadBridge::ApiResponse &response);

private:
    friend class ApiTransport;
    ApiCall(class ApiTransport *transport, ApiRequest request);
    /// After @p delayMs (a backoff), waits for the limiter's slot, then sends.
    void scheduleAttempt(qint64 delayMs);
    void acquireThenAttempt();
    void attempt();
    void onReplyFinished();
    void onExchangeFinished();
    /// One finished exchange (either path): classify, then retry or finish.
    void handleAnswer(int networkError, int status, const QByteArray &body, const QByteArray &retryAfter);
    void onTimeout();
    /// Aborts the reply as soon as its announced or received size passes the transport's cap.
    void checkSize();
    void finish(ApiResponse response);

    QPointer<ApiTransport> m_transport;
    ApiRequest m_request;
    QNetworkReply *m_reply = nullptr; ///< reads (GET) go through QNetworkAccessManager
    class PostExchange *m_exchange = nullptr; ///< writes (POST): one connection each, never re-sent
    QTimer *m_timer = nullptr;
    int m_attempts = 0;
    int m_rateLimitedAnswers = 0; ///< "slow down" answers: the request was not processed
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_done = false;
};

/// Sends API requests with one shared RateLimiter: reads (GET) through the injected
/// QNetworkAccessManager, POSTs through PostExchange (a connection of their own, never re-sent by
/// the HTTP stack). Retries reads on network errors, timeouts, 429 and 5xx (exponential backoff with
/// jitter, Retry-After honoured); retries writes only where the server cannot have acted (429, 503,
/// connection refused).
class ApiTransport final : public QObject
{
    Q_OBJECT
public:
    ApiTransport(QNetworkAccessManager *nam, RateLimiter *limiter, QObject *parent = nullptr);

    [[nodiscard]] ApiCall *send(const ApiRequest &request);

    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
    /// How often one request is sent again after "slow down" answers (which the service did not
    /// process) before the error is reported; they do not count as attempts.
    void setMaxRateLimitedRetries(int retries) { m_maxRateLimitedRetries = qMax(0, retries); }
    void setBackoff(int baseMs, int maxMs)
    {
        m_backoffBaseMs = baseMs;
        m_backoffMaxMs = maxMs;
    }
    /// The largest answer read (default kMaxAnswerBytes); a larger one is aborted as soon as that shows
    /// and reported as "answer too large" (never retried: it would be just as large again).
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = qMax<qint64>(1, bytes); }
    [[nodiscard]] qint64 maxAnswerBytes() const { return m_maxAnswerBytes; }
    static constexpr qint64 kMaxAnswerBytes = 32LL * 1024 * 1024;
    [[nodiscard]] RateLimiter *rateLimiter() const { return m_limiter; }
    [[nodiscard]] QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    /// Requests sent over the wire (retries included): tests check that a refused URL sends none.
    [[nodiscard]] qint64 requestsSent() const { return m_requestsSent; }
    /// Read-only (the dry run): every POST is refused here, before anything is sent, with a Permission
    /// error; reads go on as usual. There is no way back: a read-only transport stays read-only.
    void makeReadOnly() { m_readOnly = true; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /// POSTs refused because the transport is read-only (none reached the wire).
    [[nodiscard]] qint64 writesRefused() const { return m_writesRefused; }

    /// https:// everywhere, http:// only for loopback hosts.
    [[nodiscard]] static ApiError checkUrl(const QUrl &url);
    [[nodiscard]] static bool isLoopback(const QUrl &url);
    /// Pure classification of a finished exchange (no retries): status, transport error, body.
    [[nodiscard]] static ApiError classify(int networkError, int httpStatus, const QByteArray &body,
        const QString &context, bool isWrite, bool timedOut);
    [[nodiscard]] static int parseRetryAfterMs(const QByteArray &value);

private:
    friend class ApiCall;
    [[nodiscard]] qint64 backoffMs(int attempt) const;

    QNetworkAccessManager *m_nam;
    RateLimiter *m_limiter;
    int m_maxAttempts = 4;
    int m_maxRateLimitedRetries = 8;
    int m_backoffBaseMs = 500;
    int m_backoffMaxMs = 30000;
    qint64 m_requestsSent = 0;
    qint64 m_writesRefused = 0;
    bool m_readOnly = false;
    qint64 m_maxAnswerBytes = kMaxAnswerBytes;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::ApiResponse)
