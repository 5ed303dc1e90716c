#include "errormodel.h"

#include "labels.h"

namespace LeadBridge {
namespace {

    enum Field { FId, FAt, FDirection, FItem, FMessage, FAttempts, FNextRetry, FResolved, FOrderNumber };

} // namespace

ErrorModel::ErrorModel(Store *store, QObject *parent)
    : PagedSqlModel(store, parent)
{
    initialize(ColumnCount, TimeColumn, Qt::DescendingOrder);
}

QList<PagedSqlModel::StatusOption> ErrorModel::statusOptions() const
{
    return {
        { QString(), tr("All errors") },
        { QStringLiteral("open"), tr("Not resolved") },
        { QStringLiteral("resolved"), tr("Resolved") },
        { QStringLiteral("leads"), tr("Calltouch → retailCRM") },
        { QStringLiteral("deals"), tr("retailCRM → Calltouch") },
    };
}

QString ErrorModel::selectSql() const
{
    return QStringLiteral("SELECT e.id, e.at, e.direction, e.item, e.message, e.attempts, e.next_retry_at,"
                          " e.resolved, d.order_number FROM errors e LEFT JOIN deals d"
                          " ON e.item LIKE 'deal:%' AND d.order_id = CAST(substr(e.item, 6) AS INTEGER)");
}

QStringList ErrorModel::sortExpressions() const
{
    return {
        QStringLiteral("e.at"),
        QStringLiteral("e.direction"),
        QStringLiteral("e.item"),
        QStringLiteral("e.message"),
        QStringLiteral("e.attempts"),
        QStringLiteral("IFNULL(e.next_retry_at, 0)"),
        QStringLiteral("e.resolved"),
    };
}

QString ErrorModel::keyExpression() const
{
    return QStringLiteral("e.id");
}

QStringList ErrorModel::searchExpressions() const
{
    return { QStringLiteral("e.item"), QStringLiteral("e.message"), QStringLiteral("d.order_number") };
}

QString ErrorModel::statusCondition(const QString &key) const
{
    if (key == QLatin1String("open"))
        return QStringLiteral("e.resolved=0");
    if (key == QLatin1String("resolved"))
        return QStringLiteral("e.resolved<>0");
    if (key == QLatin1String("leads") || key == QLatin1String("deals"))
        return QStringLiteral("e.direction='%1'").arg(key);
    return {};
}

QString ErrorModel::headerText(int column) const
{
    switch (column) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Direction");
    case ItemColumn:
        return tr("Item");
    case MessageColumn:
        return tr("Message");
    case AttemptsColumn:
        return tr("Attempts");
    case NextRetryColumn:
        return tr("Next retry");
    case ResolvedColumn:
        return tr("Resolved");
    default:
        return {};
    }
}

QVariant ErrorModel::cellData(const Row &row, int column, int role) const
{
    const bool resolved = row.at(FResolved).toInt() != 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return localTime(row.at(FAt));
        case DirectionColumn:
            return Labels::directionText(row.at(FDirection).toString());
        case ItemColumn:
            return Labels::itemText(row.at(FItem).toString(), row.at(FOrderNumber).toString());
        case MessageColumn:
            return row.at(FMessage);
        case AttemptsColumn:
            return row.at(FAttempts).toInt();
        case NextRetryColumn:
            return resolved ? QString() : localTime(row.at(FNextRetry));
        case ResolvedColumn:
            return resolved ? tr("Yes") : tr("No");
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case TimeColumn:
            return timeSortValue(row.at(FAt));
        case AttemptsColumn:
            return row.at(FAttempts).toInt();
        case NextRetryColumn:
            return timeSortValue(row.at(FNextRetry));
        case ResolvedColumn:
            return resolved;
        default:
            return cellData(row, column, Qt::DisplayRole);
        }
    case ItemRole:
        return row.at(FItem);
    case DirectionRole:
        return row.at(FDirection);
    case Qt::ToolTipRole:
        return column == MessageColumn ? row.at(FMessage) : QVariant();
    case Qt::ForegroundRole:
        return resolved ? Labels::stateColor(QStringLiteral("skipped")) : QVariant();
    case Qt::TextAlignmentRole:
        return column == AttemptsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

} // namespace LeadBridge
