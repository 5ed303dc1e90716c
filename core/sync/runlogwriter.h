#pragma once

#include "store/runlog.h"
#include "sync/syncevents.h"

namespace LeadBridge {

class SyncContext;

/// Keeps the run log for the engine: one row at the end of every cycle (from its SyncSummary), and
/// the rows older than RunLog::kKeepDays pruned at start and once a day.
class RunLogWriter
{
public:
    explicit RunLogWriter(SyncContext &context)
        : m_ctx(context)
    {}

    /// The run log's row for a cycle's summary.
    [[nodiscard]] static RunRecord recordOf(const SyncSummary &summary);
    /// Writes the cycle's row; prunes when a day has passed since the last prune.
    void write(const SyncSummary &summary);
    /// Prunes now if it has not been done for a day (or at all) in this run.
    void pruneIfDue();

private:
    SyncContext &m_ctx;
    qint64 m_lastPruneMs = -1;
};

} // namespace LeadBridge
