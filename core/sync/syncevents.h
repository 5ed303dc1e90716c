#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include "store/states.h"

namespace LeadBridge {

/// What one sync cycle did: sent by the engine when the cycle ends.
struct SyncSummary
{
    QDateTime startedAt;
    QDateTime finishedAt;
    int leadsFetched = 0;
    int ordersCreated = 0;
    int ordersUpdated = 0;
    int leadsSkipped = 0;
    int leadsWithoutContact = 0;
    int leadsFailed = 0;
    int dealsCreated = 0;
    int dealsUpdated = 0;
    int dealsFailed = 0;
    int newErrors = 0;
    int backlog = 0;
    bool credentialsRejected = false;
    /// A problem that stopped the whole cycle (credentials, configuration), translated.
    QString fatalError;
    [[nodiscard]] bool anyFailure() const
    {
        return leadsFailed > 0 || dealsFailed > 0 || credentialsRejected || !fatalError.isEmpty();
    }
};

/// One lead's new outcome.
struct LeadOutcome
{
    qint64 leadId = 0;
    QString kind;
    QString remoteId;
    Db::LeadState state = Db::LeadState::Waiting;
    Db::LeadAction action = Db::LeadAction::None;
    Db::LeadReason reason = Db::LeadReason::None;
    QString detail; ///< the failure message of a failed lead
    qint64 orderId = 0;
    QString orderNumber;
};

/// The engine's state for the status bar and the tray.
struct EngineStatus
{
    bool running = false;
    bool paused = false;
    bool connected = false;
    QDateTime lastSync;
    QDateTime nextSync;
    int backlog = 0;
    QString lastError;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::SyncSummary)
Q_DECLARE_METATYPE(LeadBridge::LeadOutcome)
Q_DECLARE_METATYPE(LeadBridge::EngineStatus)
