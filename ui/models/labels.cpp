#include "labels.h"

#include <QStringList>

#include "rules/leadrules.h"

namespace LeadBridge {

QString Labels::kindText(const QString &kind)
{
    if (kind == QLatin1String("call"))
        return tr("Call");
    if (kind == QLatin1String("request"))
        return tr("Request");
    if (kind == QLatin1String("chat"))
        return tr("Chat");
    return kind;
}

QString Labels::leadStateText(const QString &state, const QString &action, qint64 nextAttemptAt)
{
    if (state == QLatin1String("waiting"))
        return nextAttemptAt > 0 ? tr("Waiting to retry") : tr("Waiting");
    if (state == QLatin1String("done")) {
        if (action == QLatin1String("created-customer-and-order"))
            return tr("Customer and order created");
        if (action.startsWith(QLatin1String("created")))
            return tr("Order created");
        if (action.startsWith(QLatin1String("updated")))
            return tr("Order updated");
        return tr("Sent");
    }
    if (state == QLatin1String("skipped"))
        return tr("Skipped");
    if (state == QLatin1String("no_contact"))
        return tr("No contact");
    if (state == QLatin1String("failed"))
        return nextAttemptAt > 0 ? tr("Failed, will retry") : tr("Failed");
    if (state == QLatin1String("history"))
        return tr("Before the start date");
    return state;
}

QString Labels::reasonText(const QString &reason)
{
    return reason.isEmpty() ? QString() : Sync::reasonText(Db::fromDb<Db::LeadReason>(reason));
}

QString Labels::orderActionText(const QString &action)
{
    if (action == QLatin1String("created"))
        return tr("Created");
    if (action == QLatin1String("updated"))
        return tr("Updated");
    if (action == QLatin1String("skipped"))
        return tr("Skipped");
    if (action == QLatin1String("matched"))
        return tr("Matched");
    return action;
}

QString Labels::dealStateText(const QString &state)
{
    if (state == QLatin1String("pending"))
        return tr("Waiting");
    if (state == QLatin1String("sending"))
        return tr("Sending");
    if (state == QLatin1String("created"))
        return tr("In Calltouch");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("unknown"))
        return tr("Checking");
    return state;
}

QString Labels::bindingText(const QString &binding)
{
    if (binding.isEmpty())
        return tr("Not bound yet");
    if (binding == QLatin1String("none") || binding == QLatin1String("not-found"))
        return tr("Lead not found");
    if (binding == QLatin1String("no-contacts"))
        return tr("No contacts");
    if (binding == QLatin1String("chain"))
        return tr("Matched by Calltouch");
    const int colon = binding.indexOf(QLatin1Char(':'));
    if (colon > 0)
        return tr("%1 %2", "lead kind and id").arg(kindText(binding.left(colon)), binding.mid(colon + 1));
    return binding;
}

QString Labels::directionText(const QString &direction)
{
    if (direction == QLatin1String("leads"))
        return tr("Calltouch → retailCRM");
    if (direction == QLatin1String("deals"))
        return tr("retailCRM → Calltouch");
    if (direction == QLatin1String("setup"))
        return tr("Setup");
    return direction;
}

QString Labels::itemText(const QString &item, const QString &orderNumber)
{
    const QStringList parts = item.split(QLatin1Char(':'));
    if (parts.size() == 3 && parts.at(0) == QLatin1String("lead"))
        return tr("%1 %2", "lead kind and id").arg(kindText(parts.at(1)), parts.at(2));
    if (parts.size() == 2 && parts.at(0) == QLatin1String("deal"))
        return tr("Deal of order %1").arg(orderNumber.isEmpty() ? parts.at(1) : orderNumber);
    return item;
}

QVariant Labels::stateColor(const QString &state)
{
    if (state == QLatin1String("failed"))
        return QColor(0xb0, 0x1c, 0x1c);
    if (state == QLatin1String("no_contact") || state == QLatin1String("skipped")
        || state == QLatin1String("history"))
        return QColor(0x6b, 0x6b, 0x6b);
    if (state == QLatin1String("unknown") || state == QLatin1String("sending"))
        return QColor(0x8a, 0x5a, 0x00);
    return {};
}

} // namespace LeadBridge
