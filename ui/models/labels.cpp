#include "labels.h"

#include <QStringList>

#include "rules/leadrules.h"
#include "store/queries/silencehistory.h"
#include "util/problemtext.h"

namespace LeadBridge {

QString Labels::kindText(Calltouch::Lead::Kind kind)
{
    switch (kind) {
    case Calltouch::Lead::Kind::Call:
        return tr("Call");
    case Calltouch::Lead::Kind::Request:
        return tr("Request");
    case Calltouch::Lead::Kind::Chat:
        return tr("Chat");
    }
    return {};
}

QString Labels::leadText(Calltouch::Lead::Kind kind, const QString &remoteId)
{
    return tr("%1 %2", "lead kind and id").arg(kindText(kind), remoteId);
}

QString Labels::leadStateText(Db::LeadState state, Db::LeadAction action, qint64 nextAttemptAt)
{
    using Db::LeadState;
    switch (state) {
    case LeadState::Waiting:
        return nextAttemptAt > 0 ? tr("Waiting to retry") : tr("Waiting");
    case LeadState::Done:
        switch (action) {
        case Db::LeadAction::CreatedCustomerAndOrder:
            return tr("Customer and order created");
        case Db::LeadAction::CreatedOrder:
            return tr("Order created");
        case Db::LeadAction::UpdatedOrder:
            return tr("Order updated");
        default:
            return tr("Sent");
        }
    case LeadState::Skipped:
        return tr("Skipped");
    case LeadState::NoContact:
        return tr("No contact");
    case LeadState::Failed:
        return nextAttemptAt > 0 && nextAttemptAt != Db::kNoAutomaticRetry ? tr("Failed, will retry")
                                                                           : tr("Failed");
    case LeadState::History:
        return tr("Before the start date");
    }
    return {};
}

QString Labels::outcomeText(Db::LeadAction action)
{
    switch (action) {
    case Db::LeadAction::Failed:
        return leadStateText(Db::LeadState::Failed, action, 0);
    case Db::LeadAction::Skipped:
        return leadStateText(Db::LeadState::Skipped, action, 0);
    case Db::LeadAction::NoContact:
        return leadStateText(Db::LeadState::NoContact, action, 0);
    default:
        return leadStateText(Db::LeadState::Done, action, 0);
    }
}

QString Labels::reasonText(Db::LeadReason reason, const Problem &failure)
{
    if (reason == Db::LeadReason::None || reason == Db::LeadReason::Error)
        return failure.isEmpty() ? QString() : ProblemText::sentence(failure);
    return Sync::reasonText(reason);
}

QString Labels::problemToolTip(const Problem &problem)
{
    QStringList lines { ProblemText::sentence(problem) };
    const QString remedy = ProblemText::remedy(problem);
    if (!remedy.isEmpty())
        lines << tr("What to do: %1").arg(remedy);
    return lines.join(QLatin1Char('\n'));
}

QString Labels::orderActionText(Db::OrderAction action)
{
    switch (action) {
    case Db::OrderAction::Created:
        return tr("Created");
    case Db::OrderAction::Updated:
        return tr("Updated");
    case Db::OrderAction::Skipped:
        return tr("Skipped");
    case Db::OrderAction::Matched:
        return tr("Matched");
    }
    return {};
}

QString Labels::dealStateText(Db::DealState state)
{
    switch (state) {
    case Db::DealState::Pending:
        return tr("Waiting");
    case Db::DealState::Sending:
        return tr("Sending");
    case Db::DealState::Created:
        return tr("In Calltouch");
    case Db::DealState::Failed:
        return tr("Failed");
    case Db::DealState::Unknown:
        return tr("Checking");
    }
    return {};
}

QString Labels::bindingText(Db::BindingKind kind, const QString &leadId)
{
    switch (kind) {
    case Db::BindingKind::None:
        return tr("Not bound yet");
    case Db::BindingKind::NotFound:
        return tr("Lead not found");
    case Db::BindingKind::NoContacts:
        return tr("No contacts");
    case Db::BindingKind::Chain:
        return tr("Matched by Calltouch");
    case Db::BindingKind::Call:
        return leadText(Calltouch::Lead::Kind::Call, leadId);
    case Db::BindingKind::Request:
        return leadText(Calltouch::Lead::Kind::Request, leadId);
    }
    return {};
}

QString Labels::directionText(Db::ErrorDirection direction)
{
    switch (direction) {
    case Db::ErrorDirection::Leads:
        return tr("Calltouch → retailCRM");
    case Db::ErrorDirection::Deals:
        return tr("retailCRM → Calltouch");
    case Db::ErrorDirection::Setup:
        return tr("Setup");
    }
    return {};
}

QString Labels::itemText(const ErrorItem &item, const QString &orderNumber)
{
    switch (item.type) {
    case ErrorItem::Type::Lead:
        return leadText(item.leadKind, item.leadRemoteId);
    case ErrorItem::Type::Deal:
        return tr("Deal of order %1")
            .arg(orderNumber.isEmpty() ? QString::number(item.dealOrderId) : orderNumber);
    case ErrorItem::Type::Other:
        if (item.text == SilenceHistory::kItem)
            return tr("Silence alert");
        break;
    }
    return otherItemText(item.text);
}

QString Labels::otherItemText(const QString &item)
{
    // The engine's names for what is not a lead or a deal (core/sync): words made here, at display time.
    if (item == QLatin1String("poll.call"))
        return tr("Calltouch calls journal");
    if (item == QLatin1String("poll.request"))
        return tr("Calltouch requests journal");
    if (item == QLatin1String("poll.call.without-id"))
        return tr("Calltouch calls without an ID");
    if (item == QLatin1String("poll.request.without-id"))
        return tr("Calltouch requests without an ID");
    if (item == QLatin1String("journal"))
        return tr("Calltouch deals journal");
    if (item == QLatin1String("history"))
        return tr("retailCRM order history");
    if (item == QLatin1String("batch"))
        return tr("Deals sent together");
    if (item == QLatin1String("database"))
        return tr("Local database");
    if (item == QLatin1String("webhook"))
        return tr("Chat receiver");
    return item; // retailCRM, Calltouch: the service itself
}

QString Labels::referenceText(const QString &name, const QString &code)
{
    return name.isEmpty() ? code : name;
}

QString Labels::codeToolTip(const QString &code)
{
    return code.isEmpty() ? QString() : tr("Code in retailCRM: %1").arg(code);
}

Labels::Tone Labels::tone(Db::LeadState state)
{
    if (state == Db::LeadState::Failed)
        return Tone::Failed;
    const bool muted = state == Db::LeadState::NoContact || state == Db::LeadState::Skipped
        || state == Db::LeadState::History;
    return muted ? Tone::Muted : Tone::Normal;
}

Labels::Tone Labels::tone(Db::DealState state)
{
    if (state == Db::DealState::Failed)
        return Tone::Failed;
    const bool busy = state == Db::DealState::Unknown || state == Db::DealState::Sending;
    return busy ? Tone::Busy : Tone::Normal;
}

QVariant Labels::color(Tone tone)
{
    switch (tone) {
    case Tone::Failed:
        return QColor(0xb0, 0x1c, 0x1c);
    case Tone::Muted:
        return QColor(0x6b, 0x6b, 0x6b);
    case Tone::Busy:
        return QColor(0x8a, 0x5a, 0x00);
    case Tone::Normal:
        break;
    }
    return {};
}

} // namespace LeadBridge
