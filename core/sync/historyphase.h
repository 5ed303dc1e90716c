#pragma once

#include <functional>

#include "retailcrm/retailcrmtypes.h"
#include "sync/syncphase.h"

namespace LeadBridge {

/// Reads retailCRM's order history since its cursor into the deals table: a new order becomes a deal
/// (bound once, see core/rules/dealbinding.h); status, revenue and manager changes update it.
class HistoryPhase final : public SyncPhase
{
    Q_OBJECT
public:
    using SyncPhase::SyncPhase;
    [[nodiscard]] bool isEnabled() const override;
    void start() override;

private:
    void loadUsers(std::function<void()> then);
    void apply(const QList<RetailCrm::HistoryRecord> &records);
    void insertDeal(const RetailCrm::Order &order);
};

} // namespace LeadBridge
