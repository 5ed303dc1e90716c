#include "syncengine.h"

#include <QNetworkAccessManager>
#include <QTimer>

#include "calltouch/calltouchclient.h"
#include "net/apitransport.h"
#include "net/ratelimiter.h"
#include "retailcrm/retailcrmclient.h"
#include "rules/leadrules.h"
#include "store/store.h"
#include "store/syncstore.h"
#include "sync/dealpushphase.h"
#include "sync/fieldsphase.h"
#include "sync/historyphase.h"
#include "sync/leadintake.h"
#include "sync/leadpollphase.h"
#include "sync/leadqueuephase.h"
#include "sync/reconciler.h"
#include "sync/referencephase.h"
#include "sync/runlogwriter.h"
#include "sync/silencecheck.h"
#include "sync/synccontext.h"
#include "sync/unknowndealsphase.h"
#include "util/checkednumbers.h"
#include "util/logging.h"
#include "webhookreceiver.h"

namespace LeadBridge {

using Calltouch::Lead;

SyncEngine::SyncEngine(SyncConfig config, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_ctx(new SyncContext(this))
{
    qRegisterMetaType<SyncSummary>();
    qRegisterMetaType<LeadOutcome>();
    qRegisterMetaType<EngineStatus>();
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncConfig>();
    qRegisterMetaType<Calltouch::Lead>();
    qRegisterMetaType<Db::ErrorDirection>();
    m_ctx->config = std::move(config);
    connect(m_ctx, &SyncContext::leadProcessed, this, &SyncEngine::leadProcessed);
    connect(m_ctx, &SyncContext::dealChanged, this, &SyncEngine::dealChanged);
    connect(m_ctx, &SyncContext::errorRecorded, this, &SyncEngine::errorRecorded);
    connect(m_ctx, &SyncContext::credentialsRejected, this, &SyncEngine::credentialsRejected);
    connect(m_ctx, &SyncContext::storeFailed, this, &SyncEngine::storeFailed);
    connect(m_ctx, &SyncContext::crashed, this, &SyncEngine::onCrashed);
    connect(m_ctx, &SyncContext::progress, this, &SyncEngine::progress);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setClock(std::function<QDateTime()> clock)
{
    m_ctx->clock = std::move(clock);
}

void SyncEngine::setCrashHook(std::function<bool(const QString &point)> hook)
{
    m_ctx->crashHook = std::move(hook);
}

bool SyncEngine::isDead() const
{
    return m_ctx->dead;
}

void SyncEngine::onCrashed(const QString &point)
{
    if (m_timer)
        m_timer->stop();
    emit crashed(point);
}

void SyncEngine::initialize()
{
    m_store = std::make_unique<Store>(QStringLiteral("engine"));
    const StoreError error = m_store->open(m_databasePath);
    if (!error.isOk()) {
        m_ctx->lastError = error.message;
        emit initialized(false, error.message);
        return;
    }
    m_sync = std::make_unique<SyncStore>(*m_store);
    m_ctx->store = m_store.get();
    m_ctx->sync = m_sync.get();
    m_nam = new QNetworkAccessManager(this);
    m_nam->setAutoDeleteReplies(false);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::runCycle);
    // Writes that were in flight when the previous run ended are unknown: look before re-sending.
    StoreResult written = m_sync->markSendingDealsUnknown();
    if (written.ok && m_store->cursor(QStringLiteral("firstStart")).isEmpty())
        written = m_store->setCursor(QStringLiteral("firstStart"), QString::number(m_ctx->nowMs()));
    if (!written.ok) {
        m_ctx->lastError =
            tr("The local database %1 cannot be written: %2").arg(m_databasePath, written.error);
        emit initialized(false, m_ctx->lastError);
        return;
    }
    buildClients();
    buildPhases();
    m_runLog = std::make_unique<RunLogWriter>(*m_ctx);
    m_runLog->pruneIfDue();

    applyWebhook();
    m_initialized = true;
    emit initialized(true, {});
    emitStatus();
}

void SyncEngine::buildPhases()
{
    // The cycle, in order. Deal phases are enabled only with deal sync on.
    auto *history = new HistoryPhase(*m_ctx, this);
    m_phases = {
        new FieldsPhase(*m_ctx, this), // the nine custom fields exist
        new ReferencePhase(*m_ctx, this), // status groups, the default shop
        new LeadPollPhase(*m_ctx, Lead::Kind::Call, this), // Calltouch's calls journal
        new LeadPollPhase(*m_ctx, Lead::Kind::Request, this), // Calltouch's requests journal
        new LeadQueuePhase(*m_ctx, this), // direction 1: each due lead through the rules to retailCRM
        history, // direction 2: retailCRM's order history into deals
        new UnknownDealsPhase(*m_ctx, this), // deals whose create outcome is unknown: look them up
        new DealPushPhase(*m_ctx, DealPushPhase::Mode::Create, this), // new deals to Calltouch
        new DealPushPhase(*m_ctx, DealPushPhase::Mode::Update, this), // status and revenue changes
    };
    using Step = SyncProgress::Step;
    m_phaseSteps = { Step::CheckingSetup, Step::ReadingReference, Step::ReadingCalls, Step::ReadingRequests,
        Step::SendingLeads, Step::ReadingOrders, Step::CheckingDeals, Step::SendingDeals,
        Step::UpdatingDeals };
    Q_ASSERT(m_phaseSteps.size() == m_phases.size());
    // While leads are sent, the lead phase gives way to these (history .. deal updates) every interval.
    m_dealPhasesFrom = int(m_phases.indexOf(history));
    for (SyncPhase *phase : qAsConst(m_phases))
        connect(phase, &SyncPhase::finished, this, &SyncEngine::onPhaseFinished);
}

void SyncEngine::buildClients()
{
    const SyncConfig &config = m_ctx->config;
    delete m_ctx->retail;
    delete m_ctx->calltouch;
    delete m_retailTransport;
    delete m_calltouchTransport;
    m_retailLimiter = std::make_unique<RateLimiter>(config.retailCrmRatePerSecond);
    m_calltouchLimiter = std::make_unique<RateLimiter>(config.calltouchRatePerSecond);
    m_retailLimiter->setUnlimited(!m_rateLimitsEnabled);
    m_calltouchLimiter->setUnlimited(!m_rateLimitsEnabled);
    m_retailTransport = new ApiTransport(m_nam, m_retailLimiter.get(), this);
    m_calltouchTransport = new ApiTransport(m_nam, m_calltouchLimiter.get(), this);
    m_retailTransport->setBackoff(m_backoffBaseMs, m_backoffMaxMs);
    m_calltouchTransport->setBackoff(m_backoffBaseMs, m_backoffMaxMs);
    m_ctx->retail = new RetailCrm::Client(m_retailTransport, config.retailCrmUrl, config.retailCrmApiKey,
        config.retailCrmTimeZone, config.phoneRegion, this);
    m_ctx->calltouch = new Calltouch::Client(m_calltouchTransport, config.calltouchApiUrl,
        config.calltouchSiteId, config.calltouchToken, config.calltouchTimeZone, this);
    m_ctx->setTimeZone(m_ctx->accountZone); // the account's zone, once read, outlives a rebuild
    registerSecret(config.retailCrmApiKey);
    registerSecret(config.calltouchToken);
}

void SyncEngine::reconfigure(const SyncConfig &config)
{
    m_ctx->config = config;
    if (m_initialized)
        applyWebhook();
    m_ctx->fieldsReady = false;
    m_ctx->referenceLoadedAt = {};
    if (!m_inCycle && m_initialized)
        buildClients();
    else
        m_cycleRequested = true; // rebuilt between cycles
}

void SyncEngine::start()
{
    if (!m_initialized || m_ctx->dead)
        return;
    m_running = true;
    m_ctx->stopping = false;
    runCycle();
}

void SyncEngine::stop()
{
    m_running = false;
    m_ctx->stopping = true;
    if (m_timer)
        m_timer->stop();
    m_reconcileRequested = false;
    if (m_reconciler)
        cancelReconcile();
    if (!m_inCycle) {
        emitStatus();
        emit stopped();
    }
}

void SyncEngine::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_running && !m_inCycle)
        runCycle();
    emitStatus();
}

void SyncEngine::syncNow()
{
    if (m_inCycle) {
        m_cycleRequested = true;
        return;
    }
    runCycle();
}

void SyncEngine::emitStatus()
{
    EngineStatus status;
    status.running = m_running;
    status.paused = m_paused;
    status.connected = m_ctx->connected;
    status.lastSync = m_lastSync;
    if (m_timer && m_timer->isActive())
        status.nextSync = QDateTime::currentDateTimeUtc().addMSecs(m_timer->remainingTime());
    status.backlog = m_ctx->backlog();
    status.lastError = m_ctx->lastError;
    emit statusChanged(status);
}

// ---------------------------------------------------------------------------------------------------
// The cycle

void SyncEngine::runCycle()
{
    if (m_inCycle || m_ctx->dead || !m_initialized)
        return;
    if (m_reconciler) {
        m_cycleRequested = true; // after the reconciliation: one rate budget for both
        return;
    }
    if (m_paused) {
        emitStatus();
        return;
    }
    if (!m_ctx->config.hasCredentials()) {
        m_ctx->lastError = tr("LeadBridge is not set up yet: run the setup wizard.");
        emitStatus();
        return;
    }
    if (m_cycleRequested) {
        buildClients();
        m_cycleRequested = false;
    }
    m_inCycle = true;
    m_ctx->summary = SyncSummary {};
    m_ctx->storeBroken = false;
    m_ctx->leadIndexComplete = true;
    m_ctx->summary.startedAt = m_ctx->now();
    m_cycleClock.start();
    m_phaseIndex = -1;
    m_detourFrom = -1;
    if (m_ctx->lastDealPassMs < 0)
        m_ctx->markDealPass(); // the first detour comes one interval into the lead work
    emit cycleStarted();
    m_ctx->reportProgress(SyncProgress::Step::Starting);
    nextPhase();
}

void SyncEngine::nextPhase()
{
    if (m_ctx->dead)
        return;
    if (m_ctx->stopping || m_ctx->storeBroken) {
        finishCycle();
        return;
    }
    while (++m_phaseIndex < m_phases.size()) {
        if (m_phaseIndex == m_dealPhasesFrom)
            m_ctx->markDealPass();
        SyncPhase *phase = m_phases.at(m_phaseIndex);
        if (phase->isEnabled()) {
            m_storeErrorsBefore = m_store->errorCount();
            m_ctx->reportProgress(m_phaseSteps.value(m_phaseIndex, SyncProgress::Step::Starting));
            phase->start();
            return;
        }
    }
    if (m_detourFrom >= 0) {
        // The deal direction ran in between: back to the phase that gave way, where it stopped.
        m_phaseIndex = m_detourFrom;
        m_detourFrom = -1;
        // The next pass comes an interval after this one ENDED: slow deal phases (a slow Calltouch)
        // never starve the leads.
        m_ctx->markDealPass();
        m_storeErrorsBefore = m_store->errorCount();
        m_phases.at(m_phaseIndex)->resume();
        return;
    }
    finishCycle();
}

void SyncEngine::onPhaseFinished(const PhaseResult &result)
{
    if (m_ctx->dead)
        return;
    // Any statement that failed during the phase (a read too: an empty answer may not stand for an
    // unreadable table) stops the cycle as a store failure.
    if (m_store->errorCount() != m_storeErrorsBefore)
        m_ctx->failStore(m_store->lastError());
    if (m_ctx->storeBroken) {
        finishCycle();
        return;
    }
    switch (result.next) {
    case PhaseResult::Next::Continue:
        nextPhase();
        return;
    case PhaseResult::Next::EndCycle:
        finishCycle();
        return;
    case PhaseResult::Next::DealsFirst:
        if (m_dealPhasesFrom < 0 || m_detourFrom >= 0 || m_phaseIndex >= m_dealPhasesFrom) {
            m_ctx->markDealPass(); // nothing to run in between: do not ask again at once
            m_phases.at(m_phaseIndex)->resume();
            return;
        }
        qCInfo(lcSync) << "deal direction between leads";
        m_detourFrom = m_phaseIndex;
        m_phaseIndex = m_dealPhasesFrom - 1;
        nextPhase();
        return;
    case PhaseResult::Next::Abort:
        if (m_detourFrom >= 0 && !result.error.isCredentialProblem()) {
            // The deal direction failed between leads: the leads go on; the deal phases run again
            // after them, and a failure that lasts stops the cycle there.
            qCWarning(lcSync).noquote()
                << "deal direction between leads stopped:" << result.service << result.error.fullMessage();
            m_phaseIndex = m_phases.size() - 1;
            nextPhase();
            return;
        }
        abortCycle(result.service, result.error, result.field);
        return;
    }
}

void SyncEngine::finishCycle()
{
    if (m_ctx->dead)
        return;
    m_inCycle = false;
    m_phaseIndex = -1;
    SyncSummary &summary = m_ctx->summary;
    summary.finishedAt = m_ctx->now();
    summary.durationMs = m_cycleClock.isValid() ? m_cycleClock.elapsed() : 0;
    summary.backlog = m_ctx->backlog();
    if (summary.storeError.isEmpty())
        m_ctx->storeFailureShown = false; // the store works again: a new failure is shown again
    if (summary.fatalError.isEmpty() && summary.storeError.isEmpty()) {
        m_lastSync = summary.finishedAt;
        m_ctx->connected = true;
        m_ctx->lastError.clear();
        // No service stopped this cycle: what stopped earlier ones is over (not an open error).
        // A failed write here is noticed (and reported once) by the next cycle's own writes.
        for (const QString &service : { QStringLiteral("retailCRM"), QStringLiteral("Calltouch") })
            (void)m_ctx->sync->resolveError(Db::ErrorDirection::Setup, service);
        SilenceCheck(*m_ctx).run(); // no lead (deal) for implausibly long: one open error, notified once
    }
    qCInfo(lcSync) << "cycle finished: orders created" << summary.ordersCreated << "updated"
                   << summary.ordersUpdated << "skipped" << summary.leadsSkipped << "failed"
                   << summary.leadsFailed << "deals created" << summary.dealsCreated << "updated"
                   << summary.dealsUpdated << "failed" << summary.dealsFailed;
    if (m_runLog)
        m_runLog->write(summary);
    m_ctx->reportProgress(SyncProgress::Step::Idle);
    emit cycleFinished(summary);
    if (m_ctx->stopping) {
        emitStatus();
        emit stopped();
        return;
    }
    if (m_reconcileRequested)
        startReconcile(); // asked for during the cycle; the next cycle waits for it
    if (m_running) {
        if (m_cycleRequested && !summary.credentialsRejected) {
            m_timer->start(0);
        } else {
            m_timer->start(m_ctx->config.syncIntervalSeconds * 1000);
        }
    } else if (m_cycleRequested) {
        m_cycleRequested = false;
        QTimer::singleShot(0, this, &SyncEngine::runCycle);
    }
    emitStatus();
}

void SyncEngine::abortCycle(const QString &service, const ApiError &error, const QString &field)
{
    const QString message = service + QStringLiteral(": ") + error.fullMessage();
    m_ctx->summary.fatalError = message;
    m_ctx->lastError = message;
    // Only what the admin must fix makes `--once` exit 2; a 500 or a timeout is a failed read (1).
    m_ctx->summary.configurationError = !error.isTransient();
    m_ctx->summary.stoppedBy = service;
    m_ctx->summary.stopCode = ApiError::kindName(error.kind);
    m_ctx->summary.stopHttpStatus = error.httpStatus;
    if (error.isTransient())
        ++m_ctx->summary.readsFailed;
    if (error.isCredentialProblem()) {
        m_ctx->summary.credentialsRejected = true;
        m_ctx->connected = false;
        emit credentialsRejected(service, error.userMessage());
    } else if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
        m_ctx->connected = false;
    }
    Problem problem = Problem::fromApi(error, service);
    if (!field.isEmpty()) {
        problem.code = Db::ErrorCode::FieldMissing;
        problem.params.insert(QStringLiteral("field"), field);
    }
    m_ctx->reportError(Db::ErrorDirection::Setup, service, problem);
    finishCycle();
}

} // namespace LeadBridge
