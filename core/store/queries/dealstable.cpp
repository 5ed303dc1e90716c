#include "dealstable.h"

#include "store/queries/rowreader.h"

namespace LeadBridge {
namespace {

    QString quoted(std::initializer_list<QString> texts)
    {
        QStringList list;
        for (const QString &text : texts)
            list << QLatin1Char('\'') + text + QLatin1Char('\'');
        return list.join(QLatin1Char(','));
    }

    TableSql dealsSql()
    {
        using Db::BindingKind;
        using Db::DealState;
        using Db::toDb;
        TableSql sql;
        sql.select =
            QStringLiteral(
                "SELECT d.order_id, d.order_number, d.site, d.status, d.revenue, d.manager, d.binding_kind,"
                " d.binding_lead_id, d.state, d.last_pushed_at, d.error_code, d.error_params, d.error,"
                " d.attempts, l.utm_source, sn.name, st.name"
                " FROM deals d")
            + DealsTable::boundLeadJoin()
            + QStringLiteral(" LEFT JOIN reference_names sn ON sn.kind = 'site' AND sn.code = d.site"
                             " LEFT JOIN reference_names st ON st.kind = 'status' AND st.code = d.status");
        sql.key = QStringLiteral("d.order_id");
        sql.sortBy = { QStringLiteral("d.order_id"), QStringLiteral("d.site"), QStringLiteral("d.status"),
            QStringLiteral("CAST(d.revenue AS REAL)"), QStringLiteral("d.manager"),
            QStringLiteral("d.binding_kind || d.binding_lead_id"), QStringLiteral("d.state"),
            QStringLiteral("IFNULL(d.last_pushed_at, 0)"), QStringLiteral("d.error_code") };
        sql.search = { QStringLiteral("d.order_number"), QStringLiteral("d.site"), QStringLiteral("d.status"),
            QStringLiteral("d.manager"), QStringLiteral("d.email"), QStringLiteral("d.binding_lead_id"),
            QStringLiteral("d.error"), QStringLiteral("l.utm_source"), QStringLiteral("sn.name"),
            QStringLiteral("st.name") };
        sql.phones = { QStringLiteral("d.phone") };
        sql.statusConditions = {
            { QStringLiteral("pending"),
                QStringLiteral("d.state IN (%1)")
                    .arg(quoted(
                        { toDb(DealState::Pending), toDb(DealState::Sending), toDb(DealState::Unknown) })) },
            { QStringLiteral("created"), QStringLiteral("d.state='%1'").arg(toDb(DealState::Created)) },
            { QStringLiteral("failed"),
                QStringLiteral("d.state='%1' OR d.error_code<>''").arg(toDb(DealState::Failed)) },
            { QStringLiteral("bound"),
                QStringLiteral("d.binding_kind IN (%1)")
                    .arg(quoted(
                        { toDb(BindingKind::Call), toDb(BindingKind::Request), toDb(BindingKind::Chain) })) },
            // "none" is the first schema's word for "not found".
            { QStringLiteral("not-found"),
                QStringLiteral("d.binding_kind IN (%1)")
                    .arg(quoted({ QStringLiteral("none"), toDb(BindingKind::NotFound) })) },
            { QStringLiteral("no-contacts"),
                QStringLiteral("d.binding_kind='%1'").arg(toDb(BindingKind::NoContacts)) },
        };
        return sql;
    }

} // namespace

RowReader &operator>>(RowReader &in, DealRecord &r)
{
    return in >> r.id >> r.orderNumber >> r.site >> r.status >> r.revenue >> r.manager >> r.bindingKind
        >> r.bindingLeadId >> r.state >> r.lastPushedAt >> r.error >> r.attempts >> r.leadSource >> r.siteName
        >> r.statusName;
}

QString DealsTable::boundLeadJoin()
{
    return QStringLiteral(" LEFT JOIN leads l ON d.binding_lead_id <> '' AND l.kind = d.binding_kind"
                          " AND l.remote_id = d.binding_lead_id");
}

const RowQuery<DealRecord> &DealsTable::query()
{
    static const RowQuery<DealRecord> query(dealsSql(), &RowReader::read<DealRecord>);
    return query;
}

} // namespace LeadBridge
