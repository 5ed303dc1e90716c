#pragma once

#include <memory>

#include <QtGlobal>

class QNetworkAccessManager;

namespace LeadBridge {

class ApiTransport;
class RateLimiter;
struct SyncConfig;
namespace RetailCrm {
    class Client;
}
namespace Calltouch {
    class Client;
}

/// A retailCRM and a Calltouch client that can only read: their transports refuse every write before it
/// is sent, and are made so before the clients exist. Used by the dry run and the reconciliation, which
/// must never change either service. The engine's rates apply (its own limiters, not the running
/// engine's). Members go in reverse order: calls in flight hold replies of the access manager.
class ReadOnlyClients
{
public:
    explicit ReadOnlyClients(const SyncConfig &config);
    ~ReadOnlyClients();
    Q_DISABLE_COPY_MOVE(ReadOnlyClients)

    [[nodiscard]] RetailCrm::Client *retail() const { return m_retail.get(); }
    [[nodiscard]] Calltouch::Client *calltouch() const { return m_calltouch.get(); }
    void setRateLimitsEnabled(bool enabled);
    /// Requests sent by both clients so far.
    [[nodiscard]] qint64 requestsSent() const;
    /// Writes refused before sending (zero unless a bug tried one).
    [[nodiscard]] qint64 writesRefused() const;

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<RateLimiter> m_retailLimiter;
    std::unique_ptr<RateLimiter> m_calltouchLimiter;
    std::unique_ptr<ApiTransport> m_retailTransport;
    std::unique_ptr<ApiTransport> m_calltouchTransport;
    std::unique_ptr<RetailCrm::Client> m_retail;
    std::unique_ptr<Calltouch::Client> m_calltouch;
};

} // namespace LeadBridge
