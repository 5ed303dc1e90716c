#pragma once

#include <optional>

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include "calltouch/calltouchtypes.h"
#include "retailcrm/retailcrmtypes.h"
#include "store/states.h"

namespace LeadBridge::Sync {

/// The contact a lead is matched by (SPEC §2.1): the phone if it has a valid one, else the e-mail.
struct LeadContact
{
    QString phone; ///< E.164, empty if none
    QString email; ///< canonical, empty if none
    [[nodiscard]] bool isEmpty() const { return phone.isEmpty() && email.isEmpty(); }
    [[nodiscard]] bool byPhone() const { return !phone.isEmpty(); }
};

[[nodiscard]] LeadContact leadContact(const Calltouch::Lead &lead, const QString &phoneRegion);

/// The customer name for a new customer, by @p nameTemplate (empty: the kind's default, SPEC §2.2).
[[nodiscard]] QString customerName(
    const Calltouch::Lead &lead, const LeadContact &contact, const QString &nameTemplate = {});

/// Several customers found: the newest by creation date (then the greatest id).
[[nodiscard]] std::optional<RetailCrm::Customer> newestCustomer(const QList<RetailCrm::Customer> &customers);
/// The newest order by creation date (then the greatest id), never by number.
[[nodiscard]] std::optional<RetailCrm::Order> newestOrder(const QList<RetailCrm::Order> &orders);

/// The first order whose creation date is missing or impossible: with it, "the newest order" cannot be
/// told, so no decision is made (the lead fails with the order named).
[[nodiscard]] std::optional<RetailCrm::Order> orderWithoutValidDate(const QList<RetailCrm::Order> &orders);

/// What is written on create and on update (SPEC §2.5): custom fields and the order's source.
struct OrderFields
{
    QMap<QString, QString> customFields;
    RetailCrm::OrderSource source;
};
[[nodiscard]] OrderFields orderFields(const Calltouch::Lead &lead, const QString &calltouchSiteId);

enum class LeadAction {
    NoContact, ///< neither phone nor e-mail: not sent, shown with the reason
    CreateCustomerAndOrder, ///< no customer: one order create that makes the customer with it
    CreateOrder, ///< customer without orders, or the newest order is closed
    UpdateOrder, ///< the newest order is open and not yet bound to a lead
    Skip, ///< the newest order is open and already bound to an earlier lead
    AlreadyInOrder, ///< the newest order holds this very lead (a resend): nothing to write
};

struct LeadDecision
{
    LeadAction action = LeadAction::Skip;
    /// Why: the rule that decided (stored as its code, worded at display time).
    Db::LeadReason reasonCode = Db::LeadReason::None;
    LeadContact contact;
    QString newCustomerName; ///< CreateCustomerAndOrder
    qint64 customerId = 0; ///< CreateOrder / UpdateOrder / Skip
    qint64 orderId = 0; ///< UpdateOrder / Skip / AlreadyInOrder
    QString orderNumber; ///< UpdateOrder / Skip / AlreadyInOrder
    QString orderSite; ///< UpdateOrder: the order's own shop
    OrderFields fields; ///< for create and update
};

struct LeadRulesInput
{
    Calltouch::Lead lead;
    QString phoneRegion = QStringLiteral("RU");
    QString calltouchSiteId;
    /// Customers found by the contact (already verified to match it).
    QList<RetailCrm::Customer> customers;
    /// All orders of the newest customer (ignored when there are no customers).
    QList<RetailCrm::Order> ordersOfNewestCustomer;
    /// Status code -> status group code.
    QHash<QString, QString> statusGroups;
    QStringList closedGroups { QStringLiteral("complete"), QStringLiteral("cancel") };
    /// The kind's customer name template (empty: the default).
    QString nameTemplate;
};

/// The whole decision of SPEC §2 for one lead: a pure function over values.
[[nodiscard]] LeadDecision decideLead(const LeadRulesInput &input);

/// A translated sentence for a reason, shown in the leads table.
[[nodiscard]] QString reasonText(Db::LeadReason reason);

} // namespace LeadBridge::Sync
