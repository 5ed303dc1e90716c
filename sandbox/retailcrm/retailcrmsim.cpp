#include "sandbox/retailcrmsim.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include "sandbox/simhttpserver.h"
#include "retailcrm/retailcrmparsers.h"

namespace LeadBridge::RetailCrm {
namespace {

    using Params = QList<QPair<QString, QString>>;

    const QString kInputErrors = QStringLiteral("Errors in the input parameters");
    const QString kExtraFields = QStringLiteral("This form should not contain extra fields.");

    QByteArray toJson(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    SimResponse ok(const QJsonObject &payload, int status = 200)
    {
        QJsonObject object = payload;
        object.insert(QStringLiteral("success"), true);
        return SimResponse::json(status, toJson(object));
    }

    SimResponse failure(int status, const QString &message, const QJsonObject &errors = {})
    {
        QJsonObject object { { QStringLiteral("success"), false }, { QStringLiteral("errorMsg"), message } };
        if (!errors.isEmpty())
            object.insert(QStringLiteral("errors"), errors);
        return SimResponse::json(status, toJson(object));
    }

    SimResponse invalid(const QString &field, const QString &message)
    {
        return failure(400, kInputErrors, QJsonObject { { field, message } });
    }

    Params items(const QUrlQuery &query)
    {
        return query.queryItems(QUrl::FullyDecoded);
    }

    QString value(const Params &params, const QString &key)
    {
        for (const auto &pair : params) {
            if (pair.first == key)
                return pair.second;
        }
        return {};
    }

    bool has(const Params &params, const QString &key)
    {
        return std::any_of(
            params.begin(), params.end(), [&key](const auto &pair) { return pair.first == key; });
    }

    QStringList values(const Params &params, const QString &key)
    {
        QStringList out;
        for (const auto &pair : params) {
            if (pair.first == key)
                out << pair.second;
        }
        return out;
    }

    /// A PHP-style filter key: "filter[name]" -> ("name", ""), "filter[customFields][code]" ->
    /// ("customFields", "code"), "filter[externalIds][]" -> ("externalIds", "").
    struct FilterKey
    {
        QString name;
        QString sub;
        bool valid = false;
    };

    FilterKey filterKey(const QString &key)
    {
        static const QRegularExpression shape(QStringLiteral("^filter\\[([^\\]]+)\\](?:\\[([^\\]]*)\\])?$"));
        const QRegularExpressionMatch match = shape.match(key);
        if (!match.hasMatch())
            return {};
        return { match.captured(1), match.captured(2), true };
    }

    /// 400 when a filter is not one the method knows (retailCRM: "extra fields").
    bool checkFilters(const Params &params, const QSet<QString> &allowed, SimResponse *refusal)
    {
        for (const auto &pair : params) {
            if (!pair.first.startsWith(QLatin1String("filter")))
                continue;
            const FilterKey key = filterKey(pair.first);
            if (!key.valid || !allowed.contains(key.name)) {
                *refusal =
                    failure(400, kInputErrors, QJsonObject { { QStringLiteral("filter"), kExtraFields } });
                return false;
            }
        }
        return true;
    }

    bool pageParams(const Params &params, int *limit, int *page, SimResponse *refusal)
    {
        *limit = 20;
        *page = 1;
        if (has(params, QStringLiteral("limit"))) {
            bool okLimit = false;
            const int requested = value(params, QStringLiteral("limit")).toInt(&okLimit);
            if (!okLimit || (requested != 20 && requested != 50 && requested != 100)) {
                *refusal = invalid(
                    QStringLiteral("limit"), QStringLiteral("This value should be one of 20, 50, 100."));
                return false;
            }
            *limit = requested;
        }
        if (has(params, QStringLiteral("page"))) {
            bool okPage = false;
            const int requested = value(params, QStringLiteral("page")).toInt(&okPage);
            if (!okPage || requested < 1) {
                *refusal = invalid(QStringLiteral("page"), QStringLiteral("This value should be 1 or more."));
                return false;
            }
            *page = requested;
        }
        return true;
    }

    QJsonObject paginate(const QJsonArray &all, int limit, int page, QJsonArray *slice)
    {
        const int total = int(all.size());
        for (int i = (page - 1) * limit; i < total && i < page * limit; ++i)
            slice->append(all.at(i));
        return QJsonObject { { QStringLiteral("limit"), limit }, { QStringLiteral("totalCount"), total },
            { QStringLiteral("currentPage"), page },
            { QStringLiteral("totalPageCount"), (total + limit - 1) / limit } };
    }

    QString digitsOf(const QString &text)
    {
        QString out;
        for (const QChar c : text) {
            if (c.isDigit())
                out.append(c);
        }
        return out;
    }

    /// Stored phones compared by digits; "8XXXXXXXXXX" is the same number as "7XXXXXXXXXX".
    QString phoneKey(const QString &text)
    {
        QString digits = digitsOf(text);
        if (digits.size() == 11 && digits.startsWith(QLatin1Char('8')))
            digits[0] = QLatin1Char('7');
        return digits;
    }

    QJsonValue money(const QString &decimal)
    {
        bool okNumber = false;
        const double number = decimal.toDouble(&okNumber);
        return okNumber ? QJsonValue(number) : QJsonValue(0);
    }

    QString scalar(const QJsonValue &value)
    {
        if (value.isString())
            return value.toString();
        if (value.isDouble()) {
            const double number = value.toDouble();
            if (std::floor(number) == number)
                return QString::number(qint64(number));
            return QString::number(number, 'g', 15);
        }
        if (value.isBool())
            return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        return {};
    }

    qint64 idOf(const QJsonValue &value)
    {
        if (value.isDouble())
            return qint64(value.toDouble());
        if (value.isString())
            return value.toString().toLongLong();
        return 0;
    }

    QJsonValue codeValue(const QString &code)
    {
        return code.isEmpty() ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(QJsonObject { { QStringLiteral("code"), code } });
    }

    QJsonValue textValue(const QString &text)
    {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }

} // namespace

Simulator::Simulator(QObject *parent)
    : QObject(parent)
    , m_server(new SimHttpServer(this))
    , m_zone(accountTimeZone(QStringLiteral("Europe/Moscow")))
{
    m_server->setRateLimit(10);
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
    m_zone = accountTimeZone(ianaId);
}

void Simulator::setRateLimit(int requestsPerSecond)
{
    m_server->setRateLimit(requestsPerSecond);
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
    if (order.totalSumm.isEmpty())
        order.totalSumm = QStringLiteral("0");
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
    record(entry);
    return order.id;
}

void Simulator::record(HistoryEntry entry)
{
    entry.id = m_nextHistoryId++;
    if (!entry.createdAt.isValid())
        entry.createdAt = now();
    m_history << entry;
}

bool Simulator::changeOrder(qint64 orderId, const QString &field, const QJsonValue &oldValue,
    const QJsonValue &newValue, const QString &source, const QString &key)
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
    if (key.isEmpty() && !m_users.isEmpty())
        entry.userId = m_users.firstKey();
    record(entry);
    return true;
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

bool Simulator::setOrderTotal(qint64 orderId, const QString &decimal)
{
    bool okNumber = false;
    decimal.toDouble(&okNumber);
    if (!m_orders.contains(orderId) || !okNumber)
        return false;
    Order &stored = m_orders[orderId];
    const QString old = stored.totalSumm;
    stored.totalSumm = decimal;
    changeOrder(
        orderId, QStringLiteral("total_summ"), money(old), money(decimal), QStringLiteral("user"), QString());
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

// ---- accessors ----

QList<Site> Simulator::sites() const
{
    QList<Site> list = m_sites.values();
    std::stable_sort(list.begin(), list.end(), [](const Site &a, const Site &b) {
        return a.ordering != b.ordering ? a.ordering < b.ordering : a.name < b.name;
    });
    return list;
}

QList<Status> Simulator::statuses() const
{
    QList<Status> list = m_statuses.values();
    std::stable_sort(
        list.begin(), list.end(), [](const Status &a, const Status &b) { return a.ordering < b.ordering; });
    return list;
}

QList<StatusGroup> Simulator::statusGroups() const
{
    QList<StatusGroup> list = m_groups.values();
    std::stable_sort(list.begin(), list.end(),
        [](const StatusGroup &a, const StatusGroup &b) { return a.ordering < b.ordering; });
    return list;
}

QList<User> Simulator::users() const
{
    return m_users.values();
}
QList<Customer> Simulator::customers() const
{
    return m_customers.values();
}
QList<Order> Simulator::orders() const
{
    return m_orders.values();
}
Order Simulator::order(qint64 id) const
{
    return m_orders.value(id);
}
QList<CustomField> Simulator::customFields() const
{
    return m_customFields;
}

QList<HistoryRecord> Simulator::history(const QString &asSeenByKey) const
{
    QList<HistoryRecord> list;
    for (const HistoryEntry &entry : m_history)
        list << historyRecord(entry, asSeenByKey);
    return list;
}

QString Simulator::defaultStatus() const
{
    const StatusGroup group = m_groups.value(QStringLiteral("new"));
    QString best;
    int bestOrdering = 0;
    for (const QString &code : group.statuses) {
        const auto it = m_statuses.constFind(code);
        if (it == m_statuses.constEnd() || !it->active)
            continue;
        if (best.isEmpty() || it->ordering < bestOrdering) {
            best = code;
            bestOrdering = it->ordering;
        }
    }
    return best;
}

QString Simulator::firstSite() const
{
    const QList<Site> list = sites();
    return list.isEmpty() ? QString() : list.first().code;
}

bool Simulator::hasSite(const QString &code) const
{
    return m_sites.contains(code);
}
bool Simulator::hasStatus(const QString &code) const
{
    return m_statuses.contains(code);
}
QString Simulator::groupOf(const QString &statusCode) const
{
    return m_statuses.value(statusCode).group;
}

// ---- JSON shapes ----

QJsonObject Simulator::customerJson(const Customer &customer) const
{
    QJsonArray phones;
    for (const QString &phone : customer.phones)
        phones.append(QJsonObject { { QStringLiteral("number"), phone } });
    QJsonObject object { { QStringLiteral("type"), QStringLiteral("customer") },
        { QStringLiteral("id"), double(customer.id) }, { QStringLiteral("firstName"), customer.firstName },
        { QStringLiteral("phones"), phones },
        { QStringLiteral("createdAt"), formatDateTime(customer.createdAt, m_zone) },
        { QStringLiteral("site"), customer.site } };
    if (!customer.externalId.isEmpty())
        object.insert(QStringLiteral("externalId"), customer.externalId);
    if (!customer.lastName.isEmpty())
        object.insert(QStringLiteral("lastName"), customer.lastName);
    if (!customer.patronymic.isEmpty())
        object.insert(QStringLiteral("patronymic"), customer.patronymic);
    if (!customer.email.isEmpty())
        object.insert(QStringLiteral("email"), customer.email);
    if (customer.managerId != 0)
        object.insert(QStringLiteral("managerId"), double(customer.managerId));
    return object;
}

QJsonObject Simulator::orderJson(const Order &order) const
{
    QJsonObject object { { QStringLiteral("id"), double(order.id) },
        { QStringLiteral("number"), order.number }, { QStringLiteral("site"), order.site },
        { QStringLiteral("status"), order.status },
        { QStringLiteral("createdAt"), formatDateTime(order.createdAt, m_zone) },
        { QStringLiteral("statusUpdatedAt"), formatDateTime(order.statusUpdatedAt, m_zone) },
        { QStringLiteral("totalSumm"), money(order.totalSumm) },
        { QStringLiteral("orderType"), QStringLiteral("eshop-individual") } };
    const auto put = [&object](const char *name, const QString &text) {
        if (!text.isEmpty())
            object.insert(QLatin1String(name), text);
    };
    put("externalId", order.externalId);
    put("firstName", order.firstName);
    put("lastName", order.lastName);
    put("phone", order.phone);
    put("email", order.email);
    if (order.managerId != 0)
        object.insert(QStringLiteral("managerId"), double(order.managerId));
    if (order.customerId != 0 && m_customers.contains(order.customerId))
        object.insert(QStringLiteral("customer"), customerJson(m_customers.value(order.customerId)));
    if (order.customFields.isEmpty()) {
        object.insert(QStringLiteral("customFields"), QJsonArray()); // PHP's empty map
    } else {
        QJsonObject fields;
        for (auto it = order.customFields.constBegin(); it != order.customFields.constEnd(); ++it)
            fields.insert(it.key(), it.value());
        object.insert(QStringLiteral("customFields"), fields);
    }
    if (!order.source.isEmpty()) {
        QJsonObject source;
        const auto sourcePut = [&source](const char *name, const QString &text) {
            if (!text.isEmpty())
                source.insert(QLatin1String(name), text);
        };
        sourcePut("source", order.source.source);
        sourcePut("medium", order.source.medium);
        sourcePut("campaign", order.source.campaign);
        sourcePut("keyword", order.source.keyword);
        sourcePut("content", order.source.content);
        object.insert(QStringLiteral("source"), source);
    }
    return object;
}

QJsonObject Simulator::historyJson(const HistoryEntry &entry, const QString &key) const
{
    QJsonObject object { { QStringLiteral("id"), double(entry.id) },
        { QStringLiteral("createdAt"), formatDateTime(entry.createdAt, m_zone) },
        { QStringLiteral("source"), entry.source }, { QStringLiteral("field"), entry.field },
        { QStringLiteral("oldValue"), entry.oldValue }, { QStringLiteral("newValue"), entry.newValue } };
    if (entry.created) {
        object.insert(QStringLiteral("created"), true);
        object.insert(QStringLiteral("order"), entry.orderSnapshot);
    } else {
        const Order current = m_orders.value(entry.orderId);
        QJsonObject order { { QStringLiteral("id"), double(entry.orderId) },
            { QStringLiteral("site"), current.site }, { QStringLiteral("number"), current.number } };
        if (!current.externalId.isEmpty())
            order.insert(QStringLiteral("externalId"), current.externalId);
        object.insert(QStringLiteral("order"), order);
    }
    if (!entry.apiKey.isEmpty())
        object.insert(
            QStringLiteral("apiKey"), QJsonObject { { QStringLiteral("current"), entry.apiKey == key } });
    if (entry.userId != 0)
        object.insert(QStringLiteral("user"), QJsonObject { { QStringLiteral("id"), double(entry.userId) } });
    return object;
}

HistoryRecord Simulator::historyRecord(const HistoryEntry &entry, const QString &key) const
{
    HistoryRecord recordOut;
    recordOut.id = entry.id;
    recordOut.createdAt = entry.createdAt;
    recordOut.created = entry.created;
    recordOut.field = entry.field;
    recordOut.source = entry.source;
    recordOut.byThisKey = !entry.apiKey.isEmpty() && entry.apiKey == key;
    recordOut.userId = entry.userId;
    const auto fill = [](const QJsonValue &v, QJsonObject *object, QString *text) {
        if (v.isObject()) {
            *object = v.toObject();
            *text = scalar(object->value(QLatin1String("code")));
            if (text->isEmpty())
                *text = scalar(object->value(QLatin1String("id")));
        } else {
            *text = scalar(v);
        }
    };
    fill(entry.oldValue, &recordOut.oldValue, &recordOut.oldValueText);
    fill(entry.newValue, &recordOut.newValue, &recordOut.newValueText);
    if (entry.created) {
        const Result<Order> snapshot = parseOrder(entry.orderSnapshot, m_zone);
        recordOut.order = snapshot.value;
    } else {
        const Order current = m_orders.value(entry.orderId);
        recordOut.order.id = entry.orderId;
        recordOut.order.site = current.site;
        recordOut.order.number = current.number;
        recordOut.order.externalId = current.externalId;
    }
    return recordOut;
}

// ---- HTTP ----

QString Simulator::routeName(const SimRequest &request) const
{
    static const QRegularExpression orderPath(
        QStringLiteral("^/api/v5/orders/(?!create$|history$)([^/]+)(/edit)?$"));
    QString path = request.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QRegularExpressionMatch match = orderPath.match(path);
    if (match.hasMatch())
        path = QStringLiteral("/api/v5/orders/{id}") + match.captured(2);
    return QString::fromLatin1(request.method) + QLatin1Char(' ') + path;
}

bool Simulator::authorise(
    const SimRequest &request, const Route &route, QString *key, SimResponse *refusal) const
{
    // The header is what clients should use; retailCRM also reads apiKey from the query or the form.
    QString given = QString::fromUtf8(request.header("X-API-KEY")).trimmed();
    if (given.isEmpty())
        given = value(items(request.query), QStringLiteral("apiKey"));
    if (given.isEmpty())
        given = value(items(request.form), QStringLiteral("apiKey"));
    *key = given;
    if (!route.needsKey)
        return true;
    if (given.isEmpty()) {
        *refusal = failure(401, QStringLiteral("\"apiKey\" is missing."));
        return false;
    }
    const auto it = m_keys.constFind(given);
    if (it == m_keys.constEnd()) {
        *refusal = failure(401, QStringLiteral("Wrong \"apiKey\" value."));
        return false;
    }
    if (route.scope.isEmpty())
        return true;
    const bool allowed = it->legacy
        ? it->methods.contains(route.methodPath)
        : (it->scopes.contains(route.scope)
            || (!route.altScope.isEmpty() && it->scopes.contains(route.altScope)));
    if (!allowed) {
        *refusal = failure(403, QStringLiteral("Access denied."));
        return false;
    }
    return true;
}

SimResponse Simulator::handle(const SimRequest &request)
{
    static const QRegularExpression customFieldCreatePath(
        QStringLiteral("^/api/v5/custom-fields/([^/]+)/create$"));
    static const QRegularExpression orderEditPath(QStringLiteral("^/api/v5/orders/([^/]+)/edit$"));
    static const QRegularExpression orderGetPath(QStringLiteral("^/api/v5/orders/([^/]+)$"));

    QString path = request.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const bool isGet = request.method == "GET";
    const bool isPost = request.method == "POST";

    QString key;
    SimResponse refusal;
    const auto allowed = [&](const QString &scope, const QString &methodPath, const QString &altScope = {}) {
        return authorise(request, { scope, altScope, methodPath, true }, &key, &refusal);
    };

    if (isGet && path == QLatin1String("/api/api-versions")) {
        return apiVersions();
    }
    if (isGet && path == QLatin1String("/api/credentials")) {
        if (!allowed(QString(), QString()))
            return refusal;
        return credentialsOf(key);
    }
    if (isGet && path == QLatin1String("/api/v5/reference/sites")) {
        if (!allowed(QStringLiteral("reference_read"), QStringLiteral("/api/reference/sites")))
            return refusal;
        return referenceSites();
    }
    if (isGet && path == QLatin1String("/api/v5/reference/statuses")) {
        if (!allowed(QStringLiteral("reference_read"), QStringLiteral("/api/reference/statuses")))
            return refusal;
        return referenceStatuses();
    }
    if (isGet && path == QLatin1String("/api/v5/reference/status-groups")) {
        if (!allowed(QStringLiteral("reference_read"), QStringLiteral("/api/reference/status-groups")))
            return refusal;
        return referenceStatusGroups();
    }
    if (isGet && path == QLatin1String("/api/v5/users")) {
        if (!allowed(QStringLiteral("user_read"), QStringLiteral("/api/users")))
            return refusal;
        return usersList(request);
    }
    if (isGet && path == QLatin1String("/api/v5/custom-fields")) {
        if (!allowed(QStringLiteral("custom_fields_read"), QStringLiteral("/api/custom-fields"),
                QStringLiteral("custom_fields_write")))
            return refusal;
        return customFieldsList(request);
    }
    if (isPost) {
        const QRegularExpressionMatch match = customFieldCreatePath.match(path);
        if (match.hasMatch()) {
            if (!allowed(QStringLiteral("custom_fields_write"),
                    QStringLiteral("/api/custom-fields/{entity}/create")))
                return refusal;
            return customFieldCreate(request, match.captured(1));
        }
    }
    if (isGet && path == QLatin1String("/api/v5/customers")) {
        if (!allowed(QStringLiteral("customer_read"), QStringLiteral("/api/customers")))
            return refusal;
        return customersList(request);
    }
    if (isPost && path == QLatin1String("/api/v5/customers/create")) {
        if (!allowed(QStringLiteral("customer_write"), QStringLiteral("/api/customers/create")))
            return refusal;
        return customerCreate(request);
    }
    if (isGet && path == QLatin1String("/api/v5/orders")) {
        if (!allowed(QStringLiteral("order_read"), QStringLiteral("/api/orders")))
            return refusal;
        return ordersList(request);
    }
    if (isPost && path == QLatin1String("/api/v5/orders/create")) {
        if (!allowed(QStringLiteral("order_write"), QStringLiteral("/api/orders/create")))
            return refusal;
        return orderCreate(request, key);
    }
    if (isGet && path == QLatin1String("/api/v5/orders/history")) {
        if (!allowed(QStringLiteral("order_read"), QStringLiteral("/api/orders/history")))
            return refusal;
        return ordersHistory(request, key);
    }
    if (isPost) {
        const QRegularExpressionMatch match = orderEditPath.match(path);
        if (match.hasMatch()) {
            if (!allowed(QStringLiteral("order_write"), QStringLiteral("/api/orders/{externalId}/edit")))
                return refusal;
            return orderEdit(request, match.captured(1), key);
        }
    }
    if (isGet) {
        const QRegularExpressionMatch match = orderGetPath.match(path);
        if (match.hasMatch() && match.captured(1) != QLatin1String("create")) {
            if (!allowed(QStringLiteral("order_read"), QStringLiteral("/api/orders/{externalId}")))
                return refusal;
            return orderGet(request, match.captured(1));
        }
    }
    return failure(404, QStringLiteral("API method not found"));
}

SimResponse Simulator::apiVersions()
{
    return ok({ { QStringLiteral("versions"),
        QJsonArray { QStringLiteral("3.0"), QStringLiteral("4.0"), QStringLiteral("5.0") } } });
}

SimResponse Simulator::credentialsOf(const QString &key)
{
    const ApiKey apiKey = m_keys.value(key);
    QJsonArray sitesAvailable;
    for (const Site &site : sites())
        sitesAvailable.append(site.code);
    QJsonObject payload { { QStringLiteral("siteAccess"), QStringLiteral("access_full") },
        { QStringLiteral("sitesAvailable"), sitesAvailable } };
    if (apiKey.legacy)
        payload.insert(QStringLiteral("credentials"), QJsonArray::fromStringList(apiKey.methods));
    else
        payload.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(apiKey.scopes));
    return ok(payload);
}

SimResponse Simulator::referenceSites()
{
    QJsonObject map;
    for (const Site &site : std::as_const(m_sites)) {
        map.insert(site.code,
            QJsonObject { { QStringLiteral("name"), site.name }, { QStringLiteral("code"), site.code },
                { QStringLiteral("url"), site.url }, { QStringLiteral("ordering"), site.ordering },
                { QStringLiteral("defaultForCrm"), false } });
    }
    return ok({ { QStringLiteral("sites"), map.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(map) } });
}

SimResponse Simulator::referenceStatuses()
{
    QJsonObject map;
    for (const Status &status : std::as_const(m_statuses)) {
        map.insert(status.code,
            QJsonObject { { QStringLiteral("name"), status.name }, { QStringLiteral("code"), status.code },
                { QStringLiteral("active"), status.active }, { QStringLiteral("ordering"), status.ordering },
                { QStringLiteral("group"), status.group } });
    }
    return ok({ { QStringLiteral("statuses"), map.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(map) } });
}

SimResponse Simulator::referenceStatusGroups()
{
    QJsonObject map;
    for (const StatusGroup &group : std::as_const(m_groups)) {
        map.insert(group.code,
            QJsonObject { { QStringLiteral("name"), group.name }, { QStringLiteral("code"), group.code },
                { QStringLiteral("active"), true }, { QStringLiteral("ordering"), group.ordering },
                { QStringLiteral("process"),
                    group.code != QLatin1String("complete") && group.code != QLatin1String("cancel") },
                { QStringLiteral("statuses"), QJsonArray::fromStringList(group.statuses) } });
    }
    return ok(
        { { QStringLiteral("statusGroups"), map.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(map) } });
}

SimResponse Simulator::usersList(const SimRequest &request)
{
    const Params params = items(request.query);
    SimResponse refusal;
    int limit = 0;
    int page = 0;
    if (!checkFilters(params, { QStringLiteral("active"), QStringLiteral("email") }, &refusal)
        || !pageParams(params, &limit, &page, &refusal))
        return refusal;
    const QString active = value(params, QStringLiteral("filter[active]"));
    const QString email = value(params, QStringLiteral("filter[email]")).toLower();
    QJsonArray all;
    for (const User &user : std::as_const(m_users)) {
        if (!active.isEmpty() && user.active != (active == QLatin1String("1")))
            continue;
        if (!email.isEmpty() && user.email.toLower() != email)
            continue;
        QJsonObject object { { QStringLiteral("id"), double(user.id) },
            { QStringLiteral("firstName"), user.firstName }, { QStringLiteral("lastName"), user.lastName },
            { QStringLiteral("active"), user.active }, { QStringLiteral("email"), user.email } };
        if (!user.patronymic.isEmpty())
            object.insert(QStringLiteral("patronymic"), user.patronymic);
        all.append(object);
    }
    QJsonArray slice;
    const QJsonObject pagination = paginate(all, limit, page, &slice);
    return ok({ { QStringLiteral("users"), slice }, { QStringLiteral("pagination"), pagination } });
}

SimResponse Simulator::customFieldsList(const SimRequest &request)
{
    const Params params = items(request.query);
    SimResponse refusal;
    int limit = 0;
    int page = 0;
    if (!checkFilters(
            params, { QStringLiteral("entity"), QStringLiteral("code"), QStringLiteral("type") }, &refusal)
        || !pageParams(params, &limit, &page, &refusal))
        return refusal;
    const QString entity = value(params, QStringLiteral("filter[entity]"));
    const QString code = value(params, QStringLiteral("filter[code]"));
    QJsonArray all;
    for (const CustomField &field : std::as_const(m_customFields)) {
        if ((!entity.isEmpty() && field.entity != entity) || (!code.isEmpty() && field.code != code))
            continue;
        all.append(
            QJsonObject { { QStringLiteral("name"), field.name }, { QStringLiteral("code"), field.code },
                { QStringLiteral("type"), field.type }, { QStringLiteral("entity"), field.entity },
                { QStringLiteral("required"), false }, { QStringLiteral("inFilter"), field.inFilter },
                { QStringLiteral("inList"), field.inList }, { QStringLiteral("ordering"), 50 } });
    }
    QJsonArray slice;
    const QJsonObject pagination = paginate(all, limit, page, &slice);
    return ok({ { QStringLiteral("customFields"), slice }, { QStringLiteral("pagination"), pagination } });
}

SimResponse Simulator::customFieldCreate(const SimRequest &request, const QString &entity)
{
    if (entity != QLatin1String("order") && entity != QLatin1String("customer"))
        return failure(404, QStringLiteral("API method not found"));
    const Params form = items(request.form);
    QJsonParseError parseError {};
    const QJsonDocument document =
        QJsonDocument::fromJson(value(form, QStringLiteral("customField")).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QStringLiteral("customField"), QStringLiteral("This value should be valid JSON."));
    const QJsonObject object = document.object();
    static const QRegularExpression codeShape(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    static const QSet<QString> types { QStringLiteral("string"), QStringLiteral("text"),
        QStringLiteral("integer"), QStringLiteral("numeric"), QStringLiteral("boolean"),
        QStringLiteral("date"), QStringLiteral("email"), QStringLiteral("dictionary"),
        QStringLiteral("multiselect_dictionary") };
    CustomField field;
    field.code = object.value(QLatin1String("code")).toString();
    field.name = object.value(QLatin1String("name")).toString();
    field.type = object.value(QLatin1String("type")).toString();
    field.entity = entity;
    field.inFilter = object.value(QLatin1String("inFilter")).toBool(false);
    field.inList = object.value(QLatin1String("inList")).toBool(false);
    QJsonObject errors;
    if (!codeShape.match(field.code).hasMatch())
        errors.insert(QStringLiteral("code"),
            QStringLiteral("Code must start with a latin letter and contain only "
                           "latin letters, digits and underscores."));
    if (field.name.trimmed().isEmpty())
        errors.insert(QStringLiteral("name"), QStringLiteral("This value should not be blank."));
    if (!types.contains(field.type))
        errors.insert(
            QStringLiteral("type"), QStringLiteral("The value you selected is not a valid choice."));
    if (errors.isEmpty()) {
        for (const CustomField &existing : std::as_const(m_customFields)) {
            if (existing.entity == entity && existing.code == field.code) {
                errors.insert(QStringLiteral("code"),
                    QStringLiteral("Custom field with code \"%1\" already exists.").arg(field.code));
                break;
            }
        }
    }
    if (!errors.isEmpty())
        return failure(400, kInputErrors, errors);
    m_customFields << field;
    return ok({ { QStringLiteral("code"), field.code } }, 201);
}

SimResponse Simulator::customersList(const SimRequest &request)
{
    const Params params = items(request.query);
    SimResponse refusal;
    int limit = 0;
    int page = 0;
    if (!checkFilters(params,
            { QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("externalIds"),
                QStringLiteral("ids"), QStringLiteral("sites") },
            &refusal)
        || !pageParams(params, &limit, &page, &refusal))
        return refusal;
    const QString name = value(params, QStringLiteral("filter[name]")).trimmed();
    const QString nameDigits = phoneKey(name);
    // Only a text that is a phone number (digits and separators) is searched among phones.
    static const QRegularExpression phoneLike(QStringLiteral("^[+\\d\\s()\\-.]+$"));
    const bool searchPhones = nameDigits.size() >= 5 && phoneLike.match(name).hasMatch();
    const QString email = value(params, QStringLiteral("filter[email]")).trimmed().toLower();
    const QStringList externalIds = values(params, QStringLiteral("filter[externalIds][]"));
    const QStringList ids = values(params, QStringLiteral("filter[ids][]"));
    const QStringList sitesFilter = values(params, QStringLiteral("filter[sites][]"));

    QJsonArray all;
    // UNCONFIRMED default order of retailCRM lists: newest (greatest id) first here.
    for (auto it = m_customers.constEnd(); it != m_customers.constBegin();) {
        --it;
        const Customer &customer = it.value();
        if (!name.isEmpty()) {
            const QString fullName =
                QStringList { customer.lastName, customer.firstName, customer.patronymic }.join(
                    QLatin1Char(' '));
            const QString reversed =
                QStringList { customer.firstName, customer.lastName }.join(QLatin1Char(' '));
            bool match =
                fullName.contains(name, Qt::CaseInsensitive) || reversed.contains(name, Qt::CaseInsensitive);
            if (!match && searchPhones) {
                for (const QString &phone : customer.phones) {
                    const QString stored = phoneKey(phone);
                    if (stored.contains(nameDigits) || (stored.size() >= 10 && nameDigits.contains(stored))) {
                        match = true;
                        break;
                    }
                }
            }
            if (!match)
                continue;
        }
        // retailCRM's e-mail filter matches a part of the address; the client checks equality itself.
        if (!email.isEmpty() && !customer.email.toLower().contains(email))
            continue;
        if (!externalIds.isEmpty() && !externalIds.contains(customer.externalId))
            continue;
        if (!ids.isEmpty() && !ids.contains(QString::number(customer.id)))
            continue;
        if (!sitesFilter.isEmpty() && !sitesFilter.contains(customer.site))
            continue;
        all.append(customerJson(customer));
    }
    QJsonArray slice;
    const QJsonObject pagination = paginate(all, limit, page, &slice);
    return ok({ { QStringLiteral("customers"), slice }, { QStringLiteral("pagination"), pagination } });
}

SimResponse Simulator::customerCreate(const SimRequest &request)
{
    const Params form = items(request.form);
    QJsonParseError parseError {};
    const QJsonDocument document =
        QJsonDocument::fromJson(value(form, QStringLiteral("customer")).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QStringLiteral("customer"), QStringLiteral("This value should be valid JSON."));
    const QJsonObject object = document.object();
    QString site = value(form, QStringLiteral("site"));
    if (site.isEmpty() && m_sites.size() == 1)
        site = m_sites.firstKey();
    if (site.isEmpty())
        return invalid(
            QStringLiteral("site"), QStringLiteral("The shop must be given for a key with several shops."));
    if (!hasSite(site))
        return invalid(QStringLiteral("site"), QStringLiteral("Shop \"%1\" does not exist.").arg(site));
    Customer customer;
    customer.site = site;
    customer.externalId = object.value(QLatin1String("externalId")).toString();
    customer.firstName = object.value(QLatin1String("firstName")).toString();
    customer.lastName = object.value(QLatin1String("lastName")).toString();
    customer.patronymic = object.value(QLatin1String("patronymic")).toString();
    customer.email = object.value(QLatin1String("email")).toString();
    customer.managerId = idOf(object.value(QLatin1String("managerId")));
    const QJsonArray phones = object.value(QLatin1String("phones")).toArray();
    for (const QJsonValue &phone : phones) {
        const QString number = phone.toObject().value(QLatin1String("number")).toString();
        if (!number.isEmpty())
            customer.phones << number;
    }
    if (!customer.externalId.isEmpty()) {
        for (const Customer &existing : std::as_const(m_customers)) {
            if (existing.externalId == customer.externalId)
                return invalid(QStringLiteral("externalId"),
                    QStringLiteral("Customer with externalId \"%1\" already exists.")
                        .arg(customer.externalId));
        }
    }
    if (customer.firstName.isEmpty() && customer.lastName.isEmpty() && customer.phones.isEmpty()
        && customer.email.isEmpty())
        return invalid(QStringLiteral("firstName"), QStringLiteral("This value should not be blank."));
    customer.createdAt = now();
    const qint64 id = addCustomer(customer);
    return ok({ { QStringLiteral("id"), double(id) } }, 201);
}

SimResponse Simulator::ordersList(const SimRequest &request)
{
    const Params params = items(request.query);
    SimResponse refusal;
    int limit = 0;
    int page = 0;
    if (!checkFilters(params,
            { QStringLiteral("customerId"), QStringLiteral("customFields"), QStringLiteral("externalIds"),
                QStringLiteral("ids"), QStringLiteral("numbers"), QStringLiteral("sites"),
                QStringLiteral("createdAtFrom"), QStringLiteral("createdAtTo"),
                QStringLiteral("extendedStatus"), QStringLiteral("email") },
            &refusal)
        || !pageParams(params, &limit, &page, &refusal))
        return refusal;

    QMap<QString, QString> customFilters;
    for (const auto &pair : params) {
        const FilterKey key = filterKey(pair.first);
        if (!key.valid || key.name != QLatin1String("customFields"))
            continue;
        const bool filterable =
            std::any_of(m_customFields.cbegin(), m_customFields.cend(), [&key](const CustomField &f) {
                return f.entity == QLatin1String("order") && f.code == key.sub && f.inFilter;
            });
        if (!filterable)
            return failure(400, kInputErrors, QJsonObject { { QStringLiteral("filter"), kExtraFields } });
        customFilters.insert(key.sub, pair.second);
    }
    const auto dateFilter = [&](const QString &name, bool endOfDay, QDateTime *out) {
        const QString text = value(params, name);
        if (text.isEmpty())
            return true;
        *out = parseDateTime(text, m_zone);
        if (!out->isValid())
            return false;
        if (endOfDay && text.trimmed().size() == 10)
            *out = out->addDays(1).addSecs(-1);
        return true;
    };
    QDateTime createdFrom;
    QDateTime createdTo;
    if (!dateFilter(QStringLiteral("filter[createdAtFrom]"), false, &createdFrom))
        return invalid(QStringLiteral("createdAtFrom"), QStringLiteral("This value is not a valid date."));
    if (!dateFilter(QStringLiteral("filter[createdAtTo]"), true, &createdTo))
        return invalid(QStringLiteral("createdAtTo"), QStringLiteral("This value is not a valid date."));
    const QString customerId = value(params, QStringLiteral("filter[customerId]"));
    const QStringList externalIds = values(params, QStringLiteral("filter[externalIds][]"));
    const QStringList ids = values(params, QStringLiteral("filter[ids][]"));
    const QStringList numbers = values(params, QStringLiteral("filter[numbers][]"));
    const QStringList sitesFilter = values(params, QStringLiteral("filter[sites][]"));
    const QStringList statusFilter = values(params, QStringLiteral("filter[extendedStatus][]"));
    const QString email = value(params, QStringLiteral("filter[email]")).toLower();

    QJsonArray all;
    for (auto it = m_orders.constEnd(); it != m_orders.constBegin();) {
        --it;
        const Order &order = it.value();
        if (!customerId.isEmpty() && QString::number(order.customerId) != customerId)
            continue;
        if (!externalIds.isEmpty() && !externalIds.contains(order.externalId))
            continue;
        if (!ids.isEmpty() && !ids.contains(QString::number(order.id)))
            continue;
        if (!numbers.isEmpty() && !numbers.contains(order.number))
            continue;
        if (!sitesFilter.isEmpty() && !sitesFilter.contains(order.site))
            continue;
        if (!statusFilter.isEmpty() && !statusFilter.contains(order.status)
            && !statusFilter.contains(groupOf(order.status)))
            continue;
        if (!email.isEmpty() && !order.email.toLower().contains(email))
            continue;
        if (createdFrom.isValid() && order.createdAt < createdFrom)
            continue;
        if (createdTo.isValid() && order.createdAt > createdTo)
            continue;
        bool fieldsMatch = true;
        for (auto filter = customFilters.constBegin(); filter != customFilters.constEnd(); ++filter) {
            if (order.customFields.value(filter.key()) != filter.value()) {
                fieldsMatch = false;
                break;
            }
        }
        if (!fieldsMatch)
            continue;
        all.append(orderJson(order));
    }
    QJsonArray slice;
    const QJsonObject pagination = paginate(all, limit, page, &slice);
    return ok({ { QStringLiteral("orders"), slice }, { QStringLiteral("pagination"), pagination } });
}

SimResponse Simulator::orderCreate(const SimRequest &request, const QString &key)
{
    const Params form = items(request.form);
    QJsonParseError parseError {};
    const QJsonDocument document =
        QJsonDocument::fromJson(value(form, QStringLiteral("order")).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QStringLiteral("order"), QStringLiteral("This value should be valid JSON."));
    const QJsonObject object = document.object();

    QString site = value(form, QStringLiteral("site"));
    if (site.isEmpty() && m_sites.size() == 1)
        site = m_sites.firstKey();
    if (site.isEmpty())
        return invalid(
            QStringLiteral("site"), QStringLiteral("The shop must be given for a key with several shops."));
    if (!hasSite(site))
        return invalid(QStringLiteral("site"), QStringLiteral("Shop \"%1\" does not exist.").arg(site));

    QJsonObject errors;
    Order order;
    order.site = site;
    order.externalId = object.value(QLatin1String("externalId")).toString();
    order.number = object.value(QLatin1String("number")).toString();
    order.status = object.value(QLatin1String("status")).toString();
    order.firstName = object.value(QLatin1String("firstName")).toString();
    order.lastName = object.value(QLatin1String("lastName")).toString();
    order.phone = object.value(QLatin1String("phone")).toString();
    order.email = object.value(QLatin1String("email")).toString();
    order.managerId = idOf(object.value(QLatin1String("managerId")));
    const QJsonObject customer = object.value(QLatin1String("customer")).toObject();
    order.customerId = idOf(customer.value(QLatin1String("id")));
    if (order.customerId != 0 && !m_customers.contains(order.customerId))
        errors.insert(QStringLiteral("customer"),
            QStringLiteral("Customer with id %1 not found.").arg(order.customerId));
    if (!order.status.isEmpty() && !hasStatus(order.status))
        errors.insert(
            QStringLiteral("status"), QStringLiteral("Status \"%1\" does not exist.").arg(order.status));
    if (order.status.isEmpty() && defaultStatus().isEmpty())
        errors.insert(
            QStringLiteral("status"), QStringLiteral("There is no active status in group \"new\"."));
    if (order.managerId != 0 && !m_users.contains(order.managerId))
        errors.insert(
            QStringLiteral("managerId"), QStringLiteral("User with id %1 not found.").arg(order.managerId));
    if (!order.externalId.isEmpty()) {
        for (const Order &existing : std::as_const(m_orders)) {
            if (existing.site == site && existing.externalId == order.externalId) {
                errors.insert(QStringLiteral("externalId"),
                    QStringLiteral("Order with externalId \"%1\" already exists.").arg(order.externalId));
                break;
            }
        }
    }
    const QJsonValue fields = object.value(QLatin1String("customFields"));
    if (fields.isObject()) {
        const QJsonObject map = fields.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const bool known =
                std::any_of(m_customFields.cbegin(), m_customFields.cend(), [&it](const CustomField &f) {
                    return f.entity == QLatin1String("order") && f.code == it.key();
                });
            if (!known) {
                errors.insert(QStringLiteral("customFields"),
                    QStringLiteral("Custom field \"%1\" does not exist.").arg(it.key()));
                continue;
            }
            const QString text = scalar(it.value());
            if (!text.isEmpty())
                order.customFields.insert(it.key(), text);
        }
    }
    const QJsonObject source = object.value(QLatin1String("source")).toObject();
    order.source.source = source.value(QLatin1String("source")).toString();
    order.source.medium = source.value(QLatin1String("medium")).toString();
    order.source.campaign = source.value(QLatin1String("campaign")).toString();
    order.source.keyword = source.value(QLatin1String("keyword")).toString();
    order.source.content = source.value(QLatin1String("content")).toString();
    if (!errors.isEmpty())
        return failure(400, kInputErrors, errors);

    const qint64 id = insertOrder(order, QStringLiteral("api"), key);
    return ok(
        { { QStringLiteral("id"), double(id) }, { QStringLiteral("order"), orderJson(m_orders.value(id)) } },
        201);
}

const Order *Simulator::findOrder(const QString &idOrExternal, bool byId, const QString &site) const
{
    for (auto it = m_orders.constBegin(); it != m_orders.constEnd(); ++it) {
        if (!site.isEmpty() && it->site != site)
            continue;
        if (byId ? QString::number(it->id) == idOrExternal : it->externalId == idOrExternal)
            return &it.value();
    }
    return nullptr;
}

SimResponse Simulator::orderEdit(const SimRequest &request, const QString &idOrExternal, const QString &key)
{
    const Params form = items(request.form);
    const QString by = value(form, QStringLiteral("by"));
    if (!by.isEmpty() && by != QLatin1String("id") && by != QLatin1String("externalId"))
        return invalid(QStringLiteral("by"), QStringLiteral("The value you selected is not a valid choice."));
    const QString site = value(form, QStringLiteral("site"));
    if (!site.isEmpty() && !hasSite(site))
        return invalid(QStringLiteral("site"), QStringLiteral("Shop \"%1\" does not exist.").arg(site));
    // Without by=id the path segment is an externalId.
    const Order *found = findOrder(idOrExternal, by == QLatin1String("id"), site);
    if (!found)
        return failure(404, QStringLiteral("Not found"));
    QJsonParseError parseError {};
    const QJsonDocument document =
        QJsonDocument::fromJson(value(form, QStringLiteral("order")).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QStringLiteral("order"), QStringLiteral("This value should be valid JSON."));
    const QJsonObject object = document.object();

    Order changed = *found;
    const Order before = *found;
    QJsonObject errors;
    if (object.contains(QLatin1String("status"))) {
        changed.status = object.value(QLatin1String("status")).toString();
        if (!hasStatus(changed.status))
            errors.insert(QStringLiteral("status"),
                QStringLiteral("Status \"%1\" does not exist.").arg(changed.status));
    }
    if (object.contains(QLatin1String("managerId"))) {
        changed.managerId = idOf(object.value(QLatin1String("managerId")));
        if (changed.managerId != 0 && !m_users.contains(changed.managerId))
            errors.insert(QStringLiteral("managerId"), QStringLiteral("User not found."));
    }
    if (object.contains(QLatin1String("externalId"))) {
        changed.externalId = object.value(QLatin1String("externalId")).toString();
        for (const Order &existing : std::as_const(m_orders)) {
            if (existing.id != changed.id && existing.site == changed.site && !changed.externalId.isEmpty()
                && existing.externalId == changed.externalId)
                errors.insert(QStringLiteral("externalId"),
                    QStringLiteral("Order with externalId \"%1\" already exists.").arg(changed.externalId));
        }
    }
    const auto textField = [&object](const char *name, QString *target) {
        if (object.contains(QLatin1String(name)))
            *target = object.value(QLatin1String(name)).toString();
    };
    textField("firstName", &changed.firstName);
    textField("lastName", &changed.lastName);
    textField("phone", &changed.phone);
    textField("email", &changed.email);
    const QJsonObject fields = object.value(QLatin1String("customFields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const bool known = std::any_of(m_customFields.cbegin(), m_customFields.cend(),
            [&it](const CustomField &f) { return f.entity == QLatin1String("order") && f.code == it.key(); });
        if (!known) {
            errors.insert(QStringLiteral("customFields"),
                QStringLiteral("Custom field \"%1\" does not exist.").arg(it.key()));
            continue;
        }
        const QString text = scalar(it.value());
        if (text.isEmpty())
            changed.customFields.remove(it.key());
        else
            changed.customFields.insert(it.key(), text);
    }
    const QJsonObject source = object.value(QLatin1String("source")).toObject();
    const auto sourceField = [&source](const char *name, QString *target) {
        if (source.contains(QLatin1String(name)))
            *target = source.value(QLatin1String(name)).toString();
    };
    sourceField("source", &changed.source.source);
    sourceField("medium", &changed.source.medium);
    sourceField("campaign", &changed.source.campaign);
    sourceField("keyword", &changed.source.keyword);
    sourceField("content", &changed.source.content);
    if (!errors.isEmpty())
        return failure(400, kInputErrors, errors);

    // One history record per changed field, made with this key.
    const QString api = QStringLiteral("api");
    if (before.status != changed.status) {
        changed.statusUpdatedAt = now();
    }
    m_orders.insert(changed.id, changed);
    changeOrder(
        changed.id, QStringLiteral("status"), codeValue(before.status), codeValue(changed.status), api, key);
    const auto manager = [](qint64 id) {
        return id == 0 ? QJsonValue(QJsonValue::Null)
                       : QJsonValue(QJsonObject { { QStringLiteral("id"), double(id) } });
    };
    changeOrder(changed.id, QStringLiteral("manager"), manager(before.managerId), manager(changed.managerId),
        api, key);
    changeOrder(changed.id, QStringLiteral("external_id"), textValue(before.externalId),
        textValue(changed.externalId), api, key);
    changeOrder(changed.id, QStringLiteral("first_name"), textValue(before.firstName),
        textValue(changed.firstName), api, key);
    changeOrder(changed.id, QStringLiteral("last_name"), textValue(before.lastName),
        textValue(changed.lastName), api, key);
    changeOrder(
        changed.id, QStringLiteral("phone"), textValue(before.phone), textValue(changed.phone), api, key);
    changeOrder(
        changed.id, QStringLiteral("email"), textValue(before.email), textValue(changed.email), api, key);
    QSet<QString> codes;
    for (auto it = before.customFields.constBegin(); it != before.customFields.constEnd(); ++it)
        codes.insert(it.key());
    for (auto it = changed.customFields.constBegin(); it != changed.customFields.constEnd(); ++it)
        codes.insert(it.key());
    QStringList sortedCodes = codes.values();
    sortedCodes.sort();
    for (const QString &code : std::as_const(sortedCodes)) {
        // UNCONFIRMED field naming in the feed: custom fields appear as "custom_<code>".
        changeOrder(changed.id, QStringLiteral("custom_") + code, textValue(before.customFields.value(code)),
            textValue(changed.customFields.value(code)), api, key);
    }
    changeOrder(changed.id, QStringLiteral("source.source"), textValue(before.source.source),
        textValue(changed.source.source), api, key);
    changeOrder(changed.id, QStringLiteral("source.medium"), textValue(before.source.medium),
        textValue(changed.source.medium), api, key);
    changeOrder(changed.id, QStringLiteral("source.campaign"), textValue(before.source.campaign),
        textValue(changed.source.campaign), api, key);
    changeOrder(changed.id, QStringLiteral("source.keyword"), textValue(before.source.keyword),
        textValue(changed.source.keyword), api, key);
    changeOrder(changed.id, QStringLiteral("source.content"), textValue(before.source.content),
        textValue(changed.source.content), api, key);
    return ok(
        { { QStringLiteral("id"), double(changed.id) }, { QStringLiteral("order"), orderJson(changed) } });
}

SimResponse Simulator::orderGet(const SimRequest &request, const QString &idOrExternal)
{
    const Params params = items(request.query);
    const QString by = value(params, QStringLiteral("by"));
    if (!by.isEmpty() && by != QLatin1String("id") && by != QLatin1String("externalId"))
        return invalid(QStringLiteral("by"), QStringLiteral("The value you selected is not a valid choice."));
    const QString site = value(params, QStringLiteral("site"));
    const Order *found = findOrder(idOrExternal, by == QLatin1String("id"), site);
    if (!found)
        return failure(404, QStringLiteral("Not found"));
    return ok({ { QStringLiteral("order"), orderJson(*found) } });
}

SimResponse Simulator::ordersHistory(const SimRequest &request, const QString &key)
{
    const Params params = items(request.query);
    SimResponse refusal;
    int limit = 0;
    int page = 0;
    if (!checkFilters(params,
            { QStringLiteral("sinceId"), QStringLiteral("startDate"), QStringLiteral("endDate") }, &refusal)
        || !pageParams(params, &limit, &page, &refusal))
        return refusal;
    const bool hasSince = has(params, QStringLiteral("filter[sinceId]"));
    if (hasSince && has(params, QStringLiteral("page")))
        return invalid(QStringLiteral("page"),
            QStringLiteral("The page parameter cannot be used together with filter[sinceId]."));
    bool okSince = true;
    const qint64 sinceId =
        hasSince ? value(params, QStringLiteral("filter[sinceId]")).toLongLong(&okSince) : 0;
    if (!okSince)
        return invalid(QStringLiteral("sinceId"), QStringLiteral("This value should be a number."));
    QDateTime start;
    QDateTime end;
    const QString startText = value(params, QStringLiteral("filter[startDate]"));
    const QString endText = value(params, QStringLiteral("filter[endDate]"));
    if (!startText.isEmpty()) {
        start = parseDateTime(startText, m_zone);
        if (!start.isValid())
            return invalid(QStringLiteral("startDate"), QStringLiteral("This value is not a valid date."));
    }
    if (!endText.isEmpty()) {
        end = parseDateTime(endText, m_zone);
        if (!end.isValid())
            return invalid(QStringLiteral("endDate"), QStringLiteral("This value is not a valid date."));
    }
    QJsonArray all;
    for (const HistoryEntry &entry : std::as_const(m_history)) {
        if (entry.id <= sinceId)
            continue;
        if (start.isValid() && entry.createdAt < start)
            continue;
        if (end.isValid() && entry.createdAt > end)
            continue;
        all.append(historyJson(entry, key));
    }
    QJsonArray slice;
    const QJsonObject pagination = paginate(all, limit, page, &slice);
    return ok({ { QStringLiteral("generatedAt"), formatDateTime(now(), m_zone) },
        { QStringLiteral("history"), slice }, { QStringLiteral("pagination"), pagination } });
}

} // namespace LeadBridge::RetailCrm
