#pragma once

#include "calltouch/calltouchtypes.h"
#include "store/syncstore.h"
#include "sync/syncphase.h"

namespace LeadBridge {

/// Sends deals to Calltouch in batches: new deals (Create) or changed status and revenue (Update). Both
/// share one result handler; they differ in what a lost answer or a per-deal problem means:
/// - a create is journalled as Sending first (a crash leaves it Unknown, looked up before a re-send);
///   a lost answer makes the batch Unknown; "already exists" means Calltouch has it;
/// - an update is idempotent: a lost answer is simply sent again; "not found" means it must be created.
class DealPushPhase final : public SyncPhase
{
    Q_OBJECT
public:
    enum class Mode { Create, Update };
    DealPushPhase(SyncContext &context, Mode mode, QObject *parent = nullptr);
    [[nodiscard]] bool isEnabled() const override;
    void start() override;

private:
    void handleResults(
        const QList<DealRow> &rows, const QList<Calltouch::DealResult> &results, const ApiError &error);
    void handleBatchError(const QList<DealRow> &rows, const ApiError &error);
    /// One deal's result (nullptr: Calltouch's answer did not mention it).
    /// false when a store write failed (the caller rolls back and stops).
    [[nodiscard]] bool handleResult(const DealRow &row, const Calltouch::DealResult *result, qint64 now);
    [[nodiscard]] bool failDeal(const DealRow &row, const Problem &problem, qint64 now);
    [[nodiscard]] static Calltouch::Deal payload(const DealRow &row);
    /// Marks a deal whose order has no valid creation date as failed, with the reason; it is not sent.
    /// False when the store failed (reported; the cycle stops).
    [[nodiscard]] bool refuseWithoutDate(const DealRow &row, qint64 now);

    Mode m_mode;
};

} // namespace LeadBridge
