#include "calltouchclient.h"

#include <QDateTime>
#include <QMetaObject>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

#include "net/apitransport.h"
#include "util/logging.h"

namespace LeadBridge::Calltouch {
namespace {

    const QString kCallsDiary = QStringLiteral("/calls-diary/calls");
    const QString kOrdersDiary = QStringLiteral("/orders-diary/orders");
    const QString kRequests = QStringLiteral("/calls-service/RestAPI/requests");
    const QString kCreate = QStringLiteral("/lead-service/v1/api/client-order/create");
    const QString kUpdate = QStringLiteral("/lead-service/v1/api/client-order/update");

    ApiError clientGone()
    {
        return ApiError::make(ApiError::Kind::Network, QStringLiteral("the Calltouch client was deleted"));
    }

} // namespace

/// One journal read: a list of requests (chunks), each maybe paginated.
struct Client::JournalJob
{
    struct Step
    {
        QString path;
        Params query;
        bool paged = false;
    };
    struct Chunk
    {
        QList<Lead> leads;
        QStringList numbers;
        QList<JournalDeal> deals;
        PageInfo info;
        int withoutId = 0; ///< records without an id
    };
    QList<Step> steps;
    int step = 0;
    int page = 1;
    std::function<Result<Chunk>(const QByteArray &body)> parse;
    QList<Lead> leads;
    QStringList numbers;
    QList<JournalDeal> deals;
    QSet<QString> seen;
    int withoutId = 0;
    QObject *context = nullptr;
    std::function<void(const JournalJob &job, const ApiError &error)> finish;
};

struct Client::DealsJob
{
    QList<QList<Deal>> batches;
    int index = 0;
    bool create = true;
    QList<DealResult> results;
    QObject *context = nullptr;
    Done<QList<DealResult>> done;
};

Client::Client(ApiTransport *transport, const QUrl &baseUrl, const QString &siteId, const QString &token,
    const QString &timeZoneId, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_base((baseUrl.isEmpty() ? defaultBaseUrl() : baseUrl)
                 .adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo
                     | QUrl::StripTrailingSlash))
    , m_siteId(siteId.trimmed())
    , m_token(token.trimmed())
    , m_accessToken(token.trimmed())
    , m_zone(projectTimeZone(timeZoneId))
{
    registerSecret(m_token);
}

Client::~Client() = default;

QUrl Client::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.calltouch.ru"));
}

void Client::setAccessToken(const QString &accessToken)
{
    m_accessToken = accessToken.trimmed();
    registerSecret(m_accessToken);
}

QUrl Client::endpoint(const QString &path, const Params &query) const
{
    QUrl url = m_base;
    // Any path of the address setting is kept as a prefix (a proxy); `path` is already encoded.
    QString prefix = m_base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path, QUrl::StrictMode);
    QUrlQuery urlQuery;
    // Values are percent-encoded here: a token holds '/', '.' and '+', and a '+' left as it is reads as
    // a space on the server. QUrlQuery keeps the %XX sequences as they are.
    for (const auto &item : query)
        urlQuery.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    url.setQuery(urlQuery);
    return url;
}

QString Client::sitePath(const QString &tail) const
{
    return QStringLiteral("/calls-service/RestAPI/") + QString::fromLatin1(QUrl::toPercentEncoding(m_siteId))
        + tail;
}

QList<QPair<QDate, QDate>> Client::chunks(const QDate &from, const QDate &to)
{
    QList<QPair<QDate, QDate>> list;
    for (QDate start = from; start <= to; start = start.addDays(kMaxDaysPerRequest)) {
        const QDate end = qMin(to, start.addDays(kMaxDaysPerRequest - 1));
        list.append({ start, end });
    }
    return list;
}

ApiError Client::rangeError(const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid() && from <= to)
        return {};
    return ApiError::make(ApiError::Kind::Validation,
        tr("The period %1 to %2 is not a valid range of days.")
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
}

void Client::send(const ApiRequest &request, QObject *context, RawDone done)
{
    ApiCall *call = m_transport->send(request);
    QObject *receiver = context ? context : this;
    connect(call, &ApiCall::finished, receiver, [done = std::move(done)](const ApiResponse &response) {
        done(response, responseError(response.httpStatus, response.body, response.error));
    });
}

void Client::get(const QString &path, const Params &query, QObject *context, RawDone done)
{
    Params withToken;
    withToken.append({ QStringLiteral("clientApiId"), m_token });
    withToken.append(query);
    ApiRequest request;
    request.method = ApiRequest::Method::Get;
    request.url = endpoint(path, withToken);
    send(request, context, std::move(done));
}

void Client::postJson(const QString &path, const QByteArray &body, QObject *context, RawDone done)
{
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.url = endpoint(path); // never the token in a lead-service URL: headers only
    request.headers.append({ QByteArrayLiteral("Access-Token"), m_accessToken.toUtf8() });
    request.headers.append({ QByteArrayLiteral("SiteId"), m_siteId.toUtf8() });
    request.contentType = QByteArrayLiteral("application/json");
    request.body = body;
    request.isWrite = true;
    send(request, context, std::move(done));
}

void Client::checkCredentials(QObject *context, Done<bool> done)
{
    const QString today = formatJournalDate(QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date());
    const Params query { { QStringLiteral("dateFrom"), today }, { QStringLiteral("dateTo"), today },
        { QStringLiteral("page"), QStringLiteral("1") }, { QStringLiteral("limit"), QStringLiteral("1") } };
    const QTimeZone zone = m_zone;
    get(sitePath(kCallsDiary), query, context,
        [done = std::move(done), zone](const ApiResponse &response, const ApiError &error) {
            if (!error.isOk()) {
                done(false, error);
                return;
            }
            // A 200 with JSON that is not a calls journal is some other service.
            const Result<CallsPage> page = parseCallsJournal(response.body, zone);
            if (!page.isOk()) {
                done(false,
                    ApiError::make(ApiError::Kind::BadResponse,
                        tr("The address answers with JSON that is not the Calltouch calls "
                           "journal: it is not the Calltouch API address. %1")
                            .arg(page.error.detail),
                        response.httpStatus));
                return;
            }
            done(true, {});
        });
}

void Client::runJournal(const std::shared_ptr<JournalJob> &job)
{
    if (job->step >= job->steps.size()) {
        job->finish(*job, {});
        return;
    }
    const JournalJob::Step &step = job->steps.at(job->step);
    Params query = step.query;
    if (step.paged) {
        query.append({ QStringLiteral("page"), QString::number(job->page) });
        query.append({ QStringLiteral("limit"), QString::number(kPageLimit) });
    }
    QPointer<Client> self(this);
    get(step.path, query, job->context, [self, job](const ApiResponse &response, const ApiError &error) {
        if (!error.isOk()) {
            job->finish(*job, error);
            return;
        }
        const Result<JournalJob::Chunk> parsed = job->parse(response.body);
        if (!parsed.isOk()) {
            job->finish(*job, parsed.error);
            return;
        }
        for (const Lead &lead : parsed.value.leads) {
            if (!job->seen.contains(lead.id)) {
                job->seen.insert(lead.id);
                job->leads.append(lead);
            }
        }
        job->withoutId += parsed.value.withoutId;
        for (const QString &number : parsed.value.numbers) {
            if (!job->seen.contains(number)) {
                job->seen.insert(number);
                job->numbers.append(number);
            }
        }
        for (const JournalDeal &deal : parsed.value.deals) {
            if (!job->seen.contains(QStringLiteral("deal:") + deal.orderNumber)) {
                job->seen.insert(QStringLiteral("deal:") + deal.orderNumber);
                job->deals.append(deal);
            }
        }
        const bool paged = job->steps.at(job->step).paged;
        if (paged && !parsed.value.info.isLast()) {
            if (job->page >= kMaxPages) {
                job->finish(*job,
                    ApiError::make(ApiError::Kind::BadResponse,
                        tr("Calltouch keeps sending pages (more than %1); the read "
                           "was stopped.")
                            .arg(kMaxPages)));
                return;
            }
            ++job->page;
        } else {
            ++job->step;
            job->page = 1;
        }
        if (!self) {
            job->finish(*job, clientGone());
            return;
        }
        self->runJournal(job);
    });
}

std::shared_ptr<Client::JournalJob> Client::leadsJob(
    const QDate &from, const QDate &to, QObject *context, Done<QList<Lead>> done)
{
    auto job = std::make_shared<JournalJob>();
    job->context = context;
    job->finish = [done](const JournalJob &finished, const ApiError &error) {
        if (!error.isOk()) {
            done({}, error);
            return;
        }
        QList<Lead> leads = finished.leads;
        for (int i = 0; i < finished.withoutId; ++i)
            leads.append(Lead {}); // an empty id: the caller records an error, never stores it
        done(leads, error);
    };
    const ApiError invalid = rangeError(from, to);
    if (!invalid.isOk()) {
        QMetaObject::invokeMethod(
            context ? context : this, [job, invalid] { job->finish(*job, invalid); }, Qt::QueuedConnection);
        return {};
    }
    return job;
}

void Client::calls(const QDate &from, const QDate &to, QObject *context, Done<QList<Lead>> done)
{
    const auto job = leadsJob(from, to, context, std::move(done));
    if (!job)
        return;
    for (const auto &chunk : chunks(from, to)) {
        job->steps.append({ sitePath(kCallsDiary),
            { { QStringLiteral("dateFrom"), formatJournalDate(chunk.first) },
                { QStringLiteral("dateTo"), formatJournalDate(chunk.second) } },
            true });
    }
    const QTimeZone zone = m_zone;
    job->parse = [zone](const QByteArray &body) {
        Result<JournalJob::Chunk> result;
        const Result<CallsPage> page = parseCallsJournal(body, zone);
        result.error = page.error;
        result.value.leads = page.value.leads;
        result.value.info = page.value.info;
        result.value.withoutId = page.value.skipped;
        return result;
    };
    runJournal(job);
}

void Client::callsCount(const QDate &from, const QDate &to, QObject *context, Done<int> done)
{
    const ApiError invalid = rangeError(from, to);
    if (!invalid.isOk()) {
        QMetaObject::invokeMethod(
            context ? context : this, [done, invalid] { done(0, invalid); }, Qt::QueuedConnection);
        return;
    }
    countChunks(chunks(from, to), 0, context, std::move(done));
}

void Client::countChunks(QList<QPair<QDate, QDate>> chunks, int sum, QObject *context, Done<int> done)
{
    if (chunks.isEmpty()) {
        done(sum, {});
        return;
    }
    const QPair<QDate, QDate> chunk = chunks.takeFirst();
    const Params query { { QStringLiteral("dateFrom"), formatJournalDate(chunk.first) },
        { QStringLiteral("dateTo"), formatJournalDate(chunk.second) },
        { QStringLiteral("page"), QStringLiteral("1") }, { QStringLiteral("limit"), QStringLiteral("1") } };
    QPointer<Client> self(this);
    const QTimeZone zone = m_zone;
    get(sitePath(kCallsDiary), query, context,
        [self, chunks, sum, context, done, zone](const ApiResponse &response, const ApiError &error) {
            if (!error.isOk()) {
                done(0, error);
                return;
            }
            const Result<CallsPage> page = parseCallsJournal(response.body, zone);
            if (!page.isOk()) {
                done(0, page.error);
                return;
            }
            // A bare array (no paging envelope) holds everything: its size is the total.
            const int total =
                page.value.info.paged ? page.value.info.recordsTotal : int(page.value.leads.size());
            if (!self) {
                done(0, clientGone());
                return;
            }
            self->countChunks(chunks, sum + total, context, done);
        });
}

void Client::requests(const QDate &from, const QDate &to, QObject *context, Done<QList<Lead>> done)
{
    const auto job = leadsJob(from, to, context, std::move(done));
    if (!job)
        return;
    // The requests journal is one bare array per request (page/limit are not supported); max range
    // UNCONFIRMED, hence the same 31-day chunks as the calls.
    for (const auto &chunk : chunks(from, to)) {
        job->steps.append({ kRequests,
            { { QStringLiteral("siteId"), m_siteId },
                { QStringLiteral("dateFrom"), formatRequestsDate(chunk.first) },
                { QStringLiteral("dateTo"), formatRequestsDate(chunk.second) } },
            false });
    }
    const QTimeZone zone = m_zone;
    job->parse = [zone](const QByteArray &body) {
        Result<JournalJob::Chunk> result;
        const Result<QList<Lead>> list = parseRequestsJournal(body, zone, &result.value.withoutId);
        result.error = list.error;
        result.value.leads = list.value;
        return result;
    };
    runJournal(job);
}

void Client::dealsJournal(const QDate &from, const QDate &to, QObject *context, Done<QStringList> done)
{
    runDealsJournal(from, to, context, [done](const JournalJob &finished, const ApiError &error) {
        done(error.isOk() ? finished.numbers : QStringList(), error);
    });
}

void Client::dealRecords(const QDate &from, const QDate &to, QObject *context, Done<QList<JournalDeal>> done)
{
    runDealsJournal(from, to, context, [done](const JournalJob &finished, const ApiError &error) {
        done(error.isOk() ? finished.deals : QList<JournalDeal>(), error);
    });
}

void Client::runDealsJournal(const QDate &from, const QDate &to, QObject *context,
    std::function<void(const JournalJob &job, const ApiError &error)> finish)
{
    auto job = std::make_shared<JournalJob>();
    job->context = context;
    job->finish = std::move(finish);
    const ApiError invalid = rangeError(from, to);
    if (!invalid.isOk()) {
        QMetaObject::invokeMethod(
            context ? context : this, [job, invalid] { job->finish(*job, invalid); }, Qt::QueuedConnection);
        return;
    }
    // "dateFrom must be less than dateTo": one day d is asked as [d, d+1]. Whether dateTo is
    // included is UNCONFIRMED, so every range gets one more day (a superset).
    job->steps.append({ sitePath(kOrdersDiary),
        { { QStringLiteral("dateFrom"), formatJournalDate(from) },
            { QStringLiteral("dateTo"), formatJournalDate(to.addDays(1)) } },
        true });
    job->parse = [](const QByteArray &body) {
        Result<JournalJob::Chunk> result;
        const Result<DealsJournalPage> page = parseDealsJournal(body);
        result.error = page.error;
        result.value.numbers = page.value.orderNumbers;
        result.value.deals = page.value.deals;
        result.value.info = page.value.info;
        return result;
    };
    runJournal(job);
}

void Client::createDeals(const QList<Deal> &deals, QObject *context, Done<QList<DealResult>> done)
{
    sendDeals(deals, true, context, std::move(done));
}

void Client::updateDeals(const QList<Deal> &deals, QObject *context, Done<QList<DealResult>> done)
{
    sendDeals(deals, false, context, std::move(done));
}

void Client::sendDeals(const QList<Deal> &deals, bool create, QObject *context, Done<QList<DealResult>> done)
{
    auto job = std::make_shared<DealsJob>();
    job->create = create;
    job->context = context;
    job->done = std::move(done);
    for (int i = 0; i < deals.size(); i += kMaxDealsPerRequest)
        job->batches.append(deals.mid(i, kMaxDealsPerRequest));
    if (job->batches.isEmpty()) {
        QMetaObject::invokeMethod(
            context ? context : this, [job] { job->done({}, {}); }, Qt::QueuedConnection);
        return;
    }
    runDeals(job);
}

void Client::runDeals(const std::shared_ptr<DealsJob> &job)
{
    if (job->index >= job->batches.size()) {
        job->done(job->results, {});
        return;
    }
    const QList<Deal> &batch = job->batches.at(job->index);
    QStringList numbers;
    for (const Deal &deal : batch)
        numbers.append(deal.orderNumber);
    const QByteArray body = job->create ? createDealsBody(batch, m_zone) : updateDealsBody(batch, m_zone);
    QPointer<Client> self(this);
    postJson(job->create ? kCreate : kUpdate, body, job->context,
        [self, job, numbers](const ApiResponse &response, const ApiError &error) {
            if (!error.isOk()) {
                job->done(job->results, error);
                return;
            }
            const Result<QList<DealResult>> parsed = parseDealResults(response.body, numbers);
            if (!parsed.isOk()) {
                job->done(job->results, parsed.error);
                return;
            }
            job->results.append(parsed.value);
            ++job->index;
            if (!self) {
                job->done(job->results, clientGone());
                return;
            }
            self->runDeals(job);
        });
}

} // namespace LeadBridge::Calltouch
