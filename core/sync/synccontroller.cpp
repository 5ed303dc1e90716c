#include "synccontroller.h"

#include "syncengine.h"

namespace LeadBridge {

SyncController::SyncController(const SyncConfig &config, const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    auto *engine = new SyncEngine(config, databasePath); // no parent: it lives in m_thread
    engine->moveToThread(&m_thread);
    m_engine = engine;
    connect(&m_thread, &QThread::finished, engine, &QObject::deleteLater);
    connect(engine, &SyncEngine::initialized, this, &SyncController::initialized);
    connect(engine, &SyncEngine::cycleStarted, this, &SyncController::cycleStarted);
    connect(engine, &SyncEngine::cycleFinished, this, &SyncController::cycleFinished);
    connect(engine, &SyncEngine::progress, this, &SyncController::progress);
    connect(engine, &SyncEngine::leadProcessed, this, &SyncController::leadProcessed);
    connect(engine, &SyncEngine::dealChanged, this, &SyncController::dealChanged);
    connect(engine, &SyncEngine::errorRecorded, this, &SyncController::errorRecorded);
    connect(engine, &SyncEngine::credentialsRejected, this, &SyncController::credentialsRejected);
    connect(engine, &SyncEngine::storeFailed, this, &SyncController::storeFailed);
    connect(engine, &SyncEngine::statusChanged, this, &SyncController::statusChanged);
    connect(engine, &SyncEngine::stopped, this, &SyncController::stopped);
    connect(engine, &SyncEngine::webhookListening, this, &SyncController::webhookListening);
    connect(engine, &SyncEngine::webhookFailed, this, &SyncController::webhookFailed);
    connect(engine, &SyncEngine::webhookDelivered, this, &SyncController::webhookDelivered);
    connect(engine, &SyncEngine::reconcileStarted, this, &SyncController::reconcileStarted);
    connect(engine, &SyncEngine::reconcileEstimated, this, &SyncController::reconcileEstimated);
    connect(engine, &SyncEngine::reconcilePlanned, this, &SyncController::reconcilePlanned);
    connect(engine, &SyncEngine::reconcileProgress, this, &SyncController::reconcileProgress);
    connect(engine, &SyncEngine::reconcileFinished, this, &SyncController::reconcileFinished);
    connect(engine, &SyncEngine::reconcileCancelled, this, &SyncController::reconcileCancelled);
    connect(engine, &SyncEngine::reconcileFixed, this, &SyncController::reconcileFixed);
    m_thread.setObjectName(QStringLiteral("LeadBridgeSync"));
}

SyncController::~SyncController()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    } else if (m_engine) {
        delete m_engine; // never started: still ours to delete
    }
}

void SyncController::start()
{
    if (m_started || !m_engine)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::initialize, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
}

void SyncController::stop()
{
    if (m_engine && m_started)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::QueuedConnection);
    else
        emit stopped();
}

void SyncController::setPaused(bool paused)
{
    m_paused = paused;
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, paused] { engine->setPaused(paused); }, Qt::QueuedConnection);
}

void SyncController::syncNow()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
}

void SyncController::resendLead(qint64 leadId)
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, leadId] { engine->resendLead(leadId); }, Qt::QueuedConnection);
}

void SyncController::retryDeal(qint64 orderId)
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, orderId] { engine->retryDeal(orderId); }, Qt::QueuedConnection);
}

void SyncController::reconfigure(const SyncConfig &config)
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, config] { engine->reconfigure(config); }, Qt::QueuedConnection);
}

void SyncController::ingestLead(const Calltouch::Lead &lead)
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, lead] { engine->ingestLead(lead); }, Qt::QueuedConnection);
}

void SyncController::reconcile(const QDate &from, const QDate &to)
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, from, to] { engine->reconcile(from, to); }, Qt::QueuedConnection);
}

void SyncController::cancelReconcile()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::cancelReconcile, Qt::QueuedConnection);
}

void SyncController::fixReconcileLine(qint64 lineId)
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, lineId] { engine->fixReconcileLine(lineId); },
            Qt::QueuedConnection);
}

} // namespace LeadBridge
