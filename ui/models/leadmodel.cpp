#include "leadmodel.h"

#include "labels.h"

namespace LeadBridge {

LeadModel::LeadModel(Store *store, QObject *parent)
    : RowTableModel(LeadsTable::query(), description(), store, parent)
{}

LeadModel::Description LeadModel::description()
{
    using Row = LeadRecord;
    const auto stateColor = [](const Row &r) { return Labels::color(Labels::tone(r.state)); };
    const auto reason = [](const Row &r) -> QVariant { return Labels::reasonText(r.reason, r.detail); };
    Description d;
    d.columns = {
        { [] { return tr("Kind"); }, [](const Row &r) -> QVariant { return Labels::kindText(r.kind); },
            nullptr, [](const Row &r) -> QVariant { return Labels::leadText(r.kind, r.remoteId); } },
        { [] { return tr("Contact"); },
            [](const Row &r) -> QVariant { return r.phone.isEmpty() ? r.email : r.phone; }, nullptr,
            [](const Row &r) -> QVariant {
                QStringList parts { r.name, r.phone, r.email };
                parts.removeAll(QString());
                return parts.join(QLatin1Char('\n'));
            } },
        { [] { return tr("Time"); }, [](const Row &r) -> QVariant { return localTime(r.occurredAt); },
            [](const Row &r) -> QVariant { return r.occurredAt; } },
        { [] { return tr("Source"); }, [](const Row &r) -> QVariant { return r.utmSource; } },
        { [] { return tr("Channel"); }, [](const Row &r) -> QVariant { return r.utmMedium; } },
        { [] { return tr("Campaign"); }, [](const Row &r) -> QVariant { return r.utmCampaign; } },
        { [] { return tr("What happened"); },
            [](const Row &r) -> QVariant {
                return Labels::leadStateText(r.state, r.action, r.nextAttemptAt);
            },
            nullptr, nullptr, stateColor },
        { [] { return tr("Why"); }, reason, nullptr, reason, stateColor },
        { [] { return tr("Order"); }, [](const Row &r) -> QVariant { return r.orderNumber; },
            [](const Row &r) -> QVariant { return r.orderId; } },
        { [] { return tr("Attempts"); },
            [](const Row &r) { return r.attempts > 0 ? QVariant(r.attempts) : QVariant(); },
            [](const Row &r) -> QVariant { return r.attempts; }, nullptr, nullptr, true },
    };
    d.statuses = {
        { QString(), [] { return tr("All leads"); } },
        { QStringLiteral("waiting"), [] { return tr("Waiting"); } },
        { QStringLiteral("created"), [] { return tr("Order created"); } },
        { QStringLiteral("updated"), [] { return tr("Order updated"); } },
        { QStringLiteral("skipped"), [] { return tr("Skipped"); } },
        { QStringLiteral("no_contact"), [] { return tr("No contact"); } },
        { QStringLiteral("failed"), [] { return tr("Failed"); } },
    };
    d.sortColumn = TimeColumn;
    d.order = Qt::DescendingOrder;
    return d;
}

} // namespace LeadBridge
