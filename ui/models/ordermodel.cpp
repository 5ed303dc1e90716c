#include "ordermodel.h"

#include "labels.h"

namespace LeadBridge {

OrderModel::OrderModel(Store *store, QObject *parent)
    : RowTableModel(OrdersTable::query(), description(), store, parent)
{}

QVariant OrderModel::roleData(const OrderRecord &row, int role) const
{
    switch (role) {
    case LeadIdRole:
        return row.leadId;
    case OrderIdRole:
        return row.orderId; // the row's key (row.id) is the lead's

    default:
        return {};
    }
}

OrderModel::Description OrderModel::description()
{
    using Row = OrderRecord;
    const auto reason = [](const Row &r) -> QVariant { return Labels::reasonText(r.reason); };
    using Db::OrderAction;
    Description d;
    d.columns = {
        { [] { return tr("Order"); }, &field<&Row::number>, &field<&Row::orderId> },
        { [] { return tr("Shop"); },
            [](const Row &r) -> QVariant { return Labels::referenceText(r.siteName, r.site); }, nullptr,
            [](const Row &r) -> QVariant { return Labels::codeToolTip(r.site); } },
        { [] { return tr("Customer"); }, &field<&Row::customerName> },
        { [] { return tr("Action"); },
            [](const Row &r) -> QVariant { return Labels::orderActionText(r.action); }, nullptr, nullptr,
            [](const Row &r) {
                return r.action == Db::OrderAction::Skipped ? Labels::color(Labels::Tone::Muted) : QVariant();
            } },
        { [] { return tr("Why"); }, reason, nullptr, reason },
        { [] { return tr("Lead"); },
            [](const Row &r) -> QVariant {
                return r.leadKind ? Labels::leadText(*r.leadKind, r.leadRemoteId) : QString();
            } },
        { [] { return tr("Time"); }, [](const Row &r) -> QVariant { return localTime(r.updatedAt); },
            &field<&Row::updatedAt>, nullptr, nullptr, false, &isoTime<&Row::updatedAt> },
    };
    d.statuses = {
        { QString(), [] { return tr("All orders"); } },
        { Db::toDb(OrderAction::Created), [] { return Labels::orderActionText(OrderAction::Created); } },
        { Db::toDb(OrderAction::Updated), [] { return Labels::orderActionText(OrderAction::Updated); } },
        { Db::toDb(OrderAction::Skipped), [] { return Labels::orderActionText(OrderAction::Skipped); } },
        { Db::toDb(OrderAction::Matched), [] { return Labels::orderActionText(OrderAction::Matched); } },
    };
    d.sortColumn = TimeColumn;
    d.order = Qt::DescendingOrder;
    return d;
}

} // namespace LeadBridge
