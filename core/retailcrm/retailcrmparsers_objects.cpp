#include <QJsonArray>

#include "retailcrmparsers.h"
#include "retailcrmparsers_p.h"

namespace LeadBridge::RetailCrm {
using namespace Detail;
namespace {

    QJsonObject asObject(const QJsonValue &value)
    {
        return value.isObject() ? value.toObject() : QJsonObject();
    }

    OrderSource parseSource(const QJsonValue &value)
    {
        const QJsonObject object = asObject(value);
        OrderSource source;
        source.source = text(object, QStringLiteral("source"));
        source.medium = text(object, QStringLiteral("medium"));
        source.campaign = text(object, QStringLiteral("campaign"));
        source.keyword = text(object, QStringLiteral("keyword"));
        source.content = text(object, QStringLiteral("content"));
        return source;
    }

    QStringList parsePhones(const QJsonValue &value)
    {
        QStringList phones;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &entry : array) {
            const QString number =
                entry.isObject() ? text(entry.toObject(), QStringLiteral("number")) : scalarText(entry);
            if (!number.trimmed().isEmpty())
                phones << number;
        }
        return phones;
    }

} // namespace

// ---- single objects ----

Result<Pagination> parsePagination(const QJsonObject &root, int itemCount)
{
    Result<Pagination> result;
    Pagination &pagination = result.value;
    pagination.limit = itemCount;
    pagination.totalCount = itemCount;
    const QJsonObject object = asObject(root.value(QLatin1String("pagination")));
    if (object.isEmpty())
        return result;
    // A member that is a number must be a whole one from 0 to INT_MAX: 1e300 or -1 is a broken answer,
    // not "more pages" (an absent member takes its default).
    const auto read = [&](const char *name, int fallback, int *out) {
        const QJsonValue value = object.value(QLatin1String(name));
        const std::optional<int> number = toCount(value, fallback);
        if (!number) {
            result.error = badResponse(QStringLiteral("pagination.%1 is out of range: %2")
                                           .arg(QLatin1String(name), scalarText(value)));
            return false;
        }
        *out = *number;
        return true;
    };
    if (!read("limit", itemCount, &pagination.limit) || !read("totalCount", itemCount, &pagination.totalCount)
        || !read("currentPage", 1, &pagination.currentPage)
        || !read("totalPageCount", 1, &pagination.totalPageCount))
        return result;
    pagination.currentPage = qMax(1, pagination.currentPage);
    // retailCRM answers totalPageCount 0 for an empty list; both mean "nothing more".
    return result;
}

Result<Customer> parseCustomer(const QJsonObject &object, const QTimeZone &zone)
{
    Result<Customer> result;
    Customer &customer = result.value;
    customer.id = toId(object.value(QLatin1String("id")));
    if (customer.id == 0) {
        result.error = badResponse(QStringLiteral("customer without a numeric \"id\""));
        return result;
    }
    customer.externalId = text(object, QStringLiteral("externalId"));
    customer.firstName = text(object, QStringLiteral("firstName"));
    customer.lastName = text(object, QStringLiteral("lastName"));
    customer.patronymic = text(object, QStringLiteral("patronymic"));
    customer.email = text(object, QStringLiteral("email"));
    customer.phones = parsePhones(object.value(QLatin1String("phones")));
    customer.createdAt = parseDateTime(text(object, QStringLiteral("createdAt")), zone);
    customer.site = text(object, QStringLiteral("site"));
    customer.managerId = toId(object.value(QLatin1String("managerId")));
    return result;
}

Result<Order> parseOrder(const QJsonObject &object, const QTimeZone &zone)
{
    Result<Order> result;
    Order &order = result.value;
    order.id = toId(object.value(QLatin1String("id")));
    if (order.id == 0) {
        result.error = badResponse(QStringLiteral("order without a numeric \"id\""));
        return result;
    }
    order.number = text(object, QStringLiteral("number"));
    order.externalId = text(object, QStringLiteral("externalId"));
    order.site = text(object, QStringLiteral("site"));
    order.status = text(object, QStringLiteral("status"));
    order.createdAt = parseDateTime(text(object, QStringLiteral("createdAt")), zone);
    order.statusUpdatedAt = parseDateTime(text(object, QStringLiteral("statusUpdatedAt")), zone);
    order.totalSumm = decimalText(object.value(QLatin1String("totalSumm")));
    order.managerId = toId(object.value(QLatin1String("managerId")));
    order.orderMethod = text(object, QStringLiteral("orderMethod"));
    order.orderType = text(object, QStringLiteral("orderType"));
    order.firstName = text(object, QStringLiteral("firstName"));
    order.lastName = text(object, QStringLiteral("lastName"));
    order.phone = text(object, QStringLiteral("phone"));
    order.email = text(object, QStringLiteral("email"));
    order.source = parseSource(object.value(QLatin1String("source")));

    // customer: {"id":…, "phones":[…], "email":…}; corporate orders carry "contact" as the person.
    QJsonObject customer = asObject(object.value(QLatin1String("customer")));
    order.customerId = toId(customer.value(QLatin1String("id")));
    if (order.customerId == 0)
        order.customerId = toId(object.value(QLatin1String("customerId")));
    const QJsonObject contact = asObject(object.value(QLatin1String("contact")));
    if (!contact.isEmpty() && customer.value(QLatin1String("phones")).toArray().isEmpty()
        && text(customer, QStringLiteral("email")).isEmpty())
        customer = contact;
    order.customerPhones = parsePhones(customer.value(QLatin1String("phones")));
    order.customerEmail = text(customer, QStringLiteral("email"));

    // customFields: {"code":"value"} normally; [] when none is set (PHP); empty values dropped.
    const QJsonValue fields = object.value(QLatin1String("customFields"));
    if (fields.isObject()) {
        const QJsonObject map = fields.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            QString value;
            if (it.value().isObject()) {
                // Dictionary fields may come as {"code":…}; keep the code.
                const QJsonObject inner = it.value().toObject();
                value = text(inner, QStringLiteral("code"));
                if (value.isEmpty())
                    value = text(inner, QStringLiteral("value"));
            } else if (it.value().isArray()) {
                QStringList parts;
                const QJsonArray array = it.value().toArray();
                for (const QJsonValue &part : array)
                    parts << scalarText(part);
                parts.removeAll(QString());
                value = parts.join(QLatin1Char(','));
            } else {
                value = scalarText(it.value());
            }
            if (!value.isEmpty())
                order.customFields.insert(it.key(), value);
        }
    } else if (!fields.isUndefined() && !fields.isNull() && !fields.isArray()) {
        result.error = badResponse(
            QStringLiteral("order %1: \"customFields\" is neither an object nor a list").arg(order.id));
        return result;
    }
    return result;
}

Result<HistoryRecord> parseHistoryRecord(const QJsonObject &object, const QTimeZone &zone)
{
    Result<HistoryRecord> result;
    HistoryRecord &record = result.value;
    record.id = toId(object.value(QLatin1String("id")));
    if (record.id == 0) {
        result.error = badResponse(QStringLiteral("history record without a numeric \"id\""));
        return result;
    }
    record.createdAt = parseDateTime(text(object, QStringLiteral("createdAt")), zone);
    record.created = toBool(object.value(QLatin1String("created")), false);
    record.field = text(object, QStringLiteral("field"));
    record.source = text(object, QStringLiteral("source"));
    record.byThisKey =
        toBool(asObject(object.value(QLatin1String("apiKey"))).value(QLatin1String("current")), false);
    record.userId = toId(asObject(object.value(QLatin1String("user"))).value(QLatin1String("id")));

    const auto readValue = [](const QJsonValue &value, QJsonObject *objectOut, QString *textOut) {
        if (value.isObject()) {
            *objectOut = value.toObject();
            *textOut = text(*objectOut, QStringLiteral("code"));
            if (textOut->isEmpty())
                *textOut = text(*objectOut, QStringLiteral("id"));
        } else {
            *textOut = scalarText(value);
        }
    };
    readValue(object.value(QLatin1String("oldValue")), &record.oldValue, &record.oldValueText);
    readValue(object.value(QLatin1String("newValue")), &record.newValue, &record.newValueText);

    const QJsonValue orderValue = object.value(QLatin1String("order"));
    if (!orderValue.isObject()) {
        result.error = badResponse(QStringLiteral("history record %1 without \"order\"").arg(record.id));
        return result;
    }
    const Result<Order> order = parseOrder(orderValue.toObject(), zone);
    if (!order.isOk()) {
        result.error =
            badResponse(QStringLiteral("history record %1: %2").arg(record.id).arg(order.error.detail));
        return result;
    }
    record.order = order.value;
    return result;
}
} // namespace LeadBridge::RetailCrm
