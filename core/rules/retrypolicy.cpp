#include "retrypolicy.h"

namespace LeadBridge::Sync {

qint64 retryDelayMs(int attempts, const ApiError &error, qint64 intervalMs)
{
    if (error.kind == ApiError::Kind::OutcomeUnknown)
        return 0; // look in the next cycle
    if (error.retryAfterMs > 0)
        return error.retryAfterMs;
    const int doublings = qBound(0, attempts - 1, 8);
    return qMin<qint64>(intervalMs << doublings, kMaxRetryDelayMs);
}

} // namespace LeadBridge::Sync
