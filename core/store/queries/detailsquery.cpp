#include "detailsquery.h"

#include <QSqlQuery>

#include "store/queries/rowreader.h"
#include "store/store.h"

namespace LeadBridge {

RowReader &operator>>(RowReader &in, LeadHistoryEntry &outcome)
{
    return in >> outcome.at >> outcome.action >> outcome.reason >> outcome.failure >> outcome.orderId
        >> outcome.orderNumber;
}

namespace {

    /// Runs @p sql with @p key bound and reads each row into a new item of @p rows.
    template <typename Row> void readRows(Store *store, const QString &sql, qint64 key, QVector<Row> *rows)
    {
        QSqlQuery q(store->database());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return;
        q.addBindValue(key);
        if (!q.exec())
            return;
        while (q.next())
            rows->append(RowReader::read<Row>(q));
    }

    /// The table row with this key and, from @p extraSql, the details the table leaves out.
    template <typename Details, typename Row>
    std::optional<Details> details(
        const RowQuery<Row> &table, Store *store, qint64 key, const QString &extraSql)
    {
        const std::optional<Row> row = table.row(store, key);
        if (!row)
            return std::nullopt;
        QVector<Details> extra;
        readRows(store, extraSql, key, &extra);
        Details found = extra.value(0);
        found.row = *row;
        return found;
    }

} // namespace

RowReader &operator>>(RowReader &in, LeadDetails &d)
{
    return in >> d.subject >> d.utmContent >> d.utmTerm >> d.rawJson;
}

RowReader &operator>>(RowReader &in, OrderDetails &d)
{
    return in >> d.phone >> d.email >> d.utmSource >> d.utmMedium >> d.utmCampaign >> d.utmContent
        >> d.utmTerm;
}

RowReader &operator>>(RowReader &in, DealDetails &d)
{
    return in >> d.phone >> d.email >> d.calltouchDealId;
}

std::optional<LeadDetails> DetailsQuery::lead(Store *store, qint64 id)
{
    std::optional<LeadDetails> found = details<LeadDetails>(LeadsTable::query(), store, id,
        QStringLiteral("SELECT subject, utm_content, utm_term, raw_json FROM leads WHERE id=?"));
    if (found) {
        readRows(store,
            QStringLiteral(
                "SELECT h.at, h.action, h.reason, h.error_code, h.error_params, h.detail, IFNULL(h.order_id, "
                "0),"
                " IFNULL(o.number, CASE WHEN h.order_id = l.order_id THEN l.order_number ELSE '' END)"
                " FROM lead_outcomes h JOIN leads l ON l.id = h.lead_id"
                " LEFT JOIN orders o ON o.order_id = h.order_id WHERE h.lead_id=? ORDER BY h.at, h.id"),
            id, &found->history);
    }
    return found;
}

std::optional<OrderDetails> DetailsQuery::order(Store *store, qint64 key)
{
    return details<OrderDetails>(OrdersTable::query(), store, key,
        QStringLiteral("SELECT phone, email, utm_source, utm_medium, utm_campaign, utm_content, utm_term"
                       " FROM leads WHERE id=?"));
}

std::optional<DealDetails> DetailsQuery::deal(Store *store, qint64 orderId)
{
    return details<DealDetails>(DealsTable::query(), store, orderId,
        QStringLiteral("SELECT phone, email, calltouch_deal_id FROM deals WHERE order_id=?"));
}

std::optional<ErrorRecord> DetailsQuery::error(Store *store, qint64 id)
{
    return ErrorsTable::query().row(store, id);
}

} // namespace LeadBridge
