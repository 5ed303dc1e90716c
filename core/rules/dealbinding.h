#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringList>

#include "calltouch/calltouchtypes.h"
#include "store/states.h"

namespace LeadBridge::Sync {

/// The lead a deal may be bound to: the newest call (by phone) or request (by phone or e-mail) in the
/// 12 months before the order, as the local journal found it.
struct BindingCandidate
{
    Calltouch::Lead::Kind kind = Calltouch::Lead::Kind::Call;
    QString leadId;
};

struct DealBindingInput
{
    QStringList phones; ///< canonical phones: the order's own, then its customer's
    QStringList emails; ///< canonical e-mails: the order's own, then its customer's
    std::optional<BindingCandidate> lead;
    /// The local journals cover the whole 12 months before the order (and chats, which only Calltouch
    /// can match, are off): then "not found locally" means not found at all.
    bool journalCoversWindow = false;
};

/// What a deal is bound to, fixed once when the order is first seen (SPEC §3).
struct DealBinding
{
    Db::BindingKind kind = Db::BindingKind::None;
    QString leadId; ///< for Call and Request
    friend bool operator==(const DealBinding &a, const DealBinding &b)
    {
        return a.kind == b.kind && a.leadId == b.leadId;
    }
};

/// The binding of an order's deal (pure).
[[nodiscard]] DealBinding bindDeal(const DealBindingInput &input);

/// Whether the journals, indexed from these dates on, cover the window that starts at windowStart.
[[nodiscard]] bool journalCovers(const QDate &callsIndexedFrom, const QDate &requestsIndexedFrom,
    const QDate &windowStart, bool chatsEnabled);

/// The translated note shown with a deal's binding.
[[nodiscard]] QString bindingNote(const DealBinding &binding);

/// How a binding is sent to Calltouch on create.
[[nodiscard]] Calltouch::Deal::Binding calltouchBinding(Db::BindingKind kind);

} // namespace LeadBridge::Sync
