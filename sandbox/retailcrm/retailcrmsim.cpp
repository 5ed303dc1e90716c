#include "sandbox/retailcrmsim.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include "retailcrmwire.h"
#include "sandbox/simvalues.h"

namespace LeadBridge::RetailCrm {

using namespace SimWire;

Simulator::Simulator(QObject *parent)
    : QObject(parent)
    , m_server(new SimHttpServer(this))
    , m_zone(Sim::zoneOrMoscow(QStringLiteral("Europe/Moscow")))
{
    m_server->setRateLimit(10);
    // retailCRM counts 10 requests per second per key and answers more with 503, without Retry-After
    // (sample error-rate-limit-503.json; api-client-go retries 503 as rate limiting).
    m_server->setRateKey([](const SimRequest &request) { return request.header("X-API-KEY").trimmed(); });
    m_server->setOverLimitResponse(
        SimResponse::json(503, R"({"success":false,"errorMsg":"Rate limit exceeded"})"));
    m_server->setHandler([this](const SimRequest &request) { return handle(request); },
        [this](const SimRequest &request) { return routeName(request); });
}

Simulator::~Simulator() = default;

quint16 Simulator::start()
{
    return m_server->listen(0);
}

QUrl Simulator::url() const
{
    return QUrl(m_server->baseUrl());
}

void Simulator::setTimeZone(const QString &ianaId)
{
    m_zone = Sim::zoneOrMoscow(ianaId);
}

void Simulator::setRateLimit(int requestsPerSecond)
{
    m_server->setRateLimit(requestsPerSecond);
}

void Simulator::setAccountExists(bool exists, MissingAccount answer)
{
    m_accountExists = exists;
    m_missingAccount = answer;
}

void Simulator::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime Simulator::now() const
{
    QDateTime moment = m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
    // The API shows seconds only; keep stored times comparable with what clients read back.
    moment.setTime(QTime(moment.time().hour(), moment.time().minute(), moment.time().second()));
    return moment;
}

// ---- keys ----

QStringList Simulator::allScopes()
{
    return { QStringLiteral("order_read"), QStringLiteral("order_write"), QStringLiteral("customer_read"),
        QStringLiteral("customer_write"), QStringLiteral("custom_fields_read"),
        QStringLiteral("custom_fields_write"), QStringLiteral("reference_read"),
        QStringLiteral("user_read") };
}

QStringList Simulator::allMethodPaths()
{
    return { QStringLiteral("/api/orders"), QStringLiteral("/api/orders/create"),
        QStringLiteral("/api/orders/{externalId}/edit"), QStringLiteral("/api/orders/{externalId}"),
        QStringLiteral("/api/orders/history"), QStringLiteral("/api/customers"),
        QStringLiteral("/api/customers/create"), QStringLiteral("/api/custom-fields"),
        QStringLiteral("/api/custom-fields/{entity}/create"), QStringLiteral("/api/reference/sites"),
        QStringLiteral("/api/reference/statuses"), QStringLiteral("/api/reference/status-groups"),
        QStringLiteral("/api/reference/order-methods"), QStringLiteral("/api/reference/order-types"),
        QStringLiteral("/api/users") };
}

QString Simulator::sandboxApiKey()
{
    return QStringLiteral("sandbox-retailcrm-key-7f3a9c1e5b");
}

void Simulator::addApiKey(const QString &key, const QStringList &scopes)
{
    m_keys.insert(key, { scopes, {}, false });
}

void Simulator::addLimitedApiKey(const QString &key, const QStringList &withoutScopes)
{
    QStringList scopes = allScopes();
    for (const QString &scope : withoutScopes)
        scopes.removeAll(scope);
    addApiKey(key, scopes);
}

void Simulator::addLegacyApiKey(const QString &key, const QStringList &methodPaths)
{
    m_keys.insert(key, { {}, methodPaths, true });
}

void Simulator::removeApiKey(const QString &key)
{
    m_keys.remove(key);
}

// ---- reference data ----

void Simulator::addSite(const Site &site)
{
    m_sites.insert(site.code, site);
}

void Simulator::addStatusGroup(const StatusGroup &group)
{
    StatusGroup stored = group;
    if (m_groups.contains(group.code)) {
        for (const QString &status : m_groups.value(group.code).statuses) {
            if (!stored.statuses.contains(status))
                stored.statuses << status;
        }
    }
    m_groups.insert(group.code, stored);
}

void Simulator::addStatus(const Status &status)
{
    m_statuses.insert(status.code, status);
    if (!m_groups.contains(status.group)) {
        StatusGroup group;
        group.code = status.group;
        group.name = status.group;
        group.ordering = int(m_groups.size() + 1) * 10;
        m_groups.insert(group.code, group);
    }
    StatusGroup &group = m_groups[status.group];
    if (!group.statuses.contains(status.code))
        group.statuses << status.code;
}

void Simulator::addDefaultStatuses()
{
    const auto group = [this](const char *code, const QString &name, int ordering) {
        StatusGroup g;
        g.code = QLatin1String(code);
        g.name = name;
        g.ordering = ordering;
        addStatusGroup(g);
    };
    group("new", QStringLiteral("Новый"), 10);
    group("approval", QStringLiteral("Согласование"), 20);
    group("assembling", QStringLiteral("Комплектация"), 30);
    group("delivery", QStringLiteral("Доставка"), 40);
    group("complete", QStringLiteral("Выполнен"), 50);
    group("cancel", QStringLiteral("Отменен"), 60);
    const auto status = [this](const char *code, const QString &name, const char *groupCode, int ordering) {
        Status s;
        s.code = QLatin1String(code);
        s.name = name;
        s.group = QLatin1String(groupCode);
        s.ordering = ordering;
        addStatus(s);
    };
    // Deliberately not in ordering order: the default status is chosen by ordering.
    status("no-call", QStringLiteral("Недозвон"), "new", 20);
    status("new", QStringLiteral("Новый"), "new", 10);
    status("client-confirmed", QStringLiteral("Согласовано с клиентом"), "approval", 30);
    status("prepayed", QStringLiteral("Предоплата поступила"), "approval", 40);
    status("assembling", QStringLiteral("Комплектуется"), "assembling", 50);
    status("send-to-delivery", QStringLiteral("Передан в доставку"), "delivery", 60);
    status("delivering", QStringLiteral("Доставляется"), "delivery", 70);
    status("complete", QStringLiteral("Выполнен"), "complete", 80);
    status("cancel-other", QStringLiteral("Отменен"), "cancel", 90);
    status("no-product", QStringLiteral("Нет в наличии"), "cancel", 100);
}

qint64 Simulator::addUser(const User &user)
{
    User stored = user;
    if (stored.id == 0)
        stored.id = m_nextUserId;
    m_nextUserId = qMax(m_nextUserId, stored.id + 1);
    m_users.insert(stored.id, stored);
    return stored.id;
}

bool Simulator::addCustomField(const CustomField &field)
{
    CustomField stored = field;
    if (stored.entity.isEmpty())
        stored.entity = QStringLiteral("order");
    for (const CustomField &existing : std::as_const(m_customFields)) {
        if (existing.entity == stored.entity && existing.code == stored.code)
            return false;
    }
    m_customFields << stored;
    return true;
}

// ---- data ----

qint64 Simulator::addCustomer(const Customer &customer)
{
    Customer stored = customer;
    if (stored.id == 0)
        stored.id = m_nextCustomerId;
    m_nextCustomerId = qMax(m_nextCustomerId, stored.id + 1);
    if (!stored.createdAt.isValid())
        stored.createdAt = now();
    stored.createdAt = stored.createdAt.toUTC();
    if (stored.site.isEmpty())
        stored.site = firstSite();
    m_customers.insert(stored.id, stored);
    return stored.id;
}

qint64 Simulator::addOrder(const Order &order)
{
    Order stored = order;
    if (stored.site.isEmpty())
        stored.site = firstSite();
    if (!hasSite(stored.site))
        return 0;
    if (!stored.status.isEmpty() && !hasStatus(stored.status))
        return 0;
    if (stored.customerId != 0 && !m_customers.contains(stored.customerId))
        return 0;
    return insertOrder(stored, QStringLiteral("user"), QString());
}

qint64 Simulator::insertOrder(Order order, const QString &source, const QString &key)
{
    if (order.id == 0)
        order.id = m_nextOrderId;
    m_nextOrderId = qMax(m_nextOrderId, order.id + 1);
    if (order.number.isEmpty())
        order.number = QString::number(order.id) + QLatin1Char('A');
    if (order.status.isEmpty())
        order.status = defaultStatus();
    if (!order.createdAt.isValid())
        order.createdAt = now();
    order.createdAt = order.createdAt.toUTC();
    if (!order.statusUpdatedAt.isValid())
        order.statusUpdatedAt = order.createdAt;
    // The total comes from the lines: a given total becomes one line of that price.
    m_pricing.remove(order.id);
    if (!order.totalSumm.isEmpty() && order.totalSumm.toDouble() != 0)
        m_pricing[order.id].items << OrderItem { m_nextItemId++,
            std::llround(order.totalSumm.toDouble() * 100), 1 };
    if (order.customerId != 0) {
        const Customer customer = m_customers.value(order.customerId);
        if (order.firstName.isEmpty())
            order.firstName = customer.firstName;
        if (order.lastName.isEmpty())
            order.lastName = customer.lastName;
        if (order.phone.isEmpty() && !customer.phones.isEmpty())
            order.phone = customer.phones.first();
        if (order.email.isEmpty())
            order.email = customer.email;
    }
    m_orders.insert(order.id, order);
    recomputeTotal(order.id);
    order = m_orders.value(order.id);

    HistoryEntry entry;
    entry.created = true;
    entry.field = QStringLiteral("status");
    entry.oldValue = QJsonValue(QJsonValue::Null);
    entry.newValue = codeValue(order.status);
    entry.orderId = order.id;
    entry.source = source;
    entry.apiKey = key;
    if (key.isEmpty() && !m_users.isEmpty())
        entry.userId = m_users.firstKey();
    entry.orderSnapshot = orderJson(order);
    entry.order = order;
    record(entry);
    return order.id;
}

void Simulator::record(HistoryEntry entry)
{
    entry.id = m_nextHistoryId++;
    if (!entry.created)
        entry.order = m_orders.value(entry.orderId);
    if (!entry.createdAt.isValid())
        entry.createdAt = now();
    m_history << entry;
}

bool Simulator::changeOrder(qint64 orderId, const QString &field, const QJsonValue &oldValue,
    const QJsonValue &newValue, const QString &source, const QString &key, qint64 itemId)
{
    if (oldValue == newValue)
        return false;
    HistoryEntry entry;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.orderId = orderId;
    entry.source = source;
    entry.apiKey = key;
    entry.itemId = itemId;
    if (key.isEmpty() && !m_users.isEmpty())
        entry.userId = m_users.firstKey();
    record(entry);
    return true;
}

bool Simulator::removeOrder(qint64 orderId)
{
    m_pricing.remove(orderId);
    return m_orders.remove(orderId) > 0;
}

bool Simulator::setOrderStatus(qint64 orderId, const QString &statusCode)
{
    if (!m_orders.contains(orderId) || !hasStatus(statusCode))
        return false;
    Order &stored = m_orders[orderId];
    const QString old = stored.status;
    if (old == statusCode)
        return true;
    stored.status = statusCode;
    stored.statusUpdatedAt = now();
    changeOrder(orderId, QStringLiteral("status"), codeValue(old), codeValue(statusCode),
        QStringLiteral("user"), QString());
    return true;
}

bool Simulator::setOrderManager(qint64 orderId, qint64 managerId)
{
    if (!m_orders.contains(orderId) || (managerId != 0 && !m_users.contains(managerId)))
        return false;
    Order &stored = m_orders[orderId];
    const qint64 old = stored.managerId;
    stored.managerId = managerId;
    const auto manager = [](qint64 id) {
        return id == 0 ? QJsonValue(QJsonValue::Null)
                       : QJsonValue(QJsonObject { { QStringLiteral("id"), double(id) } });
    };
    changeOrder(orderId, QStringLiteral("manager"), manager(old), manager(managerId), QStringLiteral("user"),
        QString());
    return true;
}

void Simulator::seedSample()
{
    addApiKey(sandboxApiKey(), allScopes());
    addDefaultStatuses();
    addDefaultOrderBooks();
    // Added out of order: the first shop is the one with the lowest ordering ("Main store").
    addSite({ QStringLiteral("outlet"), QStringLiteral("Outlet"), QStringLiteral("https://outlet.example.ru"),
        30 });
    addSite({ QStringLiteral("main"), QStringLiteral("Main store"), QStringLiteral("https://shop.example.ru"),
        10 });
    addSite(
        { QStringLiteral("b2b"), QStringLiteral("Wholesale"), QStringLiteral("https://opt.example.ru"), 20 });

    User anna;
    anna.firstName = QStringLiteral("Анна");
    anna.lastName = QStringLiteral("Смирнова");
    anna.email = QStringLiteral("anna@shop.example.ru");
    const qint64 annaId = addUser(anna);
    User pavel;
    pavel.firstName = QStringLiteral("Павел");
    pavel.lastName = QStringLiteral("Орлов");
    pavel.patronymic = QStringLiteral("Игоревич");
    pavel.email = QStringLiteral("pavel@shop.example.ru");
    const qint64 pavelId = addUser(pavel);
    User former;
    former.firstName = QStringLiteral("Олег");
    former.lastName = QStringLiteral("Бывший");
    former.active = false;
    addUser(former);

    const QDateTime current = now();
    const auto customer = [this, &current](const QString &first, const QString &last,
                              const QStringList &phones, const QString &email, int daysAgo,
                              const QString &site) {
        Customer c;
        c.firstName = first;
        c.lastName = last;
        c.phones = phones;
        c.email = email;
        c.createdAt = current.addDays(-daysAgo);
        c.site = site;
        return addCustomer(c);
    };
    const QString main = QStringLiteral("main");
    const qint64 ivan = customer(QStringLiteral("Иван"), QStringLiteral("Петров"),
        { QStringLiteral("+7 (999) 123-45-67") }, QStringLiteral("ivan.petrov@example.ru"), 40, main);
    const qint64 maria = customer(QStringLiteral("Мария"), QStringLiteral("Иванова"),
        { QStringLiteral("8 916 555-12-34"), QStringLiteral("+7-926-000-11-22") }, QString(), 20, main);
    customer(QStringLiteral("Ольга"), QStringLiteral("Кузнецова"), {}, QStringLiteral("Olga.K@Example.com"),
        10, QStringLiteral("outlet"));
    const qint64 sergey = customer(QStringLiteral("Сергей"), QString(), { QStringLiteral("(495) 123-45-67") },
        QStringLiteral("sergey@firm.example.ru"), 5, QStringLiteral("b2b"));
    // An older duplicate of Ivan, with the phone typed differently.
    customer(QStringLiteral("Иван П."), QString(), { QStringLiteral("89991234567") }, QString(), 300, main);
    customer(QStringLiteral("Звонок от +79035550011"), QString(), { QStringLiteral("79035550011") },
        QString(), 2, main);

    const auto order = [this, &current](qint64 customerId, const QString &site, const QString &status,
                           const QString &total, int daysAgo, qint64 managerId) {
        Order o;
        o.customerId = customerId;
        o.site = site;
        o.status = status;
        o.totalSumm = total;
        o.createdAt = current.addDays(-daysAgo);
        o.statusUpdatedAt = o.createdAt.addSecs(3600);
        o.managerId = managerId;
        return addOrder(o);
    };
    order(ivan, main, QStringLiteral("complete"), QStringLiteral("4990"), 35, annaId);
    order(ivan, main, QStringLiteral("new"), QStringLiteral("1250.50"), 3, 0);
    order(maria, main, QStringLiteral("cancel-other"), QStringLiteral("780"), 15, pavelId);
    order(sergey, QStringLiteral("b2b"), QStringLiteral("assembling"), QStringLiteral("56000"), 4, pavelId);

    CustomField gift;
    gift.code = QStringLiteral("gift_wrap");
    gift.name = QStringLiteral("Подарочная упаковка");
    gift.type = QStringLiteral("boolean");
    gift.entity = QStringLiteral("order");
    gift.inFilter = false;
    gift.inList = true;
    addCustomField(gift);
}

} // namespace LeadBridge::RetailCrm
