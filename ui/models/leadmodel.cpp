#include "leadmodel.h"

#include "labels.h"

namespace LeadBridge {

LeadModel::LeadModel(Store *store, QObject *parent)
    : RowTableModel(LeadsTable::query(), description(), store, parent)
{}

QVariant LeadModel::roleData(const LeadRecord &row, int role) const
{
    return role == OrderIdRole && row.orderId > 0 ? QVariant(row.orderId) : QVariant();
}

LeadModel::Description LeadModel::description()
{
    using Db::LeadAction;
    using Db::LeadState;
    using Row = LeadRecord;
    const auto stateColor = [](const Row &r) { return Labels::color(Labels::tone(r.state)); };
    const auto reason = [](const Row &r) -> QVariant { return Labels::reasonText(r.reason, r.failure); };
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
            &field<&Row::occurredAt>, nullptr, nullptr, false, &isoTime<&Row::occurredAt> },
        { [] { return tr("Source"); }, &field<&Row::utmSource> },
        { [] { return tr("Channel"); }, &field<&Row::utmMedium> },
        { [] { return tr("Campaign"); }, &field<&Row::utmCampaign> },
        { [] { return tr("What happened"); },
            [](const Row &r) -> QVariant {
                return Labels::leadStateText(r.state, r.action, r.nextAttemptAt);
            },
            nullptr, nullptr, stateColor },
        { [] { return tr("Why"); }, reason, nullptr, reason, stateColor },
        { [] { return tr("Order"); }, &field<&Row::orderNumber>, &field<&Row::orderId> },
        { [] { return tr("Attempts"); },
            [](const Row &r) { return r.attempts > 0 ? QVariant(r.attempts) : QVariant(); },
            &field<&Row::attempts>, nullptr, nullptr, true },
    };
    d.statuses = {
        { QString(), [] { return tr("All leads"); } },
        { QStringLiteral("waiting"), [] { return Labels::leadStateText(LeadState::Waiting, {}, 0); } },
        { QStringLiteral("created"),
            [] { return Labels::leadStateText(LeadState::Done, LeadAction::CreatedOrder, 0); } },
        { QStringLiteral("updated"),
            [] { return Labels::leadStateText(LeadState::Done, LeadAction::UpdatedOrder, 0); } },
        { QStringLiteral("skipped"), [] { return Labels::leadStateText(LeadState::Skipped, {}, 0); } },
        { QStringLiteral("no_contact"), [] { return Labels::leadStateText(LeadState::NoContact, {}, 0); } },
        { QStringLiteral("failed"), [] { return Labels::leadStateText(LeadState::Failed, {}, 0); } },
    };
    d.sortColumn = TimeColumn;
    d.order = Qt::DescendingOrder;
    return d;
}

} // namespace LeadBridge
