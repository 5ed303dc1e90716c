#pragma once

#include <QtGlobal>

#include "net/apierror.h"

namespace LeadBridge::Sync {

/// The backoff of a failed lead or deal: after how long it is tried again (pure).
///
/// An unknown outcome is looked up in the next cycle (no delay); a Retry-After from the server wins;
/// otherwise the sync interval doubles with each attempt, up to six hours.
[[nodiscard]] qint64 retryDelayMs(int attempts, const ApiError &error, qint64 intervalMs);

/// The longest backoff.
inline constexpr qint64 kMaxRetryDelayMs = 6LL * 3600 * 1000;

} // namespace LeadBridge::Sync
