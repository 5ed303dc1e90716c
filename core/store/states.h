#pragma once

#include <array>
#include <limits>
#include <utility>

#include <QObject>
#include <QString>
#include <QStringView>

/// Every state, action, reason and binding that the store keeps, as enums, with the one mapping between
/// each value and the text in the database. Nothing else in the product spells these texts: the engine
/// and the writers pass enums, the queries read enums, the UI words them at display time.
namespace LeadBridge::Db {
Q_NAMESPACE

/// leads.next_attempt_at of a failed lead that is not tried again by itself (its data cannot get
/// better by waiting, e.g. an impossible date); "send again" in the UI still takes it.
inline constexpr qint64 kNoAutomaticRetry = std::numeric_limits<qint64>::max();

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
    AlreadyInOrder, ///< a resend found the lead in its order already (an attempt, never a lead's result)
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
    /// The database texts of an enum's values, in the order of its values.
    template <typename E> struct Texts;
    template <typename E, std::size_t N> struct TextList
    {
        std::array<QStringView, N> texts;
        E fallback;
    };
    template <typename E, std::size_t N>
    constexpr TextList<E, N> texts(E fallback, const char16_t *const (&list)[N])
    {
        TextList<E, N> result { {}, fallback };
        for (std::size_t i = 0; i < N; ++i)
            result.texts[i] = QStringView(list[i]);
        return result;
    }

    // clang-format off
    template<> struct Texts<LeadState> { static constexpr auto list = texts(LeadState::Waiting,
        { u"waiting", u"done", u"skipped", u"failed", u"no_contact", u"history" }); };
    template<> struct Texts<LeadAction> { static constexpr auto list = texts(LeadAction::None,
        { u"", u"no-contact", u"created-customer-and-order", u"created-order", u"updated-order", u"skipped",
          u"already-applied", u"failed" }); };
    template<> struct Texts<LeadReason> { static constexpr auto list = texts(LeadReason::None,
        { u"", u"no-contact", u"no-customer", u"no-orders", u"newest-order-completed", u"newest-order-cancelled",
          u"open-order-without-lead", u"open-order-has-lead", u"error", u"already-applied", u"kind-disabled",
          u"already-in-order" }); };
    template<> struct Texts<OrderAction> { static constexpr auto list = texts(OrderAction::Created,
        { u"created", u"updated", u"skipped", u"matched" }); };
    template<> struct Texts<DealState> { static constexpr auto list = texts(DealState::Pending,
        { u"pending", u"sending", u"created", u"failed", u"unknown" }); };
    template<> struct Texts<BindingKind> { static constexpr auto list = texts(BindingKind::None,
        { u"", u"call", u"request", u"chain", u"not-found", u"no-contacts" }); };
    template<> struct Texts<OutboxOp> { static constexpr auto list = texts(OutboxOp::CreateOrder,
        { u"create_customer", u"create_order", u"edit_order" }); };
    template<> struct Texts<OutboxState> { static constexpr auto list = texts(OutboxState::Pending,
        { u"pending", u"confirmed", u"failed" }); };
    template<> struct Texts<ErrorDirection> { static constexpr auto list = texts(ErrorDirection::Leads,
        { u"leads", u"deals", u"setup" }); };
    // clang-format on
} // namespace Detail

/// What a lead's action did to its order (orders.action): a lead that reached an order updated it,
/// was skipped for it, was found in it already, or else created it.
[[nodiscard]] inline OrderAction orderActionOf(LeadAction action)
{
    switch (action) {
    case LeadAction::UpdatedOrder:
        return OrderAction::Updated;
    case LeadAction::Skipped:
        return OrderAction::Skipped;
    case LeadAction::AlreadyApplied:
        return OrderAction::Matched;
    default:
        return OrderAction::Created;
    }
}

/// The database text of a value.
template <typename E> [[nodiscard]] QString toDb(E value)
{
    const auto &list = Detail::Texts<E>::list;
    const auto index = std::size_t(value);
    return index < list.texts.size() ? list.texts[index].toString() : QString();
}

/// The value of a database text; an unknown text gives the enum's fallback (its first state).
template <typename E> [[nodiscard]] E fromDb(QStringView text)
{
    const auto &list = Detail::Texts<E>::list;
    for (std::size_t i = 0; i < list.texts.size(); ++i) {
        if (list.texts[i] == text)
            return E(i);
    }
    return list.fallback;
}

} // namespace LeadBridge::Db
