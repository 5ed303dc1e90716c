#pragma once

#include <QString>

#include "problem.h"
#include "states.h"
#include "store.h"

namespace LeadBridge {

/// One attempt of a lead (lead_outcomes) that does not change the lead's result: a resend of a lead
/// that is already in its order, or a failed re-check of such a lead. The lead keeps its state, action,
/// reason and order (it is settled again, not downgraded); the attempt is added to its history.
class LeadAttempts
{
public:
    explicit LeadAttempts(Store &store);

    /// Adds the attempt (@p action, @p reason, the order it concerns, a failure's @p failure) to the
    /// history of lead @p leadId and puts the lead back in @p keptState (it was queued by the resend).
    StoreResult addKeepingResult(qint64 leadId, Db::LeadState keptState, Db::LeadAction action,
        Db::LeadReason reason, qint64 customerId, qint64 orderId, const Problem &failure, qint64 now);

private:
    Store &m_store;
};

} // namespace LeadBridge
