#pragma once

#include <functional>

#include <QDate>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include "net/apierror.h"
#include "retailcrm/retailcrmtypes.h"

class QNetworkAccessManager;

namespace LeadBridge::RetailCrm {
class Client;
}

namespace LeadBridge {

class ApiTransport;
class RateLimiter;

/// What a connection check found (retailCRM or Calltouch).
struct CheckResult
{
    enum class Problem {
        None,
        InsecureUrl, ///< http:// for a host that is not this computer
        Unreachable, ///< no answer from the address
        WrongService, ///< something answered, but not the service's API
        WrongCredentials, ///< the key or token was rejected
        MissingPermissions, ///< retailCRM: the key lacks API methods, see missingPermissions
        RateLimited, ///< too many requests
        Other, ///< see error
    };
    Problem problem = Problem::None;
    ApiError error;
    QStringList missingPermissions; ///< translated labels
    [[nodiscard]] bool ok() const { return problem == Problem::None; }
};

/// What the retailCRM check found, with the shops when it passed.
struct CrmCheckResult : CheckResult
{
    QList<RetailCrm::Site> sites; ///< in the CRM's order: the first is the default shop
    QString timeZone; ///< the account's (GET /api/v5/settings); empty when it could not be read
    /// Order methods, order types and users for the order options; empty books when unreadable.
    RetailCrm::OrderBooks books;
};

/// The live checks the setup wizard runs. Callbacks run on the GUI thread, only while @p context lives
/// (deleting the context cancels a check).
class SetupBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    using CrmDone = std::function<void(const CrmCheckResult &)>;
    using CalltouchDone = std::function<void(const CheckResult &)>;
    using FieldDone = std::function<void(bool created, const ApiError &error)>;
    using FieldsDone =
        std::function<void(const QList<RetailCrm::CustomField> &fields, const ApiError &error)>;
    using SitesDone = std::function<void(const QList<RetailCrm::Site> &sites, const ApiError &error)>;
    using BooksDone = std::function<void(const RetailCrm::OrderBooks &books)>;
    using CountDone = std::function<void(int calls, int requests, const ApiError &error)>;

    virtual void checkRetailCrm(const QUrl &url, const QString &apiKey, QObject *context, CrmDone done) = 0;
    virtual void checkCalltouch(const QUrl &apiUrl, const QString &siteId, const QString &token,
        QObject *context, CalltouchDone done) = 0;
    /// Creates the custom order field unless one with its code exists (then created = false).
    virtual void ensureCustomField(const QUrl &url, const QString &apiKey,
        const RetailCrm::CustomField &field, QObject *context, FieldDone done) = 0;
    /// The order custom fields the account has (read only: nothing is created).
    virtual void listCustomFields(
        const QUrl &url, const QString &apiKey, QObject *context, FieldsDone done) = 0;
    /// The account's shops (the reference book), in the CRM's order.
    virtual void listShops(const QUrl &url, const QString &apiKey, QObject *context, SitesDone done) = 0;
    /// The order options' reference books (Settings); a book that cannot be read stays empty.
    virtual void listOrderBooks(const QUrl &url, const QString &apiKey, QObject *context, BooksDone done)
    {
        Q_UNUSED(url)
        Q_UNUSED(apiKey)
        Q_UNUSED(context)
        done({});
    }
    /// How many calls and website requests Calltouch holds from @p since to today (project zone).
    virtual void countLeads(const QUrl &apiUrl, const QString &siteId, const QString &token,
        const QDate &since, QObject *context, CountDone done) = 0;
};

/// The checks over the real API clients (and so over the simulated services in tests and the sandbox).
class ClientSetupBackend final : public SetupBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSetupBackend)
public:
    explicit ClientSetupBackend(QObject *parent = nullptr);
    ~ClientSetupBackend() override;

    void checkRetailCrm(const QUrl &url, const QString &apiKey, QObject *context, CrmDone done) override;
    void checkCalltouch(const QUrl &apiUrl, const QString &siteId, const QString &token, QObject *context,
        CalltouchDone done) override;
    void ensureCustomField(const QUrl &url, const QString &apiKey, const RetailCrm::CustomField &field,
        QObject *context, FieldDone done) override;
    void listCustomFields(const QUrl &url, const QString &apiKey, QObject *context, FieldsDone done) override;
    void listShops(const QUrl &url, const QString &apiKey, QObject *context, SitesDone done) override;
    void listOrderBooks(const QUrl &url, const QString &apiKey, QObject *context, BooksDone done) override;
    void countLeads(const QUrl &apiUrl, const QString &siteId, const QString &token, const QDate &since,
        QObject *context, CountDone done) override;

private:
    [[nodiscard]] RetailCrm::Client *crmClient(const QUrl &url, const QString &apiKey, QObject *context);

    QNetworkAccessManager *m_nam;
    RateLimiter *m_crmLimiter;
    RateLimiter *m_calltouchLimiter;
    ApiTransport *m_crmTransport;
    ApiTransport *m_calltouchTransport;
};

} // namespace LeadBridge
