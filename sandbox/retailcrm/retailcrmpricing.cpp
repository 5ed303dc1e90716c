// The money of simulated orders: lines, the manual discount and the delivery make totalSumm, and a CRM
// user's change of any of them is written to the history as the real feed does (sample
// shared/reference/retailcrm/orders-history.json): order_product.quantity, order_product.summ,
// order_product.discount_total, discount_manual_percent, delivery_cost — never a record of the total.
#include <cmath>

#include <QJsonArray>

#include "retailcrmwire.h"
#include "sandbox/retailcrmsim.h"

namespace LeadBridge::RetailCrm {

using namespace SimWire;

namespace {
    bool centsOf(const QString &decimal, qint64 *cents)
    {
        bool okNumber = false;
        const double number = decimal.trimmed().toDouble(&okNumber);
        if (!okNumber || number < 0)
            return false;
        *cents = std::llround(number * 100);
        return true;
    }

    QJsonValue amount(qint64 cents)
    {
        return QJsonValue(double(cents) / 100.0);
    }

    QString centsText(qint64 cents)
    {
        QString text = QString::number(double(cents) / 100.0, 'f', 2);
        if (text.endsWith(QLatin1String(".00")))
            text.chop(3);
        else if (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        return text;
    }

    QJsonValue percentValue(double percent)
    {
        return percent == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(percent);
    }
} // namespace

qint64 Simulator::unitDiscountCents(qint64 orderId, const OrderItem &item) const
{
    return std::llround(double(item.priceCents) * m_pricing.value(orderId).discountPercent / 100.0);
}

qint64 Simulator::itemSummCents(qint64 orderId, const OrderItem &item) const
{
    return (item.priceCents - unitDiscountCents(orderId, item)) * item.quantity;
}

void Simulator::recomputeTotal(qint64 orderId)
{
    const Pricing pricing = m_pricing.value(orderId);
    qint64 total = pricing.deliveryCents;
    for (const OrderItem &item : pricing.items)
        total += itemSummCents(orderId, item);
    m_orders[orderId].totalSumm = centsText(total);
}

QJsonObject Simulator::pricingJson(qint64 orderId) const
{
    const Pricing pricing = m_pricing.value(orderId);
    QJsonArray items;
    qint64 summ = 0;
    for (const OrderItem &item : pricing.items) {
        summ += itemSummCents(orderId, item);
        items.append(QJsonObject { { QStringLiteral("id"), double(item.id) },
            { QStringLiteral("initialPrice"), amount(item.priceCents) },
            { QStringLiteral("discountTotal"), amount(unitDiscountCents(orderId, item)) },
            { QStringLiteral("prices"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("price"), amount(item.priceCents - unitDiscountCents(orderId, item)) },
                    { QStringLiteral("quantity"), item.quantity } } } },
            { QStringLiteral("quantity"), item.quantity },
            { QStringLiteral("status"), QStringLiteral("new") },
            { QStringLiteral("properties"), QJsonArray() }, { QStringLiteral("purchasePrice"), 0 } });
    }
    QJsonObject object { { QStringLiteral("summ"), amount(summ) }, { QStringLiteral("items"), items },
        { QStringLiteral("delivery"),
            QJsonObject { { QStringLiteral("cost"), amount(pricing.deliveryCents) },
                { QStringLiteral("netCost"), 0 } } } };
    if (pricing.discountPercent != 0)
        object.insert(QStringLiteral("discountManualPercent"), pricing.discountPercent);
    return object;
}

QList<Simulator::OrderItem> Simulator::orderItems(qint64 orderId) const
{
    return m_pricing.value(orderId).items;
}

qint64 Simulator::addOrderItem(qint64 orderId, const QString &price, int quantity)
{
    qint64 cents = 0;
    if (!m_orders.contains(orderId) || !centsOf(price, &cents) || quantity <= 0)
        return 0;
    const OrderItem item { m_nextItemId++, cents, quantity };
    m_pricing[orderId].items << item;
    recomputeTotal(orderId);
    // UNCONFIRMED: the sample has no added line; this follows its `payments` record (the new entity's
    // id as newValue, the entity beside the order).
    changeOrder(orderId, QStringLiteral("order_product"), QJsonValue(QJsonValue::Null),
        QJsonObject { { QStringLiteral("id"), double(item.id) } }, QStringLiteral("user"), QString(),
        item.id);
    return item.id;
}

bool Simulator::changeItem(qint64 orderId, qint64 itemId, int quantity, qint64 priceCents)
{
    if (!m_orders.contains(orderId) || quantity <= 0 || priceCents < 0)
        return false;
    QList<OrderItem> &items = m_pricing[orderId].items;
    const auto it = std::find_if(
        items.begin(), items.end(), [itemId](const OrderItem &item) { return item.id == itemId; });
    if (it == items.end())
        return false;
    const OrderItem before = *it;
    it->quantity = quantity;
    it->priceCents = priceCents;
    const OrderItem after = *it;
    recomputeTotal(orderId);
    const QString user = QStringLiteral("user");
    changeOrder(orderId, QStringLiteral("order_product.quantity"), before.quantity, after.quantity, user,
        QString(), itemId);
    // The sample shows no record of a price itself; the line's sum tells the change.
    changeOrder(orderId, QStringLiteral("order_product.summ"), amount(itemSummCents(orderId, before)),
        amount(itemSummCents(orderId, after)), user, QString(), itemId);
    return true;
}

bool Simulator::setOrderItemQuantity(qint64 orderId, qint64 itemId, int quantity)
{
    for (const OrderItem &item : m_pricing.value(orderId).items) {
        if (item.id == itemId)
            return changeItem(orderId, itemId, quantity, item.priceCents);
    }
    return false;
}

bool Simulator::setOrderItemPrice(qint64 orderId, qint64 itemId, const QString &price)
{
    qint64 cents = 0;
    if (!centsOf(price, &cents))
        return false;
    for (const OrderItem &item : m_pricing.value(orderId).items) {
        if (item.id == itemId)
            return changeItem(orderId, itemId, item.quantity, cents);
    }
    return false;
}

bool Simulator::setOrderDiscountPercent(qint64 orderId, double percent)
{
    if (!m_orders.contains(orderId) || percent < 0 || percent > 100)
        return false;
    Pricing &pricing = m_pricing[orderId];
    const double old = pricing.discountPercent;
    if (old == percent)
        return true;
    QList<qint64> discountsBefore;
    QList<qint64> summsBefore;
    for (const OrderItem &item : std::as_const(pricing.items)) {
        discountsBefore << unitDiscountCents(orderId, item);
        summsBefore << itemSummCents(orderId, item);
    }
    pricing.discountPercent = percent;
    recomputeTotal(orderId);
    const QString user = QStringLiteral("user");
    changeOrder(orderId, QStringLiteral("discount_manual_percent"), percentValue(old), percentValue(percent),
        user, QString());
    const QList<OrderItem> items = m_pricing.value(orderId).items;
    for (int i = 0; i < items.size(); ++i) {
        changeOrder(orderId, QStringLiteral("order_product.discount_total"), amount(discountsBefore.at(i)),
            amount(unitDiscountCents(orderId, items.at(i))), user, QString(), items.at(i).id);
        changeOrder(orderId, QStringLiteral("order_product.summ"), amount(summsBefore.at(i)),
            amount(itemSummCents(orderId, items.at(i))), user, QString(), items.at(i).id);
    }
    return true;
}

bool Simulator::setOrderDeliveryCost(qint64 orderId, const QString &cost)
{
    qint64 cents = 0;
    if (!m_orders.contains(orderId) || !centsOf(cost, &cents))
        return false;
    const qint64 old = m_pricing.value(orderId).deliveryCents;
    m_pricing[orderId].deliveryCents = cents;
    recomputeTotal(orderId);
    changeOrder(orderId, QStringLiteral("delivery_cost"), amount(old), amount(cents), QStringLiteral("user"),
        QString());
    return true;
}

bool Simulator::setOrderTotal(qint64 orderId, const QString &decimal)
{
    qint64 target = 0;
    if (!m_orders.contains(orderId) || !centsOf(decimal, &target))
        return false;
    const Pricing pricing = m_pricing.value(orderId);
    if (pricing.items.isEmpty()) {
        if (pricing.discountPercent != 0 || target < pricing.deliveryCents)
            return false;
        return addOrderItem(orderId, centsText(target - pricing.deliveryCents)) != 0;
    }
    // The first line's price carries the difference: target = delivery + other lines + its sum.
    qint64 rest = pricing.deliveryCents;
    for (int i = 1; i < pricing.items.size(); ++i)
        rest += itemSummCents(orderId, pricing.items.at(i));
    OrderItem first = pricing.items.first();
    const double netUnit = double(target - rest) / first.quantity;
    first.priceCents = std::llround(netUnit / (1.0 - pricing.discountPercent / 100.0));
    if (first.priceCents < 0 || pricing.discountPercent >= 100
        || rest + itemSummCents(orderId, first) != target)
        return false;
    return changeItem(orderId, first.id, first.quantity, first.priceCents);
}

} // namespace LeadBridge::RetailCrm
