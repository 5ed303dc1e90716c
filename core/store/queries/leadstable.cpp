#include "leadstable.h"

#include "store/queries/rowvalues.h"

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
        FDetail,
        FOrderNumber,
        FAttempts,
        FNextAttempt,
        FOrderId,
    };

    LeadRow readLead(const QSqlQuery &q)
    {
        using namespace RowValues;
        LeadRow row;
        row.id = q.value(FId).toLongLong();
        row.kind = kind(q, FKind);
        row.remoteId = text(q, FRemoteId);
        row.occurredAt = ms(q, FOccurredAt);
        row.phone = text(q, FPhone);
        row.email = text(q, FEmail);
        row.name = text(q, FName);
        row.utmSource = text(q, FUtmSource);
        row.utmMedium = text(q, FUtmMedium);
        row.utmCampaign = text(q, FUtmCampaign);
        row.state = value<Db::LeadState>(q, FState);
        row.action = value<Db::LeadAction>(q, FAction);
        row.reason = value<Db::LeadReason>(q, FReason);
        row.detail = text(q, FDetail);
        row.orderNumber = text(q, FOrderNumber);
        row.attempts = q.value(FAttempts).toInt();
        row.nextAttemptAt = ms(q, FNextAttempt);
        row.orderId = q.value(FOrderId).toLongLong();
        return row;
    }

    QString stateIs(Db::LeadState state)
    {
        return QStringLiteral("l.state='%1'").arg(Db::toDb(state));
    }

    TableSql leadsSql()
    {
        using Db::LeadAction;
        using Db::LeadState;
        TableSql sql;
        sql.select = QStringLiteral(
            "SELECT l.id, l.kind, l.remote_id, l.occurred_at, l.phone, l.email, l.name, l.utm_source,"
            " l.utm_medium, l.utm_campaign, l.state, l.action, l.reason, l.detail, l.order_number, "
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
            QStringLiteral("l.order_number"), QStringLiteral("l.detail") };
        sql.phones = { QStringLiteral("l.phone") };
        const QString done = stateIs(LeadState::Done);
        sql.statusConditions = {
            { QStringLiteral("waiting"), stateIs(LeadState::Waiting) },
            { QStringLiteral("created"),
                QStringLiteral("%1 AND l.action IN ('%2','%3')")
                    .arg(done, Db::toDb(LeadAction::CreatedCustomerAndOrder),
                        Db::toDb(LeadAction::CreatedOrder)) },
            { QStringLiteral("updated"),
                QStringLiteral("%1 AND l.action='%2'").arg(done, Db::toDb(LeadAction::UpdatedOrder)) },
            { QStringLiteral("skipped"), stateIs(LeadState::Skipped) },
            { QStringLiteral("no_contact"), stateIs(LeadState::NoContact) },
            { QStringLiteral("failed"), stateIs(LeadState::Failed) },
        };
        return sql;
    }

} // namespace

const RowQuery<LeadRow> &LeadsTable::query()
{
    static const RowQuery<LeadRow> query(leadsSql(), &readLead);
    return query;
}

} // namespace LeadBridge
