#include "runlogwriter.h"

#include "sync/synccontext.h"
#include "util/logging.h"

namespace LeadBridge {

RunRecord RunLogWriter::recordOf(const SyncSummary &summary)
{
    RunRecord record;
    record.startedAtMs = summary.startedAt.toMSecsSinceEpoch();
    record.durationMs = qMax<qint64>(0, summary.durationMs);
    record.leadsFetched = summary.leadsFetched;
    record.ordersCreated = summary.ordersCreated;
    record.ordersUpdated = summary.ordersUpdated;
    record.leadsSkipped = summary.leadsSkipped;
    record.leadsWithoutContact = summary.leadsWithoutContact;
    record.leadsFailed = summary.leadsFailed;
    record.dealsCreated = summary.dealsCreated;
    record.dealsUpdated = summary.dealsUpdated;
    record.dealsFailed = summary.dealsFailed;
    record.errors = summary.newErrors;
    record.readsFailed = summary.readsFailed;
    record.stoppedBy = summary.stoppedBy;
    record.stopCode = summary.stopCode;
    record.httpStatus = summary.stopHttpStatus;
    if (!summary.storeError.isEmpty())
        record.result = RunResult::StoreFailure;
    else if (summary.credentialsRejected || summary.configurationError)
        record.result = RunResult::Configuration;
    else if (summary.readsFailed > 0 || !summary.fatalError.isEmpty())
        record.result = RunResult::ReadsFailed;
    else if (summary.leadsFailed > 0 || summary.dealsFailed > 0)
        record.result = RunResult::ItemsFailed;
    else
        record.result = RunResult::Ok;
    return record;
}

void RunLogWriter::write(const SyncSummary &summary)
{
    if (!m_ctx.store)
        return;
    RunLog log(*m_ctx.store);
    // The cycle is over: a failed write here stops nothing more; it is logged, and the next cycle's own
    // writes notice a store that stays broken.
    const StoreResult written = log.append(recordOf(summary));
    if (!written.ok)
        qCWarning(lcStore) << "the run log could not be written:" << written.error;
    pruneIfDue();
}

void RunLogWriter::pruneIfDue()
{
    if (!m_ctx.store)
        return;
    const qint64 now = m_ctx.nowMs();
    if (m_lastPruneMs >= 0 && now - m_lastPruneMs < RunLog::kDayMs)
        return;
    const StoreResult pruned = RunLog(*m_ctx.store).prune(now);
    if (!pruned.ok) {
        qCWarning(lcStore) << "the run log could not be pruned:" << pruned.error;
        return;
    }
    m_lastPruneMs = now;
}

} // namespace LeadBridge
