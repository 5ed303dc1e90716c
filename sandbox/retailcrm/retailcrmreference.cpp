#include <QJsonArray>

#include "retailcrmwire.h"
#include "sandbox/retailcrmsim.h"

namespace LeadBridge::RetailCrm {

using namespace SimWire;

// ---- order methods and order types ----

void Simulator::addOrderMethod(const OrderMethod &method)
{
    m_orderMethods.insert(method.code, method);
}

void Simulator::addOrderType(const OrderType &type)
{
    m_orderTypes.insert(type.code, type);
}

void Simulator::addDefaultOrderBooks()
{
    // The names a Russian account shows; the codes are retailCRM's standard ones.
    addOrderMethod({ QStringLiteral("shopping-cart"), QStringLiteral("Корзина"), 10, true });
    addOrderMethod({ QStringLiteral("phone"), QStringLiteral("По телефону"), 20, true });
    addOrderMethod({ QStringLiteral("landing-page"), QStringLiteral("Landing page"), 30, true });
    addOrderMethod({ QStringLiteral("live-chat"), QStringLiteral("Онлайн-консультант"), 40, true });
    addOrderType({ QStringLiteral("eshop-individual"), QStringLiteral("Физическое лицо"), 10, true });
    addOrderType({ QStringLiteral("eshop-legal"), QStringLiteral("Юридическое лицо"), 20, true });
}

SimResponse Simulator::referenceBook(const QString &key, const QMap<QString, ReferenceEntry> &book) const
{
    QJsonObject map;
    for (const ReferenceEntry &entry : book) {
        map.insert(entry.code,
            QJsonObject { { QStringLiteral("name"), entry.name }, { QStringLiteral("code"), entry.code },
                { QStringLiteral("active"), entry.active }, { QStringLiteral("ordering"), entry.ordering },
                { QStringLiteral("defaultForCrm"), false }, { QStringLiteral("defaultForApi"), false } });
    }
    return ok({ { key, map.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(map) } });
}

void Simulator::checkOrderCodes(const Order &order, QJsonObject *errors) const
{
    if (!order.orderMethod.isEmpty() && !m_orderMethods.contains(order.orderMethod))
        errors->insert(QStringLiteral("orderMethod"),
            QStringLiteral("Order method \"%1\" does not exist.").arg(order.orderMethod));
    if (!order.orderType.isEmpty() && !m_orderTypes.contains(order.orderType))
        errors->insert(QStringLiteral("orderType"),
            QStringLiteral("Order type \"%1\" does not exist.").arg(order.orderType));
}

} // namespace LeadBridge::RetailCrm
