#pragma once

#include <array>
#include <utility>

#include <QObject>
#include <QString>
#include <QStringView>

/// Every state, action, reason and binding that the store keeps, as enums, with the one mapping between
/// each value and the text in the database. Nothing else in the product spells these texts: the engine
/// and the writers pass enums, the queries read enums, the UI words them at display time.
namespace LeadBridge::Db {
Q_NAMESPACE

/// Where a lead is (leads.state).
enum class LeadState { Waiting, Done, Skipped, Failed, NoContact, History };
Q_ENUM_NS(LeadState)

/// What was done with a lead (leads.action, lead_outcomes.action).
enum class LeadAction {
    None, ///< nothing yet
    NoContact, ///< neither phone nor e-mail
    CreatedCustomerAndOrder,
    CreatedOrder,
    UpdatedOrder,
    Skipped,
    AlreadyApplied, ///< a write from an earlier run was found in the CRM
    Failed,
};
Q_ENUM_NS(LeadAction)

/// Why (leads.reason, lead_outcomes.reason): the rule that decided, see core/rules.
enum class LeadReason {
    None,
    NoContact,
    NoCustomer,
    NoOrders,
    NewestOrderCompleted,
    NewestOrderCancelled,
    OpenOrderWithoutLead,
    OpenOrderHasLead,
    Error, ///< a failure; the detail column says which
    AlreadyApplied, ///< a write from an earlier run was found in the CRM
    KindDisabled, ///< the lead's kind is switched off in the settings
};
Q_ENUM_NS(LeadReason)

/// What happened to an order in direction 1 (orders.action).
enum class OrderAction { Created, Updated, Skipped, Matched };
Q_ENUM_NS(OrderAction)

/// A deal's way to Calltouch (deals.state).
enum class DealState { Pending, Sending, Created, Failed, Unknown };
Q_ENUM_NS(DealState)

/// What a deal is bound to (deals.binding_kind; deals.binding_lead_id holds the lead's Calltouch id for
/// Call and Request).
enum class BindingKind { None, Call, Request, Chain, NotFound, NoContacts };
Q_ENUM_NS(BindingKind)

/// The outbox journal (outbox.op, outbox.state).
enum class OutboxOp { CreateCustomer, CreateOrder, EditOrder };
Q_ENUM_NS(OutboxOp)
enum class OutboxState { Pending, Confirmed, Failed };
Q_ENUM_NS(OutboxState)

/// The direction an error belongs to (errors.direction).
enum class ErrorDirection { Leads, Deals, Setup };
Q_ENUM_NS(ErrorDirection)

namespace Detail {
    template<typename E, std::size_t N>
    using Table = std::array<std::pair<E, const char16_t *>, N>;

    template<typename E, std::size_t N>
    QString toText(const Table<E, N> &table, E value)
    {
        for (const auto &[v, text] : table) {
            if (v == value)
                return QString::fromUtf16(text);
        }
        return {};
    }
    template<typename E, std::size_t N>
    E fromText(const Table<E, N> &table, QStringView text, E fallback)
    {
        for (const auto &[v, t] : table) {
            if (text == QStringView(t))
                return v;
        }
        return fallback;
    }

    inline constexpr Table<LeadState, 6> leadStates { {
        { LeadState::Waiting, u"waiting" },
        { LeadState::Done, u"done" },
        { LeadState::Skipped, u"skipped" },
        { LeadState::Failed, u"failed" },
        { LeadState::NoContact, u"no_contact" },
        { LeadState::History, u"history" },
    } };
    inline constexpr Table<LeadAction, 8> leadActions { {
        { LeadAction::None, u"" },
        { LeadAction::NoContact, u"no-contact" },
        { LeadAction::CreatedCustomerAndOrder, u"created-customer-and-order" },
        { LeadAction::CreatedOrder, u"created-order" },
        { LeadAction::UpdatedOrder, u"updated-order" },
        { LeadAction::Skipped, u"skipped" },
        { LeadAction::AlreadyApplied, u"already-applied" },
        { LeadAction::Failed, u"failed" },
    } };
    inline constexpr Table<LeadReason, 11> leadReasons { {
        { LeadReason::None, u"" },
        { LeadReason::NoContact, u"no-contact" },
        { LeadReason::NoCustomer, u"no-customer" },
        { LeadReason::NoOrders, u"no-orders" },
        { LeadReason::NewestOrderCompleted, u"newest-order-completed" },
        { LeadReason::NewestOrderCancelled, u"newest-order-cancelled" },
        { LeadReason::OpenOrderWithoutLead, u"open-order-without-lead" },
        { LeadReason::OpenOrderHasLead, u"open-order-has-lead" },
        { LeadReason::Error, u"error" },
        { LeadReason::AlreadyApplied, u"already-applied" },
        { LeadReason::KindDisabled, u"kind-disabled" },
    } };
    inline constexpr Table<OrderAction, 4> orderActions { {
        { OrderAction::Created, u"created" },
        { OrderAction::Updated, u"updated" },
        { OrderAction::Skipped, u"skipped" },
        { OrderAction::Matched, u"matched" },
    } };
    inline constexpr Table<DealState, 5> dealStates { {
        { DealState::Pending, u"pending" },
        { DealState::Sending, u"sending" },
        { DealState::Created, u"created" },
        { DealState::Failed, u"failed" },
        { DealState::Unknown, u"unknown" },
    } };
    inline constexpr Table<BindingKind, 6> bindingKinds { {
        { BindingKind::None, u"" },
        { BindingKind::Call, u"call" },
        { BindingKind::Request, u"request" },
        { BindingKind::Chain, u"chain" },
        { BindingKind::NotFound, u"not-found" },
        { BindingKind::NoContacts, u"no-contacts" },
    } };
    inline constexpr Table<OutboxOp, 3> outboxOps { {
        { OutboxOp::CreateCustomer, u"create_customer" },
        { OutboxOp::CreateOrder, u"create_order" },
        { OutboxOp::EditOrder, u"edit_order" },
    } };
    inline constexpr Table<OutboxState, 3> outboxStates { {
        { OutboxState::Pending, u"pending" },
        { OutboxState::Confirmed, u"confirmed" },
        { OutboxState::Failed, u"failed" },
    } };
    inline constexpr Table<ErrorDirection, 3> errorDirections { {
        { ErrorDirection::Leads, u"leads" },
        { ErrorDirection::Deals, u"deals" },
        { ErrorDirection::Setup, u"setup" },
    } };
} // namespace Detail

// clang-format off
/// The database text of a value, and the value of a database text (unknown text: the fallback).
inline QString toDb(LeadState v) { return Detail::toText(Detail::leadStates, v); }
inline QString toDb(LeadAction v) { return Detail::toText(Detail::leadActions, v); }
inline QString toDb(LeadReason v) { return Detail::toText(Detail::leadReasons, v); }
inline QString toDb(OrderAction v) { return Detail::toText(Detail::orderActions, v); }
inline QString toDb(DealState v) { return Detail::toText(Detail::dealStates, v); }
inline QString toDb(BindingKind v) { return Detail::toText(Detail::bindingKinds, v); }
inline QString toDb(OutboxOp v) { return Detail::toText(Detail::outboxOps, v); }
inline QString toDb(OutboxState v) { return Detail::toText(Detail::outboxStates, v); }
inline QString toDb(ErrorDirection v) { return Detail::toText(Detail::errorDirections, v); }

template<typename E> E fromDb(QStringView text);
template<> inline LeadState fromDb<LeadState>(QStringView t) { return Detail::fromText(Detail::leadStates, t, LeadState::Waiting); }
template<> inline LeadAction fromDb<LeadAction>(QStringView t) { return Detail::fromText(Detail::leadActions, t, LeadAction::None); }
template<> inline LeadReason fromDb<LeadReason>(QStringView t) { return Detail::fromText(Detail::leadReasons, t, LeadReason::None); }
template<> inline OrderAction fromDb<OrderAction>(QStringView t) { return Detail::fromText(Detail::orderActions, t, OrderAction::Created); }
template<> inline DealState fromDb<DealState>(QStringView t) { return Detail::fromText(Detail::dealStates, t, DealState::Pending); }
template<> inline BindingKind fromDb<BindingKind>(QStringView t) { return Detail::fromText(Detail::bindingKinds, t, BindingKind::None); }
template<> inline OutboxOp fromDb<OutboxOp>(QStringView t) { return Detail::fromText(Detail::outboxOps, t, OutboxOp::CreateOrder); }
template<> inline OutboxState fromDb<OutboxState>(QStringView t) { return Detail::fromText(Detail::outboxStates, t, OutboxState::Pending); }
template<> inline ErrorDirection fromDb<ErrorDirection>(QStringView t) { return Detail::fromText(Detail::errorDirections, t, ErrorDirection::Leads); }
// clang-format on

} // namespace LeadBridge::Db
