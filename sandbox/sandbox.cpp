#include "sandbox.h"

#include <QCoreApplication>
#include <QDateTime>

#include "calltouchsim.h"
#include "retailcrmsim.h"
#include "sandboxlive.h"

namespace LeadBridge {

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
    , m_retail(new RetailCrm::Simulator(this))
    , m_calltouch(new Calltouch::Simulator(this))
{}

Sandbox::~Sandbox() = default;

bool Sandbox::start(QString *error)
{
    if (m_retail->start() == 0 || m_calltouch->start() == 0) {
        *error = QCoreApplication::translate(
            "LeadBridge::Sandbox", "Cannot start the simulated services on 127.0.0.1.");
        return false;
    }
    m_retail->seedSample();
    m_calltouch->seedSample(QDateTime::currentDateTimeUtc());
    return true;
}

void Sandbox::setLive(bool on, int leadPeriodMs, int crmPeriodMs)
{
    if (!on) {
        if (m_live)
            m_live->stop();
        return;
    }
    if (!m_live)
        m_live = new SandboxLive(m_retail, m_calltouch, this);
    m_live->setPeriods(leadPeriodMs, crmPeriodMs);
    m_live->start();
}

SyncConfig Sandbox::config() const
{
    SyncConfig config;
    config.retailCrmUrl = m_retail->url();
    config.retailCrmApiKey = RetailCrm::Simulator::sandboxApiKey();
    config.calltouchApiUrl = m_calltouch->url();
    config.calltouchSiteId = m_calltouch->siteId();
    config.calltouchToken = m_calltouch->token();
    config.since = QDate::currentDate().addDays(-7);
    config.leadDelaySeconds = 60;
    config.syncIntervalSeconds = 30;
    return config;
}

} // namespace LeadBridge
