#include "ordermodel.h"

#include "labels.h"

namespace LeadBridge {

static_assert(int(OrderModel::TimeColumn) == int(OrdersTable::ByTime));

OrderModel::OrderModel(Store *store, QObject *parent)
    : RowTableModel(OrdersTable::query(), columns(), store, parent)
{
    initialize(ColumnCount, TimeColumn, Qt::DescendingOrder);
}

QList<PagedTableModel::StatusOption> OrderModel::statusOptions() const
{
    using Db::OrderAction;
    return {
        { QString(), tr("All orders") },
        { Db::toDb(OrderAction::Created), tr("Created") },
        { Db::toDb(OrderAction::Updated), tr("Updated") },
        { Db::toDb(OrderAction::Skipped), tr("Skipped") },
        { Db::toDb(OrderAction::Matched), tr("Matched") },
    };
}

QVariant OrderModel::roleData(const OrderRow &row, int role) const
{
    return role == LeadIdRole ? QVariant(row.leadId) : QVariant();
}

QVector<OrderModel::ColumnSpec> OrderModel::columns()
{
    using Row = OrderRow;
    const auto reason = [](const Row &r) -> QVariant { return Labels::reasonText(r.reason); };
    return {
        { [] { return tr("Order"); }, [](const Row &r) -> QVariant { return r.number; },
            [](const Row &r) -> QVariant { return r.id; } },
        { [] { return tr("Shop"); }, [](const Row &r) -> QVariant { return r.site; } },
        { [] { return tr("Customer"); }, [](const Row &r) -> QVariant { return r.customerName; } },
        { [] { return tr("Action"); },
            [](const Row &r) -> QVariant { return Labels::orderActionText(r.action); }, nullptr, nullptr,
            [](const Row &r) {
                return r.action == Db::OrderAction::Skipped ? Labels::color(Labels::Tone::Muted) : QVariant();
            } },
        { [] { return tr("Why"); }, reason, nullptr, reason },
        { [] { return tr("Lead"); },
            [](const Row &r) -> QVariant {
                return r.hasLead ? Labels::leadText(r.leadKind, r.leadRemoteId) : QString();
            } },
        { [] { return tr("Time"); }, [](const Row &r) -> QVariant { return localTime(r.updatedAt); },
            [](const Row &r) -> QVariant { return r.updatedAt; } },
    };
}

} // namespace LeadBridge
