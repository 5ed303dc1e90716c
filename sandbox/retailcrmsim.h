#pragma once

#include <functional>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include "retailcrm/retailcrmtypes.h"
#include "simhttpserver.h"

namespace LeadBridge {

namespace RetailCrm {

    /// A simulated retailCRM account on 127.0.0.1, following shared/reference/retailcrm-api.md: the same
    /// paths, PHP-style query parameters, form bodies with JSON entity fields, `success` envelopes,
    /// 201 on create, 400/401/403/404 errors, limits 20/50/100, the orders history feed shaped like the
    /// real sample (stub orders, no total records) and a rate limit of 10 requests/s per key answered
    /// 503. State lives in memory; test hooks below change it as a CRM user would.
    class Simulator final : public QObject
    {
        Q_OBJECT
        Q_DISABLE_COPY_MOVE(Simulator)
    public:
        /// How an address that is no retailCRM account answers (both official clients know both).
        enum class MissingAccount {
            Json400, ///< 400 {"success":false,"errorMsg":"Account does not exist."}
            NginxHtml405, ///< 405 with nginx's "405 Not Allowed" HTML page
        };
        /// A line of an order: its price (cents) before the manual discount, and its quantity.
        struct OrderItem
        {
            qint64 id = 0;
            qint64 priceCents = 0;
            int quantity = 1;
        };

        explicit Simulator(QObject *parent = nullptr);
        ~Simulator() override;

        [[nodiscard]] SimHttpServer *server() const { return m_server; }
        /// Listens on 127.0.0.1 with an ephemeral port; returns it (0 on failure).
        quint16 start();
        /// http://127.0.0.1:<port>: the account address.
        [[nodiscard]] QUrl url() const;

        /// The account's time zone (IANA id), Europe/Moscow by default. Dates in answers and filters are
        /// "Y-m-d H:i:s" in it; GET /api/v5/settings tells it.
        void setTimeZone(const QString &ianaId);
        [[nodiscard]] QTimeZone timeZone() const { return m_zone; }
        /// Requests per key within any one second before 503 "Rate limit exceeded" (0 = no limit).
        /// Default 10.
        void setRateLimit(int requestsPerSecond);
        /// The clock (UTC). Default: the system clock, to the second.
        void setClock(std::function<QDateTime()> clock);
        /// false: every request is answered as by an address that is no account, in the form @p answer.
        void setAccountExists(bool exists, MissingAccount answer = MissingAccount::Json400);

        // ---- API keys ----
        /// Every scope this simulation knows.
        [[nodiscard]] static QStringList allScopes();
        /// Every method path (versionless, as /api/credentials lists them) this simulation serves.
        [[nodiscard]] static QStringList allMethodPaths();
        /// The key seedSample() registers with every scope.
        [[nodiscard]] static QString sandboxApiKey();
        /// A key whose /api/credentials answer is `scopes` (the current form).
        void addApiKey(const QString &key, const QStringList &scopes = allScopes());
        /// A key with every scope except @p withoutScopes.
        void addLimitedApiKey(const QString &key, const QStringList &withoutScopes);
        /// A key of an older account: /api/credentials answers the `credentials` list of method paths
        /// only, and access is checked against those paths.
        void addLegacyApiKey(const QString &key, const QStringList &methodPaths = allMethodPaths());
        void removeApiKey(const QString &key);

        // ---- reference data ----
        void addSite(const Site &site);
        void addStatusGroup(const StatusGroup &group);
        /// Adds the status and lists it in its group (the group is created when missing).
        void addStatus(const Status &status);
        /// Groups new, approval, assembling, delivery, complete, cancel with 1-2 statuses each.
        void addDefaultStatuses();
        /// Returns the id (assigned when user.id is 0).
        qint64 addUser(const User &user);
        /// Reference books of order methods and order types (GET reference/order-methods, order-types).
        /// An order create naming a code that is not in the book is refused (400).
        void addOrderMethod(const OrderMethod &method);
        void addOrderType(const OrderType &type);
        /// phone, landing-page, live-chat, shopping-cart and the types eshop-individual, eshop-legal.
        void addDefaultOrderBooks();
        /// Adds a custom field definition as if made in the CRM. False when the code exists.
        bool addCustomField(const CustomField &field);

        // ---- data, as a CRM user makes it ----
        /// Returns the id (assigned when 0); createdAt defaults to now.
        qint64 addCustomer(const Customer &customer);
        /// Returns the id (0 when the order is refused: unknown site/status/customer). Number, status
        /// (first status of group "new"), site (first shop) and createdAt are filled when empty.
        /// Writes a history record (created, source "user").
        qint64 addOrder(const Order &order);
        /// Deletes an order as a CRM user does (it is gone from every list and filter; no history
        /// record). False when there is no such order.
        bool removeOrder(qint64 orderId);
        /// Changes the status as a CRM user: history source "user", not by any key.
        bool setOrderStatus(qint64 orderId, const QString &statusCode);
        /// Makes the total @p decimal as a CRM user would: by the first line's price (a new line when the
        /// order has none). False when that total cannot be reached exactly. Never a `total_summ` record.
        bool setOrderTotal(qint64 orderId, const QString &decimal);
        /// Changes the manager as a CRM user.
        bool setOrderManager(qint64 orderId, qint64 managerId);
        /// Adds a line (price as decimal text) as a CRM user; returns its id (0 when refused).
        qint64 addOrderItem(qint64 orderId, const QString &price, int quantity = 1);
        /// Changes a line's quantity (records order_product.quantity and order_product.summ).
        bool setOrderItemQuantity(qint64 orderId, qint64 itemId, int quantity);
        /// Changes a line's price (records order_product.summ).
        bool setOrderItemPrice(qint64 orderId, qint64 itemId, const QString &price);
        /// Changes the manual discount in percent (records discount_manual_percent, then per line
        /// order_product.discount_total and order_product.summ).
        bool setOrderDiscountPercent(qint64 orderId, double percent);
        /// Changes the delivery cost (records delivery_cost).
        bool setOrderDeliveryCost(qint64 orderId, const QString &cost);
        [[nodiscard]] QList<OrderItem> orderItems(qint64 orderId) const;

        /// Realistic sample data: three shops (ordering not alphabetical), the default statuses, users,
        /// customers with and without orders, odd phone formats, and sandboxApiKey() with every scope.
        void seedSample();

        // ---- read accessors ----
        [[nodiscard]] QList<Site> sites() const;
        [[nodiscard]] QList<Status> statuses() const;
        [[nodiscard]] QList<StatusGroup> statusGroups() const;
        [[nodiscard]] QList<User> users() const;
        [[nodiscard]] QList<OrderMethod> orderMethods() const { return m_orderMethods.values(); }
        [[nodiscard]] QList<OrderType> orderTypes() const { return m_orderTypes.values(); }
        [[nodiscard]] QList<Customer> customers() const;
        [[nodiscard]] QList<Order> orders() const;
        [[nodiscard]] Order order(qint64 id) const; ///< id 0 when unknown
        [[nodiscard]] QList<CustomField> customFields() const;
        /// The whole feed; byThisKey is true for records made with @p asSeenByKey.
        [[nodiscard]] QList<HistoryRecord> history(const QString &asSeenByKey = {}) const;
        /// The default first status: the first active status (by ordering) of group "new".
        [[nodiscard]] QString defaultStatus() const;
        /// Creates refused because the externalId was taken, keyed "order:<externalId>" and
        /// "customer:<externalId>": writes that only the service's uniqueness kept from being duplicates.
        [[nodiscard]] QMap<QString, int> refusedDuplicateCreates() const { return m_refusedDuplicates; }
        /// Customers that orders/create made itself (no customer.id in the order).
        [[nodiscard]] int customersCreatedWithOrders() const { return m_customersCreatedWithOrders; }
        /// The first shop: lowest ordering, then name.
        [[nodiscard]] QString firstSite() const;

    private:
        struct ApiKey
        {
            QStringList scopes;
            QStringList methods; ///< legacy form, versionless paths
            bool legacy = false;
        };
        struct HistoryEntry
        {
            qint64 id = 0;
            QDateTime createdAt;
            bool created = false;
            QString field;
            QJsonValue oldValue;
            QJsonValue newValue;
            qint64 orderId = 0;
            QString source;
            QString apiKey; ///< the key the change was made with; empty for CRM users
            qint64 userId = 0;
            QJsonObject orderSnapshot; ///< the whole order for created records, as answered
            Order order; ///< the order as it was right after the change
            qint64 itemId = 0; ///< the line an order_product.* record is about
        };
        struct Pricing
        {
            QList<OrderItem> items;
            double discountPercent = 0;
            qint64 deliveryCents = 0;
        };
        struct Route
        {
            QString scope; ///< needed scope (empty: any valid key)
            QString altScope; ///< also accepted
            QString methodPath; ///< legacy form
        };

        SimResponse handle(const SimRequest &request);
        [[nodiscard]] QString routeName(const SimRequest &request) const;
        [[nodiscard]] bool authorise(
            const SimRequest &request, const Route &route, QString *key, SimResponse *refusal) const;

        [[nodiscard]] SimResponse missingAccount() const;
        SimResponse apiVersions();
        SimResponse settings();
        SimResponse credentialsOf(const QString &key);
        SimResponse referenceSites();
        SimResponse referenceStatuses();
        SimResponse referenceStatusGroups();
        SimResponse usersList(const SimRequest &request);
        /// reference/order-methods or order-types: an object keyed by code, like the other books.
        [[nodiscard]] SimResponse referenceBook(
            const QString &key, const QMap<QString, ReferenceEntry> &book) const;
        /// Adds 400 errors for an orderMethod / orderType not in the books.
        void checkOrderCodes(const Order &order, QJsonObject *errors) const;
        SimResponse customFieldsList(const SimRequest &request);
        SimResponse customFieldCreate(const SimRequest &request, const QString &entity);
        SimResponse customersList(const SimRequest &request);
        SimResponse customerCreate(const SimRequest &request);
        SimResponse ordersList(const SimRequest &request);
        SimResponse orderCreate(const SimRequest &request, const QString &key);
        /// The customer an order without customer.id is given (found by externalId or created); 0 = none.
        qint64 customerForOrder(const QJsonObject &object, const Order &order, const QString &site);
        SimResponse orderEdit(const SimRequest &request, const QString &idOrExternal, const QString &key);
        SimResponse orderGet(const SimRequest &request, const QString &idOrExternal);
        SimResponse ordersHistory(const SimRequest &request, const QString &key);

        [[nodiscard]] QDateTime now() const;
        [[nodiscard]] QJsonObject orderJson(const Order &order) const;
        [[nodiscard]] QJsonObject customerJson(const Customer &customer) const;
        [[nodiscard]] QJsonObject historyJson(const HistoryEntry &entry, const QString &key) const;
        [[nodiscard]] HistoryRecord historyRecord(const HistoryEntry &entry, const QString &key) const;
        [[nodiscard]] const Order *findOrder(
            const QString &idOrExternal, bool byId, const QString &site) const;
        [[nodiscard]] bool hasSite(const QString &code) const;
        /// The `site` of a create form: required with several shops, and must exist (else 400).
        bool shopOf(const QList<QPair<QString, QString>> &form, QString *site, SimResponse *refusal) const;
        [[nodiscard]] bool hasStatus(const QString &code) const;
        [[nodiscard]] QString groupOf(const QString &statusCode) const;
        void record(HistoryEntry entry);
        qint64 insertOrder(Order order, const QString &source, const QString &key);
        bool changeOrder(qint64 orderId, const QString &field, const QJsonValue &oldValue,
            const QJsonValue &newValue, const QString &source, const QString &key, qint64 itemId = 0);
        /// A CRM user's change of one line's money; records the fields that changed.
        bool changeItem(qint64 orderId, qint64 itemId, int quantity, qint64 priceCents);
        /// totalSumm from the lines, the discount and the delivery.
        void recomputeTotal(qint64 orderId);
        [[nodiscard]] qint64 unitDiscountCents(qint64 orderId, const OrderItem &item) const;
        [[nodiscard]] qint64 itemSummCents(qint64 orderId, const OrderItem &item) const;
        [[nodiscard]] QJsonObject pricingJson(qint64 orderId) const;
        [[nodiscard]] QJsonObject orderStub(const Order &order) const;

        SimHttpServer *m_server;
        QTimeZone m_zone;
        std::function<QDateTime()> m_clock;
        QHash<QString, ApiKey> m_keys;
        QMap<QString, Site> m_sites;
        QMap<QString, Status> m_statuses;
        QMap<QString, StatusGroup> m_groups;
        QMap<qint64, User> m_users;
        QMap<QString, OrderMethod> m_orderMethods;
        QMap<QString, OrderType> m_orderTypes;
        QList<CustomField> m_customFields;
        QMap<qint64, Customer> m_customers;
        QMap<qint64, Order> m_orders;
        QList<HistoryEntry> m_history;
        QHash<qint64, Pricing> m_pricing;
        QMap<QString, int> m_refusedDuplicates;
        bool m_accountExists = true;
        MissingAccount m_missingAccount = MissingAccount::Json400;
        qint64 m_nextUserId = 1;
        qint64 m_nextCustomerId = 101;
        int m_customersCreatedWithOrders = 0;
        qint64 m_nextOrderId = 1001;
        qint64 m_nextHistoryId = 5001;
        qint64 m_nextItemId = 3001;
    };

} // namespace RetailCrm
} // namespace LeadBridge
