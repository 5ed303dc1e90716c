#pragma once

#include "sync/syncphase.h"

namespace LeadBridge {

/// Deals whose create was in flight when an answer was lost (or the previous run ended) are Unknown:
/// before anything is sent again, Calltouch's deal journal says whether they arrived.
class UnknownDealsPhase final : public SyncPhase
{
    Q_OBJECT
public:
    using SyncPhase::SyncPhase;
    [[nodiscard]] bool isEnabled() const override;
    void start() override;
};

} // namespace LeadBridge
