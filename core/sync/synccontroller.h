#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include "calltouch/calltouchtypes.h"
#include "reconcilereport.h"
#include "syncconfig.h"
#include "syncevents.h"
#include "syncprogress.h"

namespace LeadBridge {

class SyncEngine;

/// Owns the engine's thread. Everything here is safe to call from the GUI thread: calls reach the
/// engine as queued invocations, results come back as queued signals carrying values.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)
public:
    explicit SyncController(const SyncConfig &config, const QString &databasePath, QObject *parent = nullptr);
    ~SyncController() override;

    /// The engine, to install test hooks before start(). Never call its methods directly afterwards.
    [[nodiscard]] SyncEngine *engine() const { return m_engine; }

    void start();
    /// Asks the engine to finish the step in flight and stop; stopped() follows.
    void stop();
    void setPaused(bool paused);
    void syncNow();
    void resendLead(qint64 leadId);
    void retryDeal(qint64 orderId);
    void reconfigure(const SyncConfig &config);
    void ingestLead(const Calltouch::Lead &lead);
    /// The reconciliation of the days [@p from, @p to] in the engine's thread (SyncEngine::reconcile).
    void reconcile(const QDate &from, const QDate &to);
    void cancelReconcile();
    /// A kept report's line's one-click fix (SyncEngine::fixReconcileLine).
    void fixReconcileLine(qint64 lineId);
    [[nodiscard]] bool isPaused() const { return m_paused; }

signals:
    void initialized(bool ok, const QString &error);
    void cycleStarted();
    void cycleFinished(const LeadBridge::SyncSummary &summary);
    /// What the running cycle does now (queued, throttled by the engine).
    void progress(const LeadBridge::SyncProgress &progress);
    void leadProcessed(const LeadBridge::LeadOutcome &outcome);
    void dealChanged(qint64 orderId);
    void errorRecorded(LeadBridge::Db::ErrorDirection direction, const QString &item, const QString &message);
    void credentialsRejected(const QString &service, const QString &message);
    /// The local database failed and the sync stopped: show it (a banner, stderr). Once per failure.
    void storeFailed(const QString &message);
    void statusChanged(const LeadBridge::EngineStatus &status);
    void stopped();
    /// The chat receiver listens on @p port / could not start / stored a delivery (queued).
    void webhookListening(quint16 port);
    void webhookFailed(const QString &message);
    void webhookDelivered(const QDateTime &at);
    /// The reconciliation's course (queued; see SyncEngine).
    void reconcileStarted();
    void reconcileEstimated(int requests, int seconds);
    void reconcilePlanned(int requestsSoFar, int moreRequests, int atMost, int secondsEstimate);
    void reconcileProgress(int done, int total);
    void reconcileFinished(const LeadBridge::ReconcileReport &report);
    void reconcileCancelled();
    void reconcileFixed(qint64 lineId, int fix);

private:
    QThread m_thread;
    SyncEngine *m_engine = nullptr; // lives in m_thread; deleted when the thread finishes
    bool m_started = false;
    bool m_paused = false;
};

} // namespace LeadBridge
