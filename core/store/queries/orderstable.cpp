#include "orderstable.h"

#include "store/queries/rowvalues.h"

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

    OrderRow readOrder(const QSqlQuery &q)
    {
        using namespace RowValues;
        OrderRow row;
        row.id = q.value(FId).toLongLong();
        row.number = text(q, FNumber);
        row.site = text(q, FSite);
        row.customerName = text(q, FCustomer);
        row.action = value<Db::OrderAction>(q, FAction);
        row.reason = value<Db::LeadReason>(q, FReason);
        row.leadId = q.value(FLeadId).toLongLong();
        row.leadKind = kind(q, FLeadKind, &row.hasLead);
        row.leadRemoteId = text(q, FLeadRemote);
        row.updatedAt = ms(q, FUpdatedAt);
        return row;
    }

    TableSql ordersSql()
    {
        TableSql sql;
        sql.select = QStringLiteral(
            "SELECT o.order_id, o.number, o.site, o.customer_name, o.action, o.reason, o.lead_id,"
            " l.kind, l.remote_id, o.updated_at FROM orders o LEFT JOIN leads l ON l.id = o.lead_id");
        sql.key = QStringLiteral("o.order_id");
        sql.sortBy = { QStringLiteral("o.order_id"), QStringLiteral("o.site"),
            QStringLiteral("o.customer_name"), QStringLiteral("o.action"), QStringLiteral("o.reason"),
            QStringLiteral("l.kind || l.remote_id"), QStringLiteral("o.updated_at") };
        sql.search = { QStringLiteral("o.number"), QStringLiteral("o.site"),
            QStringLiteral("o.customer_name"), QStringLiteral("o.reason"), QStringLiteral("l.remote_id"),
            QStringLiteral("l.phone"), QStringLiteral("l.email") };
        for (const auto action : { Db::OrderAction::Created, Db::OrderAction::Updated,
                 Db::OrderAction::Skipped, Db::OrderAction::Matched }) {
            const QString key = Db::toDb(action);
            sql.statusConditions.insert(key, QStringLiteral("o.action='%1'").arg(key));
        }
        return sql;
    }

} // namespace

const RowQuery<OrderRow> &OrdersTable::query()
{
    static const RowQuery<OrderRow> query(ordersSql(), &readOrder);
    return query;
}

} // namespace LeadBridge
