// SyncEngine, the reconciliation (issue 17): a read-only Reconciler run between cycles, its report kept
// in the database, and the one-click fixes of its lines (resend the lead, push the deal).
#include <QTimer>

#include "store/reconcilestore.h"
#include "store/syncstore.h"
#include "sync/reconciler.h"
#include "sync/synccontext.h"
#include "syncengine.h"
#include "util/logging.h"

namespace LeadBridge {

using Calltouch::Lead;
using Fix = ReconcileLine::Fix;

void SyncEngine::reconcile(const QDate &from, const QDate &to)
{
    if (m_reconciler || m_reconcileRequested || m_ctx->dead)
        return;
    m_reconcileFrom = from;
    m_reconcileTo = to;
    m_reconcileRequested = true;
    if (!m_inCycle)
        startReconcile();
}

void SyncEngine::startReconcile()
{
    m_reconcileRequested = false;
    m_reconciler = std::make_unique<Reconciler>(m_ctx->config);
    m_reconciler->setClock([this] { return m_ctx->now(); });
    m_reconciler->setRateLimitsEnabled(m_rateLimitsEnabled);
    connect(m_reconciler.get(), &Reconciler::planned, this, &SyncEngine::reconcilePlanned);
    connect(m_reconciler.get(), &Reconciler::progress, this, &SyncEngine::reconcileProgress);
    connect(m_reconciler.get(), &Reconciler::finished, this, &SyncEngine::onReconciled);
    emit reconcileStarted();
    if (m_store) {
        // What this computer knows of the period says how many requests the check takes.
        const Reconciler::Estimate estimate =
            m_reconciler->estimate(*m_store, m_reconcileFrom, m_reconcileTo);
        emit reconcileEstimated(estimate.requests, estimate.seconds);
    }
    m_reconciler->run(m_reconcileFrom, m_reconcileTo);
}

void SyncEngine::onReconciled(const ReconcileReport &finished)
{
    ReconcileReport report = finished;
    report.ranAt = m_ctx->now();
    // Deleted once its signal has returned: it is still on the stack.
    m_reconciler.release()->deleteLater();
    if (m_store) {
        // Kept for the tab and for the fixes; a failure is reported once like any other write.
        if (!m_ctx->stored(ReconcileStore(*m_store).save(report))) {
            m_ctx->storeBroken = false;
            for (ReconcileLine &line : report.lines)
                line.id = 0; // not kept: no fix can refer to it
        }
    }
    qCInfo(lcSync) << "reconciliation finished:" << report.lines.size() << "line(s)," << report.requests
                   << "request(s)";
    emit reconcileFinished(report);
    if (m_cycleRequested && !m_ctx->stopping)
        QTimer::singleShot(0, this, &SyncEngine::runCycle); // the cycle that waited
}

void SyncEngine::cancelReconcile()
{
    m_reconcileRequested = false;
    if (!m_reconciler)
        return;
    m_reconciler.reset(); // its replies in flight are dropped with its clients
    emit reconcileCancelled();
    if (m_cycleRequested && !m_ctx->stopping)
        QTimer::singleShot(0, this, &SyncEngine::runCycle);
}

void SyncEngine::fixReconcileLine(qint64 lineId)
{
    if (!m_store || !m_sync || m_ctx->dead)
        return;
    ReconcileStore kept(*m_store);
    const std::optional<ReconcileLine> line = kept.line(lineId);
    if (!line || !line->hasFix()) {
        emit reconcileFixed(lineId, int(Fix::None));
        return;
    }
    Fix fix = Fix::Requested;
    if (line->kind == ReconcileLine::Kind::LeadInNoOrder) {
        const auto row = m_sync->leadByRemote(Lead::kindName(line->leadKind), line->leadId);
        if (row) {
            resendLead(row->id); // through the rules again: it finds the lead's order, or makes one
        } else {
            // Never stored here (the journal poll missed it): taken in like a delivered lead.
            if (!storeLead(line->lead))
                return; // reported; the line keeps its fix
            syncNow();
        }
    } else {
        const StoreResult pushed = m_sync->pushDealAgain(line->orderId);
        if (!m_ctx->stored(pushed)) {
            m_ctx->storeBroken = false;
            return;
        }
        if (pushed.changed)
            syncNow();
        else
            fix = Fix::UnknownOrder; // history has not brought this order: there is nothing to push
    }
    if (!m_ctx->stored(kept.setFix(lineId, fix, m_ctx->nowMs())))
        m_ctx->storeBroken = false;
    emit reconcileFixed(lineId, int(fix));
}

} // namespace LeadBridge
