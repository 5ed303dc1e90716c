#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "calltouch/calltouchtypes.h"
#include "problem.h"
#include "states.h"
#include "store.h"

namespace LeadBridge {

/// A lead as the store keeps it, with its outcome.
struct LeadRow
{
    qint64 id = 0;
    Calltouch::Lead lead;
    QString phone; ///< canonical
    QString email; ///< canonical
    Db::LeadState state = Db::LeadState::Waiting;
    Db::LeadAction action = Db::LeadAction::None;
    Db::LeadReason reason = Db::LeadReason::None;
    Problem failure; ///< why a failed lead failed (code, parameters, technical detail)
    qint64 customerId = 0;
    qint64 orderId = 0;
    QString orderNumber;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
};

struct OutboxEntry
{
    qint64 id = 0;
    Db::OutboxOp op = Db::OutboxOp::CreateOrder;
    QString item;
    QString key;
    QString payload;
    Db::OutboxState state = Db::OutboxState::Pending;
    QString result;
};

/// A deal as the store keeps it (one per retailCRM order).
struct DealRow
{
    qint64 orderId = 0;
    QString orderNumber;
    QString site;
    QString status;
    QString revenue;
    QString manager;
    QString phone;
    QString email;
    QDateTime orderCreatedAt;
    QDateTime statusChangedAt;
    Db::BindingKind bindingKind = Db::BindingKind::None;
    QString bindingLeadId; ///< the lead's Calltouch id for Call and Request
    QString calltouchDealId;
    Db::DealState state = Db::DealState::Pending;
    QString pushedStatus;
    QString pushedRevenue;
    int attempts = 0;
};

/// The engine's view of the local store: leads, outcomes, the outbox journal, orders touched, deals, errors.
/// Times are UTC milliseconds.
class SyncStore
{
public:
    explicit SyncStore(Store &store);

    [[nodiscard]] Store &store() { return m_store; }

    // Leads
    // Every writer returns a StoreResult (it cannot be ignored): a failed write must stop what depends on
    // it. Readers return empty on a failed read and leave the error in store().lastError().

    /// Inserts a lead once per (kind, id); a known lead keeps its state. changed when new.
    StoreResult upsertLead(const Calltouch::Lead &lead, const QString &phone, const QString &email,
        Db::LeadState initialState, qint64 now);
    [[nodiscard]] QList<LeadRow> dueLeads(
        qint64 now, qint64 occurredBefore, qint64 occurredFrom, const QStringList &kinds, int limit);
    [[nodiscard]] int backlog(qint64 occurredFrom, const QStringList &kinds);
    [[nodiscard]] std::optional<LeadRow> lead(qint64 id);
    [[nodiscard]] std::optional<LeadRow> leadByRemote(const QString &kind, const QString &remoteId);
    StoreResult setLeadOutcome(qint64 id, Db::LeadState state, Db::LeadAction action, Db::LeadReason reason,
        qint64 customerId, qint64 orderId, const QString &orderNumber, qint64 now);
    /// A failed attempt: reason Error, the problem's code, parameters and detail.
    StoreResult setLeadFailed(
        qint64 id, const Problem &problem, int attempts, qint64 nextAttemptAt, qint64 now);
    /// Puts a lead back in the queue, due now (manual resend).
    StoreResult requeueLead(qint64 id, qint64 now);
    /// The newest call (by phone) or request (by phone or e-mail) in [from, until], SPEC §3 order.
    [[nodiscard]] std::optional<LeadRow> findLeadForDeal(
        const QStringList &phones, const QStringList &emails, qint64 from, qint64 until);

    // Outbox journal: written before a remote write, confirmed after.
    /// Journals a write once per idempotency key; a repeated key keeps the first entry (a confirmed one
    /// stays confirmed, another goes back to pending). changed when the key was new. A remote write is
    /// sent only after this succeeded (the commit is durable).
    StoreResult journal(
        Db::OutboxOp op, const QString &item, const QString &key, const QString &payload, qint64 now);
    StoreResult confirm(const QString &key, const QString &result, qint64 now);
    /// True when any write of @p item was journalled, confirmed or not (its outcome may not have been
    /// recorded: the confirm and the outcome are separate commits); @p ok is false when unreadable.
    [[nodiscard]] bool hasJournal(const QString &item, bool *ok);
    /// Marks the entries of @p item that are still pending as failed ("not applied"): called when its
    /// lead is settled, after the recovery looked for each of those writes in the CRM and found none.
    StoreResult settlePending(const QString &item, qint64 now);
    /// The unconfirmed writes of @p item; @p ok is false when they could not be read.
    [[nodiscard]] QList<OutboxEntry> pendingFor(const QString &item, bool *ok = nullptr);

    // Orders touched (direction 1)
    StoreResult recordOrder(qint64 orderId, const QString &number, const QString &site, qint64 customerId,
        const QString &customerName, Db::OrderAction action, Db::LeadReason reason, qint64 leadId,
        qint64 createdAt, qint64 now);

    // Errors
    /// Records (or renews) the open error of an item: its code, parameters and technical detail.
    StoreResult recordError(Db::ErrorDirection direction, const QString &item, const Problem &problem,
        int attempts, qint64 nextRetryAt, qint64 now);
    StoreResult resolveError(Db::ErrorDirection direction, const QString &item);
    [[nodiscard]] int openErrorCount();

    // Deals (direction 2)
    [[nodiscard]] std::optional<DealRow> deal(qint64 orderId);
    /// Inserts a deal the first time an order is seen (binding fixed then); later calls keep the binding.
    StoreResult insertDeal(const DealRow &row, qint64 now);
    StoreResult updateDealFields(qint64 orderId, const QString &status, const QString &revenue,
        const QString &manager, const QDateTime &statusChangedAt, qint64 now);
    /// Binds a deal inserted unbound (Db::BindingKind::None); a bound deal keeps its binding.
    StoreResult bindDeal(qint64 orderId, Db::BindingKind kind, const QString &leadId, const QString &phone,
        const QString &email, qint64 now);
    /// Deals still waiting for their binding (a cycle without the Calltouch journals), oldest first.
    [[nodiscard]] QList<qint64> unboundDeals(int limit);
    /// Bound deals not yet in Calltouch (an unbound deal waits).
    [[nodiscard]] QList<DealRow> dealsToCreate(qint64 now, int limit);
    [[nodiscard]] QList<DealRow> dealsToUpdate(qint64 now, int limit);
    [[nodiscard]] QList<DealRow> dealsInState(Db::DealState state, int limit);
    /// Deals whose send was in flight when the previous run ended become Unknown (looked up first).
    StoreResult markSendingDealsUnknown();
    /// A failed deal is tried again in the next cycle.
    StoreResult makeDealDue(qint64 orderId);
    /// The reconciliation's "push the deal": the next cycle sends the deal as the order is now, whatever
    /// was pushed before (one Calltouch lacks is created, one that differs is updated). changed = the
    /// deal is known here.
    [[nodiscard]] StoreResult pushDealAgain(qint64 orderId);
    /// @p error: why (empty Problem = none).
    StoreResult setDealState(qint64 orderId, Db::DealState state, const Problem &error,
        const QString &calltouchDealId, qint64 now, qint64 nextAttemptAt = 0);
    StoreResult setDealPushed(qint64 orderId, const QString &status, const QString &revenue, qint64 now);
    StoreResult setDealFailed(qint64 orderId, const Problem &error, qint64 nextAttemptAt, qint64 now);
    [[nodiscard]] int dealBacklog(qint64 now);

    [[nodiscard]] static qint64 toMs(const QDateTime &time)
    {
        return time.isValid() ? time.toMSecsSinceEpoch() : 0;
    }
    [[nodiscard]] static QDateTime fromMs(qint64 ms)
    {
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    }

private:
    LeadRow readLead(const class QSqlQuery &query) const;
    DealRow readDeal(const class QSqlQuery &query) const;
    Store &m_store;
};

} // namespace LeadBridge
