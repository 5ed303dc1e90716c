#include "leadstable.h"

#include "store/queries/leadresults.h"
#include "store/queries/rowreader.h"

namespace LeadBridge {
namespace {

    QString stateIs(Db::LeadState state)
    {
        return QStringLiteral("l.state='%1'").arg(Db::toDb(state));
    }

    TableSql leadsSql()
    {
        using Db::LeadState;
        TableSql sql;
        sql.select = QStringLiteral(
            "SELECT l.id, l.kind, l.remote_id, l.occurred_at, l.phone, l.email, l.name, l.utm_source,"
            " l.utm_medium, l.utm_campaign, l.state, l.action, l.reason, l.error_code, l.error_params, "
            "l.detail,"
            " l.order_number, "
            "l.attempts,"
            " l.next_attempt_at, l.order_id FROM leads l");
        sql.key = QStringLiteral("l.id");
        sql.sortBy = { QStringLiteral("l.kind"),
            QStringLiteral("CASE WHEN l.phone<>'' THEN l.phone ELSE l.email END"),
            QStringLiteral("l.occurred_at"), QStringLiteral("l.utm_source"), QStringLiteral("l.utm_medium"),
            QStringLiteral("l.utm_campaign"), QStringLiteral("l.state || l.action"),
            QStringLiteral("l.reason"), QStringLiteral("IFNULL(l.order_id, 0)"),
            QStringLiteral("l.attempts") };
        sql.search = { QStringLiteral("l.remote_id"), QStringLiteral("l.phone"), QStringLiteral("l.email"),
            QStringLiteral("l.name"), QStringLiteral("l.subject"), QStringLiteral("l.utm_source"),
            QStringLiteral("l.utm_medium"), QStringLiteral("l.utm_campaign"), QStringLiteral("l.utm_term"),
            QStringLiteral("l.order_number"), QStringLiteral("l.error_code"), QStringLiteral("l.detail") };
        sql.phones = { QStringLiteral("l.phone") };
        sql.statusConditions = {
            { QStringLiteral("waiting"), stateIs(LeadState::Waiting) },
            // The same conditions as the dashboard and the Orders tab count by (one source of truth).
            { QStringLiteral("created"), LeadResults::condition(Db::OrderAction::Created) },
            { QStringLiteral("updated"), LeadResults::condition(Db::OrderAction::Updated) },
            { QStringLiteral("skipped"), stateIs(LeadState::Skipped) },
            { QStringLiteral("no_contact"), stateIs(LeadState::NoContact) },
            { QStringLiteral("failed"), stateIs(LeadState::Failed) },
        };
        return sql;
    }

} // namespace

RowReader &operator>>(RowReader &in, LeadRecord &r)
{
    return in >> r.id >> r.kind >> r.remoteId >> r.occurredAt >> r.phone >> r.email >> r.name >> r.utmSource
        >> r.utmMedium >> r.utmCampaign >> r.state >> r.action >> r.reason >> r.failure >> r.orderNumber
        >> r.attempts >> r.nextAttemptAt >> r.orderId;
}

const RowQuery<LeadRecord> &LeadsTable::query()
{
    static const RowQuery<LeadRecord> query(leadsSql(), &RowReader::read<LeadRecord>);
    return query;
}

} // namespace LeadBridge
