#pragma once

#include <functional>
#include <memory>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>

#include "calltouch/calltouchtypes.h"
#include "net/apierror.h"
#include "retailcrm/retailcrmtypes.h"
#include "store/syncstore.h"
#include "sync/leadrules.h"
#include "sync/syncconfig.h"
#include "sync/syncevents.h"

class QNetworkAccessManager;
class QTimer;

namespace LeadBridge {

class ApiTransport;
class RateLimiter;
class Store;
class WebhookReceiver;
namespace RetailCrm {
    class Client;
}
namespace Calltouch {
    class Client;
}

/// The sync engine: a worker QObject that lives in its own thread (see SyncController). It gets a
/// SyncConfig value, never reads settings or widgets, and reports through queued signals of value types.
///
/// Exactly once: every remote write is journalled in the outbox before it is sent and confirmed after.
/// A lead with an unconfirmed write is first looked up in the CRM (the order's lead-ID field, the
/// customer's externalId) before anything is written again; orders and customers carry an externalId
/// derived from the lead, so a repeated create fails instead of duplicating.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)
public:
    explicit SyncEngine(SyncConfig config, QString databasePath, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Test hooks (set before initialize()).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// Called at every crash point ("<step>:before" / "<step>:after"); returning true makes the engine
    /// stop dead there, as a killed process would: nothing after that point is written or sent.
    void setCrashHook(std::function<bool(const QString &point)> hook) { m_crashHook = std::move(hook); }
    void setRateLimitsEnabled(bool enabled) { m_rateLimitsEnabled = enabled; }
    void setRetryBackoff(int baseMs, int maxMs)
    {
        m_backoffBaseMs = baseMs;
        m_backoffMaxMs = maxMs;
    }
    [[nodiscard]] bool isDead() const { return m_dead; }

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

signals:
    void initialized(bool ok, const QString &error);
    void cycleStarted();
    void cycleFinished(const LeadBridge::SyncSummary &summary);
    void leadProcessed(const LeadBridge::LeadOutcome &outcome);
    void dealChanged(qint64 orderId);
    void errorRecorded(const QString &direction, const QString &item, const QString &message);
    void credentialsRejected(const QString &service, const QString &message);
    void statusChanged(const LeadBridge::EngineStatus &status);
    void stopped();
    void crashed(const QString &point);
    void webhookListening(quint16 port);

private:
    enum class Phase {
        Idle,
        Fields,
        Reference,
        PollCalls,
        PollRequests,
        Leads,
        History,
        UnknownDeals,
        CreateDeals,
        UpdateDeals
    };

    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
    [[nodiscard]] bool crashAt(const QString &point);
    [[nodiscard]] bool alive() const { return !m_dead; }
    void buildClients();
    void emitStatus();
    [[nodiscard]] qint64 sinceMs() const;
    [[nodiscard]] QDate sinceDate() const;
    [[nodiscard]] qint64 retryDelayMs(int attempts, const ApiError &error) const;

    // The cycle, one phase after another.
    void runCycle();
    void nextPhase();
    /// Step 0 lists the custom fields; steps 1..n create the missing ones.
    void ensureFields(int index);
    void loadReference();
    void pollLeadsIfNeeded(Calltouch::Lead::Kind kind);
    void pollLeads(Calltouch::Lead::Kind kind);
    void storeLeads(const QList<Calltouch::Lead> &leads);
    void processNextLead();
    void finishCycle();
    void abortCycle(const QString &service, const ApiError &error);

    // One lead.
    struct LeadJob;
    void processLead(const LeadRow &row, std::function<void()> done);
    void leadRecover(std::shared_ptr<LeadJob> job);
    void leadSearchCustomers(std::shared_ptr<LeadJob> job);
    void leadLoadOrders(std::shared_ptr<LeadJob> job);
    void leadDecide(std::shared_ptr<LeadJob> job);
    void leadCreateCustomer(std::shared_ptr<LeadJob> job);
    void leadCreateOrder(std::shared_ptr<LeadJob> job);
    void leadUpdateOrder(std::shared_ptr<LeadJob> job);
    void leadFindCreatedOrder(std::shared_ptr<LeadJob> job, const ApiError &createError);
    void leadSucceeded(std::shared_ptr<LeadJob> job, const QString &state, const QString &action,
        const QString &reasonCode, qint64 orderId, const QString &orderNumber, const QString &site);
    void leadFailed(std::shared_ptr<LeadJob> job, const ApiError &error);

    // Deals.
    void pollHistory();
    void applyHistory(const QList<RetailCrm::HistoryRecord> &records);
    void insertDealForOrder(const RetailCrm::Order &order);
    void resolveUnknownDeals();
    void pushDealCreates();
    void pushDealUpdates();
    [[nodiscard]] Calltouch::Deal dealPayload(const DealRow &row) const;
    void loadUsers(std::function<void()> then);

    SyncConfig m_config;
    QString m_databasePath;
    std::function<QDateTime()> m_clock;
    std::function<bool(const QString &)> m_crashHook;
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
    RetailCrm::Client *m_retail = nullptr;
    Calltouch::Client *m_calltouch = nullptr;
    WebhookReceiver *m_webhook = nullptr;
    QTimer *m_timer = nullptr;

    bool m_initialized = false;
    bool m_running = false;
    bool m_inCycle = false;
    bool m_cycleRequested = false;
    bool m_paused = false;
    bool m_stopping = false;
    bool m_dead = false;
    bool m_fieldsReady = false;
    bool m_connected = false;
    Phase m_phase = Phase::Idle;
    SyncSummary m_summary;
    QDateTime m_lastSync;
    QString m_lastError;

    QHash<QString, QString> m_statusGroups; ///< status code -> group code
    QString m_defaultShop;
    QDateTime m_referenceLoadedAt;
    QList<RetailCrm::CustomField> m_missingFields;
    QHash<qint64, QString> m_userNames;
    bool m_usersLoaded = false;
    QQueue<LeadRow> m_leadQueue;
    QSet<qint64> m_leadsThisCycle;
};

} // namespace LeadBridge
