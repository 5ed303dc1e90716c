#pragma once

#include <QCoreApplication>
#include <QString>

#include "calltouch/calltouchtypes.h"
#include "store/problem.h"

namespace LeadBridge {

class SyncContext;

/// Where a lead from a journal or a webhook enters the store: waiting, history (before "since" or its
/// kind switched off), or, when its date cannot be right (missing, out of range, far in the future),
/// failed with the reason and an error row, never waiting for ever nor slipping through a filter.
class LeadIntake final
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::LeadIntake)
public:
    enum class Outcome {
        Known,
        Waiting,
        History,
        Rejected,
        StoreFailed, ///< not stored: reported once through the context, the cycle stops
    };

    explicit LeadIntake(SyncContext &context)
        : m_ctx(context)
    {}

    /// Stores a lead seen for the first time (a known one is left as it is).
    [[nodiscard]] Outcome take(const Calltouch::Lead &lead);

    /// Why the lead's date cannot be used (BadLeadDate, FutureLeadDate), or an empty Problem when it can.
    /// @p nowMs is the engine's clock.
    [[nodiscard]] static Problem dateProblem(const Calltouch::Lead &lead, qint64 nowMs);

private:
    SyncContext &m_ctx;
};

} // namespace LeadBridge
