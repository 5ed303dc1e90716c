#include "reconcilebasis.h"

#include "store/states.h"
#include "store/store.h"

namespace LeadBridge {

ReconcileBasis ReconcileBasis::read(Store &store, qint64 fromMs, qint64 toMs, qint64 ordersFromMs)
{
    ReconcileBasis basis;
    const auto count = [&store](const QString &sql, const QVariantList &values) {
        return store.scalar(sql, values).toInt();
    };
    const QString inPeriod =
        QStringLiteral("SELECT count(*) FROM leads WHERE occurred_at >= ? AND occurred_at < ?");
    basis.calls = count(inPeriod + QStringLiteral(" AND kind = 'call'"), { fromMs, toMs });
    basis.requests = count(inPeriod + QStringLiteral(" AND kind = 'request'"), { fromMs, toMs });
    // The leads an order holds: those the sync made or completed an order with (or found in one).
    basis.leadsOutsideOrders = count(inPeriod
            + QStringLiteral(" AND kind IN ('call','request') AND (phone <> '' OR email <> '')"
                             " AND NOT (state = ? AND action IN (?,?,?,?))"),
        { fromMs, toMs, Db::toDb(Db::LeadState::Done), Db::toDb(Db::LeadAction::CreatedOrder),
            Db::toDb(Db::LeadAction::CreatedCustomerAndOrder), Db::toDb(Db::LeadAction::UpdatedOrder),
            Db::toDb(Db::LeadAction::AlreadyApplied) });
    basis.orders =
        count(QStringLiteral("SELECT count(*) FROM (SELECT order_id FROM orders WHERE created_at >= ?"
                             " UNION SELECT order_id FROM deals WHERE order_created_at >= ?)"),
            { ordersFromMs, ordersFromMs });
    return basis;
}

} // namespace LeadBridge
