#pragma once

#include "calltouch/calltouchtypes.h"
#include "sync/syncphase.h"

namespace LeadBridge {

/// Reads one of Calltouch's journals (calls or requests) since its cursor into the leads table. Deals
/// need the journals too (the binding index), even for kinds that are not sent as orders.
class LeadPollPhase final : public SyncPhase
{
    Q_OBJECT
public:
    LeadPollPhase(SyncContext &context, Calltouch::Lead::Kind kind, QObject *parent = nullptr);
    [[nodiscard]] bool isEnabled() const override;
    void start() override;

private:
    /// Stores the leads read (in the caller's transaction); false when a write failed. Leads without an id
    /// are counted in @p withoutId, not stored.
    [[nodiscard]] bool store(const QList<Calltouch::Lead> &leads, int *fetched, int *withoutId);

    Calltouch::Lead::Kind m_kind;
};

} // namespace LeadBridge
