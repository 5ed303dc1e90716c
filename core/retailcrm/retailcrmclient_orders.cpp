#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include "retailcrmclient.h"
#include "retailcrmclient_p.h"

namespace LeadBridge::RetailCrm {
using namespace Detail;

namespace {

    QJsonObject sourceJson(const OrderSource &source)
    {
        QJsonObject object;
        const auto put = [&object](const char *name, const QString &value) {
            if (!value.isEmpty())
                object.insert(QLatin1String(name), value);
        };
        put("source", source.source);
        put("medium", source.medium);
        put("campaign", source.campaign);
        put("keyword", source.keyword);
        put("content", source.content);
        return object;
    }

} // namespace

// ---- orders ----

void Client::customerOrders(qint64 customerId, QObject *context, Done<QList<Order>> done)
{
    fetchAllPages<Order>(
        QStringLiteral("/api/v5/orders"),
        { { QStringLiteral("filter[customerId]"), QString::number(customerId) } },
        [zone = m_zone](const QByteArray &body) { return parseOrders(body, zone); }, context,
        [done, customerId](const QList<Order> &orders, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            QList<Order> own;
            for (const Order &order : orders) {
                // Orders that do not say whose they are are kept: the filter chose them.
                if (order.customerId == 0 || order.customerId == customerId)
                    own << order;
            }
            done(own, {});
        });
}

void Client::findOrdersByCustomField(
    const QString &code, const QString &value, QObject *context, Done<QList<Order>> done)
{
    fetchAllPages<Order>(
        QStringLiteral("/api/v5/orders"), { { QStringLiteral("filter[customFields][%1]").arg(code), value } },
        [zone = m_zone](const QByteArray &body) { return parseOrders(body, zone); }, context,
        [done, code, value](const QList<Order> &orders, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            // UNCONFIRMED whether string filters match exactly or by substring: keep exact matches.
            QList<Order> matches;
            for (const Order &order : orders) {
                if (order.customFields.value(code) == value)
                    matches << order;
            }
            done(matches, {});
        });
}

void Client::findOrdersByExternalId(const QString &externalId, QObject *context, Done<QList<Order>> done)
{
    fetchAllPages<Order>(
        QStringLiteral("/api/v5/orders"), { { QStringLiteral("filter[externalIds][]"), externalId } },
        [zone = m_zone](const QByteArray &body) { return parseOrders(body, zone); }, context,
        [done, externalId](const QList<Order> &orders, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            QList<Order> matches;
            for (const Order &order : orders) {
                if (order.externalId == externalId)
                    matches << order;
            }
            done(matches, {});
        });
}

void Client::createOrder(const OrderDraft &draft, QObject *context, Done<Order> done)
{
    QJsonObject order;
    if (draft.customerId > 0) {
        order.insert(
            QStringLiteral("customer"), QJsonObject { { QStringLiteral("id"), double(draft.customerId) } });
    } else if (draft.newCustomer) {
        // retailCRM links the customer with this externalId or creates it in the same call (one
        // request instead of customers/create + orders/create).
        const CustomerDraft &c = *draft.newCustomer;
        QJsonObject customer;
        if (!c.externalId.isEmpty())
            customer.insert(QStringLiteral("externalId"), c.externalId);
        if (!c.firstName.isEmpty())
            customer.insert(QStringLiteral("firstName"), c.firstName);
        if (!c.phone.isEmpty())
            customer.insert(QStringLiteral("phones"),
                QJsonArray { QJsonObject { { QStringLiteral("number"), c.phone } } });
        if (!c.email.isEmpty())
            customer.insert(QStringLiteral("email"), c.email);
        order.insert(QStringLiteral("customer"), customer);
    }
    if (!draft.firstName.isEmpty())
        order.insert(QStringLiteral("firstName"), draft.firstName);
    if (!draft.phone.isEmpty())
        order.insert(QStringLiteral("phone"), draft.phone);
    if (!draft.email.isEmpty())
        order.insert(QStringLiteral("email"), draft.email);
    if (!draft.externalId.isEmpty())
        order.insert(QStringLiteral("externalId"), draft.externalId);
    if (!draft.orderMethod.isEmpty())
        order.insert(QStringLiteral("orderMethod"), draft.orderMethod);
    if (!draft.orderType.isEmpty())
        order.insert(QStringLiteral("orderType"), draft.orderType);
    if (draft.managerId > 0)
        order.insert(QStringLiteral("managerId"), double(draft.managerId));
    if (!draft.customFields.isEmpty()) {
        QJsonObject fields;
        for (auto it = draft.customFields.constBegin(); it != draft.customFields.constEnd(); ++it) {
            if (!it.value().isEmpty())
                fields.insert(it.key(), it.value());
        }
        order.insert(QStringLiteral("customFields"), fields);
    }
    const QJsonObject source = sourceJson(draft.source);
    if (!source.isEmpty())
        order.insert(QStringLiteral("source"), source);
    // No "status" and no "number": the CRM sets its default first status and its own numbering.
    Params form { { QStringLiteral("order"), QString::fromUtf8(compactJson(order)) } };
    if (!draft.site.isEmpty())
        form.append({ QStringLiteral("site"), draft.site });

    QPointer<Client> self(this);
    const QTimeZone zone = m_zone;
    const QString site = draft.site;
    const QString externalId = draft.externalId;
    post(QStringLiteral("/api/v5/orders/create"), form, context,
        [self, zone, site, externalId, context, done](const QByteArray &body, const ApiError &error) {
            if (!error.isOk()) {
                done({}, asOutcomeUnknownIfTaken(error, externalId));
                return;
            }
            Result<Order> created = parseOrderWritten(body, zone);
            if (!created.isOk()) {
                // 201 without an id we can read: the order may exist. Treat as a lost answer.
                ApiError unknown = created.error;
                unknown.kind = Kind::OutcomeUnknown;
                done({}, unknown);
                return;
            }
            if (created.value.site.isEmpty())
                created.value.site = site;
            if (!created.value.number.isEmpty() || !self) {
                done(created.value, {});
                return;
            }
            // The answer carried only the id: read the number back; the create stands either way.
            const Order minimal = created.value;
            self->getOrder(
                minimal.id, minimal.site, context, [done, minimal](const Order &full, const ApiError &e) {
                    done(e.isOk() ? full : minimal, {});
                });
        });
}

void Client::editOrder(qint64 id, const QString &site, const QMap<QString, QString> &customFields,
    const OrderSource &source, QObject *context, Done<Order> done)
{
    QJsonObject order;
    if (!customFields.isEmpty()) {
        QJsonObject fields;
        // UNCONFIRMED how a field is cleared: an empty string is sent (retailCRM stores no empty values).
        for (auto it = customFields.constBegin(); it != customFields.constEnd(); ++it)
            fields.insert(it.key(), it.value());
        order.insert(QStringLiteral("customFields"), fields);
    }
    const QJsonObject sourceObject = sourceJson(source);
    if (!sourceObject.isEmpty())
        order.insert(QStringLiteral("source"), sourceObject);
    // Without by=id the path segment would be read as an externalId.
    Params form { { QStringLiteral("by"), QStringLiteral("id") },
        { QStringLiteral("order"), QString::fromUtf8(compactJson(order)) } };
    if (!site.isEmpty())
        form.append({ QStringLiteral("site"), site });
    const QTimeZone zone = m_zone;
    post(QStringLiteral("/api/v5/orders/%1/edit").arg(id), form, context,
        [zone, id, site, customFields, done](const QByteArray &body, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            const Result<Order> edited = parseOrderWritten(body, zone);
            if (edited.isOk() && edited.value.id != 0 && !edited.value.number.isEmpty()) {
                done(edited.value, {});
                return;
            }
            // The edit was accepted; the answer did not echo the order.
            Order minimal;
            minimal.id = id;
            minimal.site = site;
            for (auto it = customFields.constBegin(); it != customFields.constEnd(); ++it) {
                if (!it.value().isEmpty())
                    minimal.customFields.insert(it.key(), it.value());
            }
            done(minimal, {});
        });
}

void Client::getOrder(qint64 id, const QString &site, QObject *context, Done<Order> done)
{
    Params query { { QStringLiteral("by"), QStringLiteral("id") } };
    if (!site.isEmpty())
        query.append({ QStringLiteral("site"), site });
    get(QStringLiteral("/api/v5/orders/%1").arg(id), query, context,
        typed<Order>(std::move(done),
            [zone = m_zone](const QByteArray &body) { return parseOrderAnswer(body, zone); }));
}

void Client::listOrders(const QDateTime &createdAtFromUtc, int page, QObject *context, OrdersPageDone done)
{
    Params query;
    if (createdAtFromUtc.isValid())
        query.append({ QStringLiteral("filter[createdAtFrom]"), formatDate(createdAtFromUtc, m_zone) });
    query.append({ QStringLiteral("limit"), QString::number(kPageLimit) });
    query.append({ QStringLiteral("page"), QString::number(qMax(1, page)) });
    get(QStringLiteral("/api/v5/orders"), query, context,
        [zone = m_zone, done](const QByteArray &body, const ApiError &error) {
            if (!error.isOk()) {
                done({}, 0, error);
                return;
            }
            const Result<Page<Order>> result = parseOrders(body, zone);
            if (!result.isOk()) {
                done({}, 0, result.error);
                return;
            }
            done(result.value.items, result.value.pagination.totalPageCount, {});
        });
}

void Client::ordersByIds(const QList<qint64> &ids, QObject *context, Done<QList<Order>> done)
{
    // One request of up to 100 ids (filter[ids][] with limit=100); callers batch larger sets.
    Params query;
    for (const qint64 id : ids.mid(0, kPageLimit))
        query.append({ QStringLiteral("filter[ids][]"), QString::number(id) });
    query.append({ QStringLiteral("limit"), QString::number(kPageLimit) });
    get(QStringLiteral("/api/v5/orders"), query, context,
        [zone = m_zone, done](const QByteArray &body, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            const Result<Page<Order>> result = parseOrders(body, zone);
            done(result.value.items, result.error);
        });
}

void Client::ordersHistoryBatch(
    qint64 sinceId, const QDateTime &startDateUtc, QObject *context, Done<HistoryBatch> done)
{
    Params query;
    if (sinceId > 0)
        query.append({ QStringLiteral("filter[sinceId]"), QString::number(sinceId) });
    else if (startDateUtc.isValid())
        query.append({ QStringLiteral("filter[startDate]"), formatDateTime(startDateUtc, m_zone) });
    query.append({ QStringLiteral("limit"), QString::number(kHistoryLimit) });
    // Never "page": since 2023 sinceId together with page is rejected; move sinceId instead.
    get(QStringLiteral("/api/v5/orders/history"), query, context,
        typed<HistoryBatch>(std::move(done),
            [zone = m_zone](const QByteArray &body) { return parseOrdersHistory(body, zone); }));
}

void Client::ordersHistory(
    qint64 sinceId, const QDateTime &startDateUtc, QObject *context, Done<QList<HistoryRecord>> done)
{
    ordersHistoryBatch(sinceId, startDateUtc, context,
        [done](const HistoryBatch &batch, const ApiError &error) { done(batch.records, error); });
}

} // namespace LeadBridge::RetailCrm
