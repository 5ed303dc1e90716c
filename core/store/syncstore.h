#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "calltouch/calltouchtypes.h"
#include "store.h"

namespace LeadBridge {

/// A lead as the store keeps it, with its outcome.
struct LeadRow
{
    qint64 id = 0;
    Calltouch::Lead lead;
    QString phone; ///< canonical
    QString email; ///< canonical
    QString state; ///< waiting | done | skipped | failed | no_contact | history
    QString action;
    QString reason;
    qint64 customerId = 0;
    qint64 orderId = 0;
    QString orderNumber;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
};

struct OutboxEntry
{
    qint64 id = 0;
    QString op;
    QString item;
    QString key;
    QString payload;
    QString state; ///< pending | confirmed | failed
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
    QString binding; ///< call:<id> | request:<id> | chain | not-found | no-contacts
    QString bindingNote;
    QString calltouchDealId;
    QString state; ///< pending | sending | created | failed | unknown
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
    /// Inserts a lead once per (kind, id); a known lead keeps its state. Returns true when new.
    bool upsertLead(const Calltouch::Lead &lead, const QString &phone, const QString &email,
        const QString &initialState, qint64 now);
    [[nodiscard]] QList<LeadRow> dueLeads(
        qint64 now, qint64 occurredBefore, qint64 occurredFrom, const QStringList &kinds, int limit);
    [[nodiscard]] int backlog(qint64 occurredFrom, const QStringList &kinds);
    [[nodiscard]] std::optional<LeadRow> lead(qint64 id);
    [[nodiscard]] std::optional<LeadRow> leadByRemote(const QString &kind, const QString &remoteId);
    void setLeadOutcome(qint64 id, const QString &state, const QString &action, const QString &reason,
        qint64 customerId, qint64 orderId, const QString &orderNumber, qint64 now,
        const QString &detail = {});
    void setLeadFailed(qint64 id, const QString &reason, int attempts, qint64 nextAttemptAt, qint64 now);
    /// Puts a lead back in the queue, due now (manual resend).
    void requeueLead(qint64 id, qint64 now);
    /// The newest call (by phone) or request (by phone or e-mail) in [from, until], SPEC §3 order.
    [[nodiscard]] std::optional<LeadRow> findLeadForDeal(
        const QString &phone, const QString &email, qint64 from, qint64 until);

    // Outbox journal: written before a remote write, confirmed after.
    void journal(
        const QString &op, const QString &item, const QString &key, const QString &payload, qint64 now);
    void confirm(const QString &key, const QString &result, qint64 now);
    [[nodiscard]] QList<OutboxEntry> pendingFor(const QString &item);

    // Orders touched (direction 1)
    void recordOrder(qint64 orderId, const QString &number, const QString &site, qint64 customerId,
        const QString &customerName, const QString &action, const QString &reason, qint64 leadId,
        qint64 createdAt, qint64 now);

    // Errors
    void recordError(const QString &direction, const QString &item, const QString &message, int attempts,
        qint64 nextRetryAt, qint64 now);
    void resolveError(const QString &direction, const QString &item);
    [[nodiscard]] int openErrorCount();

    // Deals (direction 2)
    [[nodiscard]] std::optional<DealRow> deal(qint64 orderId);
    /// Inserts a deal the first time an order is seen (binding fixed then); later calls keep the binding.
    bool insertDeal(const DealRow &row, qint64 now);
    void updateDealFields(qint64 orderId, const QString &status, const QString &revenue,
        const QString &manager, const QDateTime &statusChangedAt, qint64 now);
    [[nodiscard]] QList<DealRow> dealsToCreate(qint64 now, int limit);
    [[nodiscard]] QList<DealRow> dealsToUpdate(qint64 now, int limit);
    [[nodiscard]] QList<DealRow> dealsInState(const QString &state, int limit);
    void setDealState(qint64 orderId, const QString &state, const QString &error,
        const QString &calltouchDealId, qint64 now, qint64 nextAttemptAt = 0);
    void setDealPushed(qint64 orderId, const QString &status, const QString &revenue, qint64 now);
    void setDealFailed(qint64 orderId, const QString &error, qint64 nextAttemptAt, qint64 now);
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
