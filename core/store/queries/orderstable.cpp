#include "orderstable.h"

#include "store/queries/rowreader.h"

namespace LeadBridge {
namespace {

    TableSql ordersSql()
    {
        TableSql sql;
        sql.select = QStringLiteral(
            "SELECT o.order_id, o.number, o.site, o.customer_name, o.action, o.reason, o.lead_id,"
            " l.kind, l.remote_id, o.updated_at, sn.name FROM orders o LEFT JOIN leads l ON l.id = o.lead_id"
            " LEFT JOIN reference_names sn ON sn.kind = 'site' AND sn.code = o.site");
        sql.key = QStringLiteral("o.order_id");
        sql.sortBy = { QStringLiteral("o.order_id"), QStringLiteral("o.site"),
            QStringLiteral("o.customer_name"), QStringLiteral("o.action"), QStringLiteral("o.reason"),
            QStringLiteral("IFNULL(l.kind || l.remote_id, '')"), QStringLiteral("o.updated_at") };
        sql.search = { QStringLiteral("o.number"), QStringLiteral("o.site"),
            QStringLiteral("o.customer_name"), QStringLiteral("o.reason"), QStringLiteral("l.remote_id"),
            QStringLiteral("l.phone"), QStringLiteral("l.email"), QStringLiteral("sn.name") };
        sql.countFrom = QStringLiteral("FROM orders o"); // the lead and the names are joined for columns only
        using Db::OrderAction;
        sql.addValueStatuses(QStringLiteral("o.action"),
            { Db::toDb(OrderAction::Created), Db::toDb(OrderAction::Updated), Db::toDb(OrderAction::Skipped),
                Db::toDb(OrderAction::Matched) });
        return sql;
    }

} // namespace

RowReader &operator>>(RowReader &in, OrderRecord &r)
{
    return in >> r.id >> r.number >> r.site >> r.customerName >> r.action >> r.reason >> r.leadId
        >> r.leadKind >> r.leadRemoteId >> r.updatedAt >> r.siteName;
}

const RowQuery<OrderRecord> &OrdersTable::query()
{
    static const RowQuery<OrderRecord> query(ordersSql(), &RowReader::read<OrderRecord>);
    return query;
}

} // namespace LeadBridge
