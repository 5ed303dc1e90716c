// SyncEngine, what comes from outside the cycle: the chat webhook receiver and the leads it delivers,
// and the admin's resend and retry.
#include <QTimer>

#include "store/syncstore.h"
#include "sync/leadintake.h"
#include "sync/synccontext.h"
#include "syncengine.h"
#include "util/checkednumbers.h"
#include "util/logging.h"
#include "webhookreceiver.h"

namespace LeadBridge {

using Calltouch::Lead;

void SyncEngine::applyWebhook()
{
    const SyncConfig &config = m_ctx->config;
    if (m_webhook && config.webhookListen == m_webhookListen && config.webhookSecret == m_webhookSecret)
        return;
    delete m_webhook;
    m_webhook = nullptr;
    m_webhookListen = config.webhookListen;
    m_webhookSecret = config.webhookSecret;
    if (config.webhookListen.isEmpty())
        return;
    m_webhook = new WebhookReceiver(this);
    m_webhook->setClock([this] { return m_ctx->now(); });
    m_webhook->setTimeZone([this] { return m_ctx->calltouchZone(); });
    m_webhook->setSink([this](const Lead &lead) { return storeLead(lead); });
    connect(m_webhook, &WebhookReceiver::leadReceived, this,
        [this] { emit webhookDelivered(QDateTime::currentDateTimeUtc()); });
    QString listenError;
    const quint16 port = m_webhook->listen(config.webhookListen, config.webhookSecret, &listenError);
    if (port == 0) {
        // The store keeps the code and the address; the precise reason is shown live (webhookFailed).
        const Problem problem = Problem::make(
            Db::ErrorCode::WebhookListenFailed, { { QStringLiteral("address"), config.webhookListen } });
        if (!m_ctx->stored(m_sync->recordError(
                Db::ErrorDirection::Setup, QStringLiteral("webhook"), problem, 1, 0, m_ctx->nowMs())))
            m_ctx->storeBroken = false; // reported; the next cycle tries again
        emit errorRecorded(Db::ErrorDirection::Setup, QStringLiteral("webhook"), listenError);
        emit webhookFailed(listenError);
        qCWarning(lcSync).noquote() << listenError;
    } else {
        qCInfo(lcSync) << "receiving webhooks on port" << port;
        emit webhookListening(port);
    }
}

void SyncEngine::resendLead(qint64 leadId)
{
    if (!m_sync || !m_sync->lead(leadId))
        return;
    // Resend means: through the rules again now. A lead that is in its order is re-checked against the
    // CRM: found there, it keeps its result and gets an attempt "already in order N (by this lead)";
    // nothing is written twice (LeadJob::keepResult).
    if (!m_ctx->stored(m_sync->requeueLead(leadId, m_ctx->nowMs()))) {
        m_ctx->storeBroken = false; // reported; the next cycle tries again
        return;
    }
    syncNow();
}

void SyncEngine::retryDeal(qint64 orderId)
{
    if (!m_sync)
        return;
    if (!m_ctx->stored(m_sync->makeDealDue(orderId))) {
        m_ctx->storeBroken = false; // reported; the next cycle tries again
        return;
    }
    syncNow();
}

void SyncEngine::ingestLead(const Lead &lead)
{
    storeLead(lead);
}

bool SyncEngine::storeLead(const Lead &lead)
{
    if (!m_sync || m_ctx->dead)
        return false;
    const SyncConfig &config = m_ctx->config;
    if (!config.leadKinds.contains(Lead::kindName(lead.kind)))
        return true; // a kind the shop does not sync: accepted and forgotten
    const LeadIntake::Outcome outcome = LeadIntake(*m_ctx).take(lead);
    if (outcome == LeadIntake::Outcome::StoreFailed) {
        // Not lost: the journal poll reads it again (a webhook delivery is answered 503 and repeated).
        // The failure is shown once.
        if (!m_inCycle)
            m_ctx->storeBroken = false;
        return false;
    }
    if (outcome != LeadIntake::Outcome::Waiting)
        return true; // known, before "since", or rejected with its reason (an impossible date)
    qCInfo(lcSync) << "lead received by webhook:" << Lead::kindName(lead.kind) << lead.id;
    // It is processed once it is old enough; make sure a cycle comes then.
    if (m_running && !m_inCycle && m_timer) {
        const qint64 ripeAt = Checked::saturatingAdd(
            lead.occurredAt.toMSecsSinceEpoch(), qint64(config.leadDelaySeconds) * 1000);
        const qint64 due = Checked::saturatingAdd(ripeAt, -m_ctx->nowMs());
        const int wait = int(
            qBound<qint64>(0, Checked::saturatingAdd(due, 500), qint64(config.syncIntervalSeconds) * 1000));
        if (!m_timer->isActive() || m_timer->remainingTime() > wait)
            m_timer->start(wait);
    }
    return true;
}

} // namespace LeadBridge
