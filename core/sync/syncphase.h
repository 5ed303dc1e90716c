#pragma once

#include <QObject>

#include "net/apierror.h"
#include "store/states.h"

namespace LeadBridge {

class SyncContext;
struct StoreResult;

/// How a phase ended, and so what the engine does next.
struct PhaseResult
{
    enum class Next {
        Continue, ///< the next phase
        EndCycle, ///< the cycle ends here (e.g. credentials rejected while processing leads)
        Abort, ///< a problem that stops the whole cycle: recorded as a setup error
        /// The deal direction is due: the engine runs the deal phases, then resume()s this phase.
        DealsFirst,
    };
    Next next = Next::Continue;
    QString service; ///< Abort: "retailCRM" or "Calltouch"
    ApiError error; ///< Abort
    QString field; ///< Abort: the custom field that could not be made (stored as "field-missing")
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
    /// Goes on after a DealsFirst detour (a phase that never yields simply starts).
    virtual void resume() { start(); }

signals:
    void finished(const LeadBridge::PhaseResult &result);

protected:
    void succeed() { emit finished(PhaseResult {}); }
    void endCycle() { emit finished(PhaseResult { PhaseResult::Next::EndCycle, {}, {}, {} }); }
    void dealsFirst() { emit finished(PhaseResult { PhaseResult::Next::DealsFirst, {}, {}, {} }); }
    void abort(const QString &service, const ApiError &error)
    {
        emit finished(PhaseResult { PhaseResult::Next::Abort, service, error, {} });
    }
    /// In an answer's callback: true when the phase must not go on, because the engine died or because
    /// the error aborts the cycle (then the phase has finished).
    [[nodiscard]] bool stopsOn(const ApiError &error, const QString &service);
    /// A read that fails softly: rejected credentials abort the cycle; anything else is recorded as an
    /// error of the item and the cycle goes on (the read repeats next cycle).
    void failSoftly(
        const ApiError &error, const QString &service, Db::ErrorDirection direction, const QString &item);
    /// After a store write: true when it failed; the failure is then reported (once) and the phase has
    /// ended the cycle. Nothing that depends on the write may follow.
    [[nodiscard]] bool stopsOnStore(const StoreResult &result);

    SyncContext &m_ctx;
};

} // namespace LeadBridge
