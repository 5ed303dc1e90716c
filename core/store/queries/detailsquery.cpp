#include "detailsquery.h"

#include <QSqlQuery>

#include "store/queries/rowreader.h"
#include "store/store.h"

namespace LeadBridge {

RowReader &operator>>(RowReader &in, LeadHistoryEntry &outcome)
{
    return in >> outcome.at >> outcome.action >> outcome.reason >> outcome.failure;
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
            QStringLiteral("SELECT at, action, reason, error_code, error_params, detail FROM lead_outcomes "
                           "WHERE lead_id=?"
                           " ORDER BY at, id"),
            id, &found->history);
    }
    return found;
}

std::optional<OrderRecord> DetailsQuery::order(Store *store, qint64 orderId)
{
    return OrdersTable::query().row(store, orderId);
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
