#pragma once

#include <functional>

#include <QDateTime>
#include <QHash>
#include <QSet>

#include "retailcrm/retailcrmtypes.h"
#include "store/store.h"
#include "sync/syncphase.h"

namespace LeadBridge {

/// Reads retailCRM's order history since its cursor into the deals table: a new order becomes a deal
/// (bound once, see core/rules/dealbinding.h). History records carry only a stub of the order, so every
/// order with a deal that changed in any way (and every deal still waiting for its binding) is read
/// again, 100 a request, and its status, revenue and manager are taken from what was read. The cursor
/// moves on only when that read succeeded.
class HistoryPhase final : public SyncPhase
{
    Q_OBJECT
public:
    using SyncPhase::SyncPhase;
    [[nodiscard]] bool isEnabled() const override;
    void start() override;

private:
    void readPage();
    /// In a read's callback: true when the phase must not go on (the engine died, or the read failed and
    /// the phase has finished softly).
    [[nodiscard]] bool failedRead(const ApiError &error);
    void loadUsers(std::function<void()> then);
    /// The page's records into the deals (one transaction); a failure keeps the cursor.
    [[nodiscard]] StoreResult apply(const QList<RetailCrm::HistoryRecord> &records);
    [[nodiscard]] bool insertDeal(const RetailCrm::Order &order);
    /// Re-reads the changed orders (from index @p offset of m_toRead on), then moves the cursor.
    void reread(int offset);
    /// false when a write failed; @p changed collects the deals that changed.
    [[nodiscard]] bool applyOrder(const RetailCrm::Order &order, qint64 stamp, QList<qint64> *changed);
    void finish();
    /// The binding of an order's deal; fills the deal's canonical phone and e-mail.
    Db::BindingKind bind(
        const RetailCrm::Order &order, QString *leadId, QString *phone, QString *email) const;

    qint64 m_sinceId = 0;
    qint64 m_lastId = 0;
    QList<qint64> m_toRead; ///< orders to read again, in the order first seen
    QSet<qint64> m_queued;
    QHash<qint64, QDateTime> m_statusChangedAt; ///< the newest status record of an order
};

} // namespace LeadBridge
