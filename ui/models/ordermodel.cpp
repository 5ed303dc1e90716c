#include "ordermodel.h"

#include "labels.h"

namespace LeadBridge {
namespace {

    enum Field {
        FId,
        FNumber,
        FSite,
        FCustomer,
        FAction,
        FReason,
        FLeadId,
        FLeadKind,
        FLeadRemote,
        FUpdatedAt
    };

} // namespace

OrderModel::OrderModel(Store *store, QObject *parent)
    : PagedSqlModel(store, parent)
{
    initialize(ColumnCount, TimeColumn, Qt::DescendingOrder);
}

QList<PagedSqlModel::StatusOption> OrderModel::statusOptions() const
{
    return {
        { QString(), tr("All orders") },
        { QStringLiteral("created"), tr("Created") },
        { QStringLiteral("updated"), tr("Updated") },
        { QStringLiteral("skipped"), tr("Skipped") },
        { QStringLiteral("matched"), tr("Matched") },
    };
}

QString OrderModel::selectSql() const
{
    return QStringLiteral(
        "SELECT o.order_id, o.number, o.site, o.customer_name, o.action, o.reason, o.lead_id,"
        " l.kind, l.remote_id, o.updated_at FROM orders o LEFT JOIN leads l ON l.id = o.lead_id");
}

QStringList OrderModel::sortExpressions() const
{
    return {
        QStringLiteral("o.order_id"),
        QStringLiteral("o.site"),
        QStringLiteral("o.customer_name"),
        QStringLiteral("o.action"),
        QStringLiteral("o.reason"),
        QStringLiteral("l.kind || l.remote_id"),
        QStringLiteral("o.updated_at"),
    };
}

QString OrderModel::keyExpression() const
{
    return QStringLiteral("o.order_id");
}

QStringList OrderModel::searchExpressions() const
{
    return { QStringLiteral("o.number"), QStringLiteral("o.site"), QStringLiteral("o.customer_name"),
        QStringLiteral("o.reason"), QStringLiteral("l.remote_id"), QStringLiteral("l.phone"),
        QStringLiteral("l.email") };
}

QString OrderModel::statusCondition(const QString &key) const
{
    if (key.isEmpty())
        return {};
    if (key == QLatin1String("created") || key == QLatin1String("updated") || key == QLatin1String("skipped")
        || key == QLatin1String("matched"))
        return QStringLiteral("o.action='%1'").arg(key);
    return {};
}

QString OrderModel::headerText(int column) const
{
    switch (column) {
    case NumberColumn:
        return tr("Order");
    case ShopColumn:
        return tr("Shop");
    case CustomerColumn:
        return tr("Customer");
    case ActionColumn:
        return tr("Action");
    case ReasonColumn:
        return tr("Why");
    case LeadColumn:
        return tr("Lead");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

QVariant OrderModel::cellData(const Row &row, int column, int role) const
{
    const auto leadText = [&row] {
        return row.at(FLeadKind).isNull()
            ? QString()
            : tr("%1 %2", "lead kind and id")
                  .arg(Labels::kindText(row.at(FLeadKind).toString()), row.at(FLeadRemote).toString());
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return row.at(FNumber);
        case ShopColumn:
            return row.at(FSite);
        case CustomerColumn:
            return row.at(FCustomer);
        case ActionColumn:
            return Labels::orderActionText(row.at(FAction).toString());
        case ReasonColumn:
            return Labels::reasonText(row.at(FReason).toString());
        case LeadColumn:
            return leadText();
        case TimeColumn:
            return localTime(row.at(FUpdatedAt));
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case NumberColumn:
            return row.at(FId).toLongLong();
        case TimeColumn:
            return timeSortValue(row.at(FUpdatedAt));
        default:
            return cellData(row, column, Qt::DisplayRole);
        }
    case LeadIdRole:
        return row.at(FLeadId).toLongLong();
    case Qt::ToolTipRole:
        return column == ReasonColumn ? Labels::reasonText(row.at(FReason).toString()) : QVariant();
    case Qt::ForegroundRole:
        return column == ActionColumn && row.at(FAction).toString() == QLatin1String("skipped")
            ? Labels::stateColor(QStringLiteral("skipped"))
            : QVariant();
    default:
        return {};
    }
}

} // namespace LeadBridge
