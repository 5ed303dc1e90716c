#include "errormodel.h"

#include "labels.h"

namespace LeadBridge {

static_assert(int(ErrorModel::ResolvedColumn) == int(ErrorsTable::ByResolved));

ErrorModel::ErrorModel(Store *store, QObject *parent)
    : RowTableModel(ErrorsTable::query(), columns(), store, parent)
{
    initialize(ColumnCount, TimeColumn, Qt::DescendingOrder);
}

QList<PagedTableModel::StatusOption> ErrorModel::statusOptions() const
{
    return {
        { QString(), tr("All errors") },
        { QStringLiteral("open"), tr("Not resolved") },
        { QStringLiteral("resolved"), tr("Resolved") },
        { Db::toDb(Db::ErrorDirection::Leads), Labels::directionText(Db::ErrorDirection::Leads) },
        { Db::toDb(Db::ErrorDirection::Deals), Labels::directionText(Db::ErrorDirection::Deals) },
    };
}

QVariant ErrorModel::roleData(const ErrorRow &row, int role) const
{
    switch (role) {
    case ItemRole:
        return row.item.text;
    case DirectionRole:
        return QVariant::fromValue(row.direction);
    case LeadIdRole:
        return row.leadId;
    case DealIdRole:
        return row.item.type == ErrorItem::Type::Deal ? row.item.dealOrderId : qint64(0);
    default:
        return {};
    }
}

QVector<ErrorModel::ColumnSpec> ErrorModel::columns()
{
    using Row = ErrorRow;
    const auto muted = [](const Row &r) {
        return r.resolved ? Labels::color(Labels::Tone::Muted) : QVariant();
    };
    const auto attempts = [](const Row &r) -> QVariant { return r.attempts; };
    return {
        { [] { return tr("Time"); }, [](const Row &r) -> QVariant { return localTime(r.at); },
            [](const Row &r) -> QVariant { return r.at; }, nullptr, muted },
        { [] { return tr("Direction"); },
            [](const Row &r) -> QVariant { return Labels::directionText(r.direction); }, nullptr, nullptr,
            muted },
        { [] { return tr("Item"); },
            [](const Row &r) -> QVariant { return Labels::itemText(r.item, r.orderNumber); }, nullptr,
            nullptr, muted },
        { [] { return tr("Message"); }, [](const Row &r) -> QVariant { return r.message; }, nullptr,
            [](const Row &r) -> QVariant { return r.message; }, muted },
        { [] { return tr("Attempts"); }, attempts, attempts, nullptr, muted, true },
        { [] { return tr("Next retry"); },
            [](const Row &r) -> QVariant { return r.resolved ? QString() : localTime(r.nextRetryAt); },
            [](const Row &r) -> QVariant { return r.nextRetryAt; }, nullptr, muted },
        { [] { return tr("Resolved"); },
            [](const Row &r) -> QVariant { return r.resolved ? tr("Yes") : tr("No"); },
            [](const Row &r) -> QVariant { return r.resolved; }, nullptr, muted },
    };
}

} // namespace LeadBridge
