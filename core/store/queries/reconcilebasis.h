#pragma once

#include <QtGlobal>

namespace LeadBridge {

class Store;

/// What this computer already knows about a reconciliation's period, read before its first request so
/// that it can say how many it will take (Reconciler::estimate): the leads stored for the period by
/// kind, those of them not in an order of their own (each is looked up in the CRM), and the orders seen
/// from the period's start on.
struct ReconcileBasis
{
    int calls = 0;
    int requests = 0;
    int leadsOutsideOrders = 0; ///< with a contact, but not created / updated into an order of their own
    int orders = 0;

    /// Reads it for the leads of [@p fromMs, @p toMs) and the orders created from @p ordersFromMs on
    /// (UTC ms). Zeros when the store cannot be read (the estimate is then the least it takes).
    [[nodiscard]] static ReconcileBasis read(Store &store, qint64 fromMs, qint64 toMs, qint64 ordersFromMs);
};

} // namespace LeadBridge
