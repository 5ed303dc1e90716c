#pragma once

#include <functional>
#include <memory>

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include "calltouch/calltouchtypes.h"
#include "net/apierror.h"
#include "store/states.h"
#include "sync/reconcilereport.h"
#include "sync/syncconfig.h"
#include "sync/syncevents.h"
#include "sync/syncprogress.h"

class QNetworkAccessManager;
class QTimer;

namespace LeadBridge {

class ApiTransport;
class RateLimiter;
class Reconciler;
class RunLogWriter;
class Store;
class SyncContext;
class SyncPhase;
class SyncStore;
class WebhookReceiver;
struct PhaseResult;
namespace RetailCrm {
    class Client;
}
namespace Calltouch {
    class Client;
}

/// The sync engine: a worker QObject that lives in its own thread (see SyncController). It gets a
/// SyncConfig value, never reads settings or widgets, and reports through queued signals of value types.
///
/// The engine only orchestrates: its lifecycle (initialize, start, stop, pause, sync now, reconfigure),
/// the timer, and a cycle that runs an ordered list of phases (see the constructor of the list in
/// initialize()). The phases, one class each, share a SyncContext; the rules live in core/rules.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)
public:
    explicit SyncEngine(SyncConfig config, QString databasePath, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Test hooks (set before initialize()).
    void setClock(std::function<QDateTime()> clock);
    /// Called at every crash point ("<step>:before" / "<step>:after"); returning true makes the engine
    /// stop dead there, as a killed process would: nothing after that point is written or sent.
    void setCrashHook(std::function<bool(const QString &point)> hook);
    void setRateLimitsEnabled(bool enabled) { m_rateLimitsEnabled = enabled; }
    void setRetryBackoff(int baseMs, int maxMs)
    {
        m_backoffBaseMs = baseMs;
        m_backoffMaxMs = maxMs;
    }
    [[nodiscard]] bool isDead() const;

public slots:
    /// Creates the store connection, the network access manager and the clients in the engine's thread.
    void initialize();
    /// Starts periodic cycles (the first one now).
    void start();
    /// Finishes the step in flight, then stops; emits stopped().
    void stop();
    void setPaused(bool paused);
    void syncNow();
    /// Runs one lead through the rules again now, also a skipped or failed one.
    void resendLead(qint64 leadId);
    /// A deal that failed: try again in the next cycle (now).
    void retryDeal(qint64 orderId);
    /// A lead that arrived by webhook (chats; calls and requests too): stored, then processed as usual.
    void ingestLead(const LeadBridge::Calltouch::Lead &lead);
    /// Replaces the configuration (after the wizard or settings); takes effect at the next cycle.
    void reconfigure(const LeadBridge::SyncConfig &config);
    /// Reconciles the days [@p from, @p to] (invalid: the last 30) read-only (Reconciler), after the
    /// cycle in flight; cycles wait while it runs, so both stay within one rate budget. The report is
    /// kept (ReconcileStore) and sent with reconcileFinished(). Ignored while one runs.
    void reconcile(const QDate &from, const QDate &to);
    /// Stops the running reconciliation; reconcileCancelled() follows, the kept report stays.
    void cancelReconcile();
    /// A kept report's line's one-click fix: resends its lead (stored first when this computer never
    /// had it) or pushes its order's deal, now; reconcileFixed() tells what became of it.
    void fixReconcileLine(qint64 lineId);

signals:
    void initialized(bool ok, const QString &error);
    void cycleStarted();
    void cycleFinished(const LeadBridge::SyncSummary &summary);
    /// What the running cycle does now (throttled; SyncProgress::Step::Idle when it ended).
    void progress(const LeadBridge::SyncProgress &progress);
    void leadProcessed(const LeadBridge::LeadOutcome &outcome);
    void dealChanged(qint64 orderId);
    void errorRecorded(LeadBridge::Db::ErrorDirection direction, const QString &item, const QString &message);
    void credentialsRejected(const QString &service, const QString &message);
    /// The local database failed: the cycle stopped (once per failure; translated).
    void storeFailed(const QString &message);
    void statusChanged(const LeadBridge::EngineStatus &status);
    void stopped();
    void crashed(const QString &point);
    void webhookListening(quint16 port);
    /// The receiver could not start (bad address, no secret, port busy); @p message says which.
    void webhookFailed(const QString &message);
    /// A delivery was stored, at @p at (UTC).
    void webhookDelivered(const QDateTime &at);
    /// The reconciliation began reading (after the cycle in flight, if any).
    void reconcileStarted();
    /// Before its first request: about how many it takes and how long (Reconciler::estimate).
    void reconcileEstimated(int requests, int seconds);
    /// Reconciler::planned and Reconciler::progress, passed on.
    void reconcilePlanned(int requestsSoFar, int moreRequests, int atMost, int secondsEstimate);
    void reconcileProgress(int done, int total);
    /// The report, as kept (its lines carry their ids when the database took it).
    void reconcileFinished(const LeadBridge::ReconcileReport &report);
    void reconcileCancelled();
    /// What became of a line's fix (ReconcileLine::Fix as int; None when the line is no longer kept).
    void reconcileFixed(qint64 lineId, int fix);

private:
    void buildClients();
    void buildPhases();
    /// (Re)starts the webhook receiver when its address or secret changed; stops it when it is off.
    void applyWebhook();
    /// Stores a lead that arrived by webhook; false when the database refused it.
    bool storeLead(const Calltouch::Lead &lead);
    void emitStatus();
    void onCrashed(const QString &point);
    // The reconciliation (syncengine_reconcile.cpp).
    void startReconcile();
    void onReconciled(const ReconcileReport &report);

    // The cycle: the phases one after another.
    void runCycle();
    void nextPhase();
    void onPhaseFinished(const PhaseResult &result);
    void finishCycle();
    /// @p field: a custom field that could not be made (the error is then "field-missing").
    void abortCycle(const QString &service, const ApiError &error, const QString &field = {});

    QString m_databasePath;
    SyncContext *m_ctx; ///< a child: moves to the engine's thread with it
    bool m_rateLimitsEnabled = true;
    int m_backoffBaseMs = 500;
    int m_backoffMaxMs = 30000;

    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncStore> m_sync;
    QNetworkAccessManager *m_nam = nullptr;
    std::unique_ptr<RateLimiter> m_retailLimiter;
    std::unique_ptr<RateLimiter> m_calltouchLimiter;
    ApiTransport *m_retailTransport = nullptr;
    ApiTransport *m_calltouchTransport = nullptr;
    WebhookReceiver *m_webhook = nullptr;
    QString m_webhookListen; ///< what m_webhook was started with
    QString m_webhookSecret;
    QTimer *m_timer = nullptr;

    QList<SyncPhase *> m_phases; ///< in the order they run
    QList<SyncProgress::Step> m_phaseSteps; ///< what each phase is called in the status bar
    std::unique_ptr<RunLogWriter> m_runLog;
    int m_phaseIndex = -1;
    int m_dealPhasesFrom = -1; ///< the first phase of the deal direction (history)
    int m_detourFrom = -1; ///< the phase that gave way to the deal direction; -1 = none
    int m_storeErrorsBefore = 0; ///< the store's failed statements when the phase started

    bool m_initialized = false;
    bool m_running = false;
    bool m_inCycle = false;
    bool m_cycleRequested = false;
    bool m_paused = false;
    QDateTime m_lastSync;
    QElapsedTimer m_cycleClock; ///< the running cycle's duration

    std::unique_ptr<Reconciler> m_reconciler; ///< while a reconciliation runs
    bool m_reconcileRequested = false; ///< asked for during a cycle: starts when it ends
    QDate m_reconcileFrom, m_reconcileTo;
};

} // namespace LeadBridge
