#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include "retailcrmwire.h"
#include "sandbox/retailcrmsim.h"

namespace LeadBridge::RetailCrm {

using namespace SimWire;

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
        *out = readDateTime(text, m_zone);
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
    QJsonObject object;
    SimResponse refusal;
    if (!formEntity(form, QStringLiteral("order"), &object, &refusal))
        return refusal;
    QString site;
    if (!shopOf(form, &site, &refusal))
        return refusal;

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
    order.orderMethod = object.value(QLatin1String("orderMethod")).toString();
    order.orderType = object.value(QLatin1String("orderType")).toString();
    checkOrderCodes(order, &errors);
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
                ++m_refusedDuplicates[QStringLiteral("order:") + order.externalId];
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

    if (order.customerId == 0) {
        // Like retailCRM: an order without customer.id gets its customer in the same call: the one
        // with customer.externalId, else a new one from customer{} or, failing that, the order's
        // contact data.
        order.customerId = customerForOrder(customer, order, site);
    }
    const qint64 id = insertOrder(order, QStringLiteral("api"), key);
    return ok(
        { { QStringLiteral("id"), double(id) }, { QStringLiteral("order"), orderJson(m_orders.value(id)) } },
        201);
}

qint64 Simulator::customerForOrder(const QJsonObject &object, const Order &order, const QString &site)
{
    const QString externalId = object.value(QLatin1String("externalId")).toString();
    if (!externalId.isEmpty()) {
        for (const Customer &existing : std::as_const(m_customers)) {
            if (existing.externalId == externalId)
                return existing.id;
        }
    }
    Customer customer;
    customer.site = site;
    customer.externalId = externalId;
    const auto text = [&object](const char *name, const QString &fallback) {
        const QString value = object.value(QLatin1String(name)).toString();
        return value.isEmpty() ? fallback : value;
    };
    customer.firstName = text("firstName", order.firstName);
    customer.lastName = text("lastName", order.lastName);
    customer.email = text("email", order.email);
    for (const QJsonValue &phone : object.value(QLatin1String("phones")).toArray()) {
        const QString number = phone.toObject().value(QLatin1String("number")).toString();
        if (!number.isEmpty())
            customer.phones << number;
    }
    if (customer.phones.isEmpty() && !order.phone.isEmpty())
        customer.phones << order.phone;
    if (customer.firstName.isEmpty() && customer.lastName.isEmpty() && customer.phones.isEmpty()
        && customer.email.isEmpty())
        return 0; // nothing to make a customer of
    customer.createdAt = now();
    ++m_customersCreatedWithOrders;
    return addCustomer(customer);
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
    QJsonObject object;
    SimResponse refusal;
    if (!formEntity(form, QStringLiteral("order"), &object, &refusal))
        return refusal;

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
        start = readDateTime(startText, m_zone);
        if (!start.isValid())
            return invalid(QStringLiteral("startDate"), QStringLiteral("This value is not a valid date."));
    }
    if (!endText.isEmpty()) {
        end = readDateTime(endText, m_zone);
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
    return ok({ { QStringLiteral("generatedAt"), dateTimeText(now(), m_zone) },
        { QStringLiteral("history"), slice }, { QStringLiteral("pagination"), pagination } });
}

} // namespace LeadBridge::RetailCrm
