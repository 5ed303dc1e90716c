#pragma once

#include "store/problem.h"
#include "store/queries/tablequery.h"
#include "store/states.h"

namespace LeadBridge {

/// One row of the deals table (direction 2: each order's deal in Calltouch), with the bound lead's source.
struct DealRecord
{
    qint64 id = 0; ///< the retailCRM order id
    QString orderNumber;
    QString site; ///< the shop's code
    QString status; ///< the retailCRM status code
    QString revenue; ///< decimal text
    QString manager;
    Db::BindingKind bindingKind = Db::BindingKind::None;
    QString bindingLeadId; ///< the Calltouch id of the bound call or request
    Db::DealState state = Db::DealState::Pending;
    qint64 lastPushedAt = 0; ///< UTC ms; 0 = never
    Problem error; ///< why the last send failed (empty when none)
    int attempts = 0;
    QString leadSource; ///< utm_source of the bound lead, when LeadBridge has it
    QString siteName; ///< the shop's name in the CRM; empty when unknown
    QString statusName; ///< the status's name in the CRM; empty when unknown
};

/// The deals table's SQL. Status keys: pending, created, failed, bound, not-found, no-contacts.
class DealsTable
{
public:
    /// The columns the deals view shows; TableRequest::sortColumn is one of them.
    enum Column {
        OrderColumn,
        ShopColumn,
        StatusColumn,
        RevenueColumn,
        ManagerColumn,
        LeadColumn,
        StateColumn,
        PushedColumn,
        ErrorColumn,
        ColumnCount
    };

    [[nodiscard]] static const RowQuery<DealRecord> &query();
    /// The join that finds a deal's (d) bound lead (l) by its unique (kind, remote_id).
    [[nodiscard]] static QString boundLeadJoin();
};

} // namespace LeadBridge
