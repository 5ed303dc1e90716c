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
    /// How long the cycle took, measured on a monotonic clock (the business clock may stand still).
    qint64 durationMs = 0;
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
    /// Reads that failed this cycle (a Calltouch journal, the order history, a check at start): the
    /// items wait for the next cycle, but the run did not succeed.
    int readsFailed = 0;
    bool credentialsRejected = false;
    /// The cycle was stopped by something only the admin can fix (credentials, permissions, setup).
    bool configurationError = false;
    /// A problem that stopped the whole cycle, translated.
    QString fatalError;
    /// The local database could not be written (or read) and the cycle stopped, translated.
    QString storeError;
    /// Codes, not prose (the run log): what stopped the cycle ("retailCRM", "Calltouch", "database"; empty
    /// when nothing did), the kind of error (ApiError::kindName(), "store") and the HTTP status (0: none).
    QString stoppedBy;
    QString stopCode;
    int stopHttpStatus = 0;
    [[nodiscard]] bool anyFailure() const
    {
        return leadsFailed > 0 || dealsFailed > 0 || readsFailed > 0 || credentialsRejected
            || configurationError || !fatalError.isEmpty() || !storeError.isEmpty();
    }
    /// The exit code of `--once`: 2 configuration, credentials or the store; 1 any other failure.
    [[nodiscard]] int exitCode() const
    {
        if (credentialsRejected || configurationError || !storeError.isEmpty())
            return 2;
        return anyFailure() ? 1 : 0;
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
