#include "dealmodel.h"

#include <QLocale>

#include "labels.h"

namespace LeadBridge {
namespace {

    enum Field {
        FId,
        FNumber,
        FSite,
        FStatus,
        FRevenue,
        FManager,
        FBinding,
        FBindingNote,
        FState,
        FPushedAt,
        FError,
        FAttempts,
        FLeadSource,
    };

} // namespace

DealModel::DealModel(Store *store, QObject *parent)
    : PagedSqlModel(store, parent)
{
    initialize(ColumnCount, OrderColumn, Qt::DescendingOrder);
}

QList<PagedSqlModel::StatusOption> DealModel::statusOptions() const
{
    return {
        { QString(), tr("All deals") },
        { QStringLiteral("pending"), tr("Waiting") },
        { QStringLiteral("created"), tr("In Calltouch") },
        { QStringLiteral("failed"), tr("Failed") },
        { QStringLiteral("bound"), tr("Bound to a lead") },
        { QStringLiteral("not-found"), tr("Lead not found") },
        { QStringLiteral("no-contacts"), tr("No contacts") },
    };
}

QString DealModel::selectSql() const
{
    // The bound lead by (kind, remote_id), which the leads' unique index serves.
    return QStringLiteral(
        "SELECT d.order_id, d.order_number, d.site, d.status, d.revenue, d.manager, (d.binding_kind || CASE WHEN d.binding_lead_id <> '' THEN ':' || d.binding_lead_id ELSE '' END), "
        "d.binding_note,"
        " d.state, d.last_pushed_at, d.error, d.attempts, l.utm_source FROM deals d LEFT JOIN leads l"
        " ON d.binding_lead_id <> '' AND l.kind = d.binding_kind"
        " AND l.remote_id = d.binding_lead_id");
}

QStringList DealModel::sortExpressions() const
{
    return {
        QStringLiteral("d.order_id"),
        QStringLiteral("d.site"),
        QStringLiteral("d.status"),
        QStringLiteral("CAST(d.revenue AS REAL)"),
        QStringLiteral("d.manager"),
        QStringLiteral("(d.binding_kind || CASE WHEN d.binding_lead_id <> '' THEN ':' || d.binding_lead_id ELSE '' END)"),
        QStringLiteral("d.state"),
        QStringLiteral("IFNULL(d.last_pushed_at, 0)"),
        QStringLiteral("d.error"),
    };
}

QString DealModel::keyExpression() const
{
    return QStringLiteral("d.order_id");
}

QStringList DealModel::searchExpressions() const
{
    return { QStringLiteral("d.order_number"), QStringLiteral("d.site"), QStringLiteral("d.status"),
        QStringLiteral("d.manager"), QStringLiteral("d.email"), QStringLiteral("(d.binding_kind || CASE WHEN d.binding_lead_id <> '' THEN ':' || d.binding_lead_id ELSE '' END)"),
        QStringLiteral("d.binding_note"), QStringLiteral("d.error"), QStringLiteral("l.utm_source") };
}

QStringList DealModel::phoneExpressions() const
{
    return { QStringLiteral("d.phone") };
}

QString DealModel::statusCondition(const QString &key) const
{
    if (key == QLatin1String("pending"))
        return QStringLiteral("d.state IN ('pending','sending','unknown')");
    if (key == QLatin1String("created"))
        return QStringLiteral("d.state='created'");
    if (key == QLatin1String("failed"))
        return QStringLiteral("d.state='failed' OR d.error<>''");
    if (key == QLatin1String("bound"))
        return QStringLiteral("d.binding_kind IN ('call','request','chain')");
    if (key == QLatin1String("not-found"))
        return QStringLiteral("d.binding_kind IN ('none','not-found')");
    if (key == QLatin1String("no-contacts"))
        return QStringLiteral("d.binding_kind='no-contacts'");
    return {};
}

QString DealModel::headerText(int column) const
{
    switch (column) {
    case OrderColumn:
        return tr("Order");
    case ShopColumn:
        return tr("Shop");
    case StatusColumn:
        return tr("Status");
    case RevenueColumn:
        return tr("Revenue");
    case ManagerColumn:
        return tr("Manager");
    case LeadColumn:
        return tr("Lead");
    case StateColumn:
        return tr("State");
    case PushedColumn:
        return tr("Last pushed");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

QVariant DealModel::cellData(const Row &row, int column, int role) const
{
    const QString state = row.at(FState).toString();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case OrderColumn:
            return row.at(FNumber);
        case ShopColumn:
            return row.at(FSite);
        case StatusColumn:
            return row.at(FStatus);
        case RevenueColumn: {
            bool ok = false;
            const double revenue = row.at(FRevenue).toString().toDouble(&ok);
            return ok ? QLocale().toString(revenue, 'f', 2) : row.at(FRevenue).toString();
        }
        case ManagerColumn:
            return row.at(FManager);
        case LeadColumn: {
            const QString text = Labels::bindingText(row.at(FBinding).toString());
            const QString source = row.at(FLeadSource).toString();
            return source.isEmpty() ? text : tr("%1 · %2", "lead and its utm_source").arg(text, source);
        }
        case StateColumn:
            return Labels::dealStateText(state);
        case PushedColumn:
            return localTime(row.at(FPushedAt));
        case ErrorColumn:
            return row.at(FError);
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case OrderColumn:
            return row.at(FId).toLongLong();
        case RevenueColumn:
            return row.at(FRevenue).toString().toDouble();
        case PushedColumn:
            return timeSortValue(row.at(FPushedAt));
        default:
            return cellData(row, column, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (column == LeadColumn)
            return row.at(FBindingNote).toString();
        if (column == ErrorColumn)
            return row.at(FError).toString();
        return {};
    case Qt::ForegroundRole:
        if (column == StateColumn || column == ErrorColumn)
            return Labels::stateColor(state);
        if (column == LeadColumn && !row.at(FBinding).toString().contains(QLatin1Char(':')))
            return Labels::stateColor(QStringLiteral("skipped"));
        return {};
    case Qt::TextAlignmentRole:
        return column == RevenueColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

} // namespace LeadBridge
