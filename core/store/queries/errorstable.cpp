#include "errorstable.h"

#include "store/queries/rowreader.h"

namespace LeadBridge {
namespace {

    TableSql errorsSql()
    {
        using Db::ErrorDirection;
        TableSql sql;
        // The deal of a "deal:<order id>" item by its key; the lead of a "lead:<kind>:<id>" item by the
        // leads' unique (kind, remote_id).
        sql.select = QStringLiteral(
            "SELECT e.id, e.at, e.direction, e.item, e.code, e.params, e.detail, e.attempts, e.next_retry_at,"
            " e.resolved,"
            " d.order_number, l.id FROM errors e"
            " LEFT JOIN deals d ON e.item LIKE 'deal:%' AND d.order_id = CAST(substr(e.item, 6) AS INTEGER)"
            " LEFT JOIN leads l ON e.item LIKE 'lead:%'"
            " AND l.kind = substr(e.item, 6, instr(substr(e.item, 6), ':') - 1)"
            " AND l.remote_id = substr(e.item, 6 + instr(substr(e.item, 6), ':'))");
        sql.key = QStringLiteral("e.id");
        sql.sortBy = { QStringLiteral("e.at"), QStringLiteral("e.direction"), QStringLiteral("e.item"),
            QStringLiteral("e.code"), QStringLiteral("e.code"), QStringLiteral("e.attempts"),
            QStringLiteral("IFNULL(e.next_retry_at, 0)"), QStringLiteral("e.resolved") };
        sql.search = { QStringLiteral("e.item"), QStringLiteral("e.code"), QStringLiteral("e.params"),
            QStringLiteral("e.detail"), QStringLiteral("d.order_number") };
        sql.statusConditions = {
            { QStringLiteral("open"), QStringLiteral("e.resolved=0") },
            { QStringLiteral("resolved"), QStringLiteral("e.resolved<>0") },
        };
        sql.addValueStatuses(QStringLiteral("e.direction"),
            { Db::toDb(ErrorDirection::Leads), Db::toDb(ErrorDirection::Deals) });
        return sql;
    }

} // namespace

RowReader &operator>>(RowReader &in, ErrorRecord &r)
{
    return in >> r.id >> r.at >> r.direction >> r.item >> r.problem >> r.attempts >> r.nextRetryAt
        >> r.resolved >> r.orderNumber >> r.leadId;
}

ErrorItem ErrorItem::parse(const QString &item)
{
    ErrorItem parsed;
    parsed.text = item;
    const QStringList parts = item.split(QLatin1Char(':'));
    bool ok = false;
    if (parts.size() == 3 && parts.at(0) == QLatin1String("lead")
        && Calltouch::Lead::kindFromName(parts.at(1), &parsed.leadKind)) {
        parsed.type = Type::Lead;
        parsed.leadRemoteId = parts.at(2);
    } else if (parts.size() == 2 && parts.at(0) == QLatin1String("deal")) {
        parsed.dealOrderId = parts.at(1).toLongLong(&ok);
        parsed.type = ok ? Type::Deal : Type::Other;
    }
    return parsed;
}

const RowQuery<ErrorRecord> &ErrorsTable::query()
{
    static const RowQuery<ErrorRecord> query(errorsSql(), &RowReader::read<ErrorRecord>);
    return query;
}

} // namespace LeadBridge
