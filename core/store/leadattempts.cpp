#include "leadattempts.h"

#include "util/logging.h"

namespace LeadBridge {

LeadAttempts::LeadAttempts(Store &store)
    : m_store(store)
{}

StoreResult LeadAttempts::addKeepingResult(qint64 leadId, Db::LeadState keptState, Db::LeadAction action,
    Db::LeadReason reason, qint64 customerId, qint64 orderId, const Problem &failure, qint64 now)
{
    const auto idOrNull = [](qint64 id) { return id ? QVariant(id) : QVariant(); };
    return m_store.inTransaction([&] {
        return m_store
                   .exec(
                       QStringLiteral("UPDATE leads SET state=?, next_attempt_at=0, updated_at=? WHERE id=?"),
                       { Db::toDb(keptState), now, leadId })
                   .ok
            && m_store
                   .exec(QStringLiteral(
                             "INSERT INTO lead_outcomes(lead_id, at, action, reason, customer_id,"
                             " order_id, detail, error_code, error_params) VALUES(?,?,?,?,?,?,?,?,?)"),
                       { leadId, now, Db::toDb(action), Db::toDb(reason), idOrNull(customerId),
                           idOrNull(orderId), redact(failure.detail),
                           failure.detail.isEmpty() && failure.params.isEmpty() ? QString()
                                                                                : Db::toDb(failure.code),
                           failure.paramsText() })
                   .ok;
    });
}

} // namespace LeadBridge
