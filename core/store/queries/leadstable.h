#pragma once

#include "calltouch/calltouchtypes.h"
#include "store/problem.h"
#include "store/queries/tablequery.h"
#include "store/states.h"

namespace LeadBridge {

/// One row of the leads table, as the leads view shows it.
struct LeadRecord
{
    qint64 id = 0;
    Calltouch::Lead::Kind kind = Calltouch::Lead::Kind::Call;
    QString remoteId; ///< the Calltouch id
    qint64 occurredAt = 0; ///< UTC ms
    QString phone;
    QString email;
    QString name;
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    Db::LeadState state = Db::LeadState::Waiting;
    Db::LeadAction action = Db::LeadAction::None;
    Db::LeadReason reason = Db::LeadReason::None;
    Problem failure; ///< why a failed lead failed
    QString orderNumber;
    int attempts = 0;
    qint64 nextAttemptAt = 0; ///< UTC ms; 0 = no retry planned
    qint64 orderId = 0; ///< 0 = none
};

/// The leads table's SQL. Status keys: waiting, created, updated, skipped, no_contact, failed.
class LeadsTable
{
public:
    /// The columns the leads view shows; TableRequest::sortColumn is one of them.
    enum Column {
        KindColumn,
        ContactColumn,
        TimeColumn,
        UtmSourceColumn,
        UtmMediumColumn,
        UtmCampaignColumn,
        StateColumn,
        ReasonColumn,
        OrderColumn,
        AttemptsColumn,
        ColumnCount
    };

    [[nodiscard]] static const RowQuery<LeadRecord> &query();
};

} // namespace LeadBridge
