#include "detailsquery.h"

#include <QSqlQuery>

#include "store/queries/rowvalues.h"
#include "store/store.h"

namespace LeadBridge {

std::optional<LeadDetails> DetailsQuery::lead(Store *store, qint64 id)
{
    const std::optional<LeadRow> row = LeadsTable::query().row(store, id);
    if (!row)
        return std::nullopt;
    LeadDetails details;
    details.row = *row;
    QSqlQuery q(store->database());
    q.prepare(QStringLiteral("SELECT subject, utm_content, utm_term, raw_json FROM leads WHERE id=?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        details.subject = q.value(0).toString();
        details.utmContent = q.value(1).toString();
        details.utmTerm = q.value(2).toString();
        details.rawJson = q.value(3).toString();
    }
    q.prepare(QStringLiteral(
        "SELECT at, action, reason, detail FROM lead_outcomes WHERE lead_id=? ORDER BY at, id"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            LeadOutcome outcome;
            outcome.at = RowValues::ms(q, 0);
            outcome.action = RowValues::value<Db::LeadAction>(q, 1);
            outcome.reason = RowValues::value<Db::LeadReason>(q, 2);
            outcome.detail = q.value(3).toString();
            details.history << outcome;
        }
    }
    return details;
}

std::optional<OrderRow> DetailsQuery::order(Store *store, qint64 orderId)
{
    return OrdersTable::query().row(store, orderId);
}

std::optional<DealDetails> DetailsQuery::deal(Store *store, qint64 orderId)
{
    const std::optional<DealRow> row = DealsTable::query().row(store, orderId);
    if (!row)
        return std::nullopt;
    DealDetails details;
    details.row = *row;
    QSqlQuery q(store->database());
    q.prepare(QStringLiteral("SELECT phone, email, calltouch_deal_id FROM deals WHERE order_id=?"));
    q.addBindValue(orderId);
    if (q.exec() && q.next()) {
        details.phone = q.value(0).toString();
        details.email = q.value(1).toString();
        details.calltouchDealId = q.value(2).toString();
    }
    return details;
}

std::optional<ErrorRow> DetailsQuery::error(Store *store, qint64 id)
{
    return ErrorsTable::query().row(store, id);
}

} // namespace LeadBridge
