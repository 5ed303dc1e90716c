#pragma once

#include "sync/syncphase.h"

namespace LeadBridge {

/// Loads retailCRM's reference data the rules need (the account's time zone, status groups, the default
/// shop); kept for ten minutes.
class ReferencePhase final : public SyncPhase
{
    Q_OBJECT
public:
    using SyncPhase::SyncPhase;
    void start() override;

private:
    void loadStatuses();
    void loadSites();
};

} // namespace LeadBridge
