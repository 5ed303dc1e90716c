#pragma once

#include <QObject>

#include "net/apierror.h"

namespace LeadBridge {

class SyncContext;

/// How a phase ended, and so what the engine does next.
struct PhaseResult
{
    enum class Next {
        Continue, ///< the next phase
        EndCycle, ///< the cycle ends here (e.g. credentials rejected while processing leads)
        Abort, ///< a problem that stops the whole cycle: recorded as a setup error
    };
    Next next = Next::Continue;
    QString service; ///< Abort: "retailCRM" or "Calltouch"
    ApiError error; ///< Abort
};

/// One step of a cycle: start() does its work (asynchronously) and ends with finished(), exactly once,
/// unless the engine died at a crash point (then nothing more happens, as in a killed process).
class SyncPhase : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPhase)
public:
    explicit SyncPhase(SyncContext &context, QObject *parent = nullptr)
        : QObject(parent)
        , m_ctx(context)
    {}
    /// A phase that has nothing to do under the current configuration is not started.
    [[nodiscard]] virtual bool isEnabled() const { return true; }
    virtual void start() = 0;

signals:
    void finished(const LeadBridge::PhaseResult &result);

protected:
    void succeed() { emit finished(PhaseResult {}); }
    void endCycle() { emit finished(PhaseResult { PhaseResult::Next::EndCycle, {}, {} }); }
    void abort(const QString &service, const ApiError &error)
    {
        emit finished(PhaseResult { PhaseResult::Next::Abort, service, error });
    }

    SyncContext &m_ctx;
};

} // namespace LeadBridge
