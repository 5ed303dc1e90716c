#pragma once

#include <QQueue>
#include <QSet>

#include "store/syncstore.h"
#include "sync/syncphase.h"

namespace LeadBridge {

/// Sends the leads that are due, one LeadJob at a time, in the order they occurred; each lead at most
/// once per cycle. Between two leads it gives way to the deal direction when that is due (every
/// interval), so a status change in the CRM does not wait behind a long send.
class LeadQueuePhase final : public SyncPhase
{
    Q_OBJECT
public:
    using SyncPhase::SyncPhase;
    void start() override;
    /// Back from the deal direction: the same queue, the same leads already taken.
    void resume() override;

private:
    void processNext();

    QQueue<LeadRow> m_queue;
    QSet<qint64> m_seen; ///< leads taken this cycle
    int m_total = 0; ///< the leads due this cycle, as far as known (the progress)
};

} // namespace LeadBridge
