#include "dealbinding.h"

#include <QCoreApplication>

namespace LeadBridge::Sync {

DealBinding bindDeal(const DealBindingInput &input)
{
    if (input.phones.isEmpty() && input.emails.isEmpty())
        return { Db::BindingKind::NoContacts, {} };
    if (input.lead) {
        return { input.lead->kind == Calltouch::Lead::Kind::Call ? Db::BindingKind::Call
                                                                 : Db::BindingKind::Request,
            input.lead->leadId };
    }
    // The local journal decides when it covers the whole 12 months before the order; otherwise
    // Calltouch matches (chats, older leads) with "Лид не найден" as the last resort.
    return { input.journalCoversWindow ? Db::BindingKind::NotFound : Db::BindingKind::Chain, {} };
}

bool journalCovers(const QDate &callsIndexedFrom, const QDate &requestsIndexedFrom, const QDate &windowStart,
    bool chatsEnabled)
{
    return callsIndexedFrom.isValid() && requestsIndexedFrom.isValid() && callsIndexedFrom <= windowStart
        && requestsIndexedFrom <= windowStart && !chatsEnabled;
}

QString bindingNote(const DealBinding &binding)
{
    // The notes were worded by the engine; their context stays, so their translations stay.
    switch (binding.kind) {
    case Db::BindingKind::NoContacts:
        return QCoreApplication::translate("LeadBridge::SyncEngine",
            "The order has neither a phone nor an e-mail: the deal cannot be bound to a lead.");
    case Db::BindingKind::Call:
        return QCoreApplication::translate("LeadBridge::SyncEngine", "Bound to call %1.").arg(binding.leadId);
    case Db::BindingKind::Request:
        return QCoreApplication::translate("LeadBridge::SyncEngine", "Bound to request %1.")
            .arg(binding.leadId);
    case Db::BindingKind::NotFound:
        return QCoreApplication::translate("LeadBridge::SyncEngine",
            "No call or request with this phone or e-mail in the 12 months before the order: "
            "source \"Лид не найден\".");
    case Db::BindingKind::Chain:
        return QCoreApplication::translate("LeadBridge::SyncEngine",
            "Not found locally: Calltouch matches by phone and e-mail, else \"Лид не найден\".");
    case Db::BindingKind::None:
        return QCoreApplication::translate("LeadBridge::SyncEngine",
            "Waiting for Calltouch's journals: the deal is bound in the next cycle.");
    }
    return {};
}

Calltouch::Deal::Binding calltouchBinding(Db::BindingKind kind)
{
    switch (kind) {
    case Db::BindingKind::Call:
        return Calltouch::Deal::Binding::Call;
    case Db::BindingKind::Request:
        return Calltouch::Deal::Binding::Request;
    case Db::BindingKind::Chain:
        return Calltouch::Deal::Binding::ContactChain;
    case Db::BindingKind::NoContacts:
        return Calltouch::Deal::Binding::NoContacts;
    case Db::BindingKind::NotFound:
    case Db::BindingKind::None:
        break;
    }
    return Calltouch::Deal::Binding::NotFound;
}

} // namespace LeadBridge::Sync
