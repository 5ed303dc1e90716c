#pragma once

#include <functional>

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include "net/apierror.h"
#include "retailcrmparsers.h"
#include "retailcrmtypes.h"

namespace LeadBridge {
class ApiTransport;
struct ApiRequest;
struct ApiResponse;
} // namespace LeadBridge

namespace LeadBridge::RetailCrm {

/// A result callback: called exactly once, on the client's thread, unless the context object of the
/// call was destroyed first. On error the value is default-constructed.
template <typename T> using Done = std::function<void(const T &value, const ApiError &error)>;

/// The retailCRM API v5 calls LeadBridge makes (see shared/reference/retailcrm-api.md). Asynchronous
/// only: every method returns at once and answers through its callback.
///
/// The key travels only in the X-API-KEY header. Paths are built from the scheme, host and port of the
/// account address; whatever path the user typed is ignored. Dates are converted between UTC and the
/// account's zone here, so callers only ever see UTC.
class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)
public:
    /// A permission LeadBridge needs, in both forms /api/credentials may list it.
    struct Permission
    {
        QString id; ///< stable id, e.g. "orders-write"
        QString label; ///< translated, for people ("Orders: write (order_write)")
        QStringList scopes; ///< any one of these scopes grants it
        QStringList methods; ///< or all of these method paths (versionless, "{}" for a placeholder)
    };

    static constexpr int kPageLimit = 100;
    static constexpr int kHistoryLimit = 100;
    /// Safety stop for "all pages" reads (100 items each).
    static constexpr int kMaxPages = 500;

    Client(ApiTransport *transport, const QUrl &accountUrl, const QString &apiKey, const QString &timeZoneId,
        const QString &phoneRegion = QStringLiteral("RU"), QObject *parent = nullptr);
    ~Client() override;

    [[nodiscard]] QUrl baseUrl() const { return m_base; }
    [[nodiscard]] QTimeZone timeZone() const { return m_zone; }
    [[nodiscard]] QString phoneRegion() const { return m_phoneRegion; }

    /// Everything LeadBridge needs from a key.
    [[nodiscard]] static QList<Permission> requiredPermissions();
    /// Translated labels of the required permissions @p credentials lacks (empty = all there). Reads
    /// the `scopes` form and the older `credentials` method-path form (with or without "/v5").
    [[nodiscard]] static QStringList missingPermissions(const Credentials &credentials);
    /// The same, as Permission::id values.
    [[nodiscard]] static QStringList missingPermissionIds(const Credentials &credentials);

    // ---- probes ----
    /// GET /api/api-versions (with the key, like every request): "is this retailCRM at all". A host
    /// that is not retailCRM gives BadResponse or NotFound; retailCRM's "no such account" gives
    /// AccountNotFound.
    void apiVersions(QObject *context, Done<QStringList> done);
    /// GET /api/v5/settings: the account's time zone.
    void settings(QObject *context, Done<AccountSettings> done);
    /// Reads every later date-time in @p zone (the account's, from settings()).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    /// GET /api/credentials.
    void credentials(QObject *context, Done<Credentials> done);

    // ---- reference data ----
    /// Sorted by ordering, then name: the first is the default shop.
    void sites(QObject *context, Done<QList<Site>> done);
    void statuses(QObject *context, Done<QList<Status>> done);
    void statusGroups(QObject *context, Done<QList<StatusGroup>> done);
    /// Order methods (e.g. phone, landing page), by ordering.
    void orderMethods(QObject *context, Done<QList<OrderMethod>> done);
    /// Order types, by ordering.
    void orderTypes(QObject *context, Done<QList<OrderType>> done);
    /// Active users, all pages.
    void users(QObject *context, Done<QList<User>> done);
    /// Custom fields of orders, all pages.
    void customFields(QObject *context, Done<QList<CustomField>> done);
    /// Lists first and creates @p wanted only if its code is missing (entity "order" when empty).
    /// done(true) = created now, done(false) = it already existed (reused). A field with the code but
    /// another type is a Validation error.
    void ensureCustomField(const CustomField &wanted, QObject *context, Done<bool> done);

    // ---- customers ----
    /// Customers one of whose phones is the same number as @p phone: searched through filter[name] by
    /// the national number, then by the full number when that finds nobody, and verified after
    /// canonicalising every stored phone in phoneRegion().
    void findCustomersByPhone(const QString &phone, QObject *context, Done<QList<Customer>> done);
    /// Customers whose e-mail equals @p email (trimmed, case-insensitive).
    void findCustomersByEmail(const QString &email, QObject *context, Done<QList<Customer>> done);
    /// The customer with this externalId; id 0 when there is none.
    void findCustomerByExternalId(const QString &externalId, QObject *context, Done<Customer> done);
    /// POST customers/create; the new id. A lost answer is OutcomeUnknown: look it up by externalId. A
    /// refusal because the externalId is already used is OutcomeUnknown too (an earlier attempt of the
    /// same write may have created it; Qt may resend a POST on a dropped connection).
    void createCustomer(const CustomerDraft &draft, QObject *context, Done<qint64> done);

    // ---- orders ----
    /// All orders of a customer (every page; no order implied).
    void customerOrders(qint64 customerId, QObject *context, Done<QList<Order>> done);
    /// Orders whose custom field @p code equals @p value exactly (the field must have inFilter).
    void findOrdersByCustomField(
        const QString &code, const QString &value, QObject *context, Done<QList<Order>> done);
    /// Orders with this externalId (one per shop at most).
    void findOrdersByExternalId(const QString &externalId, QObject *context, Done<QList<Order>> done);
    /// POST orders/create without status and number (the CRM sets both). The order has at least id and
    /// number. A lost answer is OutcomeUnknown: look it up with findOrdersByExternalId(). A refusal
    /// because the externalId is already used in that shop is OutcomeUnknown too, for the same reason.
    void createOrder(const OrderDraft &draft, QObject *context, Done<Order> done);
    /// POST orders/{id}/edit with by=id: sets the given custom fields (an empty value clears one) and,
    /// when not empty, the source.
    void editOrder(qint64 id, const QString &site, const QMap<QString, QString> &customFields,
        const OrderSource &source, QObject *context, Done<Order> done);
    /// GET orders/{id}?by=id&site=…
    void getOrder(qint64 id, const QString &site, QObject *context, Done<Order> done);
    using OrdersPageDone =
        std::function<void(const QList<Order> &orders, int totalPageCount, const ApiError &)>;
    /// One page (1-based, 100 per page) of orders created from the day of @p createdAtFromUtc in the
    /// account's zone (the filter takes a date, so earlier hours of that day come too).
    void listOrders(const QDateTime &createdAtFromUtc, int page, QObject *context, OrdersPageDone done);
    /// The current state of up to 100 orders by id, in one request (GET orders?filter[ids][]=…). Real
    /// history records carry only a stub of the order and never the total, so totals are re-read here.
    void ordersByIds(const QList<qint64> &ids, QObject *context, Done<QList<Order>> done);
    /// One batch (up to 100, ascending ids) of the orders history after @p sinceId. With sinceId 0,
    /// from @p startDateUtc (or from the beginning when it is invalid). A full batch means there may be
    /// more: call again with the last id. Never sends page together with sinceId.
    void ordersHistory(
        qint64 sinceId, const QDateTime &startDateUtc, QObject *context, Done<QList<HistoryRecord>> done);
    /// The same, with pagination and generatedAt.
    void ordersHistoryBatch(
        qint64 sinceId, const QDateTime &startDateUtc, QObject *context, Done<HistoryBatch> done);

private:
    using Params = QList<QPair<QString, QString>>;
    using RawDone = std::function<void(const QByteArray &body, const ApiError &error)>;
    template <typename T> using PageParser = std::function<Result<Page<T>>(const QByteArray &body)>;

    [[nodiscard]] QUrl endpoint(const QString &path, const Params &query = {}) const;
    void get(const QString &path, const Params &query, QObject *context, RawDone done);
    void searchCustomersByDigits(
        const QString &digits, const QString &canonical, QObject *context, Done<QList<Customer>> done);
    void post(const QString &path, const Params &form, QObject *context, RawDone done);
    void send(const ApiRequest &request, QObject *context, RawDone done);
    template <typename T>
    void fetchAllPages(const QString &path, const Params &query, PageParser<T> parse, QObject *context,
        Done<QList<T>> done, int page = 1, QList<T> collected = {});
    void listCustomFields(const QString &entity, QObject *context, Done<QList<CustomField>> done);
    void createCustomField(const CustomField &wanted, QObject *context, Done<bool> done);

    ApiTransport *m_transport;
    QUrl m_base;
    QByteArray m_apiKey;
    QTimeZone m_zone;
    QString m_phoneRegion;
};

} // namespace LeadBridge::RetailCrm
