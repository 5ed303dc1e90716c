#include "setupbackend.h"

#include <memory>

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QPointer>

#include "calltouch/calltouchclient.h"
#include "net/apitransport.h"
#include "net/ratelimiter.h"
#include "retailcrm/retailcrmclient.h"

namespace LeadBridge {
namespace {

    ApiTransport *makeTransport(QNetworkAccessManager *nam, RateLimiter *limiter, QObject *parent)
    {
        auto *transport = new ApiTransport(nam, limiter, parent);
        // A person is waiting: one retry at most, short pauses.
        transport->setMaxAttempts(2);
        transport->setMaxRateLimitedRetries(1);
        transport->setBackoff(300, 1500);
        return transport;
    }

    /// @p probing: the first call, where an odd answer means "not this service's API".
    /// @p permissionIsCredentials: Calltouch has no per-method rights, a refusal means a wrong token.
    CheckResult::Problem problemOf(const ApiError &error, bool probing, bool permissionIsCredentials)
    {
        using P = CheckResult::Problem;
        switch (error.kind) {
        case ApiError::Kind::None:
            return P::None;
        case ApiError::Kind::InsecureUrl:
            return P::InsecureUrl;
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
        case ApiError::Kind::Tls:
            return P::Unreachable;
        case ApiError::Kind::AccountNotFound:
            return P::WrongService;
        case ApiError::Kind::BadResponse:
        case ApiError::Kind::NotFound:
            return probing ? P::WrongService : P::Other;
        case ApiError::Kind::Auth:
            return P::WrongCredentials;
        case ApiError::Kind::Permission:
            return permissionIsCredentials ? P::WrongCredentials : P::MissingPermissions;
        case ApiError::Kind::RateLimited:
            return P::RateLimited;
        default:
            return P::Other;
        }
    }

    CheckResult::Problem crmProblem(const ApiError &error, bool probing)
    {
        return problemOf(error, probing, false);
    }

    CheckResult::Problem calltouchProblem(const ApiError &error)
    {
        return problemOf(error, true, true);
    }

} // namespace

ClientSetupBackend::ClientSetupBackend(QObject *parent)
    : SetupBackend(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_crmLimiter(new RateLimiter(10))
    , m_calltouchLimiter(new RateLimiter(5))
    , m_crmTransport(makeTransport(m_nam, m_crmLimiter, this))
    , m_calltouchTransport(makeTransport(m_nam, m_calltouchLimiter, this))
{}

ClientSetupBackend::~ClientSetupBackend()
{
    delete m_crmTransport;
    delete m_calltouchTransport;
    delete m_crmLimiter;
    delete m_calltouchLimiter;
}

void ClientSetupBackend::checkRetailCrm(
    const QUrl &url, const QString &apiKey, QObject *context, CrmDone done)
{
    CrmCheckResult result;
    const ApiError urlError = ApiTransport::checkUrl(url);
    if (!urlError.isOk() || url.host().isEmpty()) {
        result.error =
            urlError.isOk() ? ApiError::make(ApiError::Kind::Network, QStringLiteral("no host")) : urlError;
        result.problem = crmProblem(result.error, true);
        QMetaObject::invokeMethod(
            context, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    // The client lives until the check ends (or the backend goes).
    auto *client = new RetailCrm::Client(
        m_crmTransport, url, apiKey, QStringLiteral("Europe/Moscow"), QStringLiteral("RU"), this);
    const auto finish = [client, done](const CrmCheckResult &r) {
        client->deleteLater();
        done(r);
    };
    client->apiVersions(context, [=](const QStringList &, const ApiError &versionsError) {
        if (!versionsError.isOk()) {
            CrmCheckResult r;
            r.error = versionsError;
            r.problem = crmProblem(versionsError, true);
            finish(r);
            return;
        }
        client->credentials(context, [=](const RetailCrm::Credentials &credentials, const ApiError &error) {
            CrmCheckResult r;
            if (!error.isOk()) {
                r.error = error;
                r.problem = crmProblem(error, false);
                finish(r);
                return;
            }
            r.missingPermissions = RetailCrm::Client::missingPermissions(credentials);
            if (!r.missingPermissions.isEmpty()) {
                r.problem = CheckResult::Problem::MissingPermissions;
                finish(r);
                return;
            }
            client->sites(context, [=](const QList<RetailCrm::Site> &sites, const ApiError &sitesError) {
                CrmCheckResult last;
                last.error = sitesError;
                last.problem = crmProblem(sitesError, false);
                last.sites = sites;
                if (!sitesError.isOk()) {
                    finish(last);
                    return;
                }
                // Every date-time of the API is in the account's zone: read it, never guess it. A key
                // that may not read the settings keeps the zone already configured.
                client->settings(context, [=](const RetailCrm::AccountSettings &account, const ApiError &) {
                    CrmCheckResult withZone = last;
                    withZone.timeZone = account.timeZone;
                    // The order options' choices; a book that cannot be read leaves only "the CRM's
                    // default" to choose, which is the seed's behaviour.
                    client->orderMethods(
                        context, [=](const QList<RetailCrm::OrderMethod> &methods, const ApiError &) {
                            client->orderTypes(
                                context, [=](const QList<RetailCrm::OrderType> &types, const ApiError &) {
                                    client->users(
                                        context, [=](const QList<RetailCrm::User> &users, const ApiError &) {
                                            CrmCheckResult withBooks = withZone;
                                            withBooks.books = { methods, types, users };
                                            finish(withBooks);
                                        });
                                });
                        });
                });
            });
        });
    });
    // A cancelled check (context gone) leaves the client to the backend: delete it then.
    connect(context, &QObject::destroyed, client, &QObject::deleteLater);
}

void ClientSetupBackend::checkCalltouch(
    const QUrl &apiUrl, const QString &siteId, const QString &token, QObject *context, CalltouchDone done)
{
    const ApiError urlError = ApiTransport::checkUrl(apiUrl);
    if (!urlError.isOk() || apiUrl.host().isEmpty()) {
        CheckResult result;
        result.error =
            urlError.isOk() ? ApiError::make(ApiError::Kind::Network, QStringLiteral("no host")) : urlError;
        result.problem = calltouchProblem(result.error);
        QMetaObject::invokeMethod(
            context, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    auto *client = new Calltouch::Client(
        m_calltouchTransport, apiUrl, siteId, token, QStringLiteral("Europe/Moscow"), this);
    connect(context, &QObject::destroyed, client, &QObject::deleteLater);
    client->checkCredentials(context, [client, done](bool ok, const ApiError &error) {
        client->deleteLater();
        CheckResult result;
        result.error = error;
        result.problem = calltouchProblem(error);
        if (error.isOk() && !ok) {
            result.problem = CheckResult::Problem::WrongCredentials;
            result.error = ApiError::make(ApiError::Kind::Auth, QStringLiteral("credentials not accepted"));
        }
        done(result);
    });
}

RetailCrm::Client *ClientSetupBackend::crmClient(const QUrl &url, const QString &apiKey, QObject *context)
{
    auto *client = new RetailCrm::Client(
        m_crmTransport, url, apiKey, QStringLiteral("Europe/Moscow"), QStringLiteral("RU"), this);
    connect(context, &QObject::destroyed, client, &QObject::deleteLater);
    return client;
}

void ClientSetupBackend::listCustomFields(
    const QUrl &url, const QString &apiKey, QObject *context, FieldsDone done)
{
    RetailCrm::Client *client = crmClient(url, apiKey, context);
    client->customFields(
        context, [client, done](const QList<RetailCrm::CustomField> &fields, const ApiError &error) {
            client->deleteLater();
            done(fields, error);
        });
}

void ClientSetupBackend::listShops(const QUrl &url, const QString &apiKey, QObject *context, SitesDone done)
{
    RetailCrm::Client *client = crmClient(url, apiKey, context);
    client->sites(context, [client, done](const QList<RetailCrm::Site> &sites, const ApiError &error) {
        client->deleteLater();
        done(sites, error);
    });
}

void ClientSetupBackend::listOrderBooks(
    const QUrl &url, const QString &apiKey, QObject *context, BooksDone done)
{
    RetailCrm::Client *client = crmClient(url, apiKey, context);
    client->orderMethods(context, [=](const QList<RetailCrm::OrderMethod> &methods, const ApiError &) {
        client->orderTypes(context, [=](const QList<RetailCrm::OrderType> &types, const ApiError &) {
            client->users(context, [=](const QList<RetailCrm::User> &users, const ApiError &) {
                client->deleteLater();
                done({ methods, types, users });
            });
        });
    });
}

void ClientSetupBackend::countLeads(const QUrl &apiUrl, const QString &siteId, const QString &token,
    const QDate &since, QObject *context, CountDone done)
{
    auto *client = new Calltouch::Client(
        m_calltouchTransport, apiUrl, siteId, token, QStringLiteral("Europe/Moscow"), this);
    connect(context, &QObject::destroyed, client, &QObject::deleteLater);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(client->timeZone()).date();
    const QDate from = qMin(since, today);
    client->callsCount(
        from, today, context, [client, from, today, context, done](int calls, const ApiError &error) {
            if (!error.isOk()) {
                client->deleteLater();
                done(0, 0, error);
                return;
            }
            client->requests(from, today, context,
                [client, calls, done](const QList<Calltouch::Lead> &requests, const ApiError &e) {
                    client->deleteLater();
                    done(calls, e.isOk() ? int(requests.size()) : 0, e);
                });
        });
}

void ClientSetupBackend::ensureCustomField(const QUrl &url, const QString &apiKey,
    const RetailCrm::CustomField &field, QObject *context, FieldDone done)
{
    RetailCrm::Client *client = crmClient(url, apiKey, context);
    client->ensureCustomField(field, context, [client, done](bool created, const ApiError &error) {
        client->deleteLater();
        done(created, error);
    });
}

} // namespace LeadBridge
