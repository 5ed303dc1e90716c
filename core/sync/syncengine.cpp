#include "syncengine.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimeZone>
#include <QTimer>

#include "calltouch/calltouchclient.h"
#include "customfields.h"
#include "net/apitransport.h"
#include "net/ratelimiter.h"
#include "retailcrm/retailcrmclient.h"
#include "store/store.h"
#include "util/contacts.h"
#include "util/logging.h"
#include "webhookreceiver.h"

namespace LeadBridge {

using Calltouch::Lead;
using namespace Sync;

namespace {
    constexpr int kLeadBatch = 200;
    constexpr int kDealBatch = 100;
    constexpr qint64 kYearMs = 365LL * 24 * 3600 * 1000;
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    constexpr int kReferenceTtlSecs = 600;

    QString leadItem(const LeadRow &row)
    {
        return QStringLiteral("lead:%1:%2").arg(Lead::kindName(row.lead.kind), row.lead.id);
    }

    /// Money as Calltouch's examples show it: a decimal text with two places ("100000.50").
    QString money(const QString &decimal)
    {
        bool ok = false;
        const double value = decimal.trimmed().toDouble(&ok);
        return ok ? QString::number(value, 'f', 2) : QStringLiteral("0.00");
    }

    QString actionName(LeadAction action)
    {
        switch (action) {
        case LeadAction::NoContact:
            return QStringLiteral("no-contact");
        case LeadAction::CreateCustomerAndOrder:
            return QStringLiteral("created-customer-and-order");
        case LeadAction::CreateOrder:
            return QStringLiteral("created-order");
        case LeadAction::UpdateOrder:
            return QStringLiteral("updated-order");
        case LeadAction::Skip:
            return QStringLiteral("skipped");
        }
        return {};
    }
} // namespace

/// The state of one lead's trip through the rules.
struct SyncEngine::LeadJob
{
    LeadRow row;
    QString item;
    LeadContact contact;
    QList<RetailCrm::Customer> customers;
    QList<RetailCrm::Order> orders;
    LeadDecision decision;
    qint64 customerId = 0;
    QString customerName;
    std::function<void()> done;
};

SyncEngine::SyncEngine(SyncConfig config, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<SyncSummary>();
    qRegisterMetaType<LeadOutcome>();
    qRegisterMetaType<EngineStatus>();
    qRegisterMetaType<SyncConfig>();
    qRegisterMetaType<Calltouch::Lead>();
}

SyncEngine::~SyncEngine() = default;

QDateTime SyncEngine::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool SyncEngine::crashAt(const QString &point)
{
    if (m_dead)
        return true;
    if (m_crashHook && m_crashHook(point)) {
        m_dead = true;
        if (m_timer)
            m_timer->stop();
        qCWarning(lcSync) << "simulated crash at" << point;
        emit crashed(point);
        return true;
    }
    return false;
}

void SyncEngine::initialize()
{
    m_store = std::make_unique<Store>(QStringLiteral("engine"));
    const StoreError error = m_store->open(m_databasePath);
    if (!error.isOk()) {
        m_lastError = error.message;
        emit initialized(false, error.message);
        return;
    }
    m_sync = std::make_unique<SyncStore>(*m_store);
    m_nam = new QNetworkAccessManager(this);
    m_nam->setAutoDeleteReplies(false);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::runCycle);
    // Writes that were in flight when the previous run ended are unknown: look before re-sending.
    m_store->exec(QStringLiteral("UPDATE deals SET state='unknown' WHERE state='sending'"));
    if (m_store->cursor(QStringLiteral("firstStart")).isEmpty())
        m_store->setCursor(QStringLiteral("firstStart"), QString::number(nowMs()));
    buildClients();

    if (!m_config.webhookListen.isEmpty()) {
        m_webhook = new WebhookReceiver(this);
        m_webhook->setClock([this] { return now(); });
        connect(m_webhook, &WebhookReceiver::leadReceived, this, &SyncEngine::ingestLead);
        QString listenError;
        const quint16 port = m_webhook->listen(m_config.webhookListen, m_config.webhookSecret, &listenError);
        if (port == 0) {
            m_sync->recordError(
                QStringLiteral("setup"), QStringLiteral("webhook"), listenError, 1, 0, nowMs());
            emit errorRecorded(QStringLiteral("setup"), QStringLiteral("webhook"), listenError);
        } else {
            emit webhookListening(port);
        }
    }
    m_initialized = true;
    emit initialized(true, {});
    emitStatus();
}

void SyncEngine::buildClients()
{
    delete m_retail;
    delete m_calltouch;
    delete m_retailTransport;
    delete m_calltouchTransport;
    m_retailLimiter = std::make_unique<RateLimiter>(m_config.retailCrmRatePerSecond);
    m_calltouchLimiter = std::make_unique<RateLimiter>(m_config.calltouchRatePerSecond);
    m_retailLimiter->setUnlimited(!m_rateLimitsEnabled);
    m_calltouchLimiter->setUnlimited(!m_rateLimitsEnabled);
    m_retailTransport = new ApiTransport(m_nam, m_retailLimiter.get(), this);
    m_calltouchTransport = new ApiTransport(m_nam, m_calltouchLimiter.get(), this);
    m_retailTransport->setBackoff(m_backoffBaseMs, m_backoffMaxMs);
    m_calltouchTransport->setBackoff(m_backoffBaseMs, m_backoffMaxMs);
    m_retail = new RetailCrm::Client(m_retailTransport, m_config.retailCrmUrl, m_config.retailCrmApiKey,
        m_config.retailCrmTimeZone, m_config.phoneRegion, this);
    m_calltouch = new Calltouch::Client(m_calltouchTransport, m_config.calltouchApiUrl,
        m_config.calltouchSiteId, m_config.calltouchToken, m_config.retailCrmTimeZone, this);
    registerSecret(m_config.retailCrmApiKey);
    registerSecret(m_config.calltouchToken);
}

void SyncEngine::reconfigure(const SyncConfig &config)
{
    m_config = config;
    m_fieldsReady = false;
    m_referenceLoadedAt = {};
    if (!m_inCycle && m_initialized)
        buildClients();
    else
        m_cycleRequested = true; // rebuilt between cycles
}

void SyncEngine::start()
{
    if (!m_initialized || m_dead)
        return;
    m_running = true;
    m_stopping = false;
    runCycle();
}

void SyncEngine::stop()
{
    m_running = false;
    m_stopping = true;
    if (m_timer)
        m_timer->stop();
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

void SyncEngine::resendLead(qint64 leadId)
{
    if (!m_sync)
        return;
    const auto row = m_sync->lead(leadId);
    if (!row)
        return;
    // Resend means: through the rules again now. A lead that was done is re-checked against the CRM
    // (it will be found in its order and not written twice).
    m_sync->requeueLead(leadId, nowMs());
    m_store->exec(
        QStringLiteral("UPDATE leads SET occurred_at=MIN(occurred_at, ?) WHERE id=? AND state='history'"),
        { nowMs(), leadId });
    syncNow();
}

void SyncEngine::retryDeal(qint64 orderId)
{
    if (!m_sync)
        return;
    m_store->exec(QStringLiteral("UPDATE deals SET next_attempt_at=0 WHERE order_id=?"), { orderId });
    syncNow();
}

void SyncEngine::ingestLead(const Lead &lead)
{
    if (!m_sync || m_dead)
        return;
    if (!m_config.leadKinds.contains(Lead::kindName(lead.kind)))
        return;
    const LeadContact contact = leadContact(lead, m_config.phoneRegion);
    const QString state = lead.occurredAt.toMSecsSinceEpoch() < sinceMs() ? QStringLiteral("history")
                                                                          : QStringLiteral("waiting");
    if (m_sync->upsertLead(lead, contact.phone, contact.email, state, nowMs()))
        qCInfo(lcSync) << "lead received by webhook:" << Lead::kindName(lead.kind) << lead.id;
    // It is processed once it is old enough; make sure a cycle comes then.
    if (m_running && !m_inCycle && m_timer) {
        const qint64 due =
            lead.occurredAt.toMSecsSinceEpoch() + qint64(m_config.leadDelaySeconds) * 1000 - nowMs();
        const int wait = int(qBound<qint64>(0, due + 500, qint64(m_config.syncIntervalSeconds) * 1000));
        if (!m_timer->isActive() || m_timer->remainingTime() > wait)
            m_timer->start(wait);
    }
}

qint64 SyncEngine::retryDelayMs(int attempts, const ApiError &error) const
{
    if (error.kind == ApiError::Kind::OutcomeUnknown)
        return 0; // look in the next cycle
    if (error.retryAfterMs > 0)
        return error.retryAfterMs;
    const qint64 base = qint64(m_config.syncIntervalSeconds) * 1000;
    return qMin<qint64>(base << qMin(attempts - 1, 8), 6LL * 3600 * 1000);
}

QDate SyncEngine::sinceDate() const
{
    if (m_config.since.isValid())
        return m_config.since;
    const qint64 first = m_store ? m_store->cursor(QStringLiteral("firstStart")).toLongLong() : 0;
    return (first > 0 ? QDateTime::fromMSecsSinceEpoch(first, Qt::UTC) : now()).date();
}

qint64 SyncEngine::sinceMs() const
{
    if (m_config.since.isValid()) {
        const QTimeZone zone(m_config.retailCrmTimeZone.toUtf8());
        return QDateTime(m_config.since, QTime(0, 0), zone.isValid() ? zone : QTimeZone::utc())
            .toMSecsSinceEpoch();
    }
    const qint64 first = m_store ? m_store->cursor(QStringLiteral("firstStart")).toLongLong() : 0;
    // Without a "since" date, leads from the day before the first start on are synced.
    return first > 0 ? first - kDayMs : nowMs() - kDayMs;
}

void SyncEngine::emitStatus()
{
    EngineStatus status;
    status.running = m_running;
    status.paused = m_paused;
    status.connected = m_connected;
    status.lastSync = m_lastSync;
    if (m_timer && m_timer->isActive())
        status.nextSync = QDateTime::currentDateTimeUtc().addMSecs(m_timer->remainingTime());
    if (m_sync)
        status.backlog = m_sync->backlog(sinceMs(), m_config.leadKinds) + m_sync->dealBacklog(nowMs());
    status.lastError = m_lastError;
    emit statusChanged(status);
}

// ---------------------------------------------------------------------------------------------------
// The cycle

void SyncEngine::runCycle()
{
    if (m_inCycle || m_dead || !m_initialized)
        return;
    if (m_paused) {
        emitStatus();
        return;
    }
    if (!m_config.hasCredentials()) {
        m_lastError = tr("LeadBridge is not set up yet: run the setup wizard.");
        emitStatus();
        return;
    }
    if (m_cycleRequested) {
        buildClients();
        m_cycleRequested = false;
    }
    m_inCycle = true;
    m_summary = SyncSummary {};
    m_summary.startedAt = now();
    m_leadsThisCycle.clear();
    m_phase = Phase::Idle;
    emit cycleStarted();
    nextPhase();
}

void SyncEngine::nextPhase()
{
    if (m_dead)
        return;
    if (m_stopping) {
        finishCycle();
        return;
    }
    switch (m_phase) {
    case Phase::Idle:
        m_phase = Phase::Fields;
        if (m_fieldsReady) {
            nextPhase();
        } else {
            ensureFields(0);
        }
        return;
    case Phase::Fields:
        m_phase = Phase::Reference;
        loadReference();
        return;
    case Phase::Reference:
        m_phase = Phase::PollCalls;
        pollLeadsIfNeeded(Lead::Kind::Call);
        return;
    case Phase::PollCalls:
        m_phase = Phase::PollRequests;
        pollLeadsIfNeeded(Lead::Kind::Request);
        return;
    case Phase::PollRequests:
        m_phase = Phase::Leads;
        m_leadQueue.clear();
        processNextLead();
        return;
    case Phase::Leads:
        if (!m_config.dealSync) {
            finishCycle();
            return;
        }
        m_phase = Phase::History;
        pollHistory();
        return;
    case Phase::History:
        m_phase = Phase::UnknownDeals;
        resolveUnknownDeals();
        return;
    case Phase::UnknownDeals:
        m_phase = Phase::CreateDeals;
        pushDealCreates();
        return;
    case Phase::CreateDeals:
        m_phase = Phase::UpdateDeals;
        pushDealUpdates();
        return;
    case Phase::UpdateDeals:
        finishCycle();
        return;
    }
}

void SyncEngine::finishCycle()
{
    if (m_dead)
        return;
    m_inCycle = false;
    m_phase = Phase::Idle;
    m_summary.finishedAt = now();
    m_summary.backlog = m_sync->backlog(sinceMs(), m_config.leadKinds) + m_sync->dealBacklog(nowMs());
    if (m_summary.fatalError.isEmpty()) {
        m_lastSync = m_summary.finishedAt;
        m_connected = true;
        m_lastError.clear();
    }
    qCInfo(lcSync) << "cycle finished: orders created" << m_summary.ordersCreated << "updated"
                   << m_summary.ordersUpdated << "skipped" << m_summary.leadsSkipped << "failed"
                   << m_summary.leadsFailed << "deals created" << m_summary.dealsCreated << "updated"
                   << m_summary.dealsUpdated << "failed" << m_summary.dealsFailed;
    emit cycleFinished(m_summary);
    if (m_stopping) {
        emitStatus();
        emit stopped();
        return;
    }
    if (m_running) {
        if (m_cycleRequested && !m_summary.credentialsRejected) {
            m_timer->start(0);
        } else {
            m_timer->start(m_config.syncIntervalSeconds * 1000);
        }
    } else if (m_cycleRequested) {
        m_cycleRequested = false;
        QTimer::singleShot(0, this, &SyncEngine::runCycle);
    }
    emitStatus();
}

void SyncEngine::abortCycle(const QString &service, const ApiError &error)
{
    const QString message = service + QStringLiteral(": ") + error.fullMessage();
    m_summary.fatalError = message;
    m_lastError = message;
    if (error.isCredentialProblem()) {
        m_summary.credentialsRejected = true;
        m_connected = false;
        emit credentialsRejected(service, error.userMessage());
    } else if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout) {
        m_connected = false;
    }
    m_sync->recordError(QStringLiteral("setup"), service, message, 1, 0, nowMs());
    ++m_summary.newErrors;
    emit errorRecorded(QStringLiteral("setup"), service, message);
    finishCycle();
}

void SyncEngine::ensureFields(int index)
{
    if (index == 0) {
        // One list first; only the missing fields go through the (idempotent) create step.
        m_retail->customFields(
            this, [this](const QList<RetailCrm::CustomField> &existing, const ApiError &error) {
                if (m_dead)
                    return;
                if (!error.isOk()) {
                    abortCycle(QStringLiteral("retailCRM"), error);
                    return;
                }
                m_missingFields.clear();
                for (const auto &wanted : requiredCustomFields()) {
                    const bool present = std::any_of(existing.cbegin(), existing.cend(),
                        [&wanted](const RetailCrm::CustomField &f) { return f.code == wanted.code; });
                    if (!present)
                        m_missingFields << wanted;
                }
                ensureFields(1);
            });
        return;
    }
    if (index > m_missingFields.size()) {
        m_fieldsReady = true;
        nextPhase();
        return;
    }
    m_retail->ensureCustomField(
        m_missingFields.at(index - 1), this, [this, index](bool, const ApiError &error) {
            if (m_dead)
                return;
            if (!error.isOk()) {
                abortCycle(QStringLiteral("retailCRM"), error);
                return;
            }
            ensureFields(index + 1);
        });
}

void SyncEngine::loadReference()
{
    if (m_referenceLoadedAt.isValid() && m_referenceLoadedAt.secsTo(now()) < kReferenceTtlSecs) {
        nextPhase();
        return;
    }
    m_retail->statuses(this, [this](const QList<RetailCrm::Status> &statuses, const ApiError &error) {
        if (m_dead)
            return;
        if (!error.isOk()) {
            abortCycle(QStringLiteral("retailCRM"), error);
            return;
        }
        m_statusGroups.clear();
        for (const auto &status : statuses)
            m_statusGroups.insert(status.code, status.group);
        m_retail->sites(this, [this](const QList<RetailCrm::Site> &sites, const ApiError &siteError) {
            if (m_dead)
                return;
            if (!siteError.isOk()) {
                abortCycle(QStringLiteral("retailCRM"), siteError);
                return;
            }
            m_defaultShop = sites.isEmpty() ? QString() : sites.first().code; // in the CRM's order
            m_referenceLoadedAt = now();
            m_connected = true;
            nextPhase();
        });
    });
}

void SyncEngine::pollLeadsIfNeeded(Lead::Kind kind)
{
    // Deals need the journals too (the binding index), even for kinds that are not sent as orders.
    if (m_config.leadKinds.contains(Lead::kindName(kind)) || m_config.dealSync)
        pollLeads(kind);
    else
        nextPhase();
}

void SyncEngine::pollLeads(Lead::Kind kind)
{
    const QString cursorName = QStringLiteral("poll.%1").arg(Lead::kindName(kind));
    const QDate today = now().date();
    QDate from = QDate::fromString(m_store->cursor(cursorName), Qt::ISODate);
    if (!from.isValid()) {
        // First poll: from the "since" date, and 12 months back when deals need the leads for binding.
        from = sinceDate();
        if (m_config.dealSync)
            from = qMin(from, today.addDays(-366));
        m_store->setCursor(QStringLiteral("index.%1").arg(Lead::kindName(kind)), from.toString(Qt::ISODate));
    } else {
        from = qMin(from, today).addDays(-1); // calls change after the fact; re-read the last days
    }
    const auto done = [this, cursorName, today](const QList<Lead> &leads, const ApiError &error) {
        if (m_dead)
            return;
        if (!error.isOk()) {
            if (error.isCredentialProblem()) {
                abortCycle(QStringLiteral("Calltouch"), error);
                return;
            }
            // Polling fails softly: the leads already known still go out; the poll repeats next cycle.
            m_sync->recordError(QStringLiteral("leads"), cursorName, error.fullMessage(), 1, 0, nowMs());
            ++m_summary.newErrors;
            emit errorRecorded(QStringLiteral("leads"), cursorName, error.fullMessage());
            m_connected = false;
            nextPhase();
            return;
        }
        m_sync->resolveError(QStringLiteral("leads"), cursorName);
        m_store->inTransaction([&] {
            storeLeads(leads);
            return m_store->setCursor(cursorName, today.toString(Qt::ISODate));
        });
        nextPhase();
    };
    if (kind == Lead::Kind::Call)
        m_calltouch->calls(from, today, this, done);
    else
        m_calltouch->requests(from, today, this, done);
}

void SyncEngine::storeLeads(const QList<Lead> &leads)
{
    const qint64 since = sinceMs();
    const qint64 stamp = nowMs();
    for (const Lead &lead : leads) {
        const LeadContact contact = leadContact(lead, m_config.phoneRegion);
        const bool enabled = m_config.leadKinds.contains(Lead::kindName(lead.kind));
        const QString state = (!enabled || lead.occurredAt.toMSecsSinceEpoch() < since)
            ? QStringLiteral("history")
            : QStringLiteral("waiting");
        if (m_sync->upsertLead(lead, contact.phone, contact.email, state, stamp)
            && state == QLatin1String("waiting"))
            ++m_summary.leadsFetched;
    }
}

void SyncEngine::processNextLead()
{
    if (m_dead)
        return;
    if (m_stopping) {
        finishCycle();
        return;
    }
    if (m_leadQueue.isEmpty()) {
        const qint64 stamp = nowMs();
        const qint64 ripe = stamp - qint64(m_config.leadDelaySeconds) * 1000;
        const QList<LeadRow> rows = m_sync->dueLeads(stamp, ripe, sinceMs(), m_config.leadKinds, kLeadBatch);
        for (const LeadRow &row : rows) {
            if (!m_leadsThisCycle.contains(row.id))
                m_leadQueue.enqueue(row);
        }
        if (m_leadQueue.isEmpty()) {
            nextPhase();
            return;
        }
    }
    const LeadRow row = m_leadQueue.dequeue();
    m_leadsThisCycle.insert(row.id);
    processLead(row, [this] {
        if (m_summary.credentialsRejected) {
            finishCycle();
            return;
        }
        // Let the event loop breathe between leads (stop requests, UI calls).
        QTimer::singleShot(0, this, &SyncEngine::processNextLead);
    });
}

// ---------------------------------------------------------------------------------------------------
// One lead

void SyncEngine::processLead(const LeadRow &row, std::function<void()> done)
{
    auto job = std::make_shared<LeadJob>();
    job->row = row;
    job->item = leadItem(row);
    job->contact = leadContact(row.lead, m_config.phoneRegion);
    job->done = std::move(done);

    if (job->contact.isEmpty()) {
        leadSucceeded(job, QStringLiteral("no_contact"), actionName(LeadAction::NoContact),
            QStringLiteral("no-contact"), 0, {}, {});
        return;
    }
    if (!m_sync->pendingFor(job->item).isEmpty() || row.state == QLatin1String("done")
        || row.state == QLatin1String("skipped")) {
        leadRecover(job);
        return;
    }
    leadSearchCustomers(job);
}

void SyncEngine::leadRecover(std::shared_ptr<LeadJob> job)
{
    // An earlier write for this lead may have reached the CRM: look for the order that holds the lead.
    const QString field = leadIdField(job->row.lead.kind);
    m_retail->findOrdersByCustomField(field, job->row.lead.id, this,
        [this, job](const QList<RetailCrm::Order> &orders, const ApiError &error) {
            if (m_dead)
                return;
            if (!error.isOk()) {
                leadFailed(job, error);
                return;
            }
            if (!orders.isEmpty()) {
                const auto order = newestOrder(orders);
                const auto pending = m_sync->pendingFor(job->item);
                for (const auto &entry : pending)
                    m_sync->confirm(entry.key, QString::number(order->id), nowMs());
                const QString previous = job->row.action;
                leadSucceeded(job, QStringLiteral("done"),
                    previous.isEmpty() || previous == QLatin1String("failed")
                        ? QStringLiteral("already-applied")
                        : previous,
                    QStringLiteral("already-applied"), order->id, order->number, order->site);
                return;
            }
            // No order holds it. A customer created for it may exist: take it into account.
            m_retail->findCustomerByExternalId(customerExternalId(job->row.lead.kind, job->row.lead.id), this,
                [this, job](const RetailCrm::Customer &customer, const ApiError &customerError) {
                    if (m_dead)
                        return;
                    if (!customerError.isOk()) {
                        leadFailed(job, customerError);
                        return;
                    }
                    if (customer.id != 0) {
                        m_sync->confirm(QStringLiteral("customer:%1").arg(job->item),
                            QString::number(customer.id), nowMs());
                        job->customers = { customer };
                    }
                    leadSearchCustomers(job);
                });
        });
}

void SyncEngine::leadSearchCustomers(std::shared_ptr<LeadJob> job)
{
    const auto found = [this, job](const QList<RetailCrm::Customer> &customers, const ApiError &error) {
        if (m_dead)
            return;
        if (!error.isOk()) {
            leadFailed(job, error);
            return;
        }
        for (const auto &customer : customers) {
            const bool known = std::any_of(job->customers.cbegin(), job->customers.cend(),
                [&customer](const RetailCrm::Customer &c) { return c.id == customer.id; });
            if (!known)
                job->customers << customer;
        }
        leadLoadOrders(job);
    };
    if (job->contact.byPhone())
        m_retail->findCustomersByPhone(job->contact.phone, this, found);
    else
        m_retail->findCustomersByEmail(job->contact.email, this, found);
}

void SyncEngine::leadLoadOrders(std::shared_ptr<LeadJob> job)
{
    const auto customer = newestCustomer(job->customers);
    if (!customer) {
        leadDecide(job);
        return;
    }
    m_retail->customerOrders(
        customer->id, this, [this, job](const QList<RetailCrm::Order> &orders, const ApiError &error) {
            if (m_dead)
                return;
            if (!error.isOk()) {
                leadFailed(job, error);
                return;
            }
            job->orders = orders;
            leadDecide(job);
        });
}

void SyncEngine::leadDecide(std::shared_ptr<LeadJob> job)
{
    LeadRulesInput input;
    input.lead = job->row.lead;
    input.phoneRegion = m_config.phoneRegion;
    input.calltouchSiteId = m_config.calltouchSiteId;
    input.customers = job->customers;
    input.ordersOfNewestCustomer = job->orders;
    input.statusGroups = m_statusGroups;
    input.closedGroups = m_config.closedStatusGroups;
    job->decision = decideLead(input);
    job->customerId = job->decision.customerId;
    if (const auto customer = newestCustomer(job->customers))
        job->customerName = QString(customer->firstName + QLatin1Char(' ') + customer->lastName).trimmed();

    switch (job->decision.action) {
    case LeadAction::NoContact:
        leadSucceeded(job, QStringLiteral("no_contact"), actionName(LeadAction::NoContact),
            job->decision.reasonCode, 0, {}, {});
        return;
    case LeadAction::CreateCustomerAndOrder:
        leadCreateCustomer(job);
        return;
    case LeadAction::CreateOrder:
        leadCreateOrder(job);
        return;
    case LeadAction::UpdateOrder:
        leadUpdateOrder(job);
        return;
    case LeadAction::Skip:
        leadSucceeded(job, QStringLiteral("skipped"), actionName(LeadAction::Skip), job->decision.reasonCode,
            job->decision.orderId, job->decision.orderNumber, job->decision.orderSite);
        return;
    }
}

void SyncEngine::leadCreateCustomer(std::shared_ptr<LeadJob> job)
{
    const QString key = QStringLiteral("customer:%1").arg(job->item);
    RetailCrm::CustomerDraft draft;
    draft.site = m_config.shop.isEmpty() ? m_defaultShop : m_config.shop;
    draft.externalId = customerExternalId(job->row.lead.kind, job->row.lead.id);
    draft.firstName = job->decision.newCustomerName;
    draft.phone = job->contact.phone;
    draft.email = job->contact.email;
    m_sync->journal(QStringLiteral("create_customer"), job->item, key, draft.externalId, nowMs());
    if (crashAt(QStringLiteral("create-customer:before")))
        return;
    m_retail->createCustomer(draft, this, [this, job, key, draft](qint64 id, const ApiError &error) {
        if (m_dead || crashAt(QStringLiteral("create-customer:after")))
            return;
        if (!error.isOk()) {
            // A customer with this externalId may exist already (an earlier answer was lost): look first.
            if (error.kind == ApiError::Kind::Validation || error.kind == ApiError::Kind::OutcomeUnknown) {
                m_retail->findCustomerByExternalId(draft.externalId, this,
                    [this, job, key, error](const RetailCrm::Customer &found, const ApiError &lookError) {
                        if (m_dead)
                            return;
                        if (lookError.isOk() && found.id != 0) {
                            m_sync->confirm(key, QString::number(found.id), nowMs());
                            job->customerId = found.id;
                            job->customerName = job->decision.newCustomerName;
                            leadCreateOrder(job);
                            return;
                        }
                        leadFailed(job, error);
                    });
                return;
            }
            leadFailed(job, error);
            return;
        }
        m_sync->confirm(key, QString::number(id), nowMs());
        job->customerId = id;
        job->customerName = job->decision.newCustomerName;
        leadCreateOrder(job);
    });
}

void SyncEngine::leadCreateOrder(std::shared_ptr<LeadJob> job)
{
    const QString key = QStringLiteral("order:%1").arg(job->item);
    RetailCrm::OrderDraft draft;
    draft.customerId = job->customerId;
    draft.site = m_config.shop.isEmpty() ? m_defaultShop : m_config.shop;
    draft.externalId = orderExternalId(job->row.lead.kind, job->row.lead.id);
    draft.firstName = job->row.lead.name.isEmpty() ? job->customerName : job->row.lead.name;
    draft.phone = job->contact.phone;
    draft.email = job->contact.email;
    draft.customFields = job->decision.fields.customFields;
    draft.source = job->decision.fields.source;
    m_sync->journal(QStringLiteral("create_order"), job->item, key, draft.externalId, nowMs());
    if (crashAt(QStringLiteral("create-order:before")))
        return;
    m_retail->createOrder(
        draft, this, [this, job, key](const RetailCrm::Order &order, const ApiError &error) {
            if (m_dead || crashAt(QStringLiteral("create-order:after")))
                return;
            if (!error.isOk()) {
                if (error.kind == ApiError::Kind::Validation
                    || error.kind == ApiError::Kind::OutcomeUnknown) {
                    leadFindCreatedOrder(job, error);
                    return;
                }
                leadFailed(job, error);
                return;
            }
            m_sync->confirm(key, QString::number(order.id), nowMs());
            const LeadAction action = job->decision.action;
            leadSucceeded(job, QStringLiteral("done"), actionName(action), job->decision.reasonCode, order.id,
                order.number, order.site);
        });
}

void SyncEngine::leadFindCreatedOrder(std::shared_ptr<LeadJob> job, const ApiError &createError)
{
    // The create was refused (e.g. its externalId exists) or its answer was lost: is the order there?
    m_retail->findOrdersByExternalId(orderExternalId(job->row.lead.kind, job->row.lead.id), this,
        [this, job, createError](const QList<RetailCrm::Order> &orders, const ApiError &error) {
            if (m_dead)
                return;
            if (error.isOk() && !orders.isEmpty()) {
                const RetailCrm::Order &order = orders.first();
                m_sync->confirm(
                    QStringLiteral("order:%1").arg(job->item), QString::number(order.id), nowMs());
                leadSucceeded(job, QStringLiteral("done"), actionName(job->decision.action),
                    job->decision.reasonCode, order.id, order.number, order.site);
                return;
            }
            leadFailed(job, createError);
        });
}

void SyncEngine::leadUpdateOrder(std::shared_ptr<LeadJob> job)
{
    const QString key = QStringLiteral("edit:%1:%2").arg(job->item).arg(job->decision.orderId);
    m_sync->journal(
        QStringLiteral("edit_order"), job->item, key, QString::number(job->decision.orderId), nowMs());
    if (crashAt(QStringLiteral("edit-order:before")))
        return;
    m_retail->editOrder(job->decision.orderId, job->decision.orderSite, job->decision.fields.customFields,
        job->decision.fields.source, this, [this, job, key](const RetailCrm::Order &, const ApiError &error) {
            if (m_dead || crashAt(QStringLiteral("edit-order:after")))
                return;
            if (!error.isOk()) {
                leadFailed(job, error);
                return;
            }
            m_sync->confirm(key, QString::number(job->decision.orderId), nowMs());
            leadSucceeded(job, QStringLiteral("done"), actionName(LeadAction::UpdateOrder),
                job->decision.reasonCode, job->decision.orderId, job->decision.orderNumber,
                job->decision.orderSite);
        });
}

void SyncEngine::leadSucceeded(std::shared_ptr<LeadJob> job, const QString &state, const QString &action,
    const QString &reasonCode, qint64 orderId, const QString &orderNumber, const QString &site)
{
    const qint64 stamp = nowMs();
    const QString reason = Sync::reasonText(reasonCode);
    m_store->inTransaction([&] {
        m_sync->setLeadOutcome(
            job->row.id, state, action, reason, job->customerId, orderId, orderNumber, stamp);
        if (orderId > 0) {
            const QString orderAction = action == QLatin1String("updated-order") ? QStringLiteral("updated")
                : action == QLatin1String("skipped")                             ? QStringLiteral("skipped")
                : action == QLatin1String("already-applied")                     ? QStringLiteral("matched")
                                                                                 : QStringLiteral("created");
            m_sync->recordOrder(orderId, orderNumber, site, job->customerId, job->customerName, orderAction,
                reason, job->row.id, 0, stamp);
        }
        m_sync->resolveError(QStringLiteral("leads"), job->item);
        return true;
    });
    if (action == QLatin1String("created-customer-and-order") || action == QLatin1String("created-order"))
        ++m_summary.ordersCreated;
    else if (action == QLatin1String("updated-order"))
        ++m_summary.ordersUpdated;
    else if (state == QLatin1String("skipped"))
        ++m_summary.leadsSkipped;
    else if (state == QLatin1String("no_contact"))
        ++m_summary.leadsWithoutContact;

    LeadOutcome outcome;
    outcome.leadId = job->row.id;
    outcome.kind = Lead::kindName(job->row.lead.kind);
    outcome.remoteId = job->row.lead.id;
    outcome.state = state;
    outcome.action = action;
    outcome.reason = reason;
    outcome.orderId = orderId;
    outcome.orderNumber = orderNumber;
    emit leadProcessed(outcome);
    job->done();
}

void SyncEngine::leadFailed(std::shared_ptr<LeadJob> job, const ApiError &error)
{
    const int attempts = job->row.attempts + 1;
    const qint64 stamp = nowMs();
    const qint64 next = stamp + retryDelayMs(attempts, error);
    const QString message = error.fullMessage();
    m_store->inTransaction([&] {
        m_sync->setLeadFailed(job->row.id, message, attempts, next, stamp);
        m_sync->recordError(QStringLiteral("leads"), job->item, message, attempts, next, stamp);
        return true;
    });
    ++m_summary.leadsFailed;
    ++m_summary.newErrors;
    qCWarning(lcSync) << "lead" << job->item << "failed:" << message;
    emit errorRecorded(QStringLiteral("leads"), job->item, message);
    LeadOutcome outcome;
    outcome.leadId = job->row.id;
    outcome.kind = Lead::kindName(job->row.lead.kind);
    outcome.remoteId = job->row.lead.id;
    outcome.state = QStringLiteral("failed");
    outcome.action = QStringLiteral("failed");
    outcome.reason = message;
    emit leadProcessed(outcome);
    if (error.isCredentialProblem()) {
        m_summary.credentialsRejected = true;
        m_summary.fatalError = QStringLiteral("retailCRM: ") + error.userMessage();
        m_lastError = m_summary.fatalError;
        m_connected = false;
        emit credentialsRejected(QStringLiteral("retailCRM"), error.userMessage());
    }
    job->done();
}

// ---------------------------------------------------------------------------------------------------
// Deals

void SyncEngine::pollHistory()
{
    const qint64 sinceId = m_store->cursor(QStringLiteral("history.sinceId")).toLongLong();
    const QTimeZone zone(m_config.retailCrmTimeZone.toUtf8());
    const QDateTime start(sinceDate(), QTime(0, 0), zone.isValid() ? zone : QTimeZone::utc());
    m_retail->ordersHistory(sinceId, start.toUTC(), this,
        [this](const QList<RetailCrm::HistoryRecord> &records, const ApiError &error) {
            if (m_dead)
                return;
            if (!error.isOk()) {
                if (error.isCredentialProblem()) {
                    abortCycle(QStringLiteral("retailCRM"), error);
                    return;
                }
                m_sync->recordError(
                    QStringLiteral("deals"), QStringLiteral("history"), error.fullMessage(), 1, 0, nowMs());
                ++m_summary.newErrors;
                emit errorRecorded(QStringLiteral("deals"), QStringLiteral("history"), error.fullMessage());
                nextPhase();
                return;
            }
            m_sync->resolveError(QStringLiteral("deals"), QStringLiteral("history"));
            if (records.isEmpty()) {
                nextPhase();
                return;
            }
            const auto apply = [this, records] {
                applyHistory(records);
                if (records.size() >= 100)
                    pollHistory(); // more pages: move sinceId on
                else
                    nextPhase();
            };
            if (!m_usersLoaded)
                loadUsers(apply);
            else
                apply();
        });
}

void SyncEngine::loadUsers(std::function<void()> then)
{
    m_retail->users(this, [this, then](const QList<RetailCrm::User> &users, const ApiError &error) {
        if (m_dead)
            return;
        if (error.isOk()) {
            m_usersLoaded = true;
            for (const auto &user : users)
                m_userNames.insert(user.id, user.fullName());
        }
        then(); // without names, deals go without a manager until the next cycle
    });
}

void SyncEngine::applyHistory(const QList<RetailCrm::HistoryRecord> &records)
{
    const qint64 stamp = nowMs();
    const qint64 since = sinceMs();
    m_store->inTransaction([&] {
        qint64 lastId = 0;
        for (const auto &record : records) {
            lastId = qMax(lastId, record.id);
            const qint64 orderId = record.order.id;
            if (record.created) {
                if (record.order.createdAt.isValid() && record.order.createdAt.toMSecsSinceEpoch() < since)
                    continue;
                insertDealForOrder(record.order);
                continue;
            }
            if (!m_sync->deal(orderId))
                continue; // an order from before LeadBridge's time
            if (record.field == QLatin1String("status")) {
                const QString status = record.newValue.value(QStringLiteral("code")).toString();
                m_sync->updateDealFields(orderId, status, {}, {}, record.createdAt, stamp);
                emit dealChanged(orderId);
            } else if (record.field == QLatin1String("total_summ") || record.field == QLatin1String("summ")) {
                if (record.field == QLatin1String("total_summ")) {
                    m_sync->updateDealFields(orderId, {}, money(record.newValueText), {}, {}, stamp);
                    emit dealChanged(orderId);
                }
            } else if (record.field == QLatin1String("manager")) {
                const qint64 managerId = record.newValue.value(QStringLiteral("id")).toVariant().toLongLong();
                m_sync->updateDealFields(orderId, {}, {}, m_userNames.value(managerId), {}, stamp);
            }
            // Other fields (including LeadBridge's own custom-field writes, apiKey.current) change nothing
            // in the deal: no loop.
        }
        return m_store->setCursor(QStringLiteral("history.sinceId"), QString::number(lastId));
    });
}

void SyncEngine::insertDealForOrder(const RetailCrm::Order &order)
{
    if (m_sync->deal(order.id))
        return; // the binding is made once, at creation, never again
    DealRow row;
    row.orderId = order.id;
    row.orderNumber = order.number;
    row.site = order.site;
    row.status = order.status;
    row.revenue = money(order.totalSumm);
    row.manager = m_userNames.value(order.managerId);
    row.phone = Contacts::canonicalPhone(order.phone, m_config.phoneRegion);
    row.email = Contacts::canonicalEmail(order.email);
    row.orderCreatedAt = order.createdAt;
    row.statusChangedAt = order.statusUpdatedAt.isValid() ? order.statusUpdatedAt : order.createdAt;

    const qint64 created = order.createdAt.isValid() ? order.createdAt.toMSecsSinceEpoch() : nowMs();
    if (row.phone.isEmpty() && row.email.isEmpty()) {
        row.binding = QStringLiteral("no-contacts");
        row.bindingNote =
            tr("The order has neither a phone nor an e-mail: the deal cannot be bound to a lead.");
    } else if (const auto lead = m_sync->findLeadForDeal(row.phone, row.email, created - kYearMs, created)) {
        row.binding = QStringLiteral("%1:%2").arg(Lead::kindName(lead->lead.kind), lead->lead.id);
        row.bindingNote = lead->lead.kind == Lead::Kind::Call ? tr("Bound to call %1.").arg(lead->lead.id)
                                                              : tr("Bound to request %1.").arg(lead->lead.id);
    } else {
        // The local journal decides when it covers the whole 12 months before the order; otherwise
        // Calltouch matches (chats, older leads) with "Лид не найден" as the last resort.
        const QDate calls = QDate::fromString(m_store->cursor(QStringLiteral("index.call")), Qt::ISODate);
        const QDate requests =
            QDate::fromString(m_store->cursor(QStringLiteral("index.request")), Qt::ISODate);
        const QDateTime windowStart = QDateTime::fromMSecsSinceEpoch(created - kYearMs, Qt::UTC);
        const bool covered = calls.isValid() && requests.isValid() && calls <= windowStart.date()
            && requests <= windowStart.date() && !m_config.leadKinds.contains(QStringLiteral("chat"));
        if (covered) {
            row.binding = QStringLiteral("not-found");
            row.bindingNote =
                tr("No call or request with this phone or e-mail in the 12 months before the order: "
                   "source \"Лид не найден\".");
        } else {
            row.binding = QStringLiteral("chain");
            row.bindingNote =
                tr("Not found locally: Calltouch matches by phone and e-mail, else \"Лид не найден\".");
        }
    }
    if (m_sync->insertDeal(row, nowMs()))
        emit dealChanged(order.id);
}

Calltouch::Deal SyncEngine::dealPayload(const DealRow &row) const
{
    Calltouch::Deal deal;
    deal.orderNumber = QString::number(row.orderId);
    deal.orderName = row.orderNumber;
    deal.funnel = row.site;
    deal.status = row.status;
    deal.revenue = row.revenue;
    deal.manager = row.manager;
    deal.orderDate = row.orderCreatedAt;
    deal.statusDate = row.statusChangedAt.isValid() ? row.statusChangedAt : row.orderCreatedAt;
    if (row.binding.startsWith(QLatin1String("call:"))) {
        deal.binding = Calltouch::Deal::Binding::Call;
        deal.boundLeadId = row.binding.mid(5);
    } else if (row.binding.startsWith(QLatin1String("request:"))) {
        deal.binding = Calltouch::Deal::Binding::Request;
        deal.boundLeadId = row.binding.mid(8);
    } else if (row.binding == QLatin1String("chain")) {
        deal.binding = Calltouch::Deal::Binding::ContactChain;
        if (!row.phone.isEmpty())
            deal.phones << row.phone;
        if (!row.email.isEmpty())
            deal.emails << row.email;
    } else if (row.binding == QLatin1String("no-contacts")) {
        deal.binding = Calltouch::Deal::Binding::NoContacts;
    } else {
        deal.binding = Calltouch::Deal::Binding::NotFound;
    }
    return deal;
}

void SyncEngine::resolveUnknownDeals()
{
    const QList<DealRow> unknown = m_sync->dealsInState(QStringLiteral("unknown"), 1000);
    if (unknown.isEmpty()) {
        nextPhase();
        return;
    }
    // Before a create is sent again, look whether the deal reached Calltouch.
    QDate from = unknown.first().orderCreatedAt.date();
    QDate to = from;
    for (const auto &row : unknown) {
        from = qMin(from, row.orderCreatedAt.date());
        to = qMax(to, row.orderCreatedAt.date());
    }
    m_calltouch->dealsJournal(from.addDays(-1), to.addDays(1), this,
        [this, unknown](const QStringList &numbers, const ApiError &error) {
            if (m_dead)
                return;
            if (!error.isOk()) {
                // Still unknown; try again next cycle. Nothing is re-sent meanwhile.
                m_sync->recordError(
                    QStringLiteral("deals"), QStringLiteral("journal"), error.fullMessage(), 1, 0, nowMs());
                nextPhase();
                return;
            }
            const QSet<QString> present(numbers.cbegin(), numbers.cend());
            const qint64 stamp = nowMs();
            m_store->inTransaction([&] {
                for (const auto &row : unknown) {
                    if (present.contains(QString::number(row.orderId))) {
                        // It is there: the next update brings status and revenue.
                        m_sync->setDealState(row.orderId, QStringLiteral("created"), {}, {}, stamp);
                    } else {
                        m_sync->setDealState(row.orderId, QStringLiteral("pending"), {}, {}, stamp);
                    }
                }
                return true;
            });
            nextPhase();
        });
}

void SyncEngine::pushDealCreates()
{
    const qint64 stamp = nowMs();
    const QList<DealRow> rows = m_sync->dealsToCreate(stamp, kDealBatch);
    if (rows.isEmpty() || m_stopping) {
        nextPhase();
        return;
    }
    QList<Calltouch::Deal> deals;
    m_store->inTransaction([&] {
        for (const auto &row : rows) {
            // The journal: "sending" survives a crash as "unknown", which is looked up before a re-send.
            m_sync->setDealState(row.orderId, QStringLiteral("sending"), {}, {}, stamp);
            deals << dealPayload(row);
        }
        return true;
    });
    if (crashAt(QStringLiteral("create-deals:before")))
        return;
    m_calltouch->createDeals(
        deals, this, [this, rows](const QList<Calltouch::DealResult> &results, const ApiError &error) {
            if (m_dead || crashAt(QStringLiteral("create-deals:after")))
                return;
            const qint64 now = nowMs();
            if (!error.isOk()) {
                m_store->inTransaction([&] {
                    for (const auto &row : rows) {
                        if (error.kind == ApiError::Kind::OutcomeUnknown) {
                            m_sync->setDealState(
                                row.orderId, QStringLiteral("unknown"), error.fullMessage(), {}, now);
                        } else {
                            m_sync->setDealFailed(row.orderId, error.fullMessage(),
                                now + retryDelayMs(row.attempts + 1, error), now);
                            m_sync->recordError(QStringLiteral("deals"),
                                QStringLiteral("deal:%1").arg(row.orderId), error.fullMessage(),
                                row.attempts + 1, now + retryDelayMs(row.attempts + 1, error), now);
                        }
                    }
                    return true;
                });
                m_summary.dealsFailed += int(rows.size());
                ++m_summary.newErrors;
                emit errorRecorded(QStringLiteral("deals"), QStringLiteral("batch"), error.fullMessage());
                if (error.isCredentialProblem()) {
                    abortCycle(QStringLiteral("Calltouch"), error);
                    return;
                }
                nextPhase(); // Calltouch is down: the backlog waits, in order, for the next cycle
                return;
            }
            QHash<QString, Calltouch::DealResult> byNumber;
            for (const auto &result : results)
                byNumber.insert(result.orderNumber, result);
            m_store->inTransaction([&] {
                for (const auto &row : rows) {
                    const QString number = QString::number(row.orderId);
                    const auto it = byNumber.constFind(number);
                    if (it == byNumber.constEnd()) {
                        m_sync->setDealState(row.orderId, QStringLiteral("unknown"), {}, {}, now);
                        continue;
                    }
                    if (it->error.isEmpty()) {
                        m_sync->setDealState(
                            row.orderId, QStringLiteral("created"), {}, it->calltouchOrderId, now);
                        m_sync->setDealPushed(row.orderId, row.status, row.revenue, now);
                        m_sync->resolveError(
                            QStringLiteral("deals"), QStringLiteral("deal:%1").arg(row.orderId));
                        ++m_summary.dealsCreated;
                    } else if (it->problem == Calltouch::DealResult::Problem::AlreadyExists) {
                        // Already in Calltouch (an earlier answer was lost): update it instead.
                        m_sync->setDealState(row.orderId, QStringLiteral("created"), {}, {}, now);
                    } else {
                        const qint64 next = now + retryDelayMs(row.attempts + 1, ApiError {});
                        m_sync->setDealFailed(row.orderId, it->error, next, now);
                        m_sync->recordError(QStringLiteral("deals"),
                            QStringLiteral("deal:%1").arg(row.orderId), it->error, row.attempts + 1, next,
                            now);
                        ++m_summary.dealsFailed;
                        ++m_summary.newErrors;
                    }
                    emit dealChanged(row.orderId);
                }
                return true;
            });
            pushDealCreates(); // the next batch
        });
}

void SyncEngine::pushDealUpdates()
{
    const qint64 stamp = nowMs();
    const QList<DealRow> rows = m_sync->dealsToUpdate(stamp, kDealBatch);
    if (rows.isEmpty() || m_stopping) {
        nextPhase();
        return;
    }
    QList<Calltouch::Deal> deals;
    for (const auto &row : rows)
        deals << dealPayload(row);
    m_calltouch->updateDeals(
        deals, this, [this, rows](const QList<Calltouch::DealResult> &results, const ApiError &error) {
            if (m_dead)
                return;
            const qint64 now = nowMs();
            if (!error.isOk()) {
                // Updates are idempotent: an unknown outcome is simply sent again next cycle.
                m_store->inTransaction([&] {
                    for (const auto &row : rows) {
                        const qint64 next = now + retryDelayMs(row.attempts + 1, error);
                        m_sync->setDealFailed(row.orderId, error.fullMessage(), next, now);
                    }
                    return true;
                });
                m_summary.dealsFailed += int(rows.size());
                ++m_summary.newErrors;
                emit errorRecorded(QStringLiteral("deals"), QStringLiteral("batch"), error.fullMessage());
                if (error.isCredentialProblem()) {
                    abortCycle(QStringLiteral("Calltouch"), error);
                    return;
                }
                nextPhase();
                return;
            }
            QHash<QString, Calltouch::DealResult> byNumber;
            for (const auto &result : results)
                byNumber.insert(result.orderNumber, result);
            m_store->inTransaction([&] {
                for (const auto &row : rows) {
                    const auto it = byNumber.constFind(QString::number(row.orderId));
                    if (it != byNumber.constEnd() && it->error.isEmpty()) {
                        m_sync->setDealPushed(row.orderId, row.status, row.revenue, now);
                        m_sync->resolveError(
                            QStringLiteral("deals"), QStringLiteral("deal:%1").arg(row.orderId));
                        ++m_summary.dealsUpdated;
                    } else {
                        const QString message =
                            it != byNumber.constEnd() ? it->error : tr("No answer for this deal.");
                        const qint64 next = now + retryDelayMs(row.attempts + 1, ApiError {});
                        if (it != byNumber.constEnd()
                            && it->problem == Calltouch::DealResult::Problem::NotFound) {
                            // Calltouch does not know it: create it (safe: it is not there).
                            m_sync->setDealState(row.orderId, QStringLiteral("pending"), message, {}, now);
                        } else {
                            m_sync->setDealFailed(row.orderId, message, next, now);
                            m_sync->recordError(QStringLiteral("deals"),
                                QStringLiteral("deal:%1").arg(row.orderId), message, row.attempts + 1, next,
                                now);
                            ++m_summary.dealsFailed;
                        }
                    }
                    emit dealChanged(row.orderId);
                }
                return true;
            });
            pushDealUpdates();
        });
}

} // namespace LeadBridge
