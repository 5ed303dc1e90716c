#include <QSqlQuery>

#include "syncstore.h"
#include "syncstore_p.h"
#include "util/logging.h"

// SyncStore's deals: direction 2 (retailCRM orders -> Calltouch deals).
namespace LeadBridge {
using namespace SyncStoreDetail;
namespace {

    const QString kDealColumns = QStringLiteral(
        "order_id, order_number, site, status, revenue, manager, phone, email, order_created_at,"
        " status_changed_at, binding_kind, binding_lead_id, calltouch_deal_id, state,"
        " pushed_status, pushed_revenue, attempts");

} // namespace

DealRow SyncStore::readDeal(const QSqlQuery &q) const
{
    DealRow row;
    row.orderId = q.value(0).toLongLong();
    row.orderNumber = q.value(1).toString();
    row.site = q.value(2).toString();
    row.status = q.value(3).toString();
    row.revenue = q.value(4).toString();
    row.manager = q.value(5).toString();
    row.phone = q.value(6).toString();
    row.email = q.value(7).toString();
    row.orderCreatedAt = fromMs(q.value(8).toLongLong());
    row.statusChangedAt = fromMs(q.value(9).toLongLong());
    row.bindingKind = Db::fromDb<Db::BindingKind>(q.value(10).toString());
    row.bindingLeadId = q.value(11).toString();
    row.calltouchDealId = q.value(12).toString();
    row.state = Db::fromDb<Db::DealState>(q.value(13).toString());
    row.pushedStatus = q.value(14).toString();
    row.pushedRevenue = q.value(15).toString();
    row.attempts = q.value(16).toInt();
    return row;
}

std::optional<DealRow> SyncStore::deal(qint64 orderId)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM deals WHERE order_id=?").arg(kDealColumns));
    if (run(m_store, query, { orderId }) && query.next())
        return readDeal(query);
    return std::nullopt;
}

StoreResult SyncStore::insertDeal(const DealRow &row, qint64 now)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO deals(order_id, order_number, site, status, revenue, manager, phone, email,"
        " order_created_at, status_changed_at, binding_kind, binding_lead_id, state, updated_at)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(order_id) DO NOTHING"));
    return runWrite(m_store, query,
        { row.orderId, row.orderNumber, row.site, row.status, row.revenue, row.manager, row.phone, row.email,
            toMs(row.orderCreatedAt), toMs(row.statusChangedAt), Db::toDb(row.bindingKind), row.bindingLeadId,
            Db::toDb(Db::DealState::Pending), now });
}

StoreResult SyncStore::updateDealFields(qint64 orderId, const QString &status, const QString &revenue,
    const QString &manager, const QDateTime &statusChangedAt, qint64 now)
{
    return m_store.exec(
        QStringLiteral("UPDATE deals SET status=COALESCE(NULLIF(?,''), status),"
                       " revenue=COALESCE(NULLIF(?,''), revenue), manager=COALESCE(NULLIF(?,''), manager),"
                       " status_changed_at=COALESCE(NULLIF(?,0), status_changed_at), updated_at=?"
                       " WHERE order_id=?"),
        { status, revenue, manager, toMs(statusChangedAt), now, orderId });
}

StoreResult SyncStore::bindDeal(qint64 orderId, Db::BindingKind kind, const QString &leadId,
    const QString &phone, const QString &email, qint64 now)
{
    return m_store.exec(QStringLiteral("UPDATE deals SET binding_kind=?, binding_lead_id=?, phone=?,"
                                       " email=?, updated_at=? WHERE order_id=? AND binding_kind=?"),
        { Db::toDb(kind), leadId, phone, email, now, orderId, Db::toDb(Db::BindingKind::None) });
}

QList<qint64> SyncStore::unboundDeals(int limit)
{
    QList<qint64> ids;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT order_id FROM deals WHERE binding_kind=? AND in_calltouch=0 ORDER "
                                 "BY order_created_at, order_id"
                                 " LIMIT ?"));
    if (run(m_store, query, { Db::toDb(Db::BindingKind::None), limit })) {
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    return ids;
}

QList<DealRow> SyncStore::dealsToCreate(qint64 now, int limit)
{
    QList<DealRow> rows;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM deals WHERE state IN (?,?) AND in_calltouch=0 AND binding_kind<>?"
                       " AND next_attempt_at<=? ORDER BY order_created_at, order_id LIMIT ?")
            .arg(kDealColumns));
    if (run(m_store, query,
            { Db::toDb(Db::DealState::Pending), Db::toDb(Db::DealState::Failed),
                Db::toDb(Db::BindingKind::None), now, limit })) {
        while (query.next())
            rows << readDeal(query);
    }
    return rows;
}

QList<DealRow> SyncStore::dealsToUpdate(qint64 now, int limit)
{
    QList<DealRow> rows;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM deals WHERE state IN (?,?) AND in_calltouch=1"
                       " AND (status<>pushed_status OR revenue<>pushed_revenue) AND next_attempt_at<=?"
                       " ORDER BY status_changed_at, order_id LIMIT ?")
            .arg(kDealColumns));
    if (run(m_store, query,
            { Db::toDb(Db::DealState::Created), Db::toDb(Db::DealState::Failed), now, limit })) {
        while (query.next())
            rows << readDeal(query);
    }
    return rows;
}

QList<DealRow> SyncStore::dealsInState(Db::DealState state, int limit)
{
    QList<DealRow> rows;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM deals WHERE state=? ORDER BY order_created_at LIMIT ?")
                      .arg(kDealColumns));
    if (run(m_store, query, { Db::toDb(state), limit })) {
        while (query.next())
            rows << readDeal(query);
    }
    return rows;
}

StoreResult SyncStore::markSendingDealsUnknown()
{
    return m_store.exec(QStringLiteral("UPDATE deals SET state=? WHERE state=?"),
        { Db::toDb(Db::DealState::Unknown), Db::toDb(Db::DealState::Sending) });
}

StoreResult SyncStore::makeDealDue(qint64 orderId)
{
    return m_store.exec(QStringLiteral("UPDATE deals SET next_attempt_at=0 WHERE order_id=?"), { orderId });
}

StoreResult SyncStore::pushDealAgain(qint64 orderId)
{
    // Forgetting what was pushed makes the order differ from its deal; an update of a deal Calltouch
    // does not have turns it back into one to create (setDealState(Pending) after "not found").
    return m_store.exec(QStringLiteral("UPDATE deals SET pushed_status='', pushed_revenue='', attempts=0,"
                                       " next_attempt_at=0 WHERE order_id=?"),
        { orderId });
}

StoreResult SyncStore::setDealState(qint64 orderId, Db::DealState state, const Problem &error,
    const QString &calltouchDealId, qint64 now, qint64 nextAttemptAt)
{
    // Created means Calltouch has it; Pending after a "not found" means it does not.
    const QVariant inCalltouch = state == Db::DealState::Created ? QVariant(1)
        : state == Db::DealState::Pending                        ? QVariant(0)
                                                                 : QVariant();
    return m_store.exec(
        QStringLiteral("UPDATE deals SET state=?, error=?, error_code=?, error_params=?,"
                       " calltouch_deal_id=COALESCE(NULLIF(?,''), calltouch_deal_id), next_attempt_at=?,"
                       " updated_at=?, in_calltouch=COALESCE(?, in_calltouch) WHERE order_id=?"),
        { Db::toDb(state), redact(error.detail), codeText(error), error.paramsText(), calltouchDealId,
            nextAttemptAt, now, inCalltouch, orderId });
}

StoreResult SyncStore::setDealPushed(
    qint64 orderId, const QString &status, const QString &revenue, qint64 now)
{
    return m_store.exec(QStringLiteral("UPDATE deals SET state=?, in_calltouch=1, pushed_status=?, "
                                       "pushed_revenue=?, last_pushed_at=?,"
                                       " error='', error_code='', error_params='', attempts=0, "
                                       "next_attempt_at=0, updated_at=? WHERE order_id=?"),
        { Db::toDb(Db::DealState::Created), status, revenue, now, now, orderId });
}

StoreResult SyncStore::setDealFailed(qint64 orderId, const Problem &error, qint64 nextAttemptAt, qint64 now)
{
    return m_store.exec(
        QStringLiteral("UPDATE deals SET state=?, error=?, error_code=?, error_params=?, attempts=attempts+1,"
                       " next_attempt_at=?, updated_at=? WHERE order_id=?"),
        { Db::toDb(Db::DealState::Failed), redact(error.detail), Db::toDb(error.code), error.paramsText(),
            nextAttemptAt, now, orderId });
}

int SyncStore::dealBacklog(qint64 now)
{
    Q_UNUSED(now)
    return m_store
        .scalar(QStringLiteral("SELECT count(*) FROM deals WHERE state IN (?,?,?,?)"
                               " OR (state=? AND (status<>pushed_status OR revenue<>pushed_revenue))"),
            { Db::toDb(Db::DealState::Pending), Db::toDb(Db::DealState::Failed),
                Db::toDb(Db::DealState::Unknown), Db::toDb(Db::DealState::Sending),
                Db::toDb(Db::DealState::Created) })
        .toInt();
}

} // namespace LeadBridge
