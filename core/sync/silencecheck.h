#pragma once

#include "rules/silencerule.h"
#include "store/problem.h"

namespace LeadBridge {

class SyncContext;

/// The silence alert's step at the end of a cycle: reads the history (SilenceHistory), asks the
/// SilenceRule, and keeps ONE open error per direction ("silence"): recorded (and so notified) once when
/// the silence becomes implausible, resolved when a lead arrives (a deal is pushed) or the alert is
/// switched off.
class SilenceCheck
{
public:
    explicit SilenceCheck(SyncContext &context)
        : m_ctx(context)
    {}
    void run();

private:
    void check(Db::ErrorDirection direction, Sync::SilenceInput input, Db::ErrorCode code);

    SyncContext &m_ctx;
};

} // namespace LeadBridge
