#include "orderstable.h"

#include "store/queries/leadresults.h"
#include "store/queries/rowreader.h"

namespace LeadBridge {
namespace {

    TableSql ordersSql()
    {
        TableSql sql;
        sql.select = QStringLiteral(
            "SELECT l.id, l.order_id, l.order_number, IFNULL(o.site, ''), IFNULL(o.customer_name, ''), %1,"
            " l.reason, l.id, l.kind, l.remote_id, l.updated_at, sn.name FROM leads l"
            " LEFT JOIN orders o ON o.order_id = l.order_id"
            " LEFT JOIN reference_names sn ON sn.kind = 'site' AND sn.code = o.site")
                         .arg(LeadResults::actionExpression());
        sql.key = QStringLiteral("l.id");
        sql.sortBy = { QStringLiteral("IFNULL(l.order_id, 0)"), QStringLiteral("IFNULL(o.site, '')"),
            QStringLiteral("IFNULL(o.customer_name, '')"), QStringLiteral("l.state || l.action"),
            QStringLiteral("l.reason"), QStringLiteral("l.kind || l.remote_id"),
            QStringLiteral("l.updated_at") };
        sql.search = { QStringLiteral("l.order_number"), QStringLiteral("o.site"),
            QStringLiteral("o.customer_name"), QStringLiteral("l.reason"), QStringLiteral("l.remote_id"),
            QStringLiteral("l.phone"), QStringLiteral("l.email"), QStringLiteral("sn.name") };
        sql.phones = { QStringLiteral("l.phone") };
        sql.countFrom = QStringLiteral("FROM leads l"); // the order is joined for its columns only
        sql.filter = LeadResults::anyCondition();
        for (const auto action : { Db::OrderAction::Created, Db::OrderAction::Updated,
                 Db::OrderAction::Skipped, Db::OrderAction::Matched })
            sql.statusConditions.insert(Db::toDb(action), LeadResults::condition(action));
        return sql;
    }

} // namespace

RowReader &operator>>(RowReader &in, OrderRecord &r)
{
    return in >> r.id >> r.orderId >> r.number >> r.site >> r.customerName >> r.action >> r.reason >> r.leadId
        >> r.leadKind >> r.leadRemoteId >> r.updatedAt >> r.siteName;
}

const RowQuery<OrderRecord> &OrdersTable::query()
{
    static const RowQuery<OrderRecord> query(ordersSql(), &RowReader::read<OrderRecord>);
    return query;
}

} // namespace LeadBridge
