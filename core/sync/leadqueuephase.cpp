#include "leadqueuephase.h"

#include <QTimer>

#include "sync/leadjob.h"
#include "sync/synccontext.h"

namespace LeadBridge {

namespace {
    constexpr int kLeadBatch = 200;
} // namespace

void LeadQueuePhase::start()
{
    m_queue.clear();
    m_seen.clear();
    m_total = 0;
    processNext();
}

void LeadQueuePhase::resume()
{
    processNext();
}

void LeadQueuePhase::processNext()
{
    if (m_ctx.dead)
        return;
    if (m_ctx.stopping) {
        endCycle();
        return;
    }
    if (m_ctx.dealPassDue()) {
        dealsFirst();
        return;
    }
    if (m_queue.isEmpty()) {
        const qint64 stamp = m_ctx.nowMs();
        const qint64 ripe = stamp - qint64(m_ctx.config.leadDelaySeconds) * 1000;
        const QList<LeadRow> rows =
            m_ctx.sync->dueLeads(stamp, ripe, m_ctx.sinceMs(), m_ctx.config.leadKinds, kLeadBatch);
        for (const LeadRow &row : rows) {
            if (!m_seen.contains(row.id))
                m_queue.enqueue(row);
        }
        if (m_queue.isEmpty()) {
            if (m_total > 0)
                m_ctx.reportProgress(SyncProgress::Step::SendingLeads, m_total, m_total);
            succeed();
            return;
        }
        m_total = int(m_seen.size() + m_queue.size());
        if (rows.size() >= kLeadBatch) // more than one batch: the store's backlog is the estimate
            m_total = qMax(
                m_total, int(m_seen.size()) + m_ctx.sync->backlog(m_ctx.sinceMs(), m_ctx.config.leadKinds));
    }
    const LeadRow row = m_queue.dequeue();
    m_seen.insert(row.id);
    m_total = qMax(m_total, int(m_seen.size()));
    m_ctx.reportProgress(SyncProgress::Step::SendingLeads, int(m_seen.size()), m_total);
    auto *job = new LeadJob(m_ctx, row, this);
    connect(job, &LeadJob::finished, this, [this, job] {
        job->deleteLater();
        if (m_ctx.summary.credentialsRejected || m_ctx.storeBroken) {
            endCycle();
            return;
        }
        // Let the event loop breathe between leads (stop requests, UI calls).
        QTimer::singleShot(0, this, &LeadQueuePhase::processNext);
    });
    job->start();
}

} // namespace LeadBridge
