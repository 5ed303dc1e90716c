#include "leadmodel.h"

#include "labels.h"

namespace LeadBridge {
namespace {

    enum Field {
        FId,
        FKind,
        FRemoteId,
        FOccurredAt,
        FPhone,
        FEmail,
        FName,
        FUtmSource,
        FUtmMedium,
        FUtmCampaign,
        FState,
        FAction,
        FReason,
        FOrderNumber,
        FAttempts,
        FNextAttempt,
        FOrderId,
    };

} // namespace

LeadModel::LeadModel(Store *store, QObject *parent)
    : PagedSqlModel(store, parent)
{
    initialize(ColumnCount, TimeColumn, Qt::DescendingOrder);
}

QList<PagedSqlModel::StatusOption> LeadModel::statusOptions() const
{
    return {
        { QString(), tr("All leads") },
        { QStringLiteral("waiting"), tr("Waiting") },
        { QStringLiteral("created"), tr("Order created") },
        { QStringLiteral("updated"), tr("Order updated") },
        { QStringLiteral("skipped"), tr("Skipped") },
        { QStringLiteral("no_contact"), tr("No contact") },
        { QStringLiteral("failed"), tr("Failed") },
    };
}

QString LeadModel::selectSql() const
{
    return QStringLiteral("SELECT l.id, l.kind, l.remote_id, l.occurred_at, l.phone, l.email, l.name,"
                          " l.utm_source, l.utm_medium, l.utm_campaign, l.state, l.action, l.reason,"
                          " l.order_number, l.attempts, l.next_attempt_at, l.order_id FROM leads l");
}

QStringList LeadModel::sortExpressions() const
{
    return {
        QStringLiteral("l.kind"),
        QStringLiteral("CASE WHEN l.phone<>'' THEN l.phone ELSE l.email END"),
        QStringLiteral("l.occurred_at"),
        QStringLiteral("l.utm_source"),
        QStringLiteral("l.utm_medium"),
        QStringLiteral("l.utm_campaign"),
        QStringLiteral("l.state || l.action"),
        QStringLiteral("l.reason"),
        QStringLiteral("IFNULL(l.order_id, 0)"),
        QStringLiteral("l.attempts"),
    };
}

QString LeadModel::keyExpression() const
{
    return QStringLiteral("l.id");
}

QStringList LeadModel::searchExpressions() const
{
    return { QStringLiteral("l.remote_id"), QStringLiteral("l.phone"), QStringLiteral("l.email"),
        QStringLiteral("l.name"), QStringLiteral("l.subject"), QStringLiteral("l.utm_source"),
        QStringLiteral("l.utm_medium"), QStringLiteral("l.utm_campaign"), QStringLiteral("l.utm_term"),
        QStringLiteral("l.order_number"), QStringLiteral("l.reason") };
}

QStringList LeadModel::phoneExpressions() const
{
    return { QStringLiteral("l.phone") };
}

QString LeadModel::statusCondition(const QString &key) const
{
    if (key == QLatin1String("waiting"))
        return QStringLiteral("l.state='waiting'");
    if (key == QLatin1String("created"))
        return QStringLiteral("l.state='done' AND l.action LIKE 'created%'");
    if (key == QLatin1String("updated"))
        return QStringLiteral("l.state='done' AND l.action LIKE 'updated%'");
    if (key == QLatin1String("skipped"))
        return QStringLiteral("l.state='skipped'");
    if (key == QLatin1String("no_contact"))
        return QStringLiteral("l.state='no_contact'");
    if (key == QLatin1String("failed"))
        return QStringLiteral("l.state='failed'");
    return {};
}

QString LeadModel::headerText(int column) const
{
    switch (column) {
    case KindColumn:
        return tr("Kind");
    case ContactColumn:
        return tr("Contact");
    case TimeColumn:
        return tr("Time");
    case UtmSourceColumn:
        return tr("Source");
    case UtmMediumColumn:
        return tr("Channel");
    case UtmCampaignColumn:
        return tr("Campaign");
    case StateColumn:
        return tr("What happened");
    case ReasonColumn:
        return tr("Why");
    case OrderColumn:
        return tr("Order");
    case AttemptsColumn:
        return tr("Attempts");
    default:
        return {};
    }
}

QVariant LeadModel::cellData(const Row &row, int column, int role) const
{
    const QString state = row.at(FState).toString();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case KindColumn:
            return Labels::kindText(row.at(FKind).toString());
        case ContactColumn: {
            const QString phone = row.at(FPhone).toString();
            return phone.isEmpty() ? row.at(FEmail).toString() : phone;
        }
        case TimeColumn:
            return localTime(row.at(FOccurredAt));
        case UtmSourceColumn:
            return row.at(FUtmSource);
        case UtmMediumColumn:
            return row.at(FUtmMedium);
        case UtmCampaignColumn:
            return row.at(FUtmCampaign);
        case StateColumn:
            return Labels::leadStateText(
                state, row.at(FAction).toString(), row.at(FNextAttempt).toLongLong());
        case ReasonColumn:
            return Labels::reasonText(row.at(FReason).toString());
        case OrderColumn:
            return row.at(FOrderNumber);
        case AttemptsColumn: {
            const int attempts = row.at(FAttempts).toInt();
            return attempts > 0 ? QVariant(attempts) : QVariant();
        }
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case TimeColumn:
            return timeSortValue(row.at(FOccurredAt));
        case AttemptsColumn:
            return row.at(FAttempts).toInt();
        case OrderColumn:
            return row.at(FOrderId).toLongLong();
        default:
            return cellData(row, column, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (column) {
        case KindColumn:
            return tr("%1 %2", "lead kind and id")
                .arg(Labels::kindText(row.at(FKind).toString()), row.at(FRemoteId).toString());
        case ContactColumn: {
            QStringList parts;
            for (int field : { FName, FPhone, FEmail }) {
                if (!row.at(field).toString().isEmpty())
                    parts << row.at(field).toString();
            }
            return parts.join(QLatin1Char('\n'));
        }
        case ReasonColumn:
            return Labels::reasonText(row.at(FReason).toString());
        default:
            return {};
        }
    case Qt::ForegroundRole:
        return column == StateColumn || column == ReasonColumn ? Labels::stateColor(state) : QVariant();
    case Qt::TextAlignmentRole:
        return column == AttemptsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

} // namespace LeadBridge
