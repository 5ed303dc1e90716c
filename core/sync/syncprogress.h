#pragma once

#include <QMetaType>

namespace LeadBridge {

/// What the running cycle is doing now, for the status bar: a step (a code; the text is made at display
/// time) and, where the step counts items, how many of how many. Sent by the engine, throttled.
struct SyncProgress
{
    enum class Step {
        Idle, ///< no cycle runs
        Starting,
        CheckingSetup, ///< the custom fields in retailCRM
        ReadingReference, ///< statuses, shops, the account's settings
        ReadingCalls, ///< Calltouch's calls journal
        ReadingRequests, ///< Calltouch's requests journal
        SendingLeads, ///< done of total leads through the rules to retailCRM
        ReadingOrders, ///< retailCRM's order history
        CheckingDeals, ///< deals whose creation is unknown
        SendingDeals, ///< new deals to Calltouch
        UpdatingDeals, ///< status and revenue changes to Calltouch
    };
    Step step = Step::Idle;
    int done = 0;
    int total = 0; ///< 0 = the step does not count
    [[nodiscard]] bool isRunning() const { return step != Step::Idle; }
    bool operator==(const SyncProgress &other) const
    {
        return step == other.step && done == other.done && total == other.total;
    }
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::SyncProgress)
