#pragma once

#include <QQueue>
#include <QSet>

#include "store/syncstore.h"
#include "sync/syncphase.h"

namespace LeadBridge {

/// Sends the leads that are due, one LeadJob at a time, in the order they occurred; each lead at most
/// once per cycle.
class LeadQueuePhase final : public SyncPhase
{
    Q_OBJECT
public:
    using SyncPhase::SyncPhase;
    void start() override;

private:
    void processNext();

    QQueue<LeadRow> m_queue;
    QSet<qint64> m_seen; ///< leads taken this cycle
};

} // namespace LeadBridge
