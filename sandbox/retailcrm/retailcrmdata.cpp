#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include "retailcrmwire.h"
#include "sandbox/retailcrmsim.h"

namespace LeadBridge::RetailCrm {

using namespace SimWire;

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
        { QStringLiteral("phones"), phones }, { QStringLiteral("email"), customer.email },
        { QStringLiteral("createdAt"), dateTimeText(customer.createdAt, m_zone) },
        { QStringLiteral("site"), customer.site } };
    if (!customer.externalId.isEmpty())
        object.insert(QStringLiteral("externalId"), customer.externalId);
    if (!customer.lastName.isEmpty())
        object.insert(QStringLiteral("lastName"), customer.lastName);
    if (!customer.patronymic.isEmpty())
        object.insert(QStringLiteral("patronymic"), customer.patronymic);
    if (customer.managerId != 0)
        object.insert(QStringLiteral("managerId"), double(customer.managerId));
    return object;
}

QJsonObject Simulator::orderJson(const Order &order) const
{
    QJsonObject object { { QStringLiteral("id"), double(order.id) },
        { QStringLiteral("number"), order.number }, { QStringLiteral("site"), order.site },
        { QStringLiteral("status"), order.status },
        { QStringLiteral("createdAt"), dateTimeText(order.createdAt, m_zone) },
        { QStringLiteral("statusUpdatedAt"), dateTimeText(order.statusUpdatedAt, m_zone) },
        { QStringLiteral("totalSumm"), money(order.totalSumm) },
        // Without one, the CRM gives an order its default type.
        { QStringLiteral("orderType"),
            order.orderType.isEmpty() ? QStringLiteral("eshop-individual") : order.orderType } };
    const QJsonObject pricing = pricingJson(order.id);
    for (auto it = pricing.begin(); it != pricing.end(); ++it)
        object.insert(it.key(), it.value());
    const auto put = [&object](const char *name, const QString &text) {
        if (!text.isEmpty())
            object.insert(QLatin1String(name), text);
    };
    put("externalId", order.externalId);
    put("orderMethod", order.orderMethod);
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

QJsonObject Simulator::orderStub(const Order &order) const
{
    QJsonObject stub { { QStringLiteral("id"), double(order.id) }, { QStringLiteral("site"), order.site },
        { QStringLiteral("status"), order.status } };
    if (!order.externalId.isEmpty())
        stub.insert(QStringLiteral("externalId"), order.externalId);
    if (order.managerId != 0)
        stub.insert(QStringLiteral("managerId"), double(order.managerId));
    return stub;
}

QJsonObject Simulator::historyJson(const HistoryEntry &entry, const QString &key) const
{
    QJsonObject object { { QStringLiteral("id"), double(entry.id) },
        { QStringLiteral("createdAt"), dateTimeText(entry.createdAt, m_zone) },
        { QStringLiteral("source"), entry.source }, { QStringLiteral("field"), entry.field },
        { QStringLiteral("oldValue"), entry.oldValue }, { QStringLiteral("newValue"), entry.newValue } };
    if (entry.created) {
        object.insert(QStringLiteral("created"), true);
        object.insert(QStringLiteral("order"), entry.orderSnapshot);
    } else {
        // Every other record carries a stub of the order as it was right after the change.
        object.insert(QStringLiteral("order"), orderStub(entry.order));
    }
    if (entry.itemId != 0)
        object.insert(QStringLiteral("item"), QJsonObject { { QStringLiteral("id"), double(entry.itemId) } });
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
        recordOut.order = entry.order;
    } else {
        recordOut.order.id = entry.orderId;
        recordOut.order.site = entry.order.site;
        recordOut.order.externalId = entry.order.externalId;
        recordOut.order.status = entry.order.status;
        recordOut.order.managerId = entry.order.managerId;
    }
    return recordOut;
}

} // namespace LeadBridge::RetailCrm
