#pragma once

#include <QList>
#include <QObject>

#include "net/apierror.h"
#include "retailcrm/retailcrmtypes.h"
#include "rules/leadrules.h"
#include "store/syncstore.h"

namespace LeadBridge {

class SyncContext;

/// One lead's trip through the rules (SPEC §2): recover an earlier write → search the customer → load
/// the orders → decide → write (an order, with its new customer where there is none, or an order edit)
/// → record the outcome. Emits finished()
/// exactly once, unless the engine dies at a crash point.
///
/// Exactly once: every write is journalled in the outbox before it is sent and confirmed after. A lead
/// with an unconfirmed write (or one done before) is first looked up in the CRM (the order's lead-ID
/// field, the customer's externalId) before anything is written again; orders and customers carry an
/// externalId derived from the lead, so a repeated create fails instead of duplicating. A write whose
/// journal entry could not be committed is not sent: the job ends and the cycle stops (store failure).
class LeadJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadJob)
public:
    LeadJob(SyncContext &context, LeadRow row, QObject *parent = nullptr);
    void start();

signals:
    void finished();

private:
    // The steps, in order.
    void recover();
    void recoverCustomer();
    void searchCustomers();
    void loadOrders();
    void decide();
    void createOrder();
    void findCreatedOrder(const ApiError &createError);
    void updateOrder();
    // The ends.
    void succeed(Db::LeadState state, Db::LeadAction action, Db::LeadReason reason, qint64 orderId,
        const QString &orderNumber, const QString &site);
    /// A resend of a lead that is already in its order @p orderId: an attempt "already in order N (by
    /// this lead)" in its history, its result kept, nothing written to the CRM.
    void keepResult(qint64 orderId, const QString &orderNumber);
    void fail(const ApiError &error);
    /// A failure stored as @p problem (not the service error's code); @p error decides the retry.
    void fail(const ApiError &error, const Problem &problem);

    [[nodiscard]] QString shop() const;
    /// True when the lead's result is an order of its own (created, updated or found): a resend keeps it.
    [[nodiscard]] bool holdsOrder() const;
    /// After a store write: true when it failed (the failure is reported, the job has finished).
    [[nodiscard]] bool stopsOnStore(const StoreResult &result);

    SyncContext &m_ctx;
    LeadRow m_row;
    QString m_item; ///< "lead:<kind>:<id>": the outbox and error key
    Sync::LeadContact m_contact;
    QList<RetailCrm::Customer> m_customers;
    QList<RetailCrm::Order> m_orders;
    Sync::LeadDecision m_decision;
    qint64 m_customerId = 0;
    QString m_customerName;
};

} // namespace LeadBridge
