#include "leadrules.h"

#include <QCoreApplication>

#include "customfieldset.h"
#include "orderoptions.h"
#include "util/checkednumbers.h"
#include "util/contacts.h"

namespace LeadBridge::Sync {

using Calltouch::Lead;

LeadContact leadContact(const Lead &lead, const QString &phoneRegion)
{
    LeadContact contact;
    contact.phone = Contacts::canonicalPhone(lead.phone, phoneRegion);
    contact.email = Contacts::canonicalEmail(lead.email);
    return contact;
}

QString customerName(const Lead &lead, const LeadContact &contact, const QString &nameTemplate)
{
    return fillNameTemplate(
        nameTemplate, lead.kind, { contact.phone, contact.email, lead.name, lead.subject });
}

namespace {
    /// The newest by creation date (then the greatest id).
    template <typename T> std::optional<T> newest(const QList<T> &items)
    {
        std::optional<T> best;
        for (const auto &item : items) {
            if (!best || item.createdAt > best->createdAt
                || (item.createdAt == best->createdAt && item.id > best->id))
                best = item;
        }
        return best;
    }
} // namespace

std::optional<RetailCrm::Customer> newestCustomer(const QList<RetailCrm::Customer> &customers)
{
    return newest(customers);
}

std::optional<RetailCrm::Order> newestOrder(const QList<RetailCrm::Order> &orders)
{
    return newest(orders);
}

std::optional<RetailCrm::Order> orderWithoutValidDate(const QList<RetailCrm::Order> &orders)
{
    for (const auto &order : orders) {
        if (!Checked::isPlausibleMoment(order.createdAt))
            return order;
    }
    return std::nullopt;
}

OrderFields orderFields(const Lead &lead, const QString &calltouchSiteId)
{
    OrderFields fields;
    fields.customFields.insert(FieldCode::SiteId, calltouchSiteId);
    fields.customFields.insert(leadIdField(lead.kind), lead.id);
    const auto put = [&fields](const QString &code, const QString &value) {
        if (!value.trimmed().isEmpty())
            fields.customFields.insert(code, value.trimmed());
    };
    put(FieldCode::UtmSource, lead.utmSource);
    put(FieldCode::UtmMedium, lead.utmMedium);
    put(FieldCode::UtmCampaign, lead.utmCampaign);
    put(FieldCode::UtmContent, lead.utmContent);
    put(FieldCode::UtmTerm, lead.utmTerm);
    // The order's own source (the seed: chats; beyond the seed: every kind, for retailCRM's reports).
    // UTM first; Calltouch's own source/channel when the lead has no UTM.
    fields.source.source = (lead.utmSource.isEmpty() ? lead.source : lead.utmSource).trimmed();
    fields.source.medium = (lead.utmMedium.isEmpty() ? lead.medium : lead.utmMedium).trimmed();
    fields.source.campaign = lead.utmCampaign.trimmed();
    fields.source.content = lead.utmContent.trimmed();
    fields.source.keyword = lead.utmTerm.trimmed();
    return fields;
}

LeadDecision decideLead(const LeadRulesInput &input)
{
    LeadDecision decision;
    decision.contact = leadContact(input.lead, input.phoneRegion);
    if (decision.contact.isEmpty()) {
        decision.action = LeadAction::NoContact;
        decision.reasonCode = Db::LeadReason::NoContact;
        return decision;
    }
    decision.fields = orderFields(input.lead, input.calltouchSiteId);

    const auto customer = newestCustomer(input.customers);
    if (!customer) {
        decision.action = LeadAction::CreateCustomerAndOrder;
        decision.reasonCode = Db::LeadReason::NoCustomer;
        decision.newCustomerName = customerName(input.lead, decision.contact, input.nameTemplate);
        return decision;
    }
    decision.customerId = customer->id;

    // Only the newest customer's orders count; orders of other customers are not considered.
    QList<RetailCrm::Order> own;
    for (const auto &order : input.ordersOfNewestCustomer) {
        if (order.customerId == 0 || order.customerId == customer->id)
            own << order;
    }
    // An order that already carries this very lead (written by an earlier run, e.g. before a resend):
    // the lead is itself, not "an earlier lead", whatever the order's status now is. Nothing to write.
    const QString idField = leadIdField(input.lead.kind);
    for (const auto &mine : own) {
        if (!input.lead.id.isEmpty() && mine.customFields.value(idField) == input.lead.id) {
            decision.action = LeadAction::AlreadyInOrder;
            decision.reasonCode = Db::LeadReason::AlreadyInOrder;
            decision.orderId = mine.id;
            decision.orderNumber = mine.number;
            decision.orderSite = mine.site;
            return decision;
        }
    }
    const auto order = newestOrder(own);
    if (!order) {
        decision.action = LeadAction::CreateOrder;
        decision.reasonCode = Db::LeadReason::NoOrders;
        return decision;
    }
    decision.orderId = order->id;
    decision.orderNumber = order->number;
    decision.orderSite = order->site;
    const QString group = input.statusGroups.value(order->status);
    if (input.closedGroups.contains(group)) {
        decision.action = LeadAction::CreateOrder;
        decision.reasonCode = group == QLatin1String("cancel") ? Db::LeadReason::NewestOrderCancelled
                                                               : Db::LeadReason::NewestOrderCompleted;
        decision.orderId = 0;
        decision.orderNumber.clear();
        decision.orderSite.clear();
        return decision;
    }
    if (order->customFields.value(FieldCode::SiteId).trimmed().isEmpty()) {
        decision.action = LeadAction::UpdateOrder;
        decision.reasonCode = Db::LeadReason::OpenOrderWithoutLead;
        return decision;
    }
    decision.action = LeadAction::Skip;
    decision.reasonCode = Db::LeadReason::OpenOrderHasLead;
    return decision;
}

QString reasonText(Db::LeadReason reason)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("LeadBridge::Sync", text); };
    switch (reason) {
    case Db::LeadReason::None:
        return {};
    case Db::LeadReason::NoContact:
        return tr("The lead has neither a phone nor an e-mail, so it cannot be matched to a customer.");
    case Db::LeadReason::NoCustomer:
        return tr("No customer with this contact: a customer and an order were created.");
    case Db::LeadReason::NoOrders:
        return tr("The customer had no orders: a new order was created.");
    case Db::LeadReason::NewestOrderCompleted:
        return tr("The customer's newest order is completed: a new order was created.");
    case Db::LeadReason::NewestOrderCancelled:
        return tr("The customer's newest order is cancelled: a new order was created.");
    case Db::LeadReason::OpenOrderWithoutLead:
        return tr(
            "The customer's newest order is open and had no lead yet: it was completed with this lead.");
    case Db::LeadReason::OpenOrderHasLead:
        return tr(
            "The customer's newest order is open and already has an earlier lead: nothing was changed.");
    case Db::LeadReason::AlreadyApplied:
        return tr("This lead was already written to the order (found after a restart or a lost answer).");
    case Db::LeadReason::KindDisabled:
        return tr("This kind of lead is switched off in the settings.");
    case Db::LeadReason::AlreadyInOrder:
        return tr("Sent again: the lead is already in its order (by this lead); nothing was changed.");
    case Db::LeadReason::Error:
        return tr("The lead could not be sent; the error says why.");
    }
    return {};
}

} // namespace LeadBridge::Sync
