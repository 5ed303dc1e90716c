#include "leadjob.h"

#include <algorithm>

#include "retailcrm/retailcrmclient.h"
#include "rules/customfieldset.h"
#include "store/leadattempts.h"
#include "sync/leaddecision.h"
#include "sync/synccontext.h"
#include "util/logging.h"
#include "util/problemtext.h"

namespace LeadBridge {

using Calltouch::Lead;

namespace {
    /// What was done, as the store keeps it, for what the rules decided.
    Db::LeadAction doneAction(Sync::LeadAction action)
    {
        switch (action) {
        case Sync::LeadAction::NoContact:
            return Db::LeadAction::NoContact;
        case Sync::LeadAction::CreateCustomerAndOrder:
            return Db::LeadAction::CreatedCustomerAndOrder;
        case Sync::LeadAction::CreateOrder:
            return Db::LeadAction::CreatedOrder;
        case Sync::LeadAction::UpdateOrder:
            return Db::LeadAction::UpdatedOrder;
        case Sync::LeadAction::Skip:
            return Db::LeadAction::Skipped;
        case Sync::LeadAction::AlreadyInOrder:
            return Db::LeadAction::AlreadyApplied;
        }
        return Db::LeadAction::None;
    }

} // namespace

LeadJob::LeadJob(SyncContext &context, LeadRow row, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_row(std::move(row))
{
    m_item = QStringLiteral("lead:%1:%2").arg(Lead::kindName(m_row.lead.kind), m_row.lead.id);
    m_contact = Sync::leadContact(m_row.lead, m_ctx.config.phoneRegion);
}

QString LeadJob::shop() const
{
    return m_ctx.config.shop.isEmpty() ? m_ctx.defaultShop : m_ctx.config.shop;
}

bool LeadJob::stopsOnStore(const StoreResult &result)
{
    if (m_ctx.stored(result))
        return false;
    emit finished();
    return true;
}

void LeadJob::start()
{
    if (m_contact.isEmpty()) {
        succeed(Db::LeadState::NoContact, Db::LeadAction::NoContact, Db::LeadReason::NoContact, 0, {}, {});
        return;
    }
    bool readOk = true;
    // Any journalled write (even a confirmed one: its outcome may not have been recorded when the store
    // failed) means the CRM may hold this lead's order already: look there first, never "skip" our own.
    const bool journalled = m_ctx.sync->hasJournal(m_item, &readOk);
    if (!readOk) {
        // Without the journal nothing may be written: it is what prevents a second order.
        m_ctx.failStore(m_ctx.store->lastError());
        emit finished();
        return;
    }
    if (journalled || holdsOrder() || m_row.state == Db::LeadState::Done
        || m_row.state == Db::LeadState::Skipped) {
        recover();
        return;
    }
    searchCustomers();
}

void LeadJob::recover()
{
    // An earlier write for this lead may have reached the CRM: look for the order that holds the lead.
    m_ctx.retail->findOrdersByCustomField(Sync::leadIdField(m_row.lead.kind), m_row.lead.id, this,
        [this](const QList<RetailCrm::Order> &orders, const ApiError &error) {
            if (m_ctx.dead)
                return;
            if (!error.isOk()) {
                fail(error);
                return;
            }
            if (orders.isEmpty()) {
                recoverCustomer();
                return;
            }
            const auto order = Sync::newestOrder(orders);
            for (const auto &entry : m_ctx.sync->pendingFor(m_item)) {
                if (stopsOnStore(m_ctx.sync->confirm(entry.key, QString::number(order->id), m_ctx.nowMs())))
                    return;
            }
            if (holdsOrder()) {
                keepResult(order->id, order->number); // a resend: the lead is already in its order
                return;
            }
            succeed(Db::LeadState::Done, Db::LeadAction::AlreadyApplied, Db::LeadReason::AlreadyApplied,
                order->id, order->number, order->site);
        });
}

void LeadJob::recoverCustomer()
{
    // No order holds the lead. A customer created for it may exist: take it into account.
    m_ctx.retail->findCustomerByExternalId(Sync::customerExternalId(m_row.lead.kind, m_row.lead.id), this,
        [this](const RetailCrm::Customer &customer, const ApiError &error) {
            if (m_ctx.dead)
                return;
            if (!error.isOk()) {
                fail(error);
                return;
            }
            if (customer.id != 0) {
                if (stopsOnStore(m_ctx.sync->confirm(QStringLiteral("customer:%1").arg(m_item),
                        QString::number(customer.id), m_ctx.nowMs())))
                    return;
                m_customers = { customer };
            }
            searchCustomers();
        });
}

void LeadJob::searchCustomers()
{
    const auto found = [this](const QList<RetailCrm::Customer> &customers, const ApiError &error) {
        if (m_ctx.dead)
            return;
        if (!error.isOk()) {
            fail(error);
            return;
        }
        for (const auto &customer : customers) {
            const bool known = std::any_of(m_customers.cbegin(), m_customers.cend(),
                [&customer](const RetailCrm::Customer &c) { return c.id == customer.id; });
            if (!known)
                m_customers << customer;
        }
        loadOrders();
    };
    if (m_contact.byPhone())
        m_ctx.retail->findCustomersByPhone(m_contact.phone, this, found);
    else
        m_ctx.retail->findCustomersByEmail(m_contact.email, this, found);
}

void LeadJob::loadOrders()
{
    const auto customer = Sync::newestCustomer(m_customers);
    if (!customer) {
        decide();
        return;
    }
    m_ctx.retail->customerOrders(
        customer->id, this, [this](const QList<RetailCrm::Order> &orders, const ApiError &error) {
            if (m_ctx.dead)
                return;
            if (!error.isOk()) {
                fail(error);
                return;
            }
            if (const auto undated = Sync::orderWithoutValidDate(orders)) {
                // Tried again later like any failure: the order may be corrected meanwhile.
                fail(ApiError::make(ApiError::Kind::BadResponse, {}),
                    Problem::make(Db::ErrorCode::CustomerOrderNoCreatedAt,
                        { { QStringLiteral("order"),
                            undated->number.isEmpty() ? QString::number(undated->id) : undated->number } }));
                return;
            }
            m_orders = orders;
            decide();
        });
}

void LeadJob::decide()
{
    m_decision = decideAsTheSync(m_ctx.config, m_row.lead, m_customers, m_orders, m_ctx.statusGroups);
    m_customerId = m_decision.customerId;
    if (const auto customer = Sync::newestCustomer(m_customers))
        m_customerName = QString(customer->firstName + QLatin1Char(' ') + customer->lastName).trimmed();

    switch (m_decision.action) {
    case Sync::LeadAction::NoContact:
        succeed(Db::LeadState::NoContact, Db::LeadAction::NoContact, m_decision.reasonCode, 0, {}, {});
        return;
    case Sync::LeadAction::CreateCustomerAndOrder:
        // One request: the order carries its new customer (retailCRM creates it, or links the one
        // with this lead's customer externalId left by an earlier attempt).
        createOrder();
        return;
    case Sync::LeadAction::CreateOrder:
        createOrder();
        return;
    case Sync::LeadAction::UpdateOrder:
        updateOrder();
        return;
    case Sync::LeadAction::Skip:
        succeed(Db::LeadState::Skipped, Db::LeadAction::Skipped, m_decision.reasonCode, m_decision.orderId,
            m_decision.orderNumber, m_decision.orderSite);
        return;
    case Sync::LeadAction::AlreadyInOrder:
        // The order holds this very lead: never "skipped because of an earlier lead" (it is itself).
        if (holdsOrder())
            keepResult(m_decision.orderId, m_decision.orderNumber);
        else
            succeed(Db::LeadState::Done, Db::LeadAction::AlreadyApplied, Db::LeadReason::AlreadyApplied,
                m_decision.orderId, m_decision.orderNumber, m_decision.orderSite);
        return;
    }
}

void LeadJob::createOrder()
{
    const QString key = QStringLiteral("order:%1").arg(m_item);
    RetailCrm::OrderDraft draft;
    draft.customerId = m_customerId;
    draft.site = shop();
    if (m_customerId == 0 && m_decision.action == Sync::LeadAction::CreateCustomerAndOrder) {
        RetailCrm::CustomerDraft customer;
        customer.site = draft.site;
        customer.externalId = Sync::customerExternalId(m_row.lead.kind, m_row.lead.id);
        customer.firstName = m_decision.newCustomerName;
        customer.phone = m_contact.phone;
        customer.email = m_contact.email;
        draft.newCustomer = customer;
        m_customerName = m_decision.newCustomerName;
    }
    draft.externalId = Sync::orderExternalId(m_row.lead.kind, m_row.lead.id);
    const Sync::KindOrderOptions &options = m_ctx.config.orderOptions.of(m_row.lead.kind);
    draft.orderMethod = options.orderMethod;
    draft.orderType = options.orderType;
    draft.managerId = options.managerId;
    draft.firstName = m_row.lead.name.isEmpty() ? m_customerName : m_row.lead.name;
    draft.phone = m_contact.phone;
    draft.email = m_contact.email;
    draft.customFields = m_decision.fields.customFields;
    draft.source = m_decision.fields.source;
    if (stopsOnStore(
            m_ctx.sync->journal(Db::OutboxOp::CreateOrder, m_item, key, draft.externalId, m_ctx.nowMs())))
        return;
    if (m_ctx.crashAt(QStringLiteral("create-order:before")))
        return;
    m_ctx.retail->createOrder(draft, this, [this, key](const RetailCrm::Order &order, const ApiError &error) {
        if (m_ctx.dead || m_ctx.crashAt(QStringLiteral("create-order:after")))
            return;
        if (!error.isOk()) {
            if (error.kind == ApiError::Kind::Validation || error.kind == ApiError::Kind::OutcomeUnknown)
                findCreatedOrder(error);
            else
                fail(error);
            return;
        }
        if (stopsOnStore(m_ctx.sync->confirm(key, QString::number(order.id), m_ctx.nowMs())))
            return;
        if (m_customerId == 0)
            m_customerId = order.customerId; // the customer the CRM made with the order
        succeed(Db::LeadState::Done, doneAction(m_decision.action), m_decision.reasonCode, order.id,
            order.number, order.site);
    });
}

void LeadJob::findCreatedOrder(const ApiError &createError)
{
    // The create was refused (e.g. its externalId exists) or its answer was lost: is the order there?
    m_ctx.retail->findOrdersByExternalId(Sync::orderExternalId(m_row.lead.kind, m_row.lead.id), this,
        [this, createError](const QList<RetailCrm::Order> &orders, const ApiError &error) {
            if (m_ctx.dead)
                return;
            if (!error.isOk() || orders.isEmpty()) {
                fail(createError);
                return;
            }
            const RetailCrm::Order &order = orders.first();
            if (m_customerId == 0)
                m_customerId = order.customerId;
            if (stopsOnStore(m_ctx.sync->confirm(
                    QStringLiteral("order:%1").arg(m_item), QString::number(order.id), m_ctx.nowMs())))
                return;
            succeed(Db::LeadState::Done, doneAction(m_decision.action), m_decision.reasonCode, order.id,
                order.number, order.site);
        });
}

void LeadJob::updateOrder()
{
    const QString key = QStringLiteral("edit:%1:%2").arg(m_item).arg(m_decision.orderId);
    if (stopsOnStore(m_ctx.sync->journal(
            Db::OutboxOp::EditOrder, m_item, key, QString::number(m_decision.orderId), m_ctx.nowMs())))
        return;
    if (m_ctx.crashAt(QStringLiteral("edit-order:before")))
        return;
    m_ctx.retail->editOrder(m_decision.orderId, m_decision.orderSite, m_decision.fields.customFields,
        m_decision.fields.source, this, [this, key](const RetailCrm::Order &, const ApiError &error) {
            if (m_ctx.dead || m_ctx.crashAt(QStringLiteral("edit-order:after")))
                return;
            if (!error.isOk()) {
                fail(error);
                return;
            }
            if (stopsOnStore(m_ctx.sync->confirm(key, QString::number(m_decision.orderId), m_ctx.nowMs())))
                return;
            succeed(Db::LeadState::Done, Db::LeadAction::UpdatedOrder, m_decision.reasonCode,
                m_decision.orderId, m_decision.orderNumber, m_decision.orderSite);
        });
}

void LeadJob::succeed(Db::LeadState state, Db::LeadAction action, Db::LeadReason reason, qint64 orderId,
    const QString &orderNumber, const QString &site)
{
    const qint64 stamp = m_ctx.nowMs();
    const StoreResult written = m_ctx.store->inTransaction([&] {
        if (!m_ctx.sync
                 ->setLeadOutcome(m_row.id, state, action, reason, m_customerId, orderId, orderNumber, stamp)
                 .ok)
            return false;
        if (orderId > 0
            && !m_ctx.sync
                    ->recordOrder(orderId, orderNumber, site, m_customerId, m_customerName,
                        Db::orderActionOf(action), reason, m_row.id, 0, stamp)
                    .ok)
            return false;
        // Writes of earlier attempts that the recovery did not find in the CRM never happened.
        return m_ctx.sync->resolveError(Db::ErrorDirection::Leads, m_item).ok
            && m_ctx.sync->settlePending(m_item, stamp).ok;
    });
    if (stopsOnStore(written))
        return;
    SyncSummary &summary = m_ctx.summary;
    if (action == Db::LeadAction::CreatedCustomerAndOrder || action == Db::LeadAction::CreatedOrder)
        ++summary.ordersCreated;
    else if (action == Db::LeadAction::UpdatedOrder)
        ++summary.ordersUpdated;
    else if (state == Db::LeadState::Skipped)
        ++summary.leadsSkipped;
    else if (state == Db::LeadState::NoContact)
        ++summary.leadsWithoutContact;

    LeadOutcome outcome;
    outcome.leadId = m_row.id;
    outcome.kind = Lead::kindName(m_row.lead.kind);
    outcome.remoteId = m_row.lead.id;
    outcome.state = state;
    outcome.action = action;
    outcome.reason = reason;
    outcome.orderId = orderId;
    outcome.orderNumber = orderNumber;
    emit m_ctx.leadProcessed(outcome);
    emit finished();
}

bool LeadJob::holdsOrder() const
{
    if (m_row.orderId <= 0)
        return false;
    switch (m_row.action) {
    case Db::LeadAction::CreatedCustomerAndOrder:
    case Db::LeadAction::CreatedOrder:
    case Db::LeadAction::UpdatedOrder:
    case Db::LeadAction::AlreadyApplied:
        return true;
    default:
        return false;
    }
}

void LeadJob::keepResult(qint64 orderId, const QString &orderNumber)
{
    const qint64 stamp = m_ctx.nowMs();
    LeadAttempts attempts(*m_ctx.store);
    const StoreResult written = m_ctx.store->inTransaction([&] {
        return attempts
                   .addKeepingResult(m_row.id, Db::LeadState::Done, Db::LeadAction::AlreadyApplied,
                       Db::LeadReason::AlreadyInOrder, m_row.customerId, orderId, {}, stamp)
                   .ok
            && m_ctx.sync->resolveError(Db::ErrorDirection::Leads, m_item).ok
            && m_ctx.sync->settlePending(m_item, stamp).ok;
    });
    if (stopsOnStore(written))
        return;
    LeadOutcome outcome;
    outcome.leadId = m_row.id;
    outcome.kind = Lead::kindName(m_row.lead.kind);
    outcome.remoteId = m_row.lead.id;
    outcome.state = Db::LeadState::Done;
    outcome.action = Db::LeadAction::AlreadyApplied;
    outcome.reason = Db::LeadReason::AlreadyInOrder;
    outcome.orderId = orderId;
    outcome.orderNumber = orderNumber;
    emit m_ctx.leadProcessed(outcome);
    emit finished();
}

void LeadJob::fail(const ApiError &error)
{
    fail(error, Problem::fromApi(error, QStringLiteral("retailCRM")));
}

void LeadJob::fail(const ApiError &error, const Problem &problem)
{
    const QString message = ProblemText::sentence(problem);
    const int attempts = m_row.attempts + 1;
    const qint64 stamp = m_ctx.nowMs();
    if (holdsOrder()) {
        // A resend's re-check failed, but the lead is in its order whatever happened now: it keeps its
        // result (no downgrade to "failed", no retry); the failed attempt is in its history.
        LeadAttempts history(*m_ctx.store);
        if (stopsOnStore(history.addKeepingResult(m_row.id, Db::LeadState::Done, Db::LeadAction::Failed,
                Db::LeadReason::Error, 0, 0, problem, stamp)))
            return;
    } else {
        const qint64 next = m_ctx.retryAt(attempts, error);
        const StoreResult written = m_ctx.store->inTransaction([&] {
            return m_ctx.sync->setLeadFailed(m_row.id, problem, attempts, next, stamp).ok
                && m_ctx.sync->recordError(Db::ErrorDirection::Leads, m_item, problem, attempts, next, stamp)
                       .ok;
        });
        if (stopsOnStore(written))
            return;
        ++m_ctx.summary.newErrors;
        emit m_ctx.errorRecorded(Db::ErrorDirection::Leads, m_item, message);
    }
    ++m_ctx.summary.leadsFailed;
    qCWarning(lcSync) << "lead" << m_item << "failed:" << Db::toDb(problem.code) << problem.detail;
    LeadOutcome outcome;
    outcome.leadId = m_row.id;
    outcome.kind = Lead::kindName(m_row.lead.kind);
    outcome.remoteId = m_row.lead.id;
    outcome.state = Db::LeadState::Failed;
    outcome.action = Db::LeadAction::Failed;
    outcome.reason = Db::LeadReason::Error;
    outcome.detail = message;
    emit m_ctx.leadProcessed(outcome);
    if (error.isCredentialProblem()) {
        m_ctx.summary.credentialsRejected = true;
        m_ctx.summary.fatalError = QStringLiteral("retailCRM: ") + error.userMessage();
        m_ctx.lastError = m_ctx.summary.fatalError;
        m_ctx.connected = false;
        emit m_ctx.credentialsRejected(QStringLiteral("retailCRM"), error.userMessage());
    }
    emit finished();
}

} // namespace LeadBridge
