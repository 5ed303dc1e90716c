#pragma once

#include <optional>

#include "calltouch/calltouchtypes.h"
#include "store/queries/tablequery.h"
#include "store/states.h"

namespace LeadBridge {

/// One row of the orders table (direction 1): one lead's action on a retailCRM order (created, updated,
/// skipped, matched), so an order with two leads has two rows and the counts agree with the Leads tab.
struct OrderRecord
{
    qint64 id = 0; ///< the row's key: the local id of the lead (leads.id)
    qint64 orderId = 0; ///< the retailCRM order id
    QString number;
    QString site; ///< the shop's code
    QString siteName; ///< the shop's name in the CRM; empty when unknown
    QString customerName;
    Db::OrderAction action = Db::OrderAction::Created;
    Db::LeadReason reason = Db::LeadReason::None;
    qint64 leadId = 0; ///< the lead (the same as id)
    std::optional<Calltouch::Lead::Kind> leadKind; ///< none when there is no lead row
    QString leadRemoteId;
    qint64 updatedAt = 0; ///< UTC ms, when the lead last changed
};

/// The orders table's SQL: the leads that reached an order (LeadResults), with the order's shop and
/// customer. Status keys: created, updated, skipped, matched.
class OrdersTable
{
public:
    /// The columns the orders view shows; TableRequest::sortColumn is one of them.
    enum Column {
        NumberColumn,
        ShopColumn,
        CustomerColumn,
        ActionColumn,
        ReasonColumn,
        LeadColumn,
        TimeColumn,
        ColumnCount
    };

    [[nodiscard]] static const RowQuery<OrderRecord> &query();
};

} // namespace LeadBridge
