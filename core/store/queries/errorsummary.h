#pragma once

#include <optional>

#include "store/problem.h"
#include "store/states.h"

namespace LeadBridge {

class Store;

/// What the window shows about the open errors besides the table: their number (the tab's label) and
/// the newest open error that stops the sync (the banner and its fix).
struct ErrorSummary
{
    int open = 0;
    std::optional<Problem> stopping; ///< the newest open error whose Problem::stopsSync()
    Db::ErrorDirection stoppingDirection = Db::ErrorDirection::Setup;

    /// Reads it; an unreadable store gives an empty summary.
    [[nodiscard]] static ErrorSummary read(Store *store);
};

} // namespace LeadBridge
