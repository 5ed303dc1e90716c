#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include "calltouchparsers.h"
#include "calltouchtypes.h"
#include "net/apierror.h"

namespace LeadBridge {
class ApiTransport;
struct ApiRequest;
struct ApiResponse;
} // namespace LeadBridge

namespace LeadBridge::Calltouch {

/// A result callback: called exactly once, on the client's thread, unless the context object of the
/// call was destroyed first (then never). On error the value is default-constructed unless a method
/// says otherwise.
template <typename T> using Done = std::function<void(const T &value, const ApiError &error)>;

/// The Calltouch API calls LeadBridge makes (see shared/reference/calltouch-api.md). Asynchronous only:
/// every method returns at once and answers through its callback. Requests go through the shared
/// ApiTransport (retries, rate limit, https-only except loopback, timeouts).
///
/// Two auth styles: journal reads (RestAPI) carry the token as the percent-encoded `clientApiId` query
/// parameter; deal writes (lead-service v1/api) carry it only in the `Access-Token` header, with
/// `SiteId`. Query dates are days of the project time zone; every QDateTime in and out is UTC.
class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)
public:
    static constexpr int kPageLimit = 1000; ///< calls / deals journal page size (the max)
    static constexpr int kMaxDaysPerRequest = 31; ///< journal ranges are split into chunks this long
    static constexpr int kMaxDealsPerRequest = 100;
    static constexpr int kMaxPages = 1000; ///< safety stop per chunk

    /// @p baseUrl: scheme, host, port and an optional path prefix; empty = defaultBaseUrl()
    /// (https://api.calltouch.ru).
    /// @p token: the API token, used as clientApiId and (unless setAccessToken()) as Access-Token.
    Client(ApiTransport *transport, const QUrl &baseUrl, const QString &siteId, const QString &token,
        const QString &timeZoneId = QStringLiteral("Europe/Moscow"), QObject *parent = nullptr);
    ~Client() override;

    [[nodiscard]] static QUrl defaultBaseUrl();
    [[nodiscard]] QUrl baseUrl() const { return m_base; }
    [[nodiscard]] QString siteId() const { return m_siteId; }
    [[nodiscard]] QTimeZone timeZone() const { return m_zone; }
    /// A separate key for lead-service writes (the same token as clientApiId by default).
    void setAccessToken(const QString &accessToken);

    /// GET calls-diary for today (project zone), page=1&limit=1. done(true) when the token and the site
    /// ID work together. 401/403 -> Auth; a redirect or a body that is not JSON -> BadResponse.
    void checkCredentials(QObject *context, Done<bool> done);
    /// Calls of the days [from, to] (project zone, inclusive), paginated mode with limit 1000, every
    /// page, in chunks of at most 31 days. Each call once (by callId), in the order received. A record
    /// without an id comes as a lead with an empty id (after the others): it cannot be synced, but it
    /// must not vanish silently either (the caller records an error).
    void calls(const QDate &from, const QDate &to, QObject *context, Done<QList<Lead>> done);
    /// How many calls the days [from, to] (project zone, inclusive) hold: one request per 31-day chunk,
    /// page=1&limit=1, read from the journal's recordsTotal (no records are downloaded).
    void callsCount(const QDate &from, const QDate &to, QObject *context, Done<int> done);
    /// Requests (website forms) of the days [from, to], in chunks of at most 31 days, with siteId in the
    /// query and MM/dd/yyyy dates. Each request once (by requestId); one without an id as for calls().
    void requests(const QDate &from, const QDate &to, QObject *context, Done<QList<Lead>> done);
    /// POST client-order/create with matching built from each Deal::binding, at most 100 deals per
    /// request (bigger lists are split and sent one request after the other). The results are in the
    /// order of @p deals; a deal Calltouch refused has DealResult::error. A whole-request error stops
    /// the run: the list then holds the results of the requests answered before (a prefix of @p deals),
    /// and the error says what happened to the next one (OutcomeUnknown when its answer was lost: look
    /// with dealsJournal() before sending it again).
    void createDeals(const QList<Deal> &deals, QObject *context, Done<QList<DealResult>> done);
    /// POST client-order/update (never with matching), the same batching and results as createDeals().
    void updateDeals(const QList<Deal> &deals, QObject *context, Done<QList<DealResult>> done);
    /// The orderNumbers of the deals journal with orderDate in [from, to]: orders-diary, dd/MM/yyyy,
    /// every page. The API wants dateFrom < dateTo and does not say whether dateTo is included, so it is
    /// asked for [from, to + 1 day]: a superset, which is what a "does it exist" check needs.
    void dealsJournal(const QDate &from, const QDate &to, QObject *context, Done<QStringList> done);
    /// The same journal read, with each deal's status and revenue (the reconciliation compares them).
    void dealRecords(const QDate &from, const QDate &to, QObject *context, Done<QList<JournalDeal>> done);

private:
    using Params = QList<QPair<QString, QString>>;
    using RawDone = std::function<void(const ApiResponse &response, const ApiError &error)>;
    struct JournalJob;
    struct DealsJob;

    [[nodiscard]] QUrl endpoint(const QString &path, const Params &query = {}) const;
    [[nodiscard]] QString sitePath(const QString &tail) const;
    [[nodiscard]] static QList<QPair<QDate, QDate>> chunks(const QDate &from, const QDate &to);
    [[nodiscard]] static ApiError rangeError(const QDate &from, const QDate &to);
    void get(const QString &path, const Params &query, QObject *context, RawDone done);
    void postJson(const QString &path, const QByteArray &body, QObject *context, RawDone done);
    void send(const ApiRequest &request, QObject *context, RawDone done);
    void runJournal(const std::shared_ptr<JournalJob> &job);
    void runDealsJournal(const QDate &from, const QDate &to, QObject *context,
        std::function<void(const JournalJob &job, const ApiError &error)> finish);
    void countChunks(QList<QPair<QDate, QDate>> chunks, int sum, QObject *context, Done<int> done);
    /// A journal job that hands its leads to @p done; null (and @p done told) for an invalid range.
    [[nodiscard]] std::shared_ptr<JournalJob> leadsJob(
        const QDate &from, const QDate &to, QObject *context, Done<QList<Lead>> done);
    void sendDeals(const QList<Deal> &deals, bool create, QObject *context, Done<QList<DealResult>> done);
    void runDeals(const std::shared_ptr<DealsJob> &job);

    ApiTransport *m_transport;
    QUrl m_base;
    QString m_siteId;
    QString m_token;
    QString m_accessToken;
    QTimeZone m_zone;
};

} // namespace LeadBridge::Calltouch
