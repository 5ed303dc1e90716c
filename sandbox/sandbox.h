#pragma once

#include <QObject>

#include "sync/syncconfig.h"

namespace LeadBridge {

class SandboxLive;

namespace RetailCrm {
    class Simulator;
}
namespace Calltouch {
    class Simulator;
}

/// `leadbridge --sandbox`: simulated retailCRM and Calltouch services on 127.0.0.1 with sample data,
/// and the configuration that points the whole product at them.
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)
public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    /// Starts both services and seeds them; false (with @p error) when a port cannot be opened.
    bool start(QString *error);
    /// The settings and secrets of the sandbox account (leads of the last 7 days are synced).
    [[nodiscard]] SyncConfig config() const;
    [[nodiscard]] RetailCrm::Simulator *retailCrm() const { return m_retail; }
    [[nodiscard]] Calltouch::Simulator *calltouch() const { return m_calltouch; }
    /// Live mode (the desktop `--sandbox` only): new leads every @p leadPeriodMs and CRM changes every
    /// @p crmPeriodMs from now on. Off unless asked: `--sandbox --once` and the tests stay still.
    void setLive(bool on, int leadPeriodMs = 20000, int crmPeriodMs = 30000);
    /// Null until setLive(true).
    [[nodiscard]] SandboxLive *live() const { return m_live; }

private:
    RetailCrm::Simulator *m_retail;
    Calltouch::Simulator *m_calltouch;
    SandboxLive *m_live = nullptr;
};

} // namespace LeadBridge
