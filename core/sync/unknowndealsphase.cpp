#include "unknowndealsphase.h"

#include <QSet>

#include "calltouch/calltouchclient.h"
#include "store/syncstore.h"
#include "sync/synccontext.h"

namespace LeadBridge {

bool UnknownDealsPhase::isEnabled() const
{
    return m_ctx.config.dealSync;
}

void UnknownDealsPhase::start()
{
    const QList<DealRow> unknown = m_ctx.sync->dealsInState(Db::DealState::Unknown, 1000);
    if (unknown.isEmpty()) {
        succeed();
        return;
    }
    QDate from = unknown.first().orderCreatedAt.date();
    QDate to = from;
    for (const auto &row : unknown) {
        from = qMin(from, row.orderCreatedAt.date());
        to = qMax(to, row.orderCreatedAt.date());
    }
    m_ctx.calltouch->dealsJournal(from.addDays(-1), to.addDays(1), this,
        [this, unknown](const QStringList &numbers, const ApiError &error) {
            if (m_ctx.dead)
                return;
            if (!error.isOk()) {
                // Still unknown; try again next cycle. Nothing is re-sent meanwhile.
                ++m_ctx.summary.readsFailed;
                if (stopsOnStore(m_ctx.sync->recordError(Db::ErrorDirection::Deals, QStringLiteral("journal"),
                        Problem::fromApi(error, QStringLiteral("Calltouch")), 1, 0, m_ctx.nowMs())))
                    return;
                succeed();
                return;
            }
            const QSet<QString> present(numbers.cbegin(), numbers.cend());
            const qint64 stamp = m_ctx.nowMs();
            const StoreResult written = m_ctx.store->inTransaction([&] {
                for (const auto &row : unknown) {
                    // There: the next update brings status and revenue. Not there: it is created.
                    const bool there = present.contains(QString::number(row.orderId));
                    if (!m_ctx.sync
                             ->setDealState(row.orderId,
                                 there ? Db::DealState::Created : Db::DealState::Pending, {}, {}, stamp)
                             .ok)
                        return false;
                }
                return true;
            });
            if (stopsOnStore(written))
                return;
            succeed();
        });
}

} // namespace LeadBridge
