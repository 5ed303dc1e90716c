#include "readonlyclients.h"

#include <QNetworkAccessManager>

#include "calltouch/calltouchclient.h"
#include "net/apitransport.h"
#include "net/ratelimiter.h"
#include "retailcrm/retailcrmclient.h"
#include "sync/syncconfig.h"
#include "util/logging.h"

namespace LeadBridge {

ReadOnlyClients::ReadOnlyClients(const SyncConfig &config)
    : m_nam(std::make_unique<QNetworkAccessManager>())
    , m_retailLimiter(std::make_unique<RateLimiter>(config.retailCrmRatePerSecond))
    , m_calltouchLimiter(std::make_unique<RateLimiter>(config.calltouchRatePerSecond))
    , m_retailTransport(std::make_unique<ApiTransport>(m_nam.get(), m_retailLimiter.get()))
    , m_calltouchTransport(std::make_unique<ApiTransport>(m_nam.get(), m_calltouchLimiter.get()))
{
    m_nam->setAutoDeleteReplies(false);
    // Read-only before the clients exist: no request through them can be a write.
    m_retailTransport->makeReadOnly();
    m_calltouchTransport->makeReadOnly();
    m_retail = std::make_unique<RetailCrm::Client>(m_retailTransport.get(), config.retailCrmUrl,
        config.retailCrmApiKey, config.retailCrmTimeZone, config.phoneRegion);
    m_calltouch = std::make_unique<Calltouch::Client>(m_calltouchTransport.get(), config.calltouchApiUrl,
        config.calltouchSiteId, config.calltouchToken, config.calltouchTimeZone);
    registerSecret(config.retailCrmApiKey);
    registerSecret(config.calltouchToken);
}

ReadOnlyClients::~ReadOnlyClients() = default;

void ReadOnlyClients::setRateLimitsEnabled(bool enabled)
{
    m_retailLimiter->setUnlimited(!enabled);
    m_calltouchLimiter->setUnlimited(!enabled);
}

qint64 ReadOnlyClients::requestsSent() const
{
    return m_retailTransport->requestsSent() + m_calltouchTransport->requestsSent();
}

qint64 ReadOnlyClients::writesRefused() const
{
    return m_retailTransport->writesRefused() + m_calltouchTransport->writesRefused();
}

} // namespace LeadBridge
